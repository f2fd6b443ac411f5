//! The builtins: the `builtins` namespace (print, len, sorted, ...), the methods of the
//! builtin types (str, list, dict, set, tuple, int, float, exceptions), and the native
//! modules `functools`, `math`, `time` and `sys`.
//!
//! [`install`] fills the VM's builtins dict and the namespaces of the classes in
//! the VM's table ([`Vm::types`]), and registers the modules. This module also holds the small argument
//! helpers every builtin shares. It is not the VM: operators, attribute lookup, calls and
//! the `repr` of builtin values are the VM's; builtins call them through [`Vm`].

pub mod ast_export;
pub mod binascii;
pub mod bisect_native;
pub mod bytes_methods;
pub mod bytes_reshape;
pub mod bytes_type;
pub mod bz2_native;
pub mod callables;
pub mod cmath;
pub mod codeop_native;
#[cfg(test)]
mod codeop_native_tests;
pub mod complex_type;
pub mod constructors;
pub mod count_elements;
pub mod csv_scan;
pub mod csv_write;
pub mod deque_methods;
mod deque_ops;
pub mod dict_methods;
pub mod docs;
pub mod errno_module;
pub mod exception_group;
pub mod exceptions;
pub mod float_hex;
pub mod functions;
pub mod functools;
pub mod gc_module;
pub mod hashlib;
pub mod heapq_native;
pub mod imp;
pub mod inspect_native;
pub mod iteration;
pub mod itertools_native;
pub mod itertools_slices;
pub mod itertools_tee;
pub mod itertools_tools;
pub mod json_encode;
pub mod json_scan;
pub mod list_methods;
pub mod math;
mod math_gamma;
pub mod memoryview_type;
pub mod mersenne;
mod object_methods;
pub mod odict_front;
mod operator_getters;
pub mod operator_native;
mod operator_slots;
pub mod os_error;
pub mod property_descr;
pub mod range;
pub mod range_big;
pub mod set_methods;
pub mod site;
pub mod sort;
pub mod str_format;
pub mod str_methods;
mod str_unicode;
pub use str_unicode::is_identifier;
pub mod struct_pack;
pub mod sys_info;
pub mod sys_time;
pub mod time_native;
pub mod traceback_native;
pub mod tuple_field;
pub mod tuple_int_float;
pub mod unicode_error;
pub mod unicodedata;
pub mod value_reprs;
pub mod zlib_native;

#[cfg(test)]
mod tests;

use super::class::{Instance, Payload};
use super::dict::PyDict;
use super::error::{type_error, PyErr, PyResult};
use super::function::{Args, Builtin, NativeFn};
use super::native::{NativeData, NativeObj};
use super::types::Types;
use super::value::Value;
use crate::numeric::Int;
use crate::vm::Vm;
use num_bigint::BigInt;
use std::rc::Rc;

pub use bytes_type::{
    bytearray_delitem, bytearray_inplace_add, bytearray_setitem, bytes_binary, bytes_contains,
    bytes_getitem,
};
pub use exceptions::exception_str;
pub use functools::{call_lru_cache, call_partial};
pub use range::{range_contains, range_getitem, range_len};
pub use sys_time::set_argv;

