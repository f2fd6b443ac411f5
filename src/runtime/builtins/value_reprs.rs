//! The `__repr__` each builtin value type defines for itself (`list.__repr__`,
//! `dict.__repr__`, ...), so `super().__repr__()` in a subclass and `list.__repr__(x)`
//! give the builtin value's text rather than object's `<... object at ...>`. It is not
//! the repr machinery: the text comes from `Vm::repr` of the underlying value.

use super::{descriptor_misapplied, method, unwrap_base};
use crate::runtime::class::Class;
use crate::runtime::error::type_error;
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Puts `__repr__` on the builtin value types.
pub fn register(t: &Types) {
    method(&t.list.dict, "list", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.list)
    });
    method(&t.tuple.dict, "tuple", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.tuple)
    });
    method(&t.dict.dict, "dict", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.dict)
    });
    method(&t.set.dict, "set", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.set)
    });
    method(&t.frozenset.dict, "frozenset", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.frozenset)
    });
    method(&t.int.dict, "int", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.int)
    });
    method(&t.float.dict, "float", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.float)
    });
    method(&t.str.dict, "str", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.str)
    });
    method(&t.bytes.dict, "bytes", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.bytes)
    });
    method(&t.bytearray.dict, "bytearray", "__repr__", |vm, a| {
        value_repr(vm, a, |t| &t.bytearray)
    });
    // bytes' str is its repr, not the subclass's `__repr__` that object's would ask.
    method(&t.bytes.dict, "bytes", "__str__", |vm, a| {
        value_repr(vm, a, |t| &t.bytes)
    });
    method(&t.bytearray.dict, "bytearray", "__str__", |vm, a| {
        value_repr(vm, a, |t| &t.bytearray)
    });
}

fn value_repr(vm: &mut Vm, args: Args<'_>, owner: fn(&Types) -> &Rc<Class>) -> PyResult<Value> {
    let owner = owner(vm.types()).clone();
    let this = args.pos().first();
    let cls = this.map(|v| vm.type_of(v));
    let (Some(this), Some(cls)) = (this, cls) else {
        return Err(descriptor_misapplied(&owner.name(), "__repr__", None));
    };
    if !cls.is_subclass(&owner) {
        return Err(type_error(format!(
            "descriptor '__repr__' requires a '{}' object but received a '{}'",
            owner.name(),
            cls.name()
        )));
    }
    let base = match unwrap_base(this) {
        // `int.__repr__(True)` is the int's text.
        Value::Bool(b) => Value::Int(i64::from(b)),
        base => base,
    };
    let text = vm.repr(&base)?;
    // A set's and a bytearray's repr name the subclass: `S({1})`, `S()`, `B(b'')`.
    if Rc::ptr_eq(&cls, &owner) {
        return Ok(Value::from_string(text));
    }
    let inner = match &base {
        // `{1}`, `set()`, `frozenset({1})`, `frozenset()`.
        Value::Set(_) => Some(
            match ["frozenset", "set"]
                .iter()
                .find_map(|b| text.strip_prefix(b))
            {
                Some(rest) => rest.to_string(),
                None => format!("({text})"),
            },
        ),
        _ if crate::runtime::bytes::is_bytearray(&base) => {
            text.strip_prefix("bytearray").map(str::to_string)
        }
        _ => None,
    };
    Ok(Value::from_string(match inner {
        Some(inner) => format!("{}{inner}", cls.name()),
        None => text,
    }))
}
