//! `__new__` (and, for mutable containers, `__init__`) of the builtin classes: object,
//! type, int, float, str, bool, bytes, list, tuple, dict, set, frozenset, property,
//! staticmethod and classmethod, plus the methods of `object` every class inherits.
//!
//! The VM calls a builtin class by calling its `__new__` with the class prepended, so
//! `args.pos()[0]` is always `cls` here. A user subclass of a builtin container gets an
//! empty instance from `__new__` and is filled by `__init__`, as in CPython.

use super::{
    as_int, as_str, float_arg, int_value, method, num_err, type_name, unwrap_base, wrap_for_class,
};
use crate::runtime::class::{Class, Instance, Payload};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{attribute_error, type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::set::PySet;
use crate::runtime::signature::{method_positional, Signature};
use crate::runtime::str::PyStr;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::metaclass;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install(t: &Types, b: &PyDict) {
    let pairs: [(&str, Rc<Class>); 20] = [
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("float", t.float.clone()),
        ("str", t.str.clone()),
        ("bool", t.bool_class()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("BaseException", t.base_exception.clone()),
    ];
    for (name, cls) in pairs {
        b.set_by_str(name, Value::Class(cls));
    }
    let o = &t.object.dict;
    method(o, "object", "__new__", object_new);
    method(o, "object", "__init__", object_init);
    method(o, "object", "__repr__", object_repr);
    method(o, "object", "__str__", object_str);
    method(o, "object", "__format__", object_format);
    method(o, "object", "__eq__", object_eq);
    method(o, "object", "__ne__", object_ne);
    method(o, "object", "__hash__", object_hash);
    method(o, "object", "__setattr__", object_setattr);
    method(o, "object", "__delattr__", object_delattr);
    super::class_method(t, o, "object", "__init_subclass__", object_init_subclass);
    super::object_methods::register(t, o);
    super::value_reprs::register(t);
    method(&t.super_.dict, "super", "__new__", super_new);
    method(&t.method.dict, "method", "__new__", method_new);
    method(&t.cell.dict, "cell", "__new__", cell_new);
    method(&t.type_.dict, "type", "__new__", metaclass::type_new);
    method(&t.type_.dict, "type", "__init__", metaclass::type_init);
    method(&t.type_.dict, "type", "__call__", metaclass::type_call);
    method(&t.type_.dict, "type", "__or__", metaclass::type_or);
    method(
        &t.type_.dict,
        "type",
        "__setattr__",
        metaclass::type_setattr,
    );
    method(
        &t.type_.dict,
        "type",
        "__delattr__",
        metaclass::type_delattr,
    );
    method(&t.type_.dict, "type", "__ror__", metaclass::type_ror);
    method(&t.type_.dict, "type", "mro", type_mro);
    method(&t.type_.dict, "type", "__subclasses__", type_subclasses);
    super::class_method(t, &t.type_.dict, "type", "__prepare__", type_prepare);
    method(&t.int.dict, "int", "__new__", int_new);
    method(&t.float.dict, "float", "__new__", float_new);
    method(&t.str.dict, "str", "__new__", str_new);
    method(&t.bool_class().dict, "bool", "__new__", bool_new);
    method(&t.list.dict, "list", "__new__", list_new);
    method(&t.list.dict, "list", "__init__", list_init);
    method(&t.tuple.dict, "tuple", "__new__", tuple_new);
    method(&t.dict.dict, "dict", "__new__", dict_new);
    method(&t.dict.dict, "dict", "__init__", dict_init);
    method(&t.set.dict, "set", "__new__", set_new);
    method(&t.set.dict, "set", "__init__", set_init);
    method(&t.frozenset.dict, "frozenset", "__new__", frozenset_new);
    let p = &t.property.dict;
    method(p, "property", "__new__", property_new);
    method(p, "property", "getter", property_getter);
    method(p, "property", "setter", property_setter);
    method(p, "property", "deleter", property_deleter);
    super::getter(t, p, "property", "fget", |_, a| property_part(&a, 0));
    super::getter(t, p, "property", "fset", |_, a| property_part(&a, 1));
    super::getter(t, p, "property", "fdel", |_, a| property_part(&a, 2));
    super::getter(t, p, "property", "__doc__", |_, a| property_part(&a, 3));
    super::property_descr::register(t, p);
    method(
        &t.staticmethod.dict,
        "staticmethod",
        "__new__",
        staticmethod_new,
    );
    method(
        &t.classmethod.dict,
        "classmethod",
        "__new__",
        classmethod_new,
    );
    for (dict, owner) in [
        (&t.staticmethod.dict, "staticmethod"),
        (&t.classmethod.dict, "classmethod"),
    ] {
        super::getter(t, dict, owner, "__func__", wrapped_func);
        super::getter(t, dict, owner, "__wrapped__", wrapped_func);
        super::getter(t, dict, owner, "__isabstractmethod__", wrapped_is_abstract);
    }
    method(&t.staticmethod.dict, "staticmethod", "__get__", |vm, a| {
        let (f, _, _) = descriptor_get_args(vm, &a, "staticmethod")?;
        Ok(f)
    });
    method(
        &t.classmethod.dict,
        "classmethod",
        "__get__",
        classmethod_get,
    );
}

/// The class argument of a `__new__` call and the remaining positional arguments.
pub(super) fn split_cls<'a>(args: &Args<'a>, fname: &str) -> PyResult<(&'a Value, &'a [Value])> {
    match args.pos().split_first() {
        Some((cls, rest)) => Ok((cls, rest)),
        None => Err(type_error(format!(
            "{fname}.__new__(): not enough arguments"
        ))),
    }
}

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, rest) = split_cls(&args, "object")?;
    let Value::Class(c) = cls else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    if let Some(base) = native_layout_base(c) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            c.name(),
            base.name()
        )));
    }
    let has_args = !rest.is_empty() || args.has_kw();
    if has_args {
        let own_init = c
            .lookup_str("__init__")
            .is_some_and(|i| !super::object_methods::is_objects(&i));
        if !own_init || Rc::ptr_eq(c, &vm.types().object) {
            return Err(type_error(format!("{}() takes no arguments", c.name())));
        }
    }
    if let Some(abstracts) = c.dict.get_by_str("__abstractmethods__") {
        if vm.truthy(&abstracts)? {
            return Err(abstract_class_error(vm, c, &abstracts));
        }
    }
    let inst = Value::Instance(Instance::new(c.clone()));
    vm.gc_track(&inst);
    Ok(inst)
}

