//! Process facts and controls of the `posix` module: ids, umask, kill, cpu_count, urandom,
//! strerror, times, uname, the terminal size, the environment (the start-up copy that
//! os.py wraps as `os.environ`, and putenv/unsetenv that change the real one) and home
//! directories from the password database (for `expanduser`), and `system`.

use super::{fd_number, int_arg, last_error, os_error, path_arg, structseq};
use crate::runtime::builtins::def;
use crate::runtime::builtins::os_error::strerror;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{key_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::{module_parse_tuple, module_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

pub(super) fn install(vm: &mut Vm, m: &PyDict) {
    let _ = vm;
    def(m, "getpid", |_, a| {
        id_call(a, "getpid", || unsafe { libc::getpid() } as i64)
    });
    def(m, "getppid", |_, a| {
        id_call(a, "getppid", || unsafe { libc::getppid() } as i64)
    });
    def(m, "getuid", |_, a| {
        id_call(a, "getuid", || unsafe { libc::getuid() } as i64)
    });
    def(m, "geteuid", |_, a| {
        id_call(a, "geteuid", || unsafe { libc::geteuid() } as i64)
    });
    def(m, "getgid", |_, a| {
        id_call(a, "getgid", || unsafe { libc::getgid() } as i64)
    });
    def(m, "getegid", |_, a| {
        id_call(a, "getegid", || unsafe { libc::getegid() } as i64)
    });
    def(m, "getpgrp", |_, a| {
        id_call(a, "getpgrp", || unsafe { libc::getpgrp() } as i64)
    });
    def(m, "cpu_count", |_, a| {
        id_call(a, "cpu_count", || {
            std::thread::available_parallelism().map_or(1, |n| n.get()) as i64
        })
    });
    def(m, "umask", umask);
    def(m, "kill", kill);
    def(m, "urandom", urandom);
    def(m, "strerror", strerror_call);
    def(m, "times", times);
    def(m, "uname", uname);
    def(m, "get_terminal_size", get_terminal_size);
    def(m, "putenv", putenv);
    def(m, "unsetenv", unsetenv);
    def(m, "_environ", environ_snapshot);
    def(m, "_home_of_uid", home_of_uid);
    def(m, "_home_of_name", home_of_name);
    def(m, "_exit", exit_now);
    def(m, "system", system);
    def(m, "waitstatus_to_exitcode", waitstatus_to_exitcode);
    def(m, "waitpid", waitpid);
    m.set_by_str("WNOHANG", Value::Int(libc::WNOHANG as i64));
    m.set_by_str("WUNTRACED", Value::Int(libc::WUNTRACED as i64));
    def(m, "WIFEXITED", |vm, a| {
        status_test(vm, a, "WIFEXITED", |s| libc::WIFEXITED(s))
    });
    def(m, "WIFSIGNALED", |vm, a| {
        status_test(vm, a, "WIFSIGNALED", |s| libc::WIFSIGNALED(s))
    });
    def(m, "WIFSTOPPED", |vm, a| {
        status_test(vm, a, "WIFSTOPPED", |s| libc::WIFSTOPPED(s))
    });
    def(m, "WEXITSTATUS", |vm, a| {
        status_field(vm, a, "WEXITSTATUS", |s| libc::WEXITSTATUS(s))
    });
    def(m, "WTERMSIG", |vm, a| {
        status_field(vm, a, "WTERMSIG", |s| libc::WTERMSIG(s))
    });
    def(m, "WSTOPSIG", |vm, a| {
        status_field(vm, a, "WSTOPSIG", |s| libc::WSTOPSIG(s))
    });
}

/// `os.waitpid(pid, options)`: (pid, status); a signal that interrupts the wait runs its
/// Python handler and the wait goes on (PEP 475).
fn waitpid(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = positional_ints(vm, &args, "waitpid", 2)?;
    let mut status: libc::c_int = 0;
    loop {
        // SAFETY: plain system call writing into a local.
        let pid = unsafe { libc::waitpid(n[0] as libc::pid_t, &mut status, n[1] as libc::c_int) };
        if pid >= 0 {
            return Ok(Value::tuple(vec![
                Value::Int(pid as i64),
                Value::Int(status as i64),
            ]));
        }
        let e = last_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(os_error(&e, None, None));
        }
        crate::runtime::signal::check_signals(vm)?;
    }
}

fn status_arg(vm: &mut Vm, args: &Args<'_>, fname: &'static str) -> PyResult<libc::c_int> {
    let p = Signature::clinic(fname, &["status"], 1, 1).bind(args)?;
    Ok(int_arg(vm, p.req(0))? as libc::c_int)
}

fn status_test(
    vm: &mut Vm,
    args: Args<'_>,
    fname: &'static str,
    test: fn(libc::c_int) -> bool,
) -> PyResult<Value> {
    Ok(Value::Bool(test(status_arg(vm, &args, fname)?)))
}

fn status_field(
    vm: &mut Vm,
    args: Args<'_>,
    fname: &'static str,
    field: fn(libc::c_int) -> libc::c_int,
) -> PyResult<Value> {
    Ok(Value::Int(field(status_arg(vm, &args, fname)?) as i64))
}

/// A no-argument call returning one number (`posix.getpid()` and friends).
fn id_call(args: Args<'_>, fname: &'static str, get: impl Fn() -> i64) -> PyResult<Value> {
    module_positional(&args, "posix", fname, 0, 0)?;
    Ok(Value::Int(get()))
}

fn positional_ints(vm: &mut Vm, args: &Args<'_>, fname: &str, n: usize) -> PyResult<Vec<i64>> {
    if n <= 1 {
        // METH_NOARGS and METH_O functions, named with their module.
        let pos = module_positional(args, "posix", fname, n, n)?;
        return pos.iter().map(|v| int_arg(vm, v)).collect();
    }
    let pos = module_parse_tuple(args, "posix", fname, n, n)?;
    pos.iter().map(|v| int_arg(vm, v)).collect()
}

fn umask(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = positional_ints(vm, &args, "umask", 1)?;
    // SAFETY: umask cannot fail.
    let old = unsafe { libc::umask(n[0] as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

fn kill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Like CPython, what sys.stdout buffered is not flushed first.
    let n = positional_ints(vm, &args, "kill", 2)?;
    // SAFETY: plain system call on integers.
    let rc = unsafe { libc::kill(n[0] as libc::pid_t, n[1] as libc::c_int) };
    if rc == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    // A signal sent to this process runs its Python handler before the next line, as
    // CPython's eval breaker check right after the call does.
    crate::runtime::signal::check_signals(vm)?;
    Ok(Value::None)
}

fn urandom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = positional_ints(vm, &args, "urandom", 1)?;
    if n[0] < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n[0] as usize];
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the pointer and length describe the unfilled tail of `buf`.
        let got =
            unsafe { libc::getrandom(buf[filled..].as_mut_ptr().cast(), buf.len() - filled, 0) };
        if got < 0 {
            let e = last_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(os_error(&e, None, None));
        }
        filled += got as usize;
    }
    Ok(bytes_value(vm.types(), &buf))
}

