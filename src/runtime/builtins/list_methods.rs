//! Methods of `list` and `tuple`, and the container dunders (`__getitem__`, `__len__`,
//! ...) registered on the builtin container classes so that `super().__getitem__(i)` in
//! a user subclass reaches the builtin behaviour.

use super::{index_i64, method, method_args, unwrap_base};
use crate::numeric::Int;
use crate::runtime::error::{index_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::list::{PyList, Scan};
use crate::runtime::signature::{method_refusal, Signature};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install(t: &Types) {
    let l = &t.list.dict;
    method(l, "list", "append", append);
    method(l, "list", "extend", extend);
    method(l, "list", "insert", insert);
    method(l, "list", "pop", pop);
    method(l, "list", "remove", remove);
    method(l, "list", "index", list_index);
    method(l, "list", "count", list_count);
    method(l, "list", "sort", sort);
    method(l, "list", "reverse", reverse);
    method(l, "list", "copy", copy);
    method(l, "list", "clear", clear);
    method(l, "list", "__reversed__", dunder_reversed);
    method(l, "list", "__iadd__", dunder_iadd);
    method(l, "list", "__imul__", dunder_imul);
    let tu = &t.tuple.dict;
    method(tu, "tuple", "index", tuple_index);
    method(tu, "tuple", "count", tuple_count);
    for (cls, owner) in [
        (&t.list, "list"),
        (&t.tuple, "tuple"),
        (&t.dict, "dict"),
        (&t.str, "str"),
        (&t.set, "set"),
        (&t.frozenset, "frozenset"),
    ] {
        let d = &cls.dict;
        method(d, owner, "__len__", dunder_len);
        method(d, owner, "__iter__", dunder_iter);
        method(d, owner, "__contains__", dunder_contains);
        if owner != "set" && owner != "frozenset" {
            method(d, owner, "__getitem__", dunder_getitem);
        }
        if owner == "list" || owner == "dict" {
            method(d, owner, "__setitem__", dunder_setitem);
            method(d, owner, "__delitem__", dunder_delitem);
        }
    }
}

/// The list a list method was called on (a list or an instance of a list subclass).
fn this_list(args: &Args<'_>, name: &str) -> PyResult<Rc<PyList>> {
    match args.pos().first().map(unwrap_base) {
        Some(Value::List(l)) => Ok(l),
        _ => Err(super::descriptor_misapplied(
            "list",
            name,
            args.pos().first(),
        )),
    }
}

/// `list.__reversed__`: a lazy iterator from the last item (what `reversed()` finds on
/// subclasses).
fn dunder_reversed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = this_list(&args, "__reversed__")?;
    method_args(&args, "list", "__reversed__", 0, 0)?;
    let index = list.len();
    Ok(IterObj::new_value(IterState::ListReversed { list, index }))
}

pub(crate) fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "append")?;
    let a = method_args(&args, "list", "append", 1, 1)?;
    // A list made by native code is untracked until it holds a container (the store
    // that may close a cycle through it).
    vm.gc.track_if_holds(&args.pos()[0], &a[0]);
    l.push(a[0].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "extend")?;
    let a = method_args(&args, "list", "extend", 1, 1)?;
    list_extend(vm, &args.pos()[0], &l, &a[0])?;
    Ok(Value::None)
}

/// `list.extend` and `+=` (CPython's `list_extend`): `this` is the list or the instance
/// of a list subclass whose payload `l` is.
pub fn list_extend(vm: &mut Vm, this: &Value, l: &PyList, other: &Value) -> PyResult<()> {
    // A list or tuple is copied first (`l.extend(l)` must not see its own growth);
    // other iterables are appended item by item, as CPython's, so an iterator over
    // the list itself sees what it added.
    let items = match other {
        Value::List(src) => src.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        other => {
            let it = vm.get_iter(other)?;
            while let Some(x) = vm.next(&it)? {
                vm.gc.track_if_holds(this, &x);
                l.push(x);
            }
            return Ok(());
        }
    };
    if let Some(container) = items
        .iter()
        .find(|v| crate::runtime::traverse::of(v).is_some())
    {
        vm.gc.track_if_holds(this, container);
    }
    l.items.borrow_mut().extend(items);
    Ok(())
}

/// `list.__iadd__`: extends in place and returns the receiver itself.
fn dunder_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "__iadd__")?;
    let a = method_args(&args, "list", "__iadd__", 1, 1)?;
    list_extend(vm, &args.pos()[0], &l, &a[0])?;
    Ok(args.pos()[0].clone())
}