/// CPython's refusal to make an instance of a class whose own `__abstractmethods__` is
/// non-empty (what `abc.ABCMeta` computes): object's `__new__` checks it, as CPython's
/// does, so an ABC's instantiation needs no Python `__call__` on the metaclass.
#[cold]
fn abstract_class_error(vm: &mut Vm, c: &Rc<Class>, abstracts: &Value) -> PyErr {
    let mut names = match vm.collect(abstracts) {
        Ok(names) => names,
        Err(e) => return e,
    };
    if let Err(e) = super::sort::sort_values(vm, &mut names, None, false) {
        return e;
    }
    let mut joined = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            joined.push_str(", ");
        }
        match vm.str(name) {
            Ok(s) => joined.push_str(&s),
            Err(e) => return e,
        }
    }
    let plural = if names.len() > 1 { "s" } else { "" };
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{plural} {joined}",
        c.name()
    ))
}

/// The class CPython's `tp_new_wrapper` names when `object.__new__(cls)` would skip a
/// built-in type's own constructor (`list`, `dict`, `int`, ...): the first class of the
/// MRO whose `__new__` is not written in Python, unless that `__new__` is object's.
fn native_layout_base(cls: &Rc<Class>) -> Option<Rc<Class>> {
    for k in cls.mro() {
        match k.lookup_str("__new__") {
            Some(Value::Builtin(b)) if b.owner == Some("object") => return None,
            Some(Value::Builtin(_)) => return Some(k),
            Some(_) => continue,
            None => return None,
        }
    }
    None
}

