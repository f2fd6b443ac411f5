//! `property` as a descriptor object: its `__get__`, `__set__`, `__delete__` and
//! `__set_name__` methods for code that calls them by hand (a subclass's setter reaching
//! the parent's property through `super(Cls, Cls).name.__set__(self, v)`), and the 3.11
//! message for a missing accessor, which names the property once `__set_name__` has.
//! Not the attribute machinery: `obj.x` on a property is resolved by the VM (vm/attr.rs).

use super::method;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{attribute_error, type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(crate) fn register(t: &crate::runtime::types::Types, p: &PyDict) {
    method(p, "property", "__get__", property_get);
    method(p, "property", "__set__", property_set);
    method(p, "property", "__delete__", property_delete);
    method(p, "property", "__set_name__", property_set_name);
    super::getter(
        t,
        p,
        "property",
        "__isabstractmethod__",
        property_is_abstract,
    );
}

/// `property 'x' of 'A' object has no setter` (without a name until `__set_name__`).
#[cold]
pub(crate) fn missing(prop: &NativeObj, owner: &str, accessor: &str) -> PyErr {
    let name = match &prop.data {
        NativeData::Property { more, .. } => match &*more.name.borrow() {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        },
        _ => None,
    };
    match name {
        Some(n) => attribute_error(format!(
            "property '{n}' of '{owner}' object has no {accessor}"
        )),
        None => attribute_error(format!("property of '{owner}' object has no {accessor}")),
    }
}

/// The method-wrapper arity errors: `__get__`/`__set__` unpack with an empty function
/// name (hence the leading space), `__delete__` checks a count of its own.
#[cold]
fn wrapper_arity(min: usize, max: usize, got: usize) -> PyErr {
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    type_error(if min == 1 && max == 1 {
        format!("expected 1 argument, got {got}")
    } else if min == max {
        format!(" expected {min} {}, got {got}", plural(min))
    } else if got < min {
        format!(" expected at least {min} {}, got {got}", plural(min))
    } else {
        format!(" expected at most {max} {}, got {got}", plural(max))
    })
}

/// The property and the arguments after it, checked against `min..=max`.
fn split<'a>(args: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a NativeObj, &'a [Value])> {
    let (prop, rest) = match args.pos().split_first() {
        Some((Value::Native(n), rest)) if matches!(n.data, NativeData::Property { .. }) => {
            (&**n, rest)
        }
        _ => return Err(type_error("descriptor requires a 'property' object")),
    };
    if rest.len() < min || rest.len() > max {
        return Err(wrapper_arity(min, max, rest.len()));
    }
    Ok((prop, rest))
}

/// The accessor at `index` (0 fget, 1 fset, 2 fdel).
fn accessor(prop: &NativeObj, index: usize) -> Value {
    match &prop.data {
        NativeData::Property { fget, fset, more } => [fget, fset, &more.fdel][index].clone(),
        _ => Value::None,
    }
}

fn property_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (prop, rest) = split(&args, 1, 2)?;
    let obj = &rest[0];
    if obj.is_none() {
        if rest.get(1).is_none_or(Value::is_none) {
            return Err(type_error("__get__(None, None) is invalid"));
        }
        return Ok(args.pos()[0].clone());
    }
    let fget = accessor(prop, 0);
    if fget.is_none() {
        return Err(missing(prop, &vm.type_of(obj).name(), "getter"));
    }
    vm.call_args(&fget, vec![obj.clone()])
}

fn property_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (prop, rest) = split(&args, 2, 2)?;
    let fset = accessor(prop, 1);
    if fset.is_none() {
        return Err(missing(prop, &vm.type_of(&rest[0]).name(), "setter"));
    }
    vm.call_args(&fset, vec![rest[0].clone(), rest[1].clone()])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (prop, rest) = split(&args, 1, 1)?;
    let fdel = accessor(prop, 2);
    if fdel.is_none() {
        return Err(missing(prop, &vm.type_of(&rest[0]).name(), "deleter"));
    }
    vm.call_args(&fdel, vec![rest[0].clone()])?;
    Ok(Value::None)
}

/// True when any accessor is abstract (`@property` over `@abstractmethod`).
fn property_is_abstract(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (prop, _) = split(&args, 0, 0)?;
    for index in 0..3 {
        let f = accessor(prop, index);
        if f.is_none() {
            continue;
        }
        if let Some(flag) = vm.getattr_opt(&f, "__isabstractmethod__")? {
            if vm.truthy(&flag)? {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

fn property_set_name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((Value::Native(prop), rest)) = args.pos().split_first() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    if rest.len() != 2 {
        return Err(type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            rest.len()
        )));
    }
    set_name(prop, &rest[1]);
    Ok(Value::None)
}

/// What class creation does for each property in the namespace.
pub(crate) fn set_name(prop: &NativeObj, name: &Value) {
    if let NativeData::Property { more, .. } = &prop.data {
        *more.name.borrow_mut() = name.clone();
    }
}
