//! Methods of `dict` and the dict views (`dict_keys`, `dict_values`, `dict_items`).
//!
//! A view is an instance of its view class whose base payload is the dict it looks at,
//! so it stays live: `len`, iteration and `in` always see the dict's current state. The
//! view classes carry `__iter__`, `__len__`, `__contains__`, `__repr__`, `__reversed__`,
//! equality and the set operators of keys/items views.

use super::{kwargs_dict, method, method_args, type_name, unwrap_base};
use crate::ast::{BinOp, CmpOp};
use crate::runtime::class::{Class, Instance, Payload};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{key_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::{DictView, IterObj, IterState};
use crate::runtime::set::PySet;
use crate::runtime::signature::{method_positional, Signature};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install(t: &Types) {
    let d = &t.dict.dict;
    method(d, "dict", "get", get);
    method(d, "dict", "setdefault", setdefault);
    method(d, "dict", "pop", pop);
    method(d, "dict", "popitem", popitem);
    method(d, "dict", "keys", keys);
    method(d, "dict", "values", values);
    method(d, "dict", "items", items);
    method(d, "dict", "update", update);
    method(d, "dict", "copy", copy);
    method(d, "dict", "clear", clear);
    method(d, "dict", "__reversed__", dunder_reversed);
    super::class_method(t, d, "dict", "fromkeys", fromkeys);
    for (cls, owner) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_values, "dict_values"),
        (&t.dict_items, "dict_items"),
    ] {
        let v = &cls.dict;
        method(v, owner, "__iter__", view_iter);
        method(v, owner, "__reversed__", view_reversed);
        method(v, owner, "__len__", view_len);
        method(v, owner, "__contains__", view_contains);
        method(v, owner, "__repr__", view_repr);
        if owner != "dict_values" {
            method(v, owner, "__eq__", view_eq);
            method(v, owner, "__and__", view_and);
            method(v, owner, "__or__", view_or);
            method(v, owner, "__sub__", view_sub);
            method(v, owner, "__xor__", view_xor);
            method(v, owner, "__rand__", view_rand);
            method(v, owner, "__ror__", view_ror);
            method(v, owner, "__rsub__", view_rsub);
            method(v, owner, "__rxor__", view_rxor);
            method(v, owner, "__lt__", view_lt);
            method(v, owner, "__le__", view_le);
            method(v, owner, "__gt__", view_gt);
            method(v, owner, "__ge__", view_ge);
            method(v, owner, "isdisjoint", view_isdisjoint);
        }
    }
}

fn this_dict(args: &Args<'_>, name: &str) -> PyResult<Rc<PyDict>> {
    match args.pos().first().map(unwrap_base) {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(super::descriptor_misapplied(
            "dict",
            name,
            args.pos().first(),
        )),
    }
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "get")?;
    let a = method_args(&args, "dict", "get", 1, 2)?;
    Ok(d.get_item(vm, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "setdefault")?;
    let a = method_args(&args, "dict", "setdefault", 1, 2)?;
    if let Some(v) = d.get_item(vm, &a[0])? {
        return Ok(v);
    }
    let default = a.get(1).cloned().unwrap_or(Value::None);
    vm.gc.track_if_holds(&args.pos()[0], &default);
    d.set_item(vm, a[0].clone(), default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "pop")?;
    let a = method_args(&args, "dict", "pop", 1, 2)?;
    match d.del_item(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(a[0].clone())),
        },
    }
}

fn popitem(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "popitem")?;
    method_args(&args, "dict", "popitem", 0, 0)?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(crate::runtime::error::key_error_msg(
            "popitem(): dictionary is empty",
        )),
    }
}

/// A view of `d`.
pub fn make_view(t: &crate::runtime::types::Types, d: Rc<PyDict>, kind: DictView) -> Value {
    let cls = match kind {
        DictView::Keys => &t.dict_keys,
        DictView::Values => &t.dict_values,
        DictView::Items => &t.dict_items,
    };
    let inst = Instance::new(cls.clone());
    if let Payload::Base(slot) = inst.payload() {
        *slot.borrow_mut() = Value::Dict(d);
    }
    Value::Instance(inst)
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "keys")?;
    method_args(&args, "dict", "keys", 0, 0)?;
    Ok(make_view(vm.types(), d, DictView::Keys))
}

fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "values")?;
    method_args(&args, "dict", "values", 0, 0)?;
    Ok(make_view(vm.types(), d, DictView::Values))
}

fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "items")?;
    method_args(&args, "dict", "items", 0, 0)?;
    Ok(make_view(vm.types(), d, DictView::Items))
}

/// `d.update(src)`: from a dict, an object with `keys()`, or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &PyDict, src: &Value) -> PyResult<()> {
    if let Value::Dict(s) = unwrap_base(src) {
        if !matches!(src, Value::Instance(i) if i.class.lookup_str("keys").is_some_and(|k| !matches!(k, Value::Builtin(_))))
        {
            if d.is_empty() && !std::ptr::eq(d, &*s) {
                d.fill_from(&s);
                return Ok(());
            }
            for (k, v) in s.items() {
                d.set_item(vm, k, v)?;
            }
            return Ok(());
        }
    }
    // The usual argument (a zip, a generator, a list of pairs) has no `keys`, nor can
    // its builtin type gain one: no getattr (whose miss builds an AttributeError).
    let plain = matches!(
        src,
        Value::Iter(_) | Value::Generator(_) | Value::List(_) | Value::Tuple(_)
    );
    let keys_fn = if plain {
        None
    } else {
        vm.getattr_opt(src, "keys")?
    };
    if let Some(keys_fn) = keys_fn {
        let ks = vm.call_args(&keys_fn, vec![])?;
        let ks = vm.collect(&ks)?;
        for k in ks {
            let v = vm.getitem(src, &k)?;
            d.set_item(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    let mut n = 0usize;
    while let Some(item) = vm.next(&it)? {
        dict_update_item(vm, d, n, &item)?;
        n += 1;
    }
    Ok(())
}

/// Element `n` of `d.update(iterable)` (or `dict(iterable)`, also consumed in the
/// dispatch loop, see `vm::gen_consume`): a key/value pair stored in `d`.
#[inline]
pub(crate) fn dict_update_item(vm: &mut Vm, d: &PyDict, n: usize, item: &Value) -> PyResult<()> {
    if let Value::Tuple(t) = item {
        if let [k, v] = &t.items[..] {
            return d.set_item(vm, k.clone(), v.clone());
        }
    }
    dict_update_item_slow(vm, d, n, item)
}

#[cold]
fn dict_update_item_slow(vm: &mut Vm, d: &PyDict, n: usize, item: &Value) -> PyResult<()> {
    let pair = match item {
        Value::Tuple(t) => t.items.to_vec(),
        Value::List(l) => l.snapshot(),
        other => match vm.get_iter(other) {
            Ok(_) => vm.collect(other)?,
            Err(_) => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                )))
            }
        },
    };
    if pair.len() != 2 {
        return Err(value_error(format!(
            "dictionary update sequence element #{n} has length {}; 2 is required",
            pair.len()
        )));
    }
    let mut pair = pair.into_iter();
    if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
        d.set_item(vm, k, v)?;
    }
    Ok(())
}

const UPDATE: Signature = Signature::new("update", &["other"])
    .required(0)
    .positional_only("dict.update")
    .varkw();
const FROMKEYS: Signature = Signature::new("fromkeys", &["iterable", "value"])
    .required(1)
    .positional_only("dict.fromkeys");

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "update")?;
    if let Some(src) = UPDATE.positional_method_kw(&args)?.first() {
        dict_update_from(vm, &d, src)?;
        vm.gc.track_dict_if_holds(&Value::Dict(d.clone()));
    }
    for (k, v) in kwargs_dict(&args).items() {
        vm.gc.track_if_holds(&args.pos()[0], &v);
        d.set_item(vm, k, v)?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "copy")?;
    method_args(&args, "dict", "copy", 0, 0)?;
    let copied = Value::Dict(Rc::new(d.copy()));
    // A tracked dict's copy is tracked, as CPython's (no walk over the entries); an
    // untracked one's only when it holds a container after all.
    if d.gc.is_tracked() {
        vm.gc.track(&copied);
    } else {
        vm.gc.track_dict_if_holds(&copied);
    }
    Ok(copied)
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "clear")?;
    method_args(&args, "dict", "clear", 0, 0)?;
    d.clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, rest) = match args.pos().first() {
        Some(c @ Value::Class(_)) => (c.clone(), FROMKEYS.positional_method(&args)?),
        _ => (
            Value::Class(vm.types().dict.clone()),
            FROMKEYS.positional(&args)?,
        ),
    };
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let target = vm.call_args(&cls, vec![])?;
    let keys = vm.collect(&rest[0])?;
    match unwrap_base(&target) {
        Value::Dict(d) if !matches!(target, Value::Instance(_)) => {
            for k in keys {
                d.set_item(vm, k, value.clone())?;
            }
            vm.gc.track_dict_if_holds(&Value::Dict(d));
        }
        _ => {
            for k in keys {
                vm.setitem(&target, &k, value.clone())?;
            }
        }
    }
    Ok(target)
}