fn object_init_subclass(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.args.len() <= 1 && !args.has_kw() {
        return Ok(Value::None);
    }
    let name = match args.pos().first() {
        Some(Value::Class(c)) => c.name().to_string(),
        _ => "object".to_string(),
    };
    method_positional(&args, &name, "__init_subclass__", 0, 0)?;
    Ok(Value::None)
}

fn object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = split_cls(&args, "object")?;
    if !rest.is_empty() || args.has_kw() {
        let cls = vm.type_of(this);
        let own_new = cls
            .lookup_str("__new__")
            .is_some_and(|n| !super::object_methods::is_objects(&n));
        if !own_new || Rc::ptr_eq(&cls, &vm.types().object) {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                cls.name()
            )));
        }
    }
    Ok(Value::None)
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let cls = vm.type_of(v);
    let module = cls.module.borrow().clone();
    let qual = cls.qualname.borrow().clone();
    if &*module == "builtins" {
        format!("<{qual} object at {:#x}>", v.id())
    } else {
        format!("<{module}.{qual} object at {:#x}>", v.id())
    }
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = super::this(&args, "__repr__")?;
    Ok(Value::from_string(default_repr(vm, this)))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = super::this(&args, "__str__")?;
    Ok(Value::from_string(vm.repr(this)?))
}

const FORMAT: Signature = Signature::one_arg("object.__format__");
const EQ: Signature = Signature::slot("__eq__", &["other"]);
const NE: Signature = Signature::slot("__ne__", &["other"]);
const SETATTR: Signature = Signature::slot_unpack("wrapper __setattr__", &["name", "value"]);
const DELATTR: Signature = Signature::slot("__delattr__", &["name"]);

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = FORMAT.one_method(&args)?;
    let this = &args.args[0];
    let spec = as_str(spec).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            super::arg_type_name(vm, spec)
        ))
    })?;
    if !spec.as_str().is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(vm, this)
        )));
    }
    Ok(Value::from_string(vm.str(this)?))
}

pub(crate) fn object_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let other = EQ.one_method(&args)?;
    Ok(if args.args[0].is(other) {
        Value::Bool(true)
    } else {
        vm.types().not_implemented.clone()
    })
}

pub(crate) fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let other = NE.one_method(&args)?;
    let eq = vm.getattr(&args.args[0], "__eq__")?;
    let r = vm.call_args(&eq, vec![other.clone()])?;
    if r.is(&vm.types().not_implemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = super::this(&args, "__hash__")?;
    let id = this.id();
    Ok(Value::Int(id.rotate_right(4)))
}

/// The instance dict `object.__setattr__` writes to, after data descriptors.
fn instance_of<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a InstanceRef> {
    match v {
        Value::Instance(i) => Ok(i),
        other => Err(attribute_error(format!(
            "'{}' object attribute '{name}' is read-only",
            type_name(vm, other)
        ))),
    }
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SETATTR.positional_method(&args)?;
    let p = [&args.args[0], &p[0], &p[1]];
    let name = as_str(p[1]).ok_or_else(|| type_error("attribute name must be string"))?;
    if name.as_str() == "__class__" {
        vm.assign_class(p[0], p[2].clone())?;
        return Ok(Value::None);
    }
    let inst = instance_of(vm, p[0], name.as_str())?;
    vm.generic_setattr(p[0], inst, &name, p[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = DELATTR.one_method(&args)?;
    let name = as_str(name).ok_or_else(|| type_error("attribute name must be string"))?;
    if name.as_str() == "__class__" {
        return Err(type_error("can't delete __class__ attribute"));
    }
    let inst = instance_of(vm, &args.args[0], name.as_str())?;
    vm.generic_delattr(&args.args[0], inst, &name)?;
    Ok(Value::None)
}

/// `type.__prepare__(name, bases, **kwds)`: a fresh dict whatever it is given, for
/// metaclasses whose own `__prepare__` calls `super().__prepare__(...)`.
fn type_prepare(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new())))
}

fn type_mro(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Class(c)) => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    }
}