/// Fill the builtins namespace, the builtin types' methods, and register the modules.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    // First, so that every function `def` puts here knows its `__module__`.
    b.set_by_str("__name__", Value::str("builtins"));
    let t = vm.types();
    functions::install(&b);
    iteration::install(&b);
    constructors::install(t, &b);
    complex_type::install(t, &b);
    memoryview_type::install(t, &b);
    exceptions::install(t, &b);
    exception_group::install(t);
    os_error::install(t);
    unicode_error::install(t);
    imp::install(t, &b);
    site::install(&b);
    callables::install(t);
    range::install(t);
    str_methods::install(t);
    bytes_methods::install(t);
    str_format::install(t);
    list_methods::install(t);
    dict_methods::install(t);
    set_methods::install(t);
    operator_slots::install(t);
    tuple_int_float::install(t);
    deque_methods::install(t);
    // The mutable builtins are unhashable by `__hash__ = None`, which subclasses inherit
    // and `collections.abc.Hashable` reads.
    for class in [
        &t.list,
        &t.dict,
        &t.set,
        &t.bytearray,
        &t.dict_keys,
        &t.dict_items,
    ] {
        class.dict.set_by_str("__hash__", Value::None);
    }
    b.set_by_str("NotImplemented", t.not_implemented.clone());
    b.set_by_str("Ellipsis", t.ellipsis.clone());
    b.set_by_str("__name__", Value::str("builtins"));
    let sys = sys_time::sys_module(t);
    vm.std_streams = crate::runtime::io::std_streams::StdStreams::new(&sys);
    sys.set_by_str("modules", Value::Dict(vm.modules.clone()));
    vm.register_module("sys", sys.clone());
    if let Err(e) = sys_info::install(vm, &sys) {
        eprintln!("coro: cannot build sys: {:?}", e);
    }
    vm.register_module("builtins", vm.builtins.clone());
    // `LoadGlobal` finds a builtin by pointer when its key is the code's own name object.
    let interned = &vm.interned;
    vm.builtins
        .intern_str_keys(|k| interned.intern(&Rc::<str>::from(k.as_str())));
}

/// Register a builtin function under its name.
pub(crate) fn def(dict: &PyDict, name: &'static str, func: NativeFn) {
    let module = dict.get_by_str("__name__");
    dict.set_by_str(
        name,
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            bound: None,
            owner: None,
            module,
        })),
    );
}

/// Register a method of builtin class `owner` (its repr names the class).
pub(crate) fn method(dict: &PyDict, owner: &'static str, name: &'static str, func: NativeFn) {
    dict.set_by_str(name, method_value(owner, name, func));
}

/// The TypeError of a builtin type's method called through its class on something
/// else (`list.append(3, 4)`), or on nothing (`list.append()`), in CPython's words.
#[cold]
pub(crate) fn descriptor_misapplied(owner: &str, name: &str, got: Option<&Value>) -> PyErr {
    match got {
        Some(v) => {
            let kind = match v {
                Value::Instance(i) => i.class.name().to_string(),
                other => other.kind_name().to_string(),
            };
            type_error(format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{kind}' object"
            ))
        }
        None => type_error(format!("unbound method {owner}.{name}() needs an argument")),
    }
}

pub(crate) fn method_value(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: None,
        owner: Some(owner),
        module: None,
    }))
}

/// Register a read-only attribute computed by `getter(self)` (a property whose fget is a
/// builtin).
pub(crate) fn getter(
    t: &Types,
    dict: &PyDict,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
) {
    let prop = NativeData::Property {
        fget: method_value(owner, name, func),
        fset: Value::None,
        more: crate::runtime::native::PropertyMore::new(Value::None, Value::None, Value::str(name)),
    };
    dict.set_by_str(name, NativeObj::value(t.property.clone(), prop));
}

/// Register a classmethod of a builtin class (`dict.fromkeys`): the VM binds the class.
pub(crate) fn class_method(
    t: &Types,
    dict: &PyDict,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
) {
    let cm = NativeData::ClassMethod(method_value(owner, name, func));
    dict.set_by_str(name, NativeObj::value(t.classmethod.clone(), cm));
}

/// Register a staticmethod of a builtin class (`str.maketrans`).
pub(crate) fn static_method(
    t: &Types,
    dict: &PyDict,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
) {
    let sm = NativeData::StaticMethod(method_value(owner, name, func));
    dict.set_by_str(name, NativeObj::value(t.staticmethod.clone(), sm));
}

/// The builtin value inside an instance of a user subclass of a builtin type
/// (`class L(list)`), or the value itself.
pub fn unwrap_base(v: &Value) -> Value {
    if let Value::Instance(inst) = v {
        if let Payload::Base(inner) = inst.payload() {
            let inner = inner.borrow();
            if !inner.is_none() {
                return inner.clone();
            }
        }
    }
    v.clone()
}

