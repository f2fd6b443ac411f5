//! The `__call__` of `operator.itemgetter`, `attrgetter` and `methodcaller`, native.
//!
//! The three classes stay in operator.py (construction, repr, pickling); their calls
//! were Python frames with a length test and a generator for several items, 30-100x
//! CPython's C getters under `map` or as sort keys. These builtins bind as methods,
//! read the state `__init__` stored on the instance (`_items`, `_paths`, `_name` and
//! `_call_with`) and do the subscripts, attribute reads or the call directly.

use super::call_with_kw;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// `(self, obj)` of a getter's call, with CPython's errors for other shapes.
fn receiver_and_operand<'a>(args: &'a Args<'_>, kind: &str) -> PyResult<(&'a Value, &'a Value)> {
    if args.has_kw() {
        return Err(type_error(format!("{kind}() takes no keyword arguments")));
    }
    match args.pos() {
        [this, obj] => Ok((this, obj)),
        [_, rest @ ..] => Err(wrong_count(kind, rest.len())),
        [] => Err(type_error(format!("{kind}.__call__ needs an argument"))),
    }
}

#[cold]
fn wrong_count(kind: &str, got: usize) -> crate::runtime::error::PyErr {
    type_error(format!("{kind} expected 1 argument, got {got}"))
}

/// The tuple stored under `name` on a getter (set by its `__init__`).
fn state_tuple(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Vec<Value>> {
    match vm.getattr(this, name)? {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => Err(type_error(format!("{name} of the getter is not a tuple"))),
    }
}

pub(crate) fn itemgetter_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, obj) = receiver_and_operand(&args, "itemgetter")?;
    let items = state_tuple(vm, this, "_items")?;
    if let [item] = items.as_slice() {
        return vm.getitem(obj, item);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(vm.getitem(obj, item)?);
    }
    Ok(Value::tuple(out))
}

/// Follow a dotted path (a tuple of names) from `obj`.
fn resolve(vm: &mut Vm, obj: &Value, path: &Value) -> PyResult<Value> {
    let Value::Tuple(names) = path else {
        return Err(type_error("attrgetter path is not a tuple"));
    };
    let mut cur = obj.clone();
    for name in names.items.iter() {
        let Value::Str(s) = name else {
            return Err(type_error("attribute name must be a string"));
        };
        cur = vm.getattr_str(&cur, s)?;
    }
    Ok(cur)
}

pub(crate) fn attrgetter_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, obj) = receiver_and_operand(&args, "attrgetter")?;
    let paths = state_tuple(vm, this, "_paths")?;
    if let [path] = paths.as_slice() {
        return resolve(vm, obj, path);
    }
    let mut out = Vec::with_capacity(paths.len());
    for path in &paths {
        out.push(resolve(vm, obj, path)?);
    }
    Ok(Value::tuple(out))
}

pub(crate) fn methodcaller_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, obj) = receiver_and_operand(&args, "methodcaller")?;
    let name = vm.getattr(this, "_name")?;
    let Value::Str(name) = name else {
        return Err(type_error("method name must be a string"));
    };
    let call_with = state_tuple(vm, this, "_call_with")?;
    let [Value::Tuple(pos), Value::Dict(kw)] = call_with.as_slice() else {
        return Err(type_error("methodcaller state is not (args, kwargs)"));
    };
    let method = vm.getattr_str(obj, &name)?;
    call_with_kw(vm, &method, pos.items.to_vec(), kw.items())
}
