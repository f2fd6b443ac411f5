//! Making classes: the `class` statement (`__build_class__`), choosing the metaclass,
//! `type.__new__` / `type.__init__` / `type.__call__`, and the hooks a new class runs
//! (`__mro_entries__`, `__prepare__`, `__set_name__`, `__init_subclass__`, the `__class__`
//! cell). A class whose metaclass is `type` keeps `Class::meta` None, so the paths that
//! consult the metaclass (instance creation, class attribute lookup, dunders on classes)
//! cost plain classes one pointer test.
//! It is not attribute lookup or instance creation themselves (attr.rs, call.rs).

use super::Vm;
use crate::runtime::class::{Class, Payload};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use std::rc::Rc;

/// `name` defined by a user class in the metaclass `meta`'s MRO (not by `type` or
/// `object`, whose behaviour the VM builds in).
pub(crate) fn meta_override(meta: &Rc<Class>, name: &str) -> Option<Value> {
    meta_override_key(meta, &PyStr::new(name))
}

/// [`meta_override`] with the name already a string object (an attribute name from the
/// bytecode keeps its hash, so no string is made and hashed per lookup).
pub(crate) fn meta_override_key(meta: &Rc<Class>, key: &PyStr) -> Option<Value> {
    if let Some(v) = meta.dict.get_str(key) {
        return Some(v);
    }
    for c in meta.mro_tail.borrow().iter() {
        if c.is_builtin {
            return None;
        }
        if let Some(v) = c.dict.get_str(key) {
            return Some(v);
        }
    }
    None
}

/// The metaclass of a class value when it is a user metaclass defining `name`.
pub(crate) fn class_meta_method(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Class(c) => meta_override(c.meta.as_ref()?, name),
        _ => None,
    }
}

fn metaclass_of(t: &crate::runtime::types::Types, c: &Rc<Class>) -> Rc<Class> {
    c.meta.clone().unwrap_or_else(|| t.type_.clone())
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's rule).
fn most_derived_meta(
    t: &crate::runtime::types::Types,
    meta: &Rc<Class>,
    bases: &[Rc<Class>],
) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = metaclass_of(t, b);
        if winner.is_subclass(&bm) {
            continue;
        }
        if bm.is_subclass(&winner) {
            winner = bm;
            continue;
        }
        return Err(metaclass_conflict());
    }
    Ok(winner)
}

#[cold]
fn metaclass_conflict() -> PyErr {
    type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    )
}

/// Bases after `__mro_entries__`: the classes, and whether any entry was replaced.
fn resolve_bases(vm: &mut Vm, name: &Value, orig: &[Value]) -> PyResult<(Vec<Rc<Class>>, bool)> {
    let mut out = Vec::with_capacity(orig.len());
    let mut changed = false;
    for b in orig {
        if let Value::Class(c) = b {
            out.push(c.clone());
            continue;
        }
        let Some(entries) = vm.getattr_opt(b, "__mro_entries__")? else {
            // CPython takes the base's type as the metaclass and calls it, whose own
            // error is what the user sees.
            let meta = Value::Class(vm.type_of(b));
            let ns = Value::Dict(Rc::new(PyDict::new()));
            let args = vec![name.clone(), Value::tuple(orig.to_vec()), ns];
            vm.call_args(&meta, args)?;
            return Err(type_error(format!(
                "bases must be types, not {}",
                vm.type_of(b).name()
            )));
        };
        let r = vm.call_args(&entries, vec![Value::tuple(orig.to_vec())])?;
        let Value::Tuple(t) = &r else {
            return Err(type_error("__mro_entries__ must return a tuple"));
        };
        changed = true;
        for e in t.items.iter() {
            match e {
                Value::Class(c) => out.push(c.clone()),
                other => {
                    return Err(type_error(format!(
                        "bases must be types, not {}",
                        vm.type_of(other).name()
                    )))
                }
            }
        }
    }
    Ok((out, changed))
}

/// The keyword arguments of a call as (name, value) pairs, without `skip`.
fn keywords(args: &Args<'_>, skip: &str) -> (Vec<Value>, Vec<Value>) {
    let mut names = Vec::new();
    let mut vals = Vec::new();
    for (k, v) in args.kw() {
        if k != skip {
            names.push(Value::str(k));
            vals.push(v.clone());
        }
    }
    (names, vals)
}

/// Call `f(*pos, **{names: vals})`.
fn call_with_kw(
    vm: &mut Vm,
    f: &Value,
    mut pos: Vec<Value>,
    names: &[Value],
    vals: &[Value],
) -> PyResult<Value> {
    pos.extend_from_slice(vals);
    vm.call(
        f,
        Args {
            args: &pos,
            kwnames: names,
        },
    )
}

