//! OSError as CPython 3.11 builds it: `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` picks the subclass the errno names (`OSError(2, 'x')` is a
//! FileNotFoundError), sets `.errno`, `.strerror`, `.filename`, `.filename2`, keeps only
//! `(errno, strerror)` in `args` when a filename is given, and prints as
//! `[Errno 2] No such file or directory: 'x.txt'`. [`os_error`] is the one way the runtime
//! turns a Rust `std::io::Error` into that exception. The class hierarchy itself is in
//! `runtime::types`; the `errno` module's table is in `errno_module`.

use super::{method, type_name};
use crate::runtime::class::{Class, Instance};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{builtin_error, builtin_error_args};
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::types::ExcKind;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The attributes every OSError has (None until set).
const ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

pub(super) fn install(t: &Types) {
    let d = &t.os_error.dict;
    method(d, "OSError", "__new__", os_error_new);
    method(d, "OSError", "__init__", os_error_init);
    method(d, "OSError", "__str__", os_error_str);
    // Unset attributes read as None from the class; an instance's own entry means it was
    // given (which is what `__str__` asks).
    for name in ATTRS {
        d.set_by_str(name, Value::None);
    }
}

/// The OSError subclass CPython raises for `errno` (OSError itself when none applies).
pub fn kind_for_errno(errno: i32) -> ExcKind {
    match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => ExcKind::BlockingIOError,
        libc::ECHILD => ExcKind::ChildProcessError,
        libc::EPIPE | libc::ESHUTDOWN => ExcKind::BrokenPipeError,
        libc::ECONNABORTED => ExcKind::ConnectionAbortedError,
        libc::ECONNREFUSED => ExcKind::ConnectionRefusedError,
        libc::ECONNRESET => ExcKind::ConnectionResetError,
        libc::EEXIST => ExcKind::FileExistsError,
        libc::ENOENT => ExcKind::FileNotFoundError,
        libc::EISDIR => ExcKind::IsADirectoryError,
        libc::ENOTDIR => ExcKind::NotADirectoryError,
        libc::EINTR => ExcKind::InterruptedError,
        libc::EACCES | libc::EPERM => ExcKind::PermissionError,
        libc::ESRCH => ExcKind::ProcessLookupError,
        libc::ETIMEDOUT => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

/// The C library's text for `errno` (`strerror`), as CPython shows it.
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    // Rust appends " (os error N)" to strerror's text.
    match text.rfind(" (os error ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// The Python exception for a failed OS call: the subclass the errno names, with
/// `.errno`, `.strerror` and the file name(s) involved, e.g.
/// `FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'`.
#[cold]
pub fn os_error(e: &std::io::Error, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => from_errno(errno, filename, filename2),
        // An error Rust made itself (no errno): CPython would not have one either, so the
        // message is all there is.
        None => builtin_error(ExcKind::OSError, e.to_string()),
    }
}

/// [`os_error`] for a known errno.
#[cold]
pub fn from_errno(errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let kind = kind_for_errno(errno);
    let errno = Value::Int(errno as i64);
    let text = Value::from_string(strerror(errno_of(&errno)));
    let err = builtin_error_args(kind, vec![errno.clone(), text.clone()]);
    for (name, v) in ATTRS
        .iter()
        .zip([Some(errno), Some(text), filename, filename2])
    {
        if let Some(v) = v {
            err.set_attr(name, v);
        }
    }
    err
}

fn errno_of(v: &Value) -> i32 {
    match v {
        Value::Int(i) => *i as i32,
        _ => 0,
    }
}

/// Set the attributes given (an absent one keeps reading None from the class).
fn set_attrs(dict: &PyDict, values: [Option<Value>; 4]) {
    for (name, v) in ATTRS.iter().zip(values) {
        if let Some(v) = v {
            dict.set_by_str(name, v);
        }
    }
}

/// Does `cls` parse its arguments in `__init__` (a subclass overriding `__init__`)
/// rather than in `__new__`? CPython's rule, so that `super().__init__(*args)` works.
fn parses_in_init(t: &crate::runtime::types::Types, cls: &Rc<Class>) -> bool {
    let own = t.os_error.dict.get_by_str("__init__");
    match (cls.lookup_str("__init__"), own) {
        (Some(found), Some(own)) => !found.is(&own),
        _ => false,
    }
}

/// Set the attributes from `args` and return the args the exception keeps.
fn parse_args(dict: &PyDict, args: &[Value]) -> Vec<Value> {
    if !(2..=5).contains(&args.len()) {
        return args.to_vec();
    }
    let filename = args.get(2).filter(|f| !f.is_none());
    let filename2 = filename.and(args.get(4));
    set_attrs(
        dict,
        [
            Some(args[0].clone()),
            Some(args[1].clone()),
            filename.cloned(),
            filename2.cloned(),
        ],
    );
    if filename.is_some() {
        args[..2].to_vec()
    } else {
        args.to_vec()
    }
}

fn os_error_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(type_error("OSError.__new__(X): X is not a type object"));
    };
    let rest = &pos[1..];
    let in_init = parses_in_init(vm.types(), cls);
    if !in_init && args.has_kw() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            cls.name()
        )));
    }
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &vm.types().os_error) && (2..=5).contains(&rest.len()) {
        if let Value::Int(n) = rest[0] {
            cls = kind_for_errno(n as i32).class(vm.types()).clone();
        }
    }
    let inst = Instance::new_exception(cls, Value::tuple(rest.to_vec()));
    if !in_init {
        let kept = parse_args(&inst.dict(), rest);
        set_args(&inst, kept);
    }
    let _ = vm;
    Ok(Value::Instance(inst))
}

fn set_args(inst: &Instance, args: Vec<Value>) {
    if let Some(d) = inst.exc_data() {
        d.borrow_mut().args = Value::tuple(args);
    }
}

fn os_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Instance(inst)) = pos.first() else {
        return Err(type_error("descriptor '__init__' needs an OSError"));
    };
    if !parses_in_init(vm.types(), &inst.class) {
        return Ok(Value::None);
    }
    if args.has_kw() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            type_name(vm, &pos[0])
        )));
    }
    let kept = parse_args(&inst.dict(), &pos[1..]);
    set_args(inst, kept);
    Ok(Value::None)
}

/// `[Errno N] strerror: 'filename' -> 'filename2'`, or BaseException's str when the
/// errno and strerror were not given.
fn os_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(this @ Value::Instance(inst)) = args.pos().first() else {
        return Err(type_error("descriptor '__str__' needs an OSError"));
    };
    let attr = |name: &str| inst.get_attr_by_str(name);
    let (errno, strerror) = (attr("errno"), attr("strerror"));
    let filename = attr("filename").filter(|f| !f.is_none());
    let filename2 = attr("filename2").filter(|f| !f.is_none());
    let text = match (filename, errno, strerror) {
        (Some(f), errno, strerror) => {
            let errno = vm.str(&errno.unwrap_or(Value::None))?;
            let strerror = vm.str(&strerror.unwrap_or(Value::None))?;
            let head = format!("[Errno {errno}] {strerror}: {}", vm.repr(&f)?);
            match filename2 {
                Some(f2) => format!("{head} -> {}", vm.repr(&f2)?),
                None => head,
            }
        }
        (None, Some(errno), Some(strerror)) => {
            format!("[Errno {}] {}", vm.str(&errno)?, vm.str(&strerror)?)
        }
        _ => super::exception_str(vm, this)?,
    };
    Ok(Value::from_string(text))
}