/// Wrap a freshly made builtin value for `cls`: the value itself when `cls` is the
/// builtin class, else an instance of the user subclass carrying it.
pub(crate) fn wrap_for_class(cls: &Value, builtin: &Rc<super::class::Class>, v: Value) -> Value {
    match cls {
        Value::Class(c) if !Rc::ptr_eq(c, builtin) => {
            let inst = Instance::new(c.clone());
            if let Payload::Base(slot) = inst.payload() {
                *slot.borrow_mut() = v;
            }
            Value::Instance(inst)
        }
        _ => v,
    }
}

/// Optional positional-or-keyword arguments by name, after `self`, bound as CPython's
/// argument clinic binds them (see `runtime::signature`).
pub(crate) fn params<'a>(
    args: &Args<'a>,
    fname: &'static str,
    names: &'static [&'static str],
) -> PyResult<[Option<&'a Value>; crate::runtime::signature::MAX_PARAMS]> {
    let sig = crate::runtime::signature::Signature::new(fname, names).required(0);
    Ok(sig.bind_method(args)?.values)
}

/// The one optional positional-only argument of a method such as `read(size=-1, /)`,
/// named in messages as CPython names it (`StringIO.read() takes no keyword arguments`,
/// the owner being `self`'s class unless given).
pub(crate) fn one_optional<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: Option<&str>,
    name: &'static str,
) -> PyResult<Option<&'a Value>> {
    let sig = crate::runtime::signature::Signature::new(name, &["size"])
        .required(0)
        .positional_only(name);
    let owner = match owner {
        Some(o) => o.to_string(),
        None => match args.pos().first() {
            Some(this) => vm.type_of(this).name().to_string(),
            None => String::new(),
        },
    };
    Ok(sig.bind_method_of(&owner, args)?.given(0))
}

/// A class that the native module `module` made when it was built (its exception class,
/// the type of its objects), found through the module's namespace once imported.
pub(crate) fn module_class(vm: &Vm, module: &str, name: &str) -> Option<Rc<super::class::Class>> {
    match vm.cached_module(module) {
        Some(Value::Native(n)) => match &n.data {
            NativeData::Module(m) => match m.dict.get_by_str(name) {
                Some(Value::Class(c)) => Some(c),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Python's type name of a value, for error messages.
pub fn type_name(vm: &Vm, v: &Value) -> String {
    vm.type_of(v).name().to_string()
}

/// The type named in argument parsers' "must be X, not Y" errors: CPython's clinic
/// (`_PyArg_BadArgument`) and getargs name None itself, anything else by its type.
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        type_name(vm, v)
    }
}

pub use crate::runtime::format::num_err;

/// The int inside an int-like value (int, big int, bool), without calling Python code.
pub fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::BigInt(b) => Some(Int::Big(b.clone())),
        Value::Instance(_) => match unwrap_base(v) {
            Value::Instance(_) => None,
            inner => as_int(&inner),
        },
        _ => None,
    }
}

/// A Python int value from an [`Int`].
pub fn int_value(i: Int) -> Value {
    match i {
        Int::Small(s) => Value::Int(s),
        Int::Big(b) => Value::BigInt(b),
    }
}

pub fn bigint_value(b: BigInt) -> Value {
    int_value(Int::from_bigint(b))
}

/// `operator.index(v)`: an int, or `__index__` of an instance.
pub fn index_int(vm: &mut Vm, v: &Value) -> PyResult<Int> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.getattr_opt(v, "__index__")? {
            let r = vm.call_args(&m, vec![])?;
            if let Some(i) = as_int(&r) {
                return Ok(i);
            }
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(vm, &r)
            )));
        }
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(vm, v)
    )))
}

/// An index-like argument as i64 (clamped for huge values where CPython clamps).
pub fn index_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_int(vm, v)? {
        Int::Small(i) => Ok(i),
        Int::Big(b) => Err(crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::IndexError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                type_name_of_big(&b)
            ),
        )),
    }
}

/// An argument CPython converts to a C `Py_ssize_t` (`list.insert`'s index,
/// `deque(maxlen=)`...): too large is OverflowError, not the IndexError of subscripts.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_int(vm, v)? {
        Int::Small(i) => Ok(i),
        Int::Big(_) => Err(c_overflow("ssize_t")),
    }
}