/// `list.__imul__`: repeats in place; the count is converted as a C `Py_ssize_t`.
fn dunder_imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "__imul__")?;
    let a = method_args(&args, "list", "__imul__", 1, 1)?;
    let n = repeat_arg(vm, &a[0])?;
    let repeated = crate::runtime::alloc::repeat_items(&l.snapshot(), n)?;
    *l.items.borrow_mut() = repeated;
    Ok(args.pos()[0].clone())
}

/// The count of a `__mul__`-style slot called directly: any `__index__`, negative is
/// zero, past `Py_ssize_t` is OverflowError.
pub fn repeat_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match super::index_int(vm, v)? {
        Int::Small(i) => Ok(i.max(0) as usize),
        Int::Big(_) => Err(crate::runtime::error::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

/// A position argument clamped into `0..=len` the way insert and slices clamp.
fn clamp_index(i: i64, len: usize) -> usize {
    if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    }
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "insert")?;
    let a = method_args(&args, "list", "insert", 2, 2)?;
    let i = super::ssize_arg(vm, &a[0])?;
    vm.gc.track_if_holds(&args.pos()[0], &a[1]);
    let mut items = l.items.borrow_mut();
    let pos = clamp_index(i, items.len());
    items.insert(pos, a[1].clone());
    Ok(Value::None)
}

/// Huge int bounds of `index` saturate (CPython clamps them to the ends).
fn saturate(vm: &mut Vm, v: &Value, e: crate::runtime::error::PyErr) -> PyResult<i64> {
    match super::index_int(vm, v) {
        Ok(i) => Ok(if i.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        Err(_) => Err(e),
    }
}

pub(crate) fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "pop")?;
    let a = method_args(&args, "list", "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => super::ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let len = items.len() as i64;
    let idx = if i < 0 { i + len } else { i };
    if idx < 0 || idx >= len {
        return Err(index_error("pop index out of range"));
    }
    Ok(items.remove(idx as usize))
}

/// The first index in `start..stop` whose item equals `x`; the list may change while
/// `__eq__` runs, so each item is read afresh.
fn find_in_list(
    vm: &mut Vm,
    l: &PyList,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        match l.scan_known(x, i, stop, |a, b| vm.eq_known(a, b)) {
            Scan::Equal(j) => return Ok(Some(j)),
            Scan::End => return Ok(None),
            Scan::NeedsEq(j) => {
                let Some(item) = l.get(j) else {
                    return Ok(None);
                };
                if item.is(x) || vm.eq(&item, x)? {
                    return Ok(Some(j));
                }
                i = j + 1;
            }
        }
    }
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "remove")?;
    let a = method_args(&args, "list", "remove", 1, 1)?;
    match find_in_list(vm, &l, &a[0], 0, usize::MAX)? {
        Some(i) => {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                let old = items.remove(i);
                drop(items);
                drop(old);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

/// `start`/`stop` arguments of index(): clamped like slice bounds.
fn bounds(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<(usize, usize)> {
    // CPython's _PyEval_SliceIndexNotNone: an object without __index__ (None too) is
    // refused in slice-index words; a huge one saturates.
    let get = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v)
                if super::as_int(v).is_none()
                    && vm.type_of(v).lookup_str("__index__").is_none() =>
            {
                Err(type_error(
                    "slice indices must be integers or have an __index__ method",
                ))
            }
            Some(v) => index_i64(vm, v).or_else(|e| saturate(vm, v, e)),
        }
    };
    let start = get(vm, a.get(1), 0)?;
    let stop = get(vm, a.get(2), len as i64)?;
    Ok((clamp_index(start, len), clamp_index(stop, len)))
}

