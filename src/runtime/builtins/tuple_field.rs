//! `_collections._tuplefield(index)`: the getter of a namedtuple field, reading the
//! item of the tuple an instance is, as CPython's `_tuplegetter` does.
//!
//! namedtuple's fields were `property(operator.itemgetter(i))`, and `itemgetter` is a
//! Python class: each `p.x` ran its `__call__`, `len` and a subscript (0.8 µs against
//! CPython's 0.03). The getter made here is a builtin bound to its index, so the property
//! calls it natively, and it reads the base tuple directly (a subclass's `__getitem__`
//! is not asked, as in CPython). This is not the property around it, which stays in
//! collections.py with its docstring.

use super::{type_name, unwrap_base};
use crate::runtime::error::{index_error, type_error, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// `_tuplefield(index)`: the getter for field number `index`.
pub(crate) fn tuplefield(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("_tuplefield")?;
    match args.pos() {
        [Value::Int(i)] if *i >= 0 => Ok(Value::Builtin(Rc::new(Builtin {
            name: "_tuplefield",
            func: read_field,
            bound: Some(Value::Int(*i)),
            owner: None,
            module: None,
        }))),
        _ => Err(type_error("_tuplefield() takes one non-negative int")),
    }
}

/// The getter's call: `(index, obj)` -> the item of `obj`'s tuple.
fn read_field(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [Value::Int(i), obj] = args.pos() else {
        return Err(type_error("a namedtuple field getter takes one argument"));
    };
    match unwrap_base(obj) {
        Value::Tuple(t) => t
            .items
            .get(*i as usize)
            .cloned()
            .ok_or_else(|| index_error("tuple index out of range")),
        _ => Err(type_error(format!(
            "descriptor for index '{i}' for tuple subclasses doesn't apply to '{}' object",
            type_name(vm, obj)
        ))),
    }
}

/// A field's setter: fields are read-only, with `_tuplegetter`'s message.
pub(crate) fn refuse_set(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(crate::runtime::error::attribute_error(
        "can't set attribute",
    ))
}

/// A field's deleter, likewise.
pub(crate) fn refuse_delete(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(crate::runtime::error::attribute_error(
        "can't delete attribute",
    ))
}
