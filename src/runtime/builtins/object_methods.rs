//! The methods every object inherits from `object` beyond construction, repr, equality
//! and attribute setting (`constructors.rs`): `__dir__` (the default listing `dir()`
//! sorts), `__reduce__`/`__reduce_ex__` (pylib `copyreg`'s reduction of instances),
//! `__getstate__`, `__sizeof__`, `__subclasshook__`, the four orderings (which decline),
//! `__class__` and `__doc__`, so that `dir(x)` and `object.__dict__` list what CPython's
//! list and code that calls them through `super()` or `object.` finds them.
//!
//! What it is not: the VM's own attribute lookup (`vm::attr`), which answers
//! `__class__` and `__doc__` itself on its fast paths.

use super::{class_method, getter, method, method_args, this};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::NativeData;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// `object.__doc__`.
pub(crate) const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";

/// Add the methods to `object`'s dict.
pub(super) fn register(t: &crate::runtime::types::Types, o: &PyDict) {
    method(o, "object", "__dir__", object_dir);
    method(o, "object", "__reduce__", object_reduce);
    method(o, "object", "__reduce_ex__", object_reduce_ex);
    method(o, "object", "__getstate__", object_getstate);
    method(o, "object", "__sizeof__", object_sizeof);
    method(o, "object", "__lt__", object_order);
    method(o, "object", "__le__", object_order);
    method(o, "object", "__gt__", object_order);
    method(o, "object", "__ge__", object_order);
    class_method(t, o, "object", "__subclasshook__", object_subclasshook);
    getter(t, o, "object", "__class__", |vm, a| {
        Ok(Value::Class(vm.type_of(this(&a, "__class__")?)))
    });
    o.set_by_str("__doc__", Value::str(OBJECT_DOC));
}

/// Whether `m`, found on a class, is one of `object`'s own methods (so a class that
/// does not define it gets the default behaviour without a call).
pub(crate) fn is_objects(m: &Value) -> bool {
    matches!(m, Value::Builtin(b) if b.owner == Some("object"))
}

/// The names `dir(v)` lists, unsorted, in CPython's order: the instance's dict (or a
/// module's), then its class's and each base's, then what every class has.
pub(crate) fn attribute_names(vm: &mut Vm, v: &Value) -> Vec<Value> {
    let seen = PyDict::new();
    let add_dict = |d: &PyDict| {
        for k in d.keys() {
            if let Value::Str(s) = &k {
                if seen.get_by_str(s.as_str()).is_none() {
                    seen.set_str(s.clone(), Value::None);
                }
            }
        }
    };
    match v {
        Value::Instance(i) => add_dict(&i.dict()),
        Value::Native(n) => {
            if let NativeData::Module(m) = &n.data {
                add_dict(&m.dict);
                return seen.keys();
            }
        }
        Value::Function(f) => {
            if let Some(d) = f.dict_if_any() {
                add_dict(d)
            }
        }
        _ => {}
    }
    let cls = match v {
        Value::Class(c) => c.clone(),
        other => vm.type_of(other),
    };
    let mut has_dict = false;
    for c in cls.mro() {
        add_dict(&c.dict);
        // Each slot is a descriptor in CPython's class dict.
        let slots = match c.dict.get_by_str("__slots__") {
            Some(Value::Str(s)) => vec![Value::Str(s)],
            Some(Value::Tuple(t)) => t.items.to_vec(),
            Some(Value::List(l)) => l.snapshot().to_vec(),
            _ => Vec::new(),
        };
        for slot in slots {
            if let Value::Str(s) = slot {
                if !matches!(s.as_str(), "__dict__" | "__weakref__")
                    && seen.get_by_str(s.as_str()).is_none()
                {
                    seen.set_str(s, Value::None);
                }
            }
        }
        // A class statement's class without `__slots__` gives its instances a dict
        // (CPython lists `__dict__` and `__weakref__` in that class's dict).
        has_dict |= !c.is_builtin && c.dict.get_by_str("__slots__").is_none();
    }
    let mut extra = vec!["__doc__"];
    if has_dict {
        extra.extend(["__dict__", "__weakref__"]);
    }
    for name in extra {
        if seen.get_by_str(name).is_none() {
            seen.set_by_str(name, Value::None);
        }
    }
    seen.keys()
}

fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args, "__dir__")?;
    method_args(&args, "object", "__dir__", 0, 0)?;
    Ok(Value::list(attribute_names(vm, this)))
}

/// Call pylib copyreg's `name`, where object's reductions and state are written.
fn copyreg_call(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let copyreg = vm.import_absolute("copyreg")?;
    let f = vm.getattr(&copyreg, name)?;
    vm.call_args(&f, args)
}

/// `copyreg._reduce_object(self, protocol)`: CPython's default reduction.
fn reduce_with(vm: &mut Vm, this: &Value, protocol: i64) -> PyResult<Value> {
    copyreg_call(
        vm,
        "_reduce_object",
        vec![this.clone(), Value::Int(protocol)],
    )
}

fn object_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args, "__reduce__")?;
    method_args(&args, "object", "__reduce__", 0, 0)?;
    reduce_with(vm, this, 0)
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins, as in CPython.
fn object_reduce_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args, "__reduce_ex__")?;
    let p = method_args(&args, "object", "__reduce_ex__", 1, 1)?;
    let protocol = super::c_int_arg(vm, &p[0])?;
    let cls = vm.type_of(this);
    if cls
        .lookup_str("__reduce__")
        .is_some_and(|m| !is_objects(&m))
    {
        let reduce = vm.getattr(this, "__reduce__")?;
        return vm.call_args(&reduce, vec![]);
    }
    reduce_with(vm, this, protocol)
}

/// `object.__getstate__()`: the instance's dict (None when empty), with the slots'
/// values beside it when the class has slots.
fn object_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args, "__getstate__")?;
    method_args(&args, "object", "__getstate__", 0, 0)?;
    copyreg_call(vm, "_object_state", vec![this.clone()])
}

fn object_sizeof(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args, "__sizeof__")?;
    method_args(&args, "object", "__sizeof__", 0, 0)?;
    let gc_header = match this {
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_) => {
            16
        }
        _ => 0,
    };
    let size = super::sys_info::native_size(this).unwrap_or(48);
    Ok(Value::Int(size - gc_header))
}

/// `__lt__`, `__le__`, `__gt__`, `__ge__`: object has no order, so each declines.
fn object_order(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() != 2 || !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        )));
    }
    Ok(vm.types().not_implemented.clone())
}

fn object_subclasshook(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.types().not_implemented.clone())
}