/// `__build_class__(body, name, *bases, metaclass=..., **kw)`: the `class` statement.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &pos[0] else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let Value::Str(name) = &pos[1] else {
        return Err(type_error("__build_class__: name is not a string"));
    };
    let orig_bases = &pos[2..];
    let (bases, replaced) = resolve_bases(vm, &pos[1], orig_bases)?;
    let (kwnames, kwvals) = keywords(&args, "metaclass");
    // The metaclass: explicit, or the most derived of the bases' (a callable that is not
    // a class is used as given).
    let explicit = args.get_kw("metaclass").cloned();
    let meta: Value = match &explicit {
        Some(Value::Class(m)) => Value::Class(most_derived_meta(vm.types(), m, &bases)?),
        Some(other) => other.clone(),
        None => match bases.first() {
            Some(b) => Value::Class(most_derived_meta(
                vm.types(),
                &metaclass_of(vm.types(), b),
                &bases,
            )?),
            None => Value::Class(vm.types().type_.clone()),
        },
    };
    let plain = matches!(&meta, Value::Class(m) if Rc::ptr_eq(m, &vm.types().type_));
    let bases_tuple = || Value::tuple(bases.iter().cloned().map(Value::Class).collect());
    let (ns, mapping) = match &meta {
        Value::Class(m) if !plain && meta_override(m, "__prepare__").is_some() => {
            let prepare = vm.getattr(&meta, "__prepare__")?;
            let r = call_with_kw(
                vm,
                &prepare,
                vec![pos[1].clone(), bases_tuple()],
                &kwnames,
                &kwvals,
            )?;
            namespace_of(vm, &meta, r)?
        }
        _ => (Rc::new(PyDict::new()), None),
    };
    let frame = {
        let mut f = vm.frame_for_call(body, None, &[], &[])?;
        f.locals = Some(ns.clone());
        f
    };
    let halt = match &mapping {
        Some(m) => vm.run_frame_in_mapping(frame, m.clone())?,
        None => vm.run_frame(frame)?,
    };
    let cell = match halt {
        super::Halt::Return(v) => v,
        super::Halt::Yield(_) => Value::None,
    };
    let mut extra_entries = Vec::new();
    if replaced {
        extra_entries.push(("__orig_bases__", Value::tuple(orig_bases.to_vec())));
    }
    if !cell.is_none() {
        extra_entries.push(("__classcell__", cell));
    }
    for (k, v) in extra_entries {
        match &mapping {
            Some(m) => vm.setitem(m, &Value::str(k), v)?,
            None => ns.set_by_str(k, v),
        }
    }
    if plain {
        let cls = create_class(vm, None, name.as_str(), bases, ns, &kwnames, &kwvals)?;
        return Ok(Value::Class(cls));
    }
    let namespace = mapping.unwrap_or(Value::Dict(ns));
    call_with_kw(
        vm,
        &meta,
        vec![pos[1].clone(), bases_tuple(), namespace],
        &kwnames,
        &kwvals,
    )
}

/// The class body's namespace from a `__prepare__` result: a dict is used directly; any
/// other mapping (a dict subclass, or an object with `__getitem__`/`__setitem__`) is
/// returned too, for the body's name operations to go through its methods.
fn namespace_of(vm: &Vm, meta: &Value, r: Value) -> PyResult<(Rc<PyDict>, Option<Value>)> {
    match &r {
        Value::Dict(d) => Ok((d.clone(), None)),
        Value::Instance(inst) => {
            let own = dict_of(&r);
            if own.is_none() && inst.class.lookup_str("__getitem__").is_none() {
                return Err(bad_prepare(vm, meta, &r));
            }
            let dict = own.unwrap_or_else(|| Rc::new(PyDict::new()));
            Ok((dict, Some(r)))
        }
        _ => Err(bad_prepare(vm, meta, &r)),
    }
}