/// `C.__subclasses__()`: the live classes that name `C` among their bases.
fn type_subclasses(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos() {
        [Value::Class(c)] => Ok(Value::list(
            c.subclasses().into_iter().map(Value::Class).collect(),
        )),
        [Value::Class(c), rest @ ..] => Err(type_error(format!(
            "{}.__subclasses__() takes no arguments ({} given)",
            c.name(),
            rest.len()
        ))),
        [other, ..] => Err(super::descriptor_misapplied(
            "type",
            "__subclasses__",
            Some(other),
        )),
        [] => Err(super::descriptor_misapplied("type", "__subclasses__", None)),
    }
}

/// `int(x)` for one argument without a base.
pub fn int_from(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let x = unwrap_base(x);
    match &x {
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            return crate::numeric::float::to_int(*f)
                .map(int_value)
                .map_err(num_err)
        }
        Value::Str(s) => {
            return crate::numeric::parse::parse_int(s.as_str(), 10, vm.int_max_str_digits)
                .map(int_value)
                .map_err(num_err)
        }
        Value::Native(n) => {
            if let NativeData::Bytes(b) = &n.data {
                let text = String::from_utf8_lossy(b);
                return crate::numeric::parse::parse_int(&text, 10, vm.int_max_str_digits)
                    .map(int_value)
                    .map_err(num_err);
            }
        }
        _ => {}
    }
    if let Value::Instance(_) = x {
        for dunder in ["__int__", "__index__", "__trunc__"] {
            if let Some(m) = vm.getattr_opt(&x, dunder)? {
                let r = vm.call_args(&m, vec![])?;
                return match as_int(&r) {
                    Some(i) => Ok(int_value(i)),
                    None => Err(type_error(format!(
                        "{dunder} returned non-int (type {})",
                        type_name(vm, &r)
                    ))),
                };
            }
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(vm, &x)
    )))
}

const INT: Signature = Signature::new("int", &["x", "base"]).required(0).posonly(1);
const STR: Signature = Signature::new("str", &["object", "encoding", "errors"]).required(0);

fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, _) = split_cls(&args, "int")?;
    let p = INT.bind_method(&args)?;
    let v = match (p.given(0), p.given(1)) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => int_from(vm, x)?,
        (Some(x), Some(base)) => {
            let base = super::index_int(vm, base)?.to_i64().unwrap_or(-1);
            let text = match unwrap_base(x) {
                Value::Str(s) => s.as_str().to_string(),
                Value::Native(n) => match &n.data {
                    NativeData::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
                    _ => {
                        return Err(type_error(
                            "int() can't convert non-string with explicit base",
                        ))
                    }
                },
                _ => {
                    return Err(type_error(
                        "int() can't convert non-string with explicit base",
                    ))
                }
            };
            crate::numeric::parse::parse_int(&text, base, vm.int_max_str_digits)
                .map(int_value)
                .map_err(num_err)?
        }
    };
    Ok(wrap_for_class(cls, &vm.types().int, v))
}

/// `float(x)`.
pub fn float_from(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    let x = unwrap_base(x);
    match &x {
        Value::Str(s) => return crate::numeric::parse::parse_float(s.as_str()).map_err(num_err),
        Value::Native(n) => match &n.data {
            NativeData::Bytes(b) => {
                let text = String::from_utf8_lossy(b);
                return crate::numeric::parse::parse_float(&text).map_err(num_err);
            }
            NativeData::Complex(_) => {
                return Err(type_error(
                    "float() argument must be a string or a real number, not 'complex'",
                ))
            }
            _ => {}
        },
        Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::Instance(_) => {}
        _ => {
            return Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(vm, &x)
            )))
        }
    }
    if let Value::Instance(i) = &x {
        if i.class.lookup_str("__float__").is_none() && i.class.lookup_str("__index__").is_none() {
            return Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(vm, &x)
            )));
        }
    }
    float_arg(vm, &x)
}

fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, src) = no_kw_new(&args, &FLOAT)?;
    let f = match src {
        None => 0.0,
        Some(x) => float_from(vm, x)?,
    };
    Ok(wrap_for_class(cls, &vm.types().float, Value::Float(f)))
}

fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, _) = split_cls(&args, "str")?;
    let p = STR.bind_method(&args)?;
    let (obj, encoding, errors) = (p.given(0), p.given(1), p.given(2));
    let v = match (obj, encoding.or(errors)) {
        (None, _) => Value::str(""),
        (Some(o), None) => match o {
            Value::Str(_) => o.clone(),
            other => Value::from_string(vm.str(other)?),
        },
        (Some(o), Some(_)) => {
            let mut text = ["utf-8".to_string(), "strict".to_string()];
            for (slot, (arg, name)) in [(encoding, "encoding"), (errors, "errors")]
                .into_iter()
                .enumerate()
            {
                let Some(arg) = arg else { continue };
                match as_str(arg) {
                    Some(s) => text[slot] = s.as_str().to_string(),
                    None => {
                        return Err(type_error(format!(
                            "str() argument '{name}' must be str, not {}",
                            super::arg_type_name(vm, arg)
                        )))
                    }
                }
            }
            let Some(data) = crate::runtime::bytes::bytes_of(o) else {
                return Err(decoding_error(vm, o));
            };
            let enc = crate::runtime::bytes::Encoding::lookup(&text[0])?;
            Value::from_string(crate::runtime::bytes::decode(
                vm.types(),
                &data,
                enc,
                &text[1],
            )?)
        }
    };
    Ok(wrap_for_class(cls, &vm.types().str, v))
}

#[cold]
fn decoding_error(vm: &Vm, v: &Value) -> crate::runtime::error::PyErr {
    type_error(format!(
        "decoding to str: need a bytes-like object, {} found",
        type_name(vm, v)
    ))
}

fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match no_kw_new(&args, &BOOL)? {
        (_, None) => Ok(Value::Bool(false)),
        (_, Some(x)) => Ok(Value::Bool(vm.truthy(x)?)),
    }
}

/// The class (or instance, for `__init__`) and the optional one argument of a
/// constructor CPython declares as `name(x=<none>, /)` checked as a tuple.
#[inline]
fn no_kw_new<'a>(args: &Args<'a>, sig: &Signature) -> PyResult<(&'a Value, Option<&'a Value>)> {
    match args.args {
        [cls] => Ok((cls, None)),
        [cls, x] if args.kwnames.is_empty() => Ok((cls, Some(x))),
        _ => no_kw_new_refusal(args, sig),
    }
}

#[cold]
#[inline(never)]
fn no_kw_new_refusal<'a>(
    args: &Args<'a>,
    sig: &Signature,
) -> PyResult<(&'a Value, Option<&'a Value>)> {
    let (cls, _) = split_cls(args, sig.name)?;
    Ok((cls, sig.positional_method(args)?.first()))
}

/// `float(x=0, /)`, `bool`, `list`, `tuple`, `set` and `frozenset`: one optional
/// positional argument.
const fn optional_one(name: &'static str) -> Signature {
    Signature::new(name, &["x"])
        .required(0)
        .positional_only(name)
}
const FLOAT: Signature = optional_one("float");
const BOOL: Signature = optional_one("bool");
const LIST: Signature = optional_one("list");
const TUPLE: Signature = optional_one("tuple");
const SET: Signature = optional_one("set");
const FROZENSET: Signature = optional_one("frozenset");

fn is_exact(cls: &Value, builtin: &Rc<Class>) -> bool {
    matches!(cls, Value::Class(c) if Rc::ptr_eq(c, builtin))
}

fn list_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types();
    if !is_exact(
        &args.pos()[0..1.min(args.pos().len())]
            .first()
            .cloned()
            .unwrap_or(Value::None),
        &t.list,
    ) {
        // A subclass: __init__ fills it.
        let (cls, _) = split_cls(&args, "list")?;
        return Ok(wrap_for_class(cls, &t.list, Value::list(vec![])));
    }
    let (_, src) = no_kw_new(&args, &LIST)?;
    let items = match src {
        None => vec![],
        Some(s) => vm.collect(s)?,
    };
    Ok(Value::list(items))
}

fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, src) = no_kw_new(&args, &LIST)?;
    // On an exact list __new__ already consumed the iterable.
    if let Value::Instance(_) = this {
        if let Value::List(l) = unwrap_base(this) {
            let items = match src {
                None => vec![],
                Some(s) => vm.collect(s)?,
            };
            *l.items.borrow_mut() = items;
        }
    }
    Ok(Value::None)
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, src) = no_kw_new(&args, &TUPLE)?;
    let v = match src {
        None => Value::tuple(vec![]),
        Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
        Some(s) => Value::tuple(vm.collect(s)?),
    };
    Ok(wrap_for_class(cls, &vm.types().tuple, v))
}

const DICT: Signature = Signature::new("dict", &["mapping"])
    .required(0)
    .positional_only("dict")
    .varkw();

fn dict_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types();
    let (cls, _) = split_cls(&args, "dict")?;
    if !is_exact(cls, &t.dict) {
        return Ok(wrap_for_class(
            cls,
            &t.dict,
            Value::Dict(Rc::new(PyDict::new())),
        ));
    }
    let src = dict_source(&args)?;
    let d = Rc::new(PyDict::new());
    if let Some(src) = src {
        super::dict_methods::dict_update_from(vm, &d, src)?;
    }
    for (k, v) in args.kw() {
        d.set_by_str(k, v.clone());
    }
    let d = Value::Dict(d);
    vm.gc.track_dict_if_holds(&d);
    Ok(d)
}

fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = split_cls(&args, "dict")?;
    if let Value::Instance(_) = this {
        if let Value::Dict(d) = unwrap_base(this) {
            if let Some(src) = dict_source(&args)? {
                super::dict_methods::dict_update_from(vm, &d, src)?;
            }
            for (k, v) in args.kw() {
                d.set_by_str(k, v.clone());
            }
        }
    }
    Ok(Value::None)
}

/// The positional argument of `dict(...)` (its keywords are the native's to read).
#[inline]
fn dict_source<'a>(args: &Args<'a>) -> PyResult<Option<&'a Value>> {
    match args.pos() {
        [_] => Ok(None),
        [_, src] => Ok(Some(src)),
        _ => Ok(DICT.positional_method_kw(args)?.first()),
    }
}

/// A new set (or frozenset) holding the items of `src`.
pub fn set_from(vm: &mut Vm, src: Option<&Value>, frozen: bool) -> PyResult<Rc<PySet>> {
    let s = Rc::new(PySet::new(frozen));
    if let Some(src) = src {
        super::set_methods::set_extend(vm, &s, src)?;
    }
    Ok(s)
}

fn set_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types();
    let (cls, src) = no_kw_new(&args, &SET)?;
    if !is_exact(cls, &t.set) {
        return Ok(wrap_for_class(
            cls,
            &t.set,
            Value::Set(Rc::new(PySet::new(false))),
        ));
    }
    Ok(Value::Set(set_from(vm, src, false)?))
}

fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, src) = no_kw_new(&args, &SET)?;
    if let Value::Instance(_) = this {
        if let Value::Set(s) = unwrap_base(this) {
            s.clear();
            if let Some(src) = src {
                super::set_methods::set_extend(vm, &s, src)?;
            }
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, src) = no_kw_new(&args, &FROZENSET)?;
    if let Some(Value::Set(s)) = src {
        if s.frozen && is_exact(cls, &vm.types().frozenset) {
            return Ok(Value::Set(s.clone()));
        }
    }
    let s = set_from(vm, src, true)?;
    Ok(wrap_for_class(cls, &vm.types().frozenset, Value::Set(s)))
}

fn property_value(
    t: &Types,
    fget: Value,
    fset: Value,
    fdel: Value,
    doc: Value,
    name: Value,
) -> Value {
    NativeObj::value(
        t.property.clone(),
        NativeData::Property {
            fget,
            fset,
            more: crate::runtime::native::PropertyMore::new(fdel, doc, name),
        },
    )
}

const PROPERTY: Signature =
    Signature::new("property", &["fget", "fset", "fdel", "doc"]).required(0);

fn property_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_cls(&args, "property")?;
    let p = PROPERTY.bind_method(&args)?;
    let get = |i: usize| p.given(i).cloned().unwrap_or(Value::None);
    let fget = get(0);
    let mut doc = get(3);
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None);
    }
    Ok(property_value(
        vm.types(),
        fget,
        get(1),
        get(2),
        doc,
        Value::None,
    ))
}