/// An optional index argument as CPython's `_Py_convert_optional_to_ssize_t` reads it
/// (`read(size)`, `bisect(hi=)`): None is None, an object with `__index__` its value
/// (too large is OverflowError), anything else a TypeError naming its type.
pub fn optional_index_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if as_int(v).is_none() && vm.type_of(v).lookup_str("__index__").is_none() {
        return Err(type_error(format!(
            "argument should be integer or None, not '{}'",
            type_name(vm, v)
        )));
    }
    match index_int(vm, v)? {
        Int::Small(i) => Ok(Some(i)),
        Int::Big(b) => Err(crate::runtime::error::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name_of_big(&b)
        ))),
    }
}

/// A search bound (`find`'s start and end): huge ints clamp to the ends, as CPython's
/// `_PyEval_SliceIndex`.
pub fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match index_int(vm, v)? {
        Int::Small(i) => i,
        Int::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        Int::Big(_) => i64::MAX,
    })
}

/// An argument CPython converts to a C `int` (`chr`, `sys.setrecursionlimit`).
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = ssize_arg(vm, v).map_err(|e| match e.is_instance(&vm.types().overflow_error) {
        true => c_overflow("int"),
        false => e,
    })?;
    i32::try_from(i).map_err(|_| c_overflow("int"))?;
    Ok(i)
}

#[cold]
fn c_overflow(c_type: &str) -> PyErr {
    crate::runtime::error::overflow_error(format!("Python int too large to convert to C {c_type}"))
}

fn type_name_of_big(_b: &BigInt) -> &'static str {
    "int"
}

/// A float from an int or float (for math functions and float()); `None` otherwise.
pub fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(Int::Big(b.clone()).to_f64().map_err(num_err)),
        Value::Instance(_) => match unwrap_base(v) {
            Value::Instance(_) => None,
            inner => as_f64(&inner),
        },
        _ => None,
    }
}

/// A float argument, converting ints and objects with `__float__`/`__index__`.
pub fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = as_f64(v) {
        return r;
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.getattr_opt(v, "__float__")? {
            let r = vm.call_args(&m, vec![])?;
            return match r {
                Value::Float(f) => Ok(f),
                other => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(vm, v),
                    type_name(vm, &other)
                ))),
            };
        }
        if vm.getattr_opt(v, "__index__")?.is_some() {
            return index_int(vm, v)?.to_f64().map_err(num_err);
        }
    }
    Err(type_error(format!(
        "must be real number, not {}",
        type_name(vm, v)
    )))
}

/// The string inside a str value (or a str subclass instance).
pub fn as_str(v: &Value) -> Option<super::str::StrRef> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match unwrap_base(v) {
            Value::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Keyword arguments gathered into a fresh dict.
pub fn kwargs_dict(args: &Args<'_>) -> Rc<PyDict> {
    let d = Rc::new(PyDict::new());
    for (k, v) in args.kw() {
        d.set_by_str(k, v.clone());
    }
    d
}

/// Call `f` with positional `pos` and keyword arguments from `kw` (name, value).
pub fn call_with_kw(
    vm: &mut Vm,
    f: &Value,
    pos: Vec<Value>,
    kw: Vec<(Value, Value)>,
) -> PyResult<Value> {
    if kw.is_empty() {
        return vm.call_args(f, pos);
    }
    let mut all = pos;
    let mut names = Vec::with_capacity(kw.len());
    for (k, v) in kw {
        names.push(k);
        all.push(v);
    }
    vm.call(
        f,
        Args {
            args: &all,
            kwnames: &names,
        },
    )
}

/// `self` of a method call: the first positional argument.
#[inline]
pub(crate) fn this<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| type_error(format!("descriptor '{fname}' needs an argument")))
}

/// The positional arguments of a method after `self`, checked against CPython's
/// arity messages: `list.append() takes exactly one argument (0 given)` for one-argument
/// methods, `pop expected at most 1 argument, got 2` for the others.
pub(crate) fn method_args<'a>(
    args: &Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    crate::runtime::signature::method_positional(args, owner, name, min, max)
}
