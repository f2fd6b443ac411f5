//! The native `posix` module, the OS half of coro's `os`: file-system calls ([`fs`]), file
//! descriptors ([`fd`]) and process facts ([`process`]), plus what they share here:
//! binding CPython-style keyword arguments, turning path arguments (str, bytes,
//! os.PathLike, sometimes an fd) into OS paths, and raising OS errors. The Python half
//! (`environ`, `walk`, `makedirs`, ...) is pylib's os.py; result types such as
//! `os.stat_result` are pylib's `_structseq` classes.

mod children;
mod fd;
mod fd_flags;
mod fs;
mod host;
mod host_config;
mod ownership;
mod process;

use crate::runtime::builtins::{def, type_name};
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::Bound;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::rc::Rc;

/// Build the `posix` module.
pub fn posix_module(vm: &mut Vm) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("posix"));
    fs::install(&m);
    fd::install(&m);
    process::install(vm, &m);
    host::install(&m);
    fd_flags::install(&m);
    ownership::install(&m);
    children::install(&m);
    host_config::install(&m);
    def(&m, "fspath", fspath);
    def(&m, "openpty", crate::runtime::unix::termios_calls::openpty);
    m
}

/// `os.fspath(path)`: the str or bytes a path-like object stands for.
fn fspath(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("fspath", &["path"], 1, 1).bind(&args)?;
    match fspath_opt(vm, p.req(0))? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(vm, p.req(0))
        ))),
    }
}

/// The os module's checks of arguments bound by a `Signature`.
impl<'a> Bound<'a> {
    /// Refuse the options coro does not implement (`dir_fd=` and friends) when a caller
    /// gives them, rather than silently ignoring them.
    pub(crate) fn refuse_dir_fds(&self) -> PyResult<()> {
        for (i, name) in self.params.iter().enumerate() {
            if name.ends_with("dir_fd") && self.get(i).is_some() {
                return Err(unavailable(name));
            }
        }
        Ok(())
    }

    /// Refuse `follow_symlinks=False` (or another flag) where coro cannot honour it.
    pub(crate) fn refuse_flag(&self, vm: &mut Vm, i: usize, supported: bool) -> PyResult<()> {
        if self.flag(vm, i, supported)? != supported {
            return Err(unavailable(self.params[i]));
        }
        Ok(())
    }

    /// A path argument (str, bytes or os.PathLike).
    pub(crate) fn path(&self, vm: &mut Vm, i: usize) -> PyResult<PathArg> {
        path_arg(vm, self.name, self.params[i], self.req(i), false)
    }
}

#[cold]
fn unavailable(name: &str) -> PyErr {
    crate::runtime::error::not_implemented_error(format!("{name} unavailable on this platform"))
}

/// An int argument (`__index__`), with CPython's message for other types.
pub(crate) fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::runtime::builtins::index_i64(vm, v)
}

/// A path argument after `os.fspath`: the OS path, and the str or bytes value that names
/// it in error messages (and decides whether results are str or bytes).
pub(crate) struct PathArg {
    pub os: OsString,
    pub value: Value,
    pub is_bytes: bool,
}

impl PathArg {
    /// A name found under this path, as str or bytes to match it.
    pub fn name_value(&self, t: &crate::runtime::types::Types, name: &std::ffi::OsStr) -> Value {
        os_value(t, name, self.is_bytes)
    }
}

/// An OS string as a Python str (bytes that are not UTF-8 are replaced) or bytes.
pub(crate) fn os_value(
    t: &crate::runtime::types::Types,
    s: &std::ffi::OsStr,
    as_bytes: bool,
) -> Value {
    if as_bytes {
        bytes_value(t, s.as_bytes())
    } else {
        Value::from_string(s.to_string_lossy().into_owned())
    }
}