/// The dict of a namespace given to `type.__new__`: a dict or a dict subclass's.
fn dict_of(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst) => match inst.payload() {
            Payload::Base(b) => match &*b.borrow() {
                Value::Dict(d) => Some(d.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

#[cold]
fn bad_prepare(vm: &Vm, meta: &Value, r: &Value) -> PyErr {
    let mname = match meta {
        Value::Class(c) => c.name().to_string(),
        _ => "<metaclass>".to_string(),
    };
    type_error(format!(
        "{mname}.__prepare__() must return a mapping, not {}",
        vm.type_of(r).name()
    ))
}

/// What `type.__new__` does once the metaclass is settled: make the class, fill the
/// `__class__` cell, then run `__set_name__` and the parent's `__init_subclass__`.
fn create_class(
    vm: &mut Vm,
    meta: Option<Rc<Class>>,
    name: &str,
    mut bases: Vec<Rc<Class>>,
    ns: Rc<PyDict>,
    kwnames: &[Value],
    kwvals: &[Value],
) -> PyResult<Rc<Class>> {
    if bases.is_empty() {
        bases.push(vm.types().object.clone());
    }
    let qualname = match ns.del_str(&PyStr::new("__qualname__")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "type __qualname__ must be a str, not {}",
                vm.type_of(&other).name()
            )))
        }
        None => name.to_string(),
    };
    if ns.get_by_str("__eq__").is_some() && ns.get_by_str("__hash__").is_none() {
        ns.set_by_str("__hash__", Value::None);
    }
    // These two are classmethods without the decorator.
    for hook in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Function(_)) = ns.get_by_str(hook) {
            let cm = NativeObj::value(vm.types().classmethod.clone(), NativeData::ClassMethod(f));
            ns.set_by_str(hook, cm);
        }
    }
    let cell = ns.del_str(&PyStr::new("__classcell__"));
    super::class_slots::check(vm, name, &bases, &ns)?;
    let cls = Class::new_user(name, &qualname, bases, ns.clone(), meta)?;
    vm.gc_track(&Value::Class(cls.clone()));
    vm.gc_note_class(&cls);
    if let Some(Value::Native(n)) = &cell {
        if let NativeData::Cell(c) = &n.data {
            *c.borrow_mut() = Some(Value::Class(cls.clone()));
        }
    }
    for (k, v) in ns.items() {
        match &v {
            Value::Instance(d) => {
                if let Some(set_name) = d.class.lookup_str("__set_name__") {
                    vm.call_args(&set_name, vec![v.clone(), Value::Class(cls.clone()), k])?;
                }
            }
            Value::Native(n) => crate::runtime::builtins::property_descr::set_name(n, &k),
            _ => {}
        }
    }
    init_subclass(vm, &cls, kwnames, kwvals)?;
    Ok(cls)
}

/// The parent's `__init_subclass__` (implicitly a classmethod) with the class keywords.
fn init_subclass(
    vm: &mut Vm,
    cls: &Rc<Class>,
    kwnames: &[Value],
    kwvals: &[Value],
) -> PyResult<()> {
    let hook = cls
        .mro_tail
        .borrow()
        .iter()
        .find_map(|c| c.dict.get_by_str("__init_subclass__"));
    let hook = match hook {
        Some(Value::Native(n)) => match &n.data {
            NativeData::ClassMethod(f) => Some(f.clone()),
            _ => None,
        },
        Some(f @ Value::Function(_)) => Some(f),
        _ => None,
    };
    match hook {
        Some(Value::Builtin(_)) | None => {
            if kwnames.is_empty() {
                Ok(())
            } else {
                Err(type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    cls.name()
                )))
            }
        }
        Some(hook) => {
            call_with_kw(vm, &hook, vec![Value::Class(cls.clone())], kwnames, kwvals)?;
            Ok(())
        }
    }
}

/// `type.__new__(mcs, name, bases, ns, **kw)`, and `type(x)` for one argument.
pub fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some((mcs, rest)) = pos.split_first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    let type_ = vm.types().type_.clone();
    let mcs = match mcs {
        Value::Class(c) if c.is_subclass(&type_) => c.clone(),
        Value::Class(c) => {
            return Err(type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                c.name(),
                c.name()
            )))
        }
        other => {
            return Err(type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                vm.type_of(other).name()
            )))
        }
    };
    if rest.len() == 1 && !args.has_kw() && Rc::ptr_eq(&mcs, &type_) {
        return Ok(Value::Class(vm.type_of(&rest[0])));
    }
    if rest.len() != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Str(name) = &rest[0] else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            crate::runtime::builtins::arg_type_name(vm, &rest[0])
        )));
    };
    let Value::Tuple(bases) = &rest[1] else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            crate::runtime::builtins::arg_type_name(vm, &rest[1])
        )));
    };
    let Some(ns) = dict_of(&rest[2]) else {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            crate::runtime::builtins::arg_type_name(vm, &rest[2])
        )));
    };
    let mut classes = Vec::with_capacity(bases.items.len());
    for b in bases.items.iter() {
        match b {
            Value::Class(c) => classes.push(c.clone()),
            // The base's type would be its metaclass, and no non-class is a type.
            _ => return Err(metaclass_conflict()),
        }
    }
    let (kwnames, kwvals) = keywords(&args, "");
    let winner = most_derived_meta(vm.types(), &mcs, &classes)?;
    if !Rc::ptr_eq(&winner, &mcs) {
        // A more derived metaclass with its own __new__ makes the class instead.
        if let Some(new) = meta_override(&winner, "__new__") {
            let new = match &new {
                Value::Native(n) => match &n.data {
                    NativeData::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                _ => new.clone(),
            };
            let mut all = vec![Value::Class(winner.clone())];
            all.extend_from_slice(rest);
            return call_with_kw(vm, &new, all, &kwnames, &kwvals);
        }
    }
    let meta = (!Rc::ptr_eq(&winner, &type_)).then_some(winner);
    let ns = Rc::new(ns.copy());
    let cls = create_class(vm, meta, name.as_str(), classes, ns, &kwnames, &kwvals)?;
    Ok(Value::Class(cls))
}