/// fget, fset, fdel, doc and the name of the property `args` starts with.
fn property_fields(args: &Args<'_>) -> PyResult<[Value; 5]> {
    if let Some(Value::Native(n)) = args.pos().first() {
        if let NativeData::Property { fget, fset, more } = &n.data {
            let name = more.name.borrow().clone();
            let (fdel, doc) = (more.fdel.clone(), more.doc.clone());
            return Ok([fget.clone(), fset.clone(), fdel, doc, name]);
        }
    }
    Err(type_error("descriptor requires a 'property' object"))
}

fn property_part(args: &Args<'_>, i: usize) -> PyResult<Value> {
    Ok(property_fields(args)?[i].clone())
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one function replaced
/// (and the name kept, as 3.11 does).
fn property_replace(vm: &Vm, args: Args<'_>, i: usize, name: &'static str) -> PyResult<Value> {
    let mut f = property_fields(&args)?;
    f[i] = method_positional(&args, "property", name, 1, 1)?[0].clone();
    let [a, b, c, d, n] = f;
    Ok(property_value(vm.types(), a, b, c, d, n))
}

fn property_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_replace(vm, args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_replace(vm, args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_replace(vm, args, 2, "deleter")
}

fn one_callable<'a>(args: &Args<'a>, name: &'static str) -> PyResult<&'a Value> {
    split_cls(args, name)?;
    let sig = Signature::new(name, &["function"]).positional_only(name);
    Ok(&sig.positional_method(args)?[0])
}

fn staticmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = one_callable(&args, "staticmethod")?;
    Ok(NativeObj::value(
        vm.types().staticmethod.clone(),
        NativeData::StaticMethod(f.clone()),
    ))
}

fn classmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = one_callable(&args, "classmethod")?;
    Ok(NativeObj::value(
        vm.types().classmethod.clone(),
        NativeData::ClassMethod(f.clone()),
    ))
}

fn wrapped_func(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Value::Native(n)) = args.pos().first() {
        if let NativeData::StaticMethod(f) | NativeData::ClassMethod(f) = &n.data {
            return Ok(f.clone());
        }
    }
    Err(type_error(
        "descriptor '__func__' requires a staticmethod or classmethod",
    ))
}