fn strerror_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = positional_ints(vm, &args, "strerror", 1)?;
    let code = i32::try_from(n[0]).unwrap_or(i32::MAX);
    Ok(Value::from_string(strerror(code)))
}

fn times(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    positional_ints(vm, &args, "times", 0)?;
    // SAFETY: `tms` is plain old data that times() fills in.
    let mut tms: libc::tms = unsafe { std::mem::zeroed() };
    let elapsed = unsafe { libc::times(&mut tms) };
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let t = |v: libc::clock_t| Value::Float(v as f64 / ticks);
    structseq(
        vm,
        "times_result",
        vec![
            t(tms.tms_utime),
            t(tms.tms_stime),
            t(tms.tms_cutime),
            t(tms.tms_cstime),
            t(elapsed),
        ],
    )
}

fn uname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    positional_ints(vm, &args, "uname", 0)?;
    // SAFETY: `u` is plain old data that uname() fills in with NUL-terminated fields.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(os_error(&last_error(), None, None));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        Value::from_string(String::from_utf8_lossy(&bytes).into_owned())
    };
    structseq(
        vm,
        "uname_result",
        vec![
            field(&u.sysname),
            field(&u.nodename),
            field(&u.release),
            field(&u.version),
            field(&u.machine),
        ],
    )
}