/// `os.fspath(v)`: str and bytes pass through, os.PathLike objects give their
/// `__fspath__()`; None when `v` is neither.
pub(crate) fn fspath_opt(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v {
        Value::Str(_) => return Ok(Some(v.clone())),
        Value::Native(n) if matches!(n.data, crate::runtime::native::NativeData::Bytes(_)) => {
            return Ok(Some(v.clone()))
        }
        Value::Instance(_) => {}
        _ => return Ok(None),
    }
    let cls = vm.type_of(v);
    let Some(method) = cls.lookup_str("__fspath__") else {
        return Ok(None);
    };
    let result = vm.call_special(&method, &cls, [v.clone()])?;
    let ok = matches!(result, Value::Str(_))
        || matches!(&result, Value::Native(n) if matches!(n.data, crate::runtime::native::NativeData::Bytes(_)));
    if !ok {
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            cls.name(),
            type_name(vm, &result)
        )));
    }
    Ok(Some(result))
}

/// Convert a path argument; `fd_ok` adds "integer" to what the message says is accepted
/// (the caller handles ints itself).
pub(crate) fn path_arg(
    vm: &mut Vm,
    fname: &str,
    argname: &str,
    v: &Value,
    fd_ok: bool,
) -> PyResult<PathArg> {
    let Some(value) = fspath_opt(vm, v)? else {
        let accepted = if fd_ok {
            "string, bytes, os.PathLike or integer"
        } else {
            "string, bytes or os.PathLike"
        };
        return Err(type_error(format!(
            "{fname}: {argname} should be {accepted}, not {}",
            type_name(vm, v)
        )));
    };
    let (bytes, is_bytes) = match &value {
        Value::Str(s) => (s.as_str().as_bytes().to_vec(), false),
        other => (with_bytes(other, <[u8]>::to_vec).unwrap_or_default(), true),
    };
    if bytes.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    Ok(PathArg {
        os: OsString::from_vec(bytes),
        value,
        is_bytes,
    })
}

/// A path argument that may also be an open file descriptor (`os.stat(fd)`).
pub(crate) enum PathOrFd {
    Path(PathArg),
    Fd(i32),
}

pub(crate) fn path_or_fd(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<PathOrFd> {
    match v {
        Value::Int(i) => Ok(PathOrFd::Fd(fd_number(*i)?)),
        Value::Bool(b) => Ok(PathOrFd::Fd(*b as i32)),
        _ => path_arg(vm, fname, "path", v, true).map(PathOrFd::Path),
    }
}

pub(crate) fn fd_number(i: i64) -> PyResult<i32> {
    i32::try_from(i).map_err(|_| {
        crate::runtime::error::overflow_error(if i < 0 {
            "fd is less than minimum"
        } else {
            "fd is greater than maximum"
        })
    })
}

/// The Python exception for a failed OS call on `path` (and `path2` for two-path calls):
/// the runtime's one conversion, [`crate::runtime::error::os_error`].
#[cold]
pub(crate) fn os_error(err: &std::io::Error, path: Option<&Value>, path2: Option<&Value>) -> PyErr {
    crate::runtime::error::os_error(err, path.cloned(), path2.cloned())
}

/// An instance of the `_structseq` result type `name` (os.stat_result, os.terminal_size,
/// ...) built from all its fields.
pub(crate) fn structseq(vm: &mut Vm, name: &str, fields: Vec<Value>) -> PyResult<Value> {
    let module = vm.import_absolute("_structseq")?;
    let cls = vm.getattr(&module, name)?;
    vm.call_args(&cls, vec![Value::tuple(fields)])
}

/// The error of the last failed libc call.
pub(crate) fn last_error() -> std::io::Error {
    std::io::Error::last_os_error()
}

/// A path as a C string for libc calls (path_arg already rejected NUL bytes).
pub(crate) fn c_path(p: &PathArg) -> std::ffi::CString {
    std::ffi::CString::new(p.os.as_bytes()).unwrap_or_default()
}

#[cfg(test)]
mod tests;