/// `__isabstractmethod__` of a staticmethod or classmethod: its function's.
fn wrapped_is_abstract(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = wrapped_func(vm, args)?;
    match vm.getattr_opt(&f, "__isabstractmethod__")? {
        Some(v) => Ok(Value::Bool(vm.truthy(&v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// The arguments of a staticmethod's or classmethod's `__get__(obj, type=None)`: the
/// wrapped function, the instance and the owner (None when not given).
fn descriptor_get_args(vm: &Vm, args: &Args<'_>, owner: &str) -> PyResult<(Value, Value, Value)> {
    let Some((this, rest)) = args.pos().split_first() else {
        return Err(type_error(format!(
            "descriptor '__get__' of '{owner}' object needs an argument"
        )));
    };
    let f = match this {
        Value::Native(n) => match &n.data {
            NativeData::StaticMethod(f) | NativeData::ClassMethod(f)
                if *n.class.name() == *owner =>
            {
                f.clone()
            }
            _ => return Err(descriptor_get_refused(owner, &vm.type_of(this).name())),
        },
        _ => return Err(descriptor_get_refused(owner, &vm.type_of(this).name())),
    };
    if args.has_kw() {
        return Err(type_error(format!(
            "{owner}.__get__() takes no keyword arguments"
        )));
    }
    match rest {
        [] => Err(type_error(" expected at least 1 argument, got 0")),
        [obj] => Ok((f, obj.clone(), Value::None)),
        [obj, typ] => Ok((f, obj.clone(), typ.clone())),
        _ => Err(type_error(format!(
            " expected at most 2 arguments, got {}",
            rest.len()
        ))),
    }
}

#[cold]
fn descriptor_get_refused(owner: &str, got: &str) -> PyErr {
    type_error(format!(
        "descriptor '__get__' requires a '{owner}' object but received a '{got}'"
    ))
}

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`, or to the type
/// of `obj` when no type is given.
fn classmethod_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, obj, typ) = descriptor_get_args(vm, &args, "classmethod")?;
    let owner = match (obj.is_none(), typ.is_none()) {
        (true, true) => return Err(type_error("__get__(None, None) is invalid")),
        (_, false) => typ,
        (false, true) => Value::Class(vm.type_of(&obj)),
    };
    Ok(Value::BoundMethod(Rc::new(
        crate::runtime::function::BoundMethod {
            func: f,
            receiver: owner,
        },
    )))
}

/// `super(cls, obj)`. The zero-argument form needs the calling frame and is the VM's.
/// `types.MethodType(func, obj)`: `func` bound to `obj`.
const METHOD: Signature =
    Signature::new("method", &["function", "instance"]).positional_only("method");
/// CPython's tuple check names it `super()`, parentheses included.
const SUPER: Signature = Signature::new("super()", &["type", "obj"])
    .required(0)
    .positional_only("super");

fn method_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_cls(&args, "method")?;
    let a = METHOD.positional_method(&args)?;
    if !super::functions::is_callable(vm, &a[0])? {
        return Err(type_error("first argument must be callable"));
    }
    if a[1].is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(Value::BoundMethod(Rc::new(
        crate::runtime::function::BoundMethod {
            func: a[0].clone(),
            receiver: a[1].clone(),
        },
    )))
}

/// `types.CellType(contents)`: a cell holding `contents`, or an empty one.
fn cell_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = split_cls(&args, "cell")?;
    if args.has_kw() {
        return Err(type_error("cell() takes no keyword arguments"));
    }
    if rest.len() > 1 {
        return Err(type_error(format!(
            "cell expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let contents = std::cell::RefCell::new(rest.first().cloned());
    let cell = NativeObj::cell(&vm.types().cell, Rc::new(contents));
    // It can come to hold itself (`c.cell_contents = c`).
    vm.gc_track(&cell);
    Ok(cell)
}

fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_cls(&args, "super")?;
    match SUPER.positional_method(&args)? {
        [Value::Class(c), obj] => {
            // A class passes as a subclass, or as an instance (of a metaclass `c`).
            let ok = matches!(obj, Value::Class(oc) if oc.is_subclass(c)) || vm.isinstance(obj, c);
            if !ok {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            Ok(NativeObj::value(
                vm.types().super_.clone(),
                NativeData::Super {
                    class: c.clone(),
                    obj: obj.clone(),
                },
            ))
        }
        [] => Err(crate::runtime::error::runtime_error(
            "super(): no arguments",
        )),
        [other, ..] => Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(vm, other)
        ))),
    }
}

/// Whether an instance wraps a builtin base value (for callers that need the layout).
pub fn has_base_payload(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if matches!(i.payload(), Payload::Base(_)))
}

/// `super(start, obj).name` before binding: the first definition of `name` in the MRO
/// of `obj`'s type (or of `obj` itself when it is a class) after `start`. Walks the MRO
/// in place and probes each namespace with the name's cached hash: `super().m()` runs
/// this on every call.
pub fn super_lookup(vm: &Vm, start: &Rc<Class>, obj: &Value, name: &PyStr) -> Option<Value> {
    // As CPython's `super_getattro`: `super().__class__` is the super object's class,
    // never object's `__class__` descriptor found along the MRO.
    if name.as_str() == "__class__" {
        return None;
    }
    // super() in a classmethod searches the class's MRO; in a metaclass method the
    // class is an instance and its metaclass's MRO is searched.
    let owner = match obj {
        Value::Class(c) if c.is_subclass(start) => c.clone(),
        other => vm.type_of(other),
    };
    let tail = owner.mro_tail.borrow();
    std::iter::once(&owner)
        .chain(tail.iter())
        .skip_while(|c| !Rc::ptr_eq(c, start))
        .skip(1)
        .find_map(|c| c.dict.get_str(name))
}
