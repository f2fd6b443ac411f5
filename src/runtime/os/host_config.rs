//! Configuration and identity calls of the `posix` module: the numeric halves of
//! `sysconf`/`confstr`/`pathconf`/`fpathconf` (os.py maps the names), scheduling
//! priority, changing user and group ids, the login name and terminal names. Not the
//! name tables (pylib os.py) nor reading ids (`process.rs`).

use super::ownership::id_arg;
use super::{c_path, int_arg, last_error, os_error, path_or_fd, PathOrFd};
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::signature::{module_parse_tuple, module_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::ffi::CStr;

pub(super) fn install(m: &PyDict) {
    for (name, value) in [
        ("PRIO_PROCESS", libc::PRIO_PROCESS),
        ("PRIO_PGRP", libc::PRIO_PGRP),
        ("PRIO_USER", libc::PRIO_USER),
    ] {
        m.set_by_str(name, Value::Int(value as i64));
    }
    def(m, "_sysconf", sysconf);
    def(m, "_confstr", confstr);
    def(m, "_pathconf", pathconf);
    def(m, "getpriority", getpriority);
    def(m, "setpriority", setpriority);
    def(m, "setuid", |vm, a| {
        set_one_id(vm, &a, "setuid", "uid", libc::setuid)
    });
    def(m, "setgid", |vm, a| {
        set_one_id(vm, &a, "setgid", "gid", libc::setgid)
    });
    def(m, "seteuid", |vm, a| {
        set_one_id(vm, &a, "seteuid", "uid", libc::seteuid)
    });
    def(m, "setegid", |vm, a| {
        set_one_id(vm, &a, "setegid", "gid", libc::setegid)
    });
    def(m, "setreuid", |vm, a| {
        set_two_ids(vm, &a, "setreuid", "uid", libc::setreuid)
    });
    def(m, "setregid", |vm, a| {
        set_two_ids(vm, &a, "setregid", "gid", libc::setregid)
    });
    def(m, "_setgroups", setgroups);
    def(m, "getlogin", getlogin);
    def(m, "ttyname", ttyname);
    def(m, "ctermid", |_, a| {
        module_positional(&a, "posix", "ctermid", 0, 0)?;
        // SAFETY: with a null buffer ctermid returns a static NUL-terminated string.
        let name = unsafe { CStr::from_ptr(libc::ctermid(std::ptr::null_mut())) };
        Ok(Value::from_string(name.to_string_lossy().into_owned()))
    });
}

#[cold]
fn errno_error() -> crate::runtime::error::PyErr {
    os_error(&last_error(), None, None)
}

/// Run a libc call that reports failure as -1 and success through errno staying 0.
fn with_errno(call: impl FnOnce() -> i64) -> PyResult<i64> {
    // SAFETY: errno is this thread's; clearing it tells "-1 as a value" from failure.
    unsafe { *libc::__errno_location() = 0 };
    let rc = call();
    // SAFETY: as above.
    if rc == -1 && unsafe { *libc::__errno_location() } != 0 {
        return Err(errno_error());
    }
    Ok(rc)
}

fn sysconf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "_sysconf", 1, 1)?;
    let name = int_arg(vm, &pos[0])? as libc::c_int;
    // SAFETY: sysconf takes any name; an unknown one is EINVAL.
    Ok(Value::Int(with_errno(
        || unsafe { libc::sysconf(name) } as i64
    )?))
}

fn confstr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "_confstr", 1, 1)?;
    let name = int_arg(vm, &pos[0])? as libc::c_int;
    // SAFETY: with a null buffer confstr only reports the length needed.
    let len = with_errno(|| unsafe { libc::confstr(name, std::ptr::null_mut(), 0) } as i64)?;
    if len == 0 {
        return Ok(Value::None);
    }
    let mut buf = vec![0u8; len as usize];
    // SAFETY: `buf` has room for `len` bytes including the NUL.
    unsafe { libc::confstr(name, buf.as_mut_ptr().cast(), buf.len()) };
    buf.pop();
    Ok(Value::from_string(
        String::from_utf8_lossy(&buf).into_owned(),
    ))
}

