//! What `sys` says about the interpreter and the running exception: the named-tuple facts
//! (`version_info`, `implementation`, `flags`, `float_info`, `int_info`, `hash_info`, written in Python
//! in pylib `_sys_info.py` and run once when `sys` is made), `executable`,
//! `builtin_module_names`, `orig_argv`, the encodings, `exc_info()`, `exception()`,
//! `getsizeof()`, `getrefcount()`,
//! `intern()`. Not the streams or argv (`sys_time.rs`) and not the import state
//! (`sys.path`, `sys.modules`: `vm::import`).

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Add the interpreter facts and functions to the `sys` namespace `sys`.
pub fn install(vm: &mut Vm, sys: &Rc<PyDict>) -> PyResult<()> {
    let text = crate::runtime::pylib::source("_sys_info")
        .ok_or_else(|| crate::vm::import::not_found("_sys_info"))?;
    let code =
        crate::runtime::pylib::compile_embedded(vm.types(), &vm.interned, "_sys_info", text)?;
    let facts = Rc::new(PyDict::new());
    facts.set_by_str("__name__", Value::str("sys"));
    let randomized = crate::runtime::string_hash::init_from_env()
        .map(|k| k.randomized)
        .unwrap_or(true);
    facts.set_by_str("_hash_randomization", Value::Int(randomized as i64));
    let digits_flag = crate::numeric::parse::max_str_digits_from_env()
        .ok()
        .flatten()
        .map_or(-1, |n| n as i64);
    facts.set_by_str("_int_max_str_digits", Value::Int(digits_flag));
    facts.set_by_str(
        "__builtins__",
        crate::runtime::native::NativeObj::module(vm.types(), "builtins", vm.builtins.clone()),
    );
    vm.run_code(code, facts.clone(), None)?;
    for (key, value) in facts.items() {
        if let Value::Str(k) = &key {
            if !k.as_str().starts_with('_') {
                sys.set_str(k.clone(), value);
            }
        }
    }
    if let Some(args_type) = facts.get_by_str("_UnraisableHookArgs") {
        crate::vm::unraisable::register_args_type(vm, args_type);
    }
    let executable = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    sys.set_by_str("executable", Value::str(&executable));
    sys.set_by_str("_base_executable", Value::str(&executable));
    let prefix = std::path::Path::new(&executable)
        .parent()
        .and_then(|bin| bin.parent())
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        sys.set_by_str(name, Value::str(&prefix));
    }
    let builtin_names: Vec<Value> = ["builtins", "sys"].iter().map(|n| Value::str(n)).collect();
    sys.set_by_str("builtin_module_names", Value::tuple(builtin_names));
    sys.set_by_str("maxunicode", Value::Int(0x10FFFF));
    sys.set_by_str("dont_write_bytecode", Value::Bool(true));
    sys.set_by_str("warnoptions", Value::list(vec![]));
    sys.set_by_str("float_repr_style", Value::str("short"));
    def(sys, "getdefaultencoding", |_, a| {
        Signature::no_args("sys.getdefaultencoding").none(&a)?;
        Ok(Value::str("utf-8"))
    });
    def(sys, "getfilesystemencoding", |_, a| {
        Signature::no_args("sys.getfilesystemencoding").none(&a)?;
        Ok(Value::str("utf-8"))
    });
    def(sys, "displayhook", displayhook);
    sys.set_by_str(
        "__displayhook__",
        sys.get_by_str("displayhook").unwrap_or(Value::None),
    );
    def(sys, "exc_info", exc_info);
    def(sys, "exception", exception);
    def(sys, "getsizeof", getsizeof);
    def(sys, "getrefcount", getrefcount);
    def(sys, "is_finalizing", |vm, a| {
        Signature::no_args("sys.is_finalizing").none(&a)?;
        Ok(Value::Bool(vm.finalizing))
    });
    let orig_argv: Vec<Value> = std::env::args().map(|a| Value::str(&a)).collect();
    sys.set_by_str("orig_argv", Value::list(orig_argv));
    def(sys, "intern", intern);
    Ok(())
}