/// The dict and kind of a view passed as `self`.
fn view_parts(
    t: &crate::runtime::types::Types,
    args: &Args<'_>,
) -> PyResult<(Rc<PyDict>, DictView)> {
    if let Some(Value::Instance(inst)) = args.pos().first() {
        let kind = if Rc::ptr_eq(&inst.class, &t.dict_keys) {
            DictView::Keys
        } else if Rc::ptr_eq(&inst.class, &t.dict_values) {
            DictView::Values
        } else {
            DictView::Items
        };
        if let Payload::Base(slot) = inst.payload() {
            if let Value::Dict(d) = &*slot.borrow() {
                return Ok((d.clone(), kind));
            }
        }
    }
    Err(type_error("descriptor requires a dict view"))
}

fn view_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, view) = view_parts(vm.types(), &args)?;
    let len = d.len();
    Ok(IterObj::new_value(IterState::Dict {
        dict: d,
        pos: 0,
        len,
        left: len,
        view,
        last: None,
    }))
}

/// The values a view yields right now, in order.
fn view_snapshot(d: &PyDict, view: DictView) -> Vec<Value> {
    match view {
        DictView::Keys => d.keys(),
        DictView::Values => d.values(),
        DictView::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

/// `dict.__reversed__`: the keys last to first (what `reversed()` finds on subclasses).
fn dunder_reversed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this_dict(&args, "__reversed__")?;
    method_args(&args, "dict", "__reversed__", 0, 0)?;
    let mut items = d.keys();
    items.reverse();
    Ok(IterObj::new_value(IterState::Values { items, index: 0 }))
}

fn view_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, view) = view_parts(vm.types(), &args)?;
    let mut items = view_snapshot(&d, view);
    items.reverse();
    Ok(IterObj::new_value(IterState::Values { items, index: 0 }))
}

fn view_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = view_parts(vm.types(), &args)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, view) = view_parts(vm.types(), &args)?;
    let x = Signature::slot("__contains__", &["key"]).one_method(&args)?;
    Ok(Value::Bool(match view {
        DictView::Keys => d.contains(vm, x)?,
        DictView::Values => {
            let mut found = false;
            for v in d.values() {
                if v.is(x) || vm.eq(&v, x)? {
                    found = true;
                    break;
                }
            }
            found
        }
        DictView::Items => match x {
            Value::Tuple(t) if t.len() == 2 => match d.get_item(vm, &t.items[0])? {
                Some(v) => v.is(&t.items[1]) || vm.eq(&v, &t.items[1])?,
                None => false,
            },
            _ => false,
        },
    }))
}

fn view_type_name(view: DictView) -> &'static str {
    match view {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    }
}

fn view_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, view) = view_parts(vm.types(), &args)?;
    let name = view_type_name(view);
    let list = Value::list(view_snapshot(&d, view));
    let inner = vm.repr(&list)?;
    Ok(Value::from_string(format!("{name}({inner})")))
}

/// The elements of a keys/items view as a new set.
fn view_set(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<PySet>> {
    let (d, view) = view_parts(vm.types(), args)?;
    let s = Rc::new(PySet::new(false));
    for v in view_snapshot(&d, view) {
        s.add(vm, v)?;
    }
    Ok(s)
}

/// The other operand of a view set operation, as a set.
fn other_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = Rc::new(PySet::new(false));
    super::set_methods::set_extend(vm, &s, v)?;
    Ok(Value::Set(s))
}