/// `posix._pathconf(path_or_fd, name)`.
fn pathconf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "_pathconf", 2, 2)?;
    let name = int_arg(vm, &pos[1])? as libc::c_int;
    let rc = match path_or_fd(vm, "pathconf", &pos[0])? {
        // SAFETY: plain system call on integers.
        PathOrFd::Fd(fd) => with_errno(|| unsafe { libc::fpathconf(fd, name) } as i64),
        PathOrFd::Path(p) => {
            let c = c_path(&p);
            // SAFETY: `c` is a valid NUL-terminated path.
            with_errno(|| unsafe { libc::pathconf(c.as_ptr(), name) } as i64)
                .map_err(|_| os_error(&last_error(), Some(&p.value), None))
        }
    }?;
    Ok(Value::Int(rc))
}

fn getpriority(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("getpriority", &["which", "who"], 2, 2).bind(&args)?;
    let which = int_arg(vm, p.req(0))? as libc::__priority_which_t;
    let who = int_arg(vm, p.req(1))? as libc::id_t;
    // SAFETY: plain system call; -1 is also a valid priority, hence the errno check.
    Ok(Value::Int(with_errno(
        || unsafe { libc::getpriority(which, who) } as i64,
    )?))
}

fn setpriority(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("setpriority", &["which", "who", "priority"], 3, 3).bind(&args)?;
    let which = int_arg(vm, p.req(0))? as libc::__priority_which_t;
    let who = int_arg(vm, p.req(1))? as libc::id_t;
    let prio = int_arg(vm, p.req(2))? as libc::c_int;
    // SAFETY: plain system call on integers.
    if unsafe { libc::setpriority(which, who, prio) } == -1 {
        return Err(errno_error());
    }
    Ok(Value::None)
}

fn set_one_id(
    vm: &mut Vm,
    args: &Args<'_>,
    fname: &str,
    what: &str,
    call: unsafe extern "C" fn(libc::uid_t) -> libc::c_int,
) -> PyResult<Value> {
    let pos = module_positional(args, "posix", fname, 1, 1)?;
    let id = id_arg(vm, &pos[0], what)?;
    // SAFETY: plain system call on an id.
    if unsafe { call(id) } == -1 {
        return Err(errno_error());
    }
    Ok(Value::None)
}

fn set_two_ids(
    vm: &mut Vm,
    args: &Args<'_>,
    fname: &str,
    what: &str,
    call: unsafe extern "C" fn(libc::uid_t, libc::uid_t) -> libc::c_int,
) -> PyResult<Value> {
    let pos = module_parse_tuple(args, "posix", fname, 2, 2)?;
    let real = id_arg(vm, &pos[0], what)?;
    let effective = id_arg(vm, &pos[1], what)?;
    // SAFETY: plain system call on ids.
    if unsafe { call(real, effective) } == -1 {
        return Err(errno_error());
    }
    Ok(Value::None)
}

/// `posix._setgroups(list_of_gids)`; os.py checks the argument is a sequence.
fn setgroups(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "_setgroups", 1, 1)?;
    let items = vm.collect(&pos[0])?;
    let mut gids = Vec::with_capacity(items.len());
    for item in &items {
        gids.push(id_arg(vm, item, "gid")? as libc::gid_t);
    }
    // SAFETY: the pointer and length describe `gids`.
    if unsafe { libc::setgroups(gids.len(), gids.as_ptr()) } == -1 {
        return Err(errno_error());
    }
    Ok(Value::None)
}

fn getlogin(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "posix", "getlogin", 0, 0)?;
    // SAFETY: getlogin returns null or a NUL-terminated name in static storage, read at
    // once; Python code runs on one thread at a time.
    let name = unsafe { libc::getlogin() };
    if name.is_null() {
        return Err(errno_error());
    }
    // SAFETY: non-null, NUL-terminated as above.
    let name = unsafe { CStr::from_ptr(name) };
    Ok(Value::from_string(name.to_string_lossy().into_owned()))
}

fn ttyname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "ttyname", 1, 1)?;
    let fd = int_arg(vm, &pos[0])? as libc::c_int;
    let mut buf = [0 as libc::c_char; 256];
    // SAFETY: the buffer and its length match.
    let rc = unsafe { libc::ttyname_r(fd, buf.as_mut_ptr(), buf.len()) };
    if rc != 0 {
        return Err(os_error(&std::io::Error::from_raw_os_error(rc), None, None));
    }
    // SAFETY: ttyname_r succeeded, so `buf` holds a NUL-terminated name.
    let name = unsafe { CStr::from_ptr(buf.as_ptr()) };
    Ok(Value::from_string(name.to_string_lossy().into_owned()))
}