fn list_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "index")?;
    let a = method_args(&args, "list", "index", 1, 3)?;
    let (start, stop) = bounds(vm, a, l.len())?;
    match find_in_list(vm, &l, &a[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&a[0])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "count")?;
    let a = method_args(&args, "list", "count", 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    loop {
        match l.scan_known(&a[0], i, usize::MAX, |p, q| vm.eq_known(p, q)) {
            Scan::Equal(j) => {
                n += 1;
                i = j + 1;
            }
            Scan::End => break,
            Scan::NeedsEq(j) => {
                let Some(item) = l.get(j) else {
                    break;
                };
                if item.is(&a[0]) || vm.eq(&item, &a[0])? {
                    n += 1;
                }
                i = j + 1;
            }
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "sort")?;
    let options = super::iteration::SORT.bind_method(&args)?;
    let key = options.get(0).cloned();
    let reverse = options.int_flag(vm, 1, false)?;
    // Sort a copy with the list emptied, as CPython does, so key functions that look at
    // the list see it empty and none of their changes survive.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let result = super::sort::sort_values(vm, &mut items, key.as_ref(), reverse);
    let meanwhile = std::mem::replace(&mut *l.items.borrow_mut(), items);
    result?;
    if !meanwhile.is_empty() {
        drop(meanwhile);
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "reverse")?;
    method_args(&args, "list", "reverse", 0, 0)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "copy")?;
    method_args(&args, "list", "copy", 0, 0)?;
    Ok(Value::list(l.snapshot()))
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this_list(&args, "clear")?;
    method_args(&args, "list", "clear", 0, 0)?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn this_tuple(args: &Args<'_>, name: &str) -> PyResult<crate::runtime::tuple::TupleRef> {
    match args.pos().first().map(unwrap_base) {
        Some(Value::Tuple(t)) => Ok(t),
        _ => Err(super::descriptor_misapplied(
            "tuple",
            name,
            args.pos().first(),
        )),
    }
}

fn tuple_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this_tuple(&args, "index")?;
    let a = method_args(&args, "tuple", "index", 1, 3)?;
    let (start, stop) = bounds(vm, a, t.len())?;
    for i in start..stop {
        if t.items[i].is(&a[0]) || vm.eq(&t.items[i], &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this_tuple(&args, "count")?;
    let a = method_args(&args, "tuple", "count", 1, 1)?;
    let mut n = 0;
    for item in t.items.iter() {
        if item.is(&a[0]) || vm.eq(item, &a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `self` unwrapped to its builtin value, for the delegating dunders.
fn base_self(args: &Args<'_>, name: &str) -> PyResult<Value> {
    args.pos()
        .first()
        .map(unwrap_base)
        .ok_or_else(|| type_error(format!("descriptor '{name}' needs an argument")))
}

const LEN: Signature = Signature::slot("__len__", &[]);
const ITER: Signature = Signature::slot("__iter__", &[]);
const SETITEM: Signature = Signature::slot_unpack("wrapper __setitem__", &["key", "value"]);
const DELITEM: Signature = Signature::slot("__delitem__", &["key"]);

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = base_self(&args, "__len__")?;
    LEN.none_method(&args)?;
    Ok(Value::Int(vm.len(&s)? as i64))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = base_self(&args, "__iter__")?;
    ITER.none_method(&args)?;
    vm.get_iter(&s)
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = base_self(&args, "__contains__")?;
    let key = dunder_key(&args, &s, "__contains__")?;
    Ok(Value::Bool(vm.contains(&s, key)?))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = base_self(&args, "__getitem__")?;
    let key = dunder_key(&args, &s, "__getitem__")?;
    // `dict.__getitem__(sub, k)` (a subclass's `super().__getitem__`) asks the
    // subclass's `__missing__` for an absent key, as CPython's dict does.
    if let (Value::Dict(d), Some(this @ Value::Instance(inst))) = (&s, args.args.first()) {
        if let Some(v) = d.get_item(vm, key)? {
            return Ok(v);
        }
        if let Some(missing) = inst.class.lookup_str("__missing__") {
            return vm.call_args(&missing, [this.clone(), key.clone()]);
        }
        return Err(crate::runtime::error::key_error(key.clone()));
    }
    vm.getitem(&s, key)
}

fn dunder_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = base_self(&args, "__setitem__")?;
    let p = SETITEM.positional_method(&args)?;
    vm.setitem(&s, &p[0], p[1].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = base_self(&args, "__delitem__")?;
    vm.delitem(&s, DELITEM.one_method(&args)?)?;
    Ok(Value::None)
}

/// The one argument of `__getitem__` or `__contains__`, which CPython declares as
/// `METH_O` methods on some types (`list.__getitem__`, `dict.__contains__`) and reaches
/// through slot wrappers on the others (`tuple.__getitem__`).
#[inline]
fn dunder_key<'a>(args: &Args<'a>, this: &Value, name: &'static str) -> PyResult<&'a Value> {
    match args.args {
        [_, key] if args.kwnames.is_empty() => Ok(key),
        _ => Err(dunder_key_refusal(args, this, name)),
    }
}

#[cold]
#[inline(never)]
fn dunder_key_refusal(args: &Args<'_>, this: &Value, name: &'static str) -> PyErr {
    let owner = match this {
        Value::List(_) if name == "__getitem__" => "list",
        Value::Dict(_) => "dict",
        Value::Set(s) if s.frozen => "frozenset",
        Value::Set(_) => "set",
        _ => {
            let slot = Signature::slot(name, &["key"]);
            return match slot.one_method(args) {
                Err(e) => e,
                Ok(_) => type_error("unexpected arguments"),
            };
        }
    };
    method_refusal(args, owner, name, 1, 1)
}
