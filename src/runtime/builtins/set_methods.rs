//! Methods of `set` and `frozenset`, and the set algebra the VM's operators can reuse
//! ([`set_union`], [`set_intersection`], [`set_difference`],
//! [`set_symmetric_difference`], [`set_is_subset`]).

use super::{method, method_args, unwrap_base};
use crate::runtime::error::{key_error, key_error_msg, type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::set::PySet;
use crate::runtime::signature::method_positional;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install(t: &Types) {
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
        _ => Err(super::descriptor_misapplied(
            "set",
            name,
            args.pos().first(),
        )),
    }
}

/// `this_set` for the methods only `set` has: a frozenset is not one
/// (`set.add(frozenset(), 1)` is CPython's TypeError).
fn this_mutable_set(args: &Args<'_>, name: &str) -> PyResult<Rc<PySet>> {
    match args.pos().first().map(unwrap_base) {
        Some(Value::Set(s)) if !s.frozen => Ok(s),
        _ => Err(super::descriptor_misapplied(
            "set",
            name,
            args.pos().first(),
        )),
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
        return s.merge_from(vm, &other);
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
    out.merge_from(vm, s)?;
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

/// `a | b` as CPython's `set_or`: a copy of `a` that `b` is merged into.
pub fn set_union(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    let out = clone_set(vm, a, a.frozen)?;
    if !std::ptr::eq(a, b) {
        out.merge_from(vm, b)?;
    }
    Ok(out)
}

/// `a & b` as CPython's `set_intersection`: a copy for `a & a`; otherwise the smaller
/// operand is iterated (`b` when the sizes are equal) and its elements found in the
/// other are added to a new set.
pub fn set_intersection(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    if std::ptr::eq(a, b) {
        return clone_set(vm, a, a.frozen);
    }
    let out = Rc::new(PySet::new(a.frozen));
    let (small, large) = if b.len() > a.len() { (a, b) } else { (b, a) };
    if small.filter_native_into(large, true, &out) {
        return Ok(out);
    }
    for (h, k) in small.hashed_items() {
        if large.contains_hashed(vm, h, &k)? {
            out.add_hashed(vm, h, k)?;
        }
    }
    Ok(out)
}

/// `a - b` as CPython's `set_difference`: a copy of `a` with `b` discarded when `a` is
/// more than four times larger, otherwise `a`'s elements not in `b` added to a new set.
pub fn set_difference(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    if (a.len() >> 2) > b.len() {
        let out = clone_set(vm, a, a.frozen)?;
        for (h, k) in b.hashed_items() {
            out.discard_hashed(vm, h, &k)?;
        }
        out.shrink_dummies();
        return Ok(out);
    }
    let out = Rc::new(PySet::new(a.frozen));
    if a.filter_native_into(b, false, &out) {
        return Ok(out);
    }
    for (h, k) in a.hashed_items() {
        if !b.contains_hashed(vm, h, &k)? {
            out.add_hashed(vm, h, k)?;
        }
    }
    Ok(out)
}

/// `a ^ b` as CPython's `set_symmetric_difference`: a copy of `b` (of `a`'s type) that
/// `a`'s elements are toggled in.
pub fn set_symmetric_difference(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<Rc<PySet>> {
    let out = clone_set(vm, b, a.frozen)?;
    for (h, k) in a.hashed_items() {
        if !out.discard_hashed(vm, h, &k)? {
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
    let others = &args.pos()[1..];
    if others.is_empty() {
        return Ok(Value::Set(clone_set(vm, &s, s.frozen)?));
    }
    // Each operation builds a new set, so the first reads `s` itself: `big.intersection
    // (small)` costs the small set's size, as in CPython.
    let mut acc = s;
    for other in others {
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
    // As CPython: two sets walk the smaller one; any other iterable is read lazily
    // and stops at the first common element.
    if let Value::Set(o) = unwrap_base(&a[0]) {
        let (small, large) = if o.len() < s.len() {
            (&o, &s)
        } else {
            (&s, &o)
        };
        for x in small.items() {
            if large.contains(vm, &x)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if s.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub(crate) fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "add")?;
    let a = method_args(&args, "set", "add", 1, 1)?;
    vm.gc.track_if_holds(&args.pos()[0], &a[0]);
    s.add(vm, a[0].clone())?;
    Ok(Value::None)
}

pub(crate) fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "remove")?;
    let a = method_args(&args, "set", "remove", 1, 1)?;
    if !s.discard_member(vm, &a[0])? {
        return Err(key_error(a[0].clone()));
    }
    Ok(Value::None)
}

pub(crate) fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "discard")?;
    let a = method_args(&args, "set", "discard", 1, 1)?;
    s.discard_member(vm, &a[0])?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "pop")?;
    method_args(&args, "set", "pop", 0, 0)?;
    s.pop()
        .ok_or_else(|| key_error_msg("pop from an empty set"))
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "clear")?;
    method_args(&args, "set", "clear", 0, 0)?;
    s.clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "update")?;
    for other in method_positional(&args, "set", "update", 0, usize::MAX)? {
        set_extend(vm, &s, other)?;
    }
    Ok(Value::None)
}