/// `sys.displayhook(value)`: the default display of an expression statement's value.
fn displayhook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = Signature::one_arg("sys.displayhook").one(&args)?;
    crate::runtime::io::std_streams::default_display(vm, v.clone())?;
    Ok(Value::None)
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled, or three
/// Nones. The traceback is the exception's `__traceback__`.
fn exc_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("sys.exc_info").none(&args)?;
    Ok(match vm.handled.clone() {
        Some(e) => {
            let value = e.value(vm.types());
            let tb = vm
                .getattr_opt(&value, "__traceback__")?
                .unwrap_or(Value::None);
            Value::tuple(vec![Value::Class(e.class(vm.types())), value, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("sys.exception").none(&args)?;
    Ok(vm
        .handled
        .as_ref()
        .map(|e| e.value(vm.types()))
        .unwrap_or(Value::None))
}

/// `sys.getrefcount(object)`: the references to a heap object, counting the argument's
/// own, as CPython's. Inline values (None, bools, small ints, floats) have no count in
/// coro; they report one as large as CPython's for its immortal-like small objects, and
/// the same each time, so before/after comparisons hold.
fn getrefcount(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = Signature::one_arg("sys.getrefcount").one(&args)?;
    let count = match crate::runtime::traverse::strong_count(v) {
        0 => 1_000_000_000,
        n => n as i64,
    };
    Ok(Value::Int(count))
}

/// `sys.getsizeof(obj[, default])`: an approximation of CPython's sizes on 64-bit builds
/// (object header plus payload), or the object's own `__sizeof__` (+ 16 for the GC header
/// of containers), documented in docs/STDLIB.md as approximate.
fn getsizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const GETSIZEOF: Signature = Signature::new("getsizeof", &["object", "default"]).required(1);
    let p = GETSIZEOF.bind(&args)?;
    let v = p.req(0);
    if let Value::Instance(inst) = v {
        let own = inst
            .class
            .lookup_str("__sizeof__")
            .is_some_and(|m| !super::object_methods::is_objects(&m));
        if let Some(size) = own
            .then(|| vm.getattr_opt(v, "__sizeof__"))
            .transpose()?
            .flatten()
        {
            let n = vm.call_args(&size, vec![])?;
            return match n {
                Value::Int(n) if n >= 0 => Ok(Value::Int(n + 16)),
                Value::Int(_) => Err(crate::runtime::error::value_error(
                    "__sizeof__() should return >= 0",
                )),
                _ => Err(type_error("an integer is required")),
            };
        }
    }
    match native_size(v) {
        Some(size) => Ok(Value::Int(size)),
        None => Ok(p.given(1).cloned().unwrap_or(Value::Int(48))),
    }
}

/// CPython's size of a builtin value on 64-bit builds, GC header included; None for
/// what the table does not know (instances and other objects: `getsizeof` says 48, or
/// its `default`).
pub(crate) fn native_size(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => {
            let digits = if *i == 0 {
                0
            } else {
                (64 - i.unsigned_abs().leading_zeros() as i64 + 29) / 30
            };
            24 + 4 * digits.max(1)
        }
        Value::Float(_) => 24,
        Value::Str(s) => {
            let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
            let n = s.char_len() as i64;
            match max {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::List(l) => 56 + 8 * l.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.len() as i64,
        Value::Dict(d) => {
            if d.is_empty() {
                64
            } else {
                184 + 48 * (d.len() as i64).saturating_sub(5).max(0)
            }
        }
        // CPython's set object (200 bytes with its 8-slot small table, plus the GC
        // header) and, once it outgrew that, a separate table of 16-byte entries.
        Value::Set(s) => match s.table_slots() {
            n if n > 8 => 216 + 16 * n as i64,
            _ => 216,
        },
        _ => return None,
    })
}

/// `sys.intern(s)`: strings are compared by value here, so the string itself.
fn intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let string = Signature::one_arg("sys.intern").one(&args)?;
    match string {
        Value::Str(_) => Ok(string.clone()),
        other => Err(type_error(format!(
            "intern() argument must be str, not {}",
            super::arg_type_name(vm, other)
        ))),
    }
}