fn get_terminal_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "get_terminal_size", 0, 1)?;
    let fd = match pos.first() {
        Some(v) => fd_number(int_arg(vm, v)?)?,
        None => 1,
    };
    // SAFETY: `ws` is plain old data that the ioctl fills in.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(os_error(&last_error(), None, None));
    }
    structseq(
        vm,
        "terminal_size",
        vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)],
    )
}

/// An environment variable name or value, or a shell command (str, bytes or
/// os.PathLike), as a C string.
fn env_arg(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    if super::fspath_opt(vm, v)?.is_none() {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            crate::runtime::builtins::type_name(vm, v)
        )));
    }
    let p = path_arg(vm, "", "", v, false)?;
    Ok(CString::new(p.os.as_bytes()).unwrap_or_default())
}

fn putenv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "putenv", 2, 2)?;
    let name = env_arg(vm, &pos[0])?;
    let value = env_arg(vm, &pos[1])?;
    if name.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    // SAFETY: both are valid C strings; coro runs Python on one thread, so nothing reads
    // the environment concurrently.
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "unsetenv", 1, 1)?;
    let name = env_arg(vm, &pos[0])?;
    // SAFETY: as in putenv.
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::None)
}

/// The environment as it is now, as a dict of str to str (start-up state of os.environ).
fn environ_snapshot(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "posix", "_environ", 0, 0)?;
    let d = PyDict::new();
    for (k, v) in std::env::vars_os() {
        d.set_by_str(
            &k.to_string_lossy(),
            Value::from_string(v.to_string_lossy().into_owned()),
        );
    }
    Ok(Value::Dict(std::rc::Rc::new(d)))
}

/// The home directory in a password-database entry, or KeyError(`what`) when none.
fn home_of(entry: *mut libc::passwd, what: Value) -> PyResult<Value> {
    if entry.is_null() {
        return Err(key_error(what));
    }
    // SAFETY: a non-null entry from getpwuid/getpwnam has a NUL-terminated pw_dir.
    let dir = unsafe { std::ffi::CStr::from_ptr((*entry).pw_dir) };
    Ok(Value::from_string(dir.to_string_lossy().into_owned()))
}

fn home_of_uid(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = positional_ints(vm, &args, "_home_of_uid", 1)?;
    // SAFETY: getpwuid returns a pointer into static storage or null; it is read at once.
    let entry = unsafe { libc::getpwuid(n[0] as libc::uid_t) };
    home_of(entry, Value::Int(n[0]))
}

fn home_of_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("_home_of_name", &["name"], 1, 1).bind(&args)?;
    let name = env_arg(vm, p.req(0))?;
    // SAFETY: as in home_of_uid; `name` is a valid C string.
    let entry = unsafe { libc::getpwnam(name.as_ptr()) };
    home_of(entry, p.req(0).clone())
}

fn exit_now(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = positional_ints(vm, &args, "_exit", 1)?;
    std::process::exit(n[0] as i32)
}

/// `os.system(command)`: run it with /bin/sh and return the raw wait status. Like
/// CPython, what sys.stdout buffered is not flushed first.
fn system(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("system", &["command"], 1, 1).bind(&args)?;
    let c = env_arg(vm, p.req(0))?;
    // SAFETY: `c` is a valid C string; system() waits for the child it starts.
    let status = unsafe { libc::system(c.as_ptr()) };
    if status == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::Int(status as i64))
}

/// `os.waitstatus_to_exitcode(status)`: the exit code, or minus the signal number.
fn waitstatus_to_exitcode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("waitstatus_to_exitcode", &["status"], 1, 1).bind(&args)?;
    let status = int_arg(vm, p.req(0))? as libc::c_int;
    if libc::WIFEXITED(status) {
        return Ok(Value::Int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(Value::Int(-(libc::WTERMSIG(status) as i64)));
    }
    if libc::WIFSTOPPED(status) {
        return Err(value_error(format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(status)
        )));
    }
    Err(value_error(format!("invalid wait status: {status}")))
}