/// `s -= other` / one argument of `s.difference_update(...)`, in place as CPython:
/// discards leave dummies (so iteration order stays CPython's), and the cost is the
/// size of `other`, not of `s`.
pub fn difference_update_one(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    match unwrap_base(other) {
        Value::Set(o) if Rc::ptr_eq(s, &o) => s.clear(),
        Value::Set(o) => {
            for (h, k) in o.hashed_items() {
                s.discard_hashed(vm, h, &k)?;
            }
        }
        _ => {
            let it = vm.get_iter(other)?;
            while let Some(k) = vm.next(&it)? {
                s.discard(vm, &k)?;
            }
        }
    }
    s.shrink_dummies();
    Ok(())
}

/// `s ^= other` / `s.symmetric_difference_update(other)`, in place as CPython.
pub fn symmetric_difference_update_one(vm: &mut Vm, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    let o = as_set(vm, other)?;
    if Rc::ptr_eq(s, &o) {
        s.clear();
        return Ok(());
    }
    for (h, k) in o.hashed_items() {
        if !s.discard_hashed(vm, h, &k)? {
            s.add_hashed(vm, h, k)?;
        }
    }
    Ok(())
}

/// `s &= other` / `s.intersection_update(...)`: the intersection is built in a new
/// table, whose layout `s` then takes (CPython's `set_swap_bodies`).
pub fn intersection_update_all(vm: &mut Vm, s: &Rc<PySet>, others: &[Value]) -> PyResult<()> {
    // As `set_intersection_multi`: the first intersection reads `s` itself.
    let mut acc = s.clone();
    for other in others {
        let o = as_set(vm, other)?;
        acc = set_intersection(vm, &acc, &o)?;
    }
    if !Rc::ptr_eq(&acc, s) {
        s.swap_contents(&acc);
    }
    Ok(())
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "intersection_update")?;
    let others = method_positional(&args, "set", "intersection_update", 0, usize::MAX)?;
    intersection_update_all(vm, &s, others)?;
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "difference_update")?;
    for other in method_positional(&args, "set", "difference_update", 0, usize::MAX)? {
        difference_update_one(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this_mutable_set(&args, "symmetric_difference_update")?;
    let a = method_args(&args, "set", "symmetric_difference_update", 1, 1)?;
    symmetric_difference_update_one(vm, &s, &a[0])?;
    Ok(Value::None)
}

/// The set a display of three or more constants makes in CPython. Its compiler folds the
/// constants into a frozenset and `merge_consts_recursive` rebuilds it from its own
/// iteration order; the code object's constant processing rebuilds it once more when
/// interning replaced one of its strings (an identifier-like string that CPython had
/// interned already: unknowable here, so any identifier-like string of two or more
/// characters counts; single characters are CPython's cached singletons and are never
/// replaced). At run time `SET_UPDATE` merges the constant into a new set. Each step
/// decides the table layout, which is the order the set iterates and prints in. Exact
/// for numbers, bytes and tuples; for strings (whose hashes are random unless
/// PYTHONHASHSEED is set) the second rebuild is the guess above.
pub fn const_set_display(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let interned = holds_interned_str(&items);
    let mut constant = PySet::new(true);
    for item in items {
        constant.add(vm, item)?;
    }
    for _ in 0..(1 + interned as usize) {
        let rebuilt = PySet::new(true);
        for (h, k) in constant.hashed_items() {
            rebuilt.add_hashed(vm, h, k)?;
        }
        constant = rebuilt;
    }
    let out = PySet::new(false);
    out.merge_from(vm, &constant)?;
    Ok(Value::Set(Rc::new(out)))
}

/// Whether the code object's constant processing would rebuild a folded set (see
/// [`const_set_display`]): it holds an identifier-like string of two or more characters.
fn holds_interned_str(items: &[Value]) -> bool {
    items.iter().any(|v| {
        matches!(v, Value::Str(s) if s.char_len() >= 2
            && s.as_str().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
    })
}

/// The frozenset constant of ints and strs that CPython's compiler folds a set display
/// into (after `in`, or a display of three or more constants that `SET_UPDATE` then
/// copies), laid out as [`const_set_display`] lays it out. Its members hash and compare
/// natively, so no `Vm` is needed: it is made once, with the code object's constants.
pub fn constant_frozenset(items: Vec<Value>) -> Value {
    let interned = holds_interned_str(&items);
    let mut constant = PySet::new(true);
    for item in &items {
        constant.add_exact(item);
    }
    for _ in 0..(1 + interned as usize) {
        let rebuilt = PySet::new(true);
        for (_, k) in constant.hashed_items() {
            rebuilt.add_exact(&k);
        }
        constant = rebuilt;
    }
    Value::Set(Rc::new(constant))
}