/// `type.__init__(cls, ...)`: the class is complete already; only the arity is checked.
pub fn type_init(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos().len() {
        2 | 4 => Ok(Value::None),
        _ => Err(type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does, for a metaclass's
/// `__call__` to delegate to with `super().__call__(...)`.
pub fn type_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((Value::Class(cls), _)) = args.pos().split_first() else {
        return Err(match args.pos().first() {
            Some(v) => type_error(format!(
                "descriptor '__call__' requires a 'type' object but received a '{}'",
                vm.type_of(v).name()
            )),
            None => type_error("descriptor '__call__' of 'type' object needs an argument"),
        });
    };
    let cls = cls.clone();
    let rest = &args.args[1..];
    vm.construct(
        &cls,
        Args {
            args: rest,
            kwnames: args.kwnames,
        },
    )
}

/// `type.__or__` / `type.__ror__`: `int | None` is a `types.UnionType` (made by the
/// embedded types module, which also answers NotImplemented for non-types).
pub fn type_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    types_helper(vm, "_type_or", args.pos().to_vec())
}

pub fn type_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut pos = args.pos().to_vec();
    pos.reverse();
    types_helper(vm, "_type_or", pos)
}

/// `type.__setattr__(cls, name, value)`: what a metaclass's `__setattr__` delegates to.
pub fn type_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = Signature::slot_unpack("wrapper __setattr__", &["name", "value"])
        .positional_method(&args)?;
    let p = [&args.args[0], &rest[0], &rest[1]];
    let (Value::Class(cls), Value::Str(name)) = (p[0], p[1]) else {
        return Err(type_error(
            "type.__setattr__(cls, name, value) needs a class and a str",
        ));
    };
    vm.class_setattr(cls, name, p[2].clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
pub fn type_delattr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = Signature::slot("__delattr__", &["name"]).one_method(&args)?;
    let (Value::Class(cls), Value::Str(name)) = (&args.args[0], name) else {
        return Err(type_error(
            "type.__delattr__(cls, name) needs a class and a str",
        ));
    };
    if cls.is_builtin {
        return Err(type_error(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            name.as_str(),
            cls.name()
        )));
    }
    match cls.dict.del_str(name) {
        Some(_) => Ok(Value::None),
        None => Err(crate::runtime::error::attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            cls.name(),
            name.as_str()
        ))),
    }
}

/// `list[int]`: a `types.GenericAlias` of a builtin class.
pub(crate) fn generic_alias(vm: &mut Vm, cls: &Value, key: &Value) -> PyResult<Value> {
    types_helper(vm, "GenericAlias", vec![cls.clone(), key.clone()])
}

fn types_helper(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let module = vm.import_absolute("types")?;
    let f = vm.getattr(&module, name)?;
    vm.call_args(&f, args)
}

/// `isinstance(v, cls)` with the metaclass's `__instancecheck__` if it has one.
pub(crate) fn instance_check(vm: &mut Vm, v: &Value, cls: &Rc<Class>) -> PyResult<bool> {
    if let Some(meta) = &cls.meta {
        if let Some(hook) = meta_override(meta, "__instancecheck__") {
            let r = vm.call_args(&hook, vec![Value::Class(cls.clone()), v.clone()])?;
            return vm.truthy(&r);
        }
    }
    Ok(vm.isinstance(v, cls))
}

/// `issubclass(sub, cls)` with the metaclass's `__subclasscheck__` if it has one.
pub(crate) fn subclass_check(vm: &mut Vm, sub: &Value, cls: &Rc<Class>) -> PyResult<bool> {
    if let Some(meta) = &cls.meta {
        if let Some(hook) = meta_override(meta, "__subclasscheck__") {
            let r = vm.call_args(&hook, vec![Value::Class(cls.clone()), sub.clone()])?;
            return vm.truthy(&r);
        }
    }
    match sub {
        Value::Class(s) => Ok(s.is_subclass(cls)),
        _ => Err(type_error("issubclass() arg 1 must be a class")),
    }
}
