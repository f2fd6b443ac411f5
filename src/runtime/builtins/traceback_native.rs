//! `_traceback`, the native half of tracebacks for Python code: the report an uncaught
//! exception gets (chained exceptions, every frame with its file, line and source, the
//! last line), as text, and one traceback frame's lines (`format_place`). Used by `doctest` for "Exception raised:" and by `traceback`.
//! The report itself is `crate::report`'s; this only exposes it. Also `caller(depth)`, the
//! file, line, function name and globals of a Python frame up the call stack, for
//! `warnings` (stacklevel) and `inspect.stack`, and `frame(depth)`, the code, line and
//! globals `sys._getframe` makes frame objects of.

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::module_positional;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_traceback` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    def(&m, "format_exception", format_exception);
    def(&m, "format_exception_only", format_exception_only);
    def(&m, "caller", caller);
    def(&m, "frame", frame);
    def(&m, "format_place", format_place);
    m
}

/// `_traceback.format_place(code, lasti)`: the lines a traceback shows for the frame of
/// `code` stopped at instruction offset `lasti` (a traceback object's `tb_lasti`).
fn format_place(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.check_pos("format_place", 2, 2)?;
    let (Value::Native(code), Value::Int(lasti)) = (&p[0], &p[1]) else {
        return Err(type_error("format_place() takes a code object and an int"));
    };
    let crate::runtime::native::NativeData::Code(code) = &code.data else {
        return Err(type_error("format_place() takes a code object and an int"));
    };
    let ip = usize::try_from(*lasti / 2).unwrap_or(0);
    Ok(Value::from_string(crate::report::frame_text(
        &code.code, ip,
    )))
}

/// `_traceback.caller(depth)`: `(filename, lineno, name, globals)` of the Python frame
/// `depth` calls up from the frame calling this (1 is that frame's caller), or None
/// past the outermost frame.
fn caller(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_traceback", "caller", 1, 1)?;
    let depth = match &p[0] {
        Value::Int(n) => *n,
        other => {
            return Err(type_error(format!(
                "caller() argument must be int, not {}",
                other.arg_kind_name()
            )))
        }
    };
    let Some(entry) = usize::try_from(depth).ok().and_then(|d| vm.caller(d)) else {
        return Ok(Value::None);
    };
    Ok(Value::tuple(vec![
        Value::str(entry.file()),
        Value::Int(entry.line() as i64),
        Value::str(&entry.code().code.name),
        Value::Dict(entry.globals().clone()),
    ]))
}

/// `_traceback.frame(depth)`: `(code, lineno, globals, locals)` of the Python frame
/// `depth` calls up (as `caller`), or None past the outermost frame: what
/// `sys._getframe` builds its frame objects from.
fn frame(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_traceback", "frame", 1, 1)?;
    let Value::Int(depth) = &p[0] else {
        return Err(type_error(format!(
            "frame() argument must be int, not {}",
            p[0].arg_kind_name()
        )));
    };
    let Some(depth) = usize::try_from(*depth).ok() else {
        return Ok(Value::None);
    };
    let Some(entry) = vm.caller(depth) else {
        return Ok(Value::None);
    };
    let (code, line, globals) = (entry.code().clone(), entry.line(), entry.globals().clone());
    let locals = vm.caller_locals(depth).unwrap_or_else(|| globals.clone());
    Ok(Value::tuple(vec![
        crate::runtime::native::NativeObj::code(vm.types(), code),
        Value::Int(line as i64),
        Value::Dict(globals),
        Value::Dict(locals),
    ]))
}

/// `_traceback.format_exception(exc)`: the text CPython prints for `exc` uncaught.
fn format_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let e = exception_arg(&args, "format_exception")?;
    Ok(Value::from_string(crate::report::traceback_text(vm, &e)))
}

/// `_traceback.format_exception_only(exc)`: the exception's line (a SyntaxError's
/// location lines too) and its notes, without traceback or sub-exceptions.
fn format_exception_only(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let e = exception_arg(&args, "format_exception_only")?;
    Ok(Value::from_string(crate::report::exception_only(vm, &e)))
}

fn exception_arg(args: &Args<'_>, name: &str) -> PyResult<PyErr> {
    let p = module_positional(args, "_traceback", name, 1, 1)?;
    match &p[0] {
        Value::Instance(i) if i.exc_data().is_some() => Ok(PyErr::from_instance(i.clone())),
        other => Err(type_error(format!(
            "{name}() argument must be an exception, not {}",
            other.arg_kind_name()
        ))),
    }
}