fn view_binop(vm: &mut Vm, args: Args<'_>, name: &'static str, op: BinOp) -> PyResult<Value> {
    let other = Signature::slot(name, &["other"]).one_method(&args)?;
    if vm.get_iter(other).is_err() {
        return Ok(vm.types().not_implemented.clone());
    }
    let mine = Value::Set(view_set(vm, &args)?);
    let theirs = other_set(vm, other)?;
    vm.binary_op(op, &mine, &theirs)
}

/// `other OP view` when `other` declined (a set, list or any iterable on the left):
/// the set of `other` with the view's elements.
fn view_rbinop(vm: &mut Vm, args: Args<'_>, name: &'static str, op: BinOp) -> PyResult<Value> {
    let other = Signature::slot(name, &["other"]).one_method(&args)?;
    if vm.get_iter(other).is_err() {
        return Ok(vm.types().not_implemented.clone());
    }
    let mine = Value::Set(view_set(vm, &args)?);
    let theirs = other_set(vm, other)?;
    vm.binary_op(op, &theirs, &mine)
}

fn view_rand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_rbinop(vm, args, "__rand__", BinOp::BitAnd)
}

fn view_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_rbinop(vm, args, "__ror__", BinOp::BitOr)
}

fn view_rsub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_rbinop(vm, args, "__rsub__", BinOp::Sub)
}

fn view_rxor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_rbinop(vm, args, "__rxor__", BinOp::BitXor)
}

/// A subset/superset ordering of a keys or items view against a set, frozenset or
/// another such view (anything else declines), as the sets of their elements.
fn view_order(vm: &mut Vm, args: Args<'_>, name: &'static str, op: CmpOp) -> PyResult<Value> {
    let other = Signature::slot(name, &["other"]).one_method(&args)?;
    let theirs = match other {
        Value::Set(_) => other.clone(),
        Value::Instance(i) if is_view_class(vm.types(), &i.class) => {
            Value::Set(view_set(vm, &Args::new(std::slice::from_ref(other)))?)
        }
        _ => return Ok(vm.types().not_implemented.clone()),
    };
    let mine = Value::Set(view_set(vm, &args)?);
    vm.compare(op, &mine, &theirs)
}

fn view_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_order(vm, args, "__lt__", CmpOp::Lt)
}

fn view_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_order(vm, args, "__le__", CmpOp::LtE)
}

fn view_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_order(vm, args, "__gt__", CmpOp::Gt)
}

fn view_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_order(vm, args, "__ge__", CmpOp::GtE)
}

fn view_and(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_binop(vm, args, "__and__", BinOp::BitAnd)
}

fn view_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_binop(vm, args, "__or__", BinOp::BitOr)
}

fn view_sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_binop(vm, args, "__sub__", BinOp::Sub)
}

fn view_xor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view_binop(vm, args, "__xor__", BinOp::BitXor)
}

fn view_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::slot("__eq__", &["other"]).one_method(&args)?;
    let p = args.args;
    let other = match &p[1] {
        Value::Set(_) => p[1].clone(),
        Value::Instance(i) if is_view_class(vm.types(), &i.class) => {
            let a = Args::new(&p[1..2]);
            Value::Set(view_set(vm, &a)?)
        }
        _ => return Ok(vm.types().not_implemented.clone()),
    };
    let mine = Value::Set(view_set(vm, &args)?);
    Ok(Value::Bool(vm.eq(&mine, &other)?))
}

fn is_view_class(t: &crate::runtime::types::Types, c: &Rc<Class>) -> bool {
    Rc::ptr_eq(c, &t.dict_keys) || Rc::ptr_eq(c, &t.dict_items)
}

fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let owner = view_type_name(view_parts(vm.types(), &args)?.1);
    let other = &method_positional(&args, owner, "isdisjoint", 1, 1)?[0];
    let mine = view_set(vm, &args)?;
    for x in vm.collect(other)? {
        if mine.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `TypeError: unhashable type` style message helper for callers outside the VM.
#[cold]
pub fn unhashable(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!("unhashable type: '{}'", type_name(vm, v)))
}
