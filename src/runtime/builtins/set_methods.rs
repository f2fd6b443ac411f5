//! Methods of `set` and `frozenset`, and the set algebra the VM's operators can reuse
//! ([`set_union`], [`set_intersection`], [`set_difference`],
//! [`set_symmetric_difference`], [`set_is_subset`]).

use super::{method, method_args, unwrap_base};
use crate::runtime::error::{key_error, key_error_msg, type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::set::PySet;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install() {
    let t = types();
    for (cls, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        let d = &cls.dict;
        method(d, owner, "copy", copy);
        method(d, owner, "union", union);
        method(d, owner, "intersection", intersection);
        method(d, owner, "difference", difference);
        method(d, owner, "symmetric_difference", symmetric_difference);
        method(d, owner, "issubset", issubset);
        method(d, owner, "issuperset", issuperset);
        method(d, owner, "isdisjoint", isdisjoint);
    }
    let d = &t.set.dict;
    method(d, "set", "add", add);
    method(d, "set", "remove", remove);
    method(d, "set", "discard", discard);
    method(d, "set", "pop", pop);
    method(d, "set", "clear", clear);
    method(d, "set", "update", update);
    method(d, "set", "intersection_update", intersection_update);
    method(d, "set", "difference_update", difference_update);
    method(
        d,
        "set",
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}

fn this_set(args: &Args<'_>, name: &str) -> PyResult<Rc<PySet>> {
    match args.pos().first().map(unwrap_base) {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'set' object"
        ))),
    }
}

fn owner(s: &PySet) -> &'static str {
    if s.frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// Add every element of the iterable `src` to `s`.
pub fn set_extend(vm: &mut Vm, s: &PySet, src: &Value) -> PyResult<()> {
    if let Value::Set(other) = unwrap_base(src) {
        s.reserve_for_merge(other.len());
        for (h, k) in other.hashed_items() {
            s.add_hashed(vm, h, k)?;
        }
        return Ok(());
    }
    if let Value::Dict(d) = src {
        for e in d.entries() {
            s.add_hashed(vm, e.hash, e.key)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next(&it)? {
        s.add(vm, x)?;
    }
    Ok(())
}

/// A set (frozen like `like`) holding the elements of `s`.
fn clone_set(vm: &mut Vm, s: &PySet, frozen: bool) -> PyResult<Rc<PySet>> {
    let out = Rc::new(PySet::new(frozen));
    out.reserve_for_merge(s.len());
    for (h, k) in s.hashed_items() {
        out.add_hashed(vm, h, k)?;
    }
    Ok(out)
}

/// An operand of a set method as a set (iterables are collected into one).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    if let Value::Set(s) = unwrap_base(v) {
        return Ok(s);
    }
    let s = Rc::new(PySet::new(false));
    set_extend(vm, &s, v)?;
    Ok(s)
}

pub fn set_union(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    let out = clone_set(vm, a, a.frozen)?;
    out.reserve_for_merge(b.len());
    for (h, k) in b.hashed_items() {
        out.add_hashed(vm, h, k)?;
    }
    Ok(out)
}

pub fn set_intersection(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    let out = Rc::new(PySet::new(a.frozen));
    // CPython iterates the smaller set and probes the larger.
    let (small, large) = if b.len() < a.len() { (b, a) } else { (a, b) };
    for (h, k) in small.hashed_items() {
        if large.contains(vm, &k)? {
            out.add_hashed(vm, h, k)?;
        }
    }
    Ok(out)
}

pub fn set_difference(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    if a.len() / 4 > b.len() {
        // A small `b`: copy `a` and remove `b`'s items, as CPython does.
        let out = clone_set(vm, a, a.frozen)?;
        for k in b.items() {
            out.discard(vm, &k)?;
        }
        return Ok(out);
    }
    let out = Rc::new(PySet::new(a.frozen));
    for (h, k) in a.hashed_items() {
        if !b.contains(vm, &k)? {
            out.add_hashed(vm, h, k)?;
        }
    }
    Ok(out)
}

pub fn set_symmetric_difference(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    let out = clone_set(vm, a, a.frozen)?;
    for (h, k) in b.hashed_items() {
        if a.contains(vm, &k)? {
            out.discard(vm, &k)?;
        } else {
            out.add_hashed(vm, h, k)?;
        }
    }
    Ok(out)
}

/// `a <= b`.
pub fn set_is_subset(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.items() {
        if !b.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "copy")?;
    method_args(&args, owner(&s), "copy", 0, 0)?;
    if s.frozen && !matches!(args.pos()[0], Value::Instance(_)) {
        return Ok(Value::Set(s));
    }
    Ok(Value::Set(clone_set(vm, &s, s.frozen)?))
}

/// Fold a binary set operation over every argument.
fn fold(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    op: fn(&mut Vm, &PySet, &PySet) -> PyResult<Rc<PySet>>,
) -> PyResult<Value> {
    let s = this_set(&args, name)?;
    if args.has_kw() {
        return Err(type_error(format!(
            "{}.{name}() takes no keyword arguments",
            owner(&s)
        )));
    }
    let mut acc = clone_set(vm, &s, s.frozen)?;
    for other in &args.pos()[1..] {
        let o = as_set(vm, other)?;
        acc = op(vm, &acc, &o)?;
    }
    Ok(Value::Set(acc))
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fold(vm, args, "union", set_union)
}

fn intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fold(vm, args, "intersection", set_intersection)
}

fn difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fold(vm, args, "difference", set_difference)
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "symmetric_difference")?;
    let a = method_args(&args, owner(&s), "symmetric_difference", 1, 1)?;
    let o = as_set(vm, &a[0])?;
    Ok(Value::Set(set_symmetric_difference(vm, &s, &o)?))
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "issubset")?;
    let a = method_args(&args, owner(&s), "issubset", 1, 1)?;
    let o = as_set(vm, &a[0])?;
    Ok(Value::Bool(set_is_subset(vm, &s, &o)?))
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "issuperset")?;
    let a = method_args(&args, owner(&s), "issuperset", 1, 1)?;
    let o = as_set(vm, &a[0])?;
    Ok(Value::Bool(set_is_subset(vm, &o, &s)?))
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "isdisjoint")?;
    let a = method_args(&args, owner(&s), "isdisjoint", 1, 1)?;
    for x in vm.collect(&a[0])? {
        if s.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "add")?;
    let a = method_args(&args, "set", "add", 1, 1)?;
    s.add(vm, a[0].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "remove")?;
    let a = method_args(&args, "set", "remove", 1, 1)?;
    if !s.discard(vm, &a[0])? {
        return Err(key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "discard")?;
    let a = method_args(&args, "set", "discard", 1, 1)?;
    s.discard(vm, &a[0])?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "pop")?;
    method_args(&args, "set", "pop", 0, 0)?;
    s.pop()
        .ok_or_else(|| key_error_msg("pop from an empty set"))
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "clear")?;
    method_args(&args, "set", "clear", 0, 0)?;
    s.clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "update")?;
    args.no_kw("set.update")?;
    for other in &args.pos()[1..] {
        set_extend(vm, &s, other)?;
    }
    Ok(Value::None)
}

/// Replace the contents of `s` with those of `new`.
fn assign(vm: &mut Vm, s: &PySet, new: &PySet) -> PyResult<()> {
    s.clear();
    for (h, k) in new.hashed_items() {
        s.add_hashed(vm, h, k)?;
    }
    Ok(())
}

/// `intersection_update`: the intersection with each operand, assigned back once; the
/// first step costs the smaller size, not a copy of `s`.
fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "intersection_update")?;
    args.no_kw("intersection_update")?;
    let mut acc: Option<Rc<PySet>> = None;
    for other in &args.pos()[1..] {
        let o = as_set(vm, other)?;
        let cur = acc.clone().unwrap_or_else(|| s.clone());
        acc = Some(set_intersection(vm, &cur, &o)?);
    }
    if let Some(acc) = acc {
        assign(vm, &s, &acc)?;
    }
    Ok(Value::None)
}

/// `difference_update`: discard the other operands' items from `s` in place, costing
/// their sizes (CPython's complexity), not `len(s)`.
fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "difference_update")?;
    args.no_kw("difference_update")?;
    for other in &args.pos()[1..] {
        match unwrap_base(other) {
            Value::Set(o) if Rc::ptr_eq(&o, &s) => s.clear(),
            Value::Set(o) => {
                for k in o.items() {
                    s.discard(vm, &k)?;
                }
            }
            _ => {
                let it = vm.get_iter(other)?;
                while let Some(k) = vm.next(&it)? {
                    s.discard(vm, &k)?;
                }
            }
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_set(&args, "symmetric_difference_update")?;
    let a = method_args(&args, "set", "symmetric_difference_update", 1, 1)?;
    let o = as_set(vm, &a[0])?;
    if Rc::ptr_eq(&o, &s) {
        s.clear();
        return Ok(Value::None);
    }
    // In place, costing the operand's size as CPython's does.
    for (h, k) in o.hashed_items() {
        if !s.discard(vm, &k)? {
            s.add_hashed(vm, h, k)?;
        }
    }
    Ok(Value::None)
}
