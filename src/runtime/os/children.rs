//! Child processes in the `posix` module: `fork`, the `_execve` primitive that os.py's
//! exec* family calls with arguments already encoded, the wait family (`wait`, `wait3`,
//! `wait4`, `waitid`), sessions and process groups (`setsid`, `setpgid`, `setpgrp`),
//! `abort`, the wait-status tests `WCOREDUMP`/`WIFCONTINUED` and the W*, P_*, CLD_* and
//! EX_* constants. Not `waitpid` and the older status tests (`process.rs`), nor spawn*,
//! popen or the exec* argument checks (pylib os.py).

use super::{int_arg, last_error, os_error, structseq};
use crate::runtime::builtins::def;
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::{module_parse_tuple, module_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::ffi::CString;

pub(super) fn install(m: &PyDict) {
    let constants: &[(&str, i64)] = &[
        ("WCONTINUED", libc::WCONTINUED as i64),
        ("WEXITED", libc::WEXITED as i64),
        ("WNOWAIT", libc::WNOWAIT as i64),
        ("WSTOPPED", libc::WSTOPPED as i64),
        ("P_ALL", libc::P_ALL as i64),
        ("P_PID", libc::P_PID as i64),
        ("P_PGID", libc::P_PGID as i64),
        ("P_PIDFD", 3),
        ("P_WAIT", 0),
        ("P_NOWAIT", 1),
        ("P_NOWAITO", 1),
        ("CLD_EXITED", libc::CLD_EXITED as i64),
        ("CLD_KILLED", libc::CLD_KILLED as i64),
        ("CLD_DUMPED", libc::CLD_DUMPED as i64),
        ("CLD_TRAPPED", libc::CLD_TRAPPED as i64),
        ("CLD_STOPPED", libc::CLD_STOPPED as i64),
        ("CLD_CONTINUED", libc::CLD_CONTINUED as i64),
    ];
    for (name, value) in constants {
        m.set_by_str(name, Value::Int(*value));
    }
    // The sysexits.h codes, EX_OK and EX_USAGE (64) to EX_CONFIG (78).
    let exits = [
        "EX_USAGE",
        "EX_DATAERR",
        "EX_NOINPUT",
        "EX_NOUSER",
        "EX_NOHOST",
        "EX_UNAVAILABLE",
        "EX_SOFTWARE",
        "EX_OSERR",
        "EX_OSFILE",
        "EX_CANTCREAT",
        "EX_IOERR",
        "EX_TEMPFAIL",
        "EX_PROTOCOL",
        "EX_NOPERM",
        "EX_CONFIG",
    ];
    m.set_by_str("EX_OK", Value::Int(0));
    for (i, name) in exits.iter().enumerate() {
        m.set_by_str(name, Value::Int(64 + i as i64));
    }
    def(m, "fork", fork);
    def(m, "_execve", execve);
    def(m, "wait", wait);
    def(m, "wait3", wait3);
    def(m, "wait4", wait4);
    def(m, "waitid", waitid);
    def(m, "setsid", |_, a| {
        module_positional(&a, "posix", "setsid", 0, 0)?;
        // SAFETY: plain system call.
        check(unsafe { libc::setsid() } as i64).map(|_| Value::None)
    });
    def(m, "setpgrp", |_, a| {
        module_positional(&a, "posix", "setpgrp", 0, 0)?;
        // SAFETY: plain system call.
        check(unsafe { libc::setpgid(0, 0) } as i64).map(|_| Value::None)
    });
    def(m, "setpgid", |vm, a| {
        let n = ints(vm, &a, "setpgid", 2)?;
        // SAFETY: plain system call on integers.
        check(unsafe { libc::setpgid(n[0] as libc::pid_t, n[1] as libc::pid_t) } as i64)
            .map(|_| Value::None)
    });
    def(m, "abort", |_, a| {
        module_positional(&a, "posix", "abort", 0, 0)?;
        std::process::abort()
    });
    def(m, "WCOREDUMP", |vm, a| {
        status_test(vm, &a, "WCOREDUMP", |s| libc::WCOREDUMP(s))
    });
    def(m, "WIFCONTINUED", |vm, a| {
        status_test(vm, &a, "WIFCONTINUED", |s| libc::WIFCONTINUED(s))
    });
}

fn status_test(
    vm: &mut Vm,
    args: &Args<'_>,
    fname: &'static str,
    test: fn(libc::c_int) -> bool,
) -> PyResult<Value> {
    let p = Signature::clinic(fname, &["status"], 1, 1).bind(args)?;
    Ok(Value::Bool(test(int_arg(vm, p.req(0))? as libc::c_int)))
}

fn ints(vm: &mut Vm, args: &Args<'_>, fname: &str, n: usize) -> PyResult<Vec<i64>> {
    let pos = module_parse_tuple(args, "posix", fname, n, n)?;
    pos.iter().map(|v| int_arg(vm, v)).collect()
}

/// A libc result as a Python int, or the OSError of errno when it is -1.
fn check(rc: i64) -> PyResult<Value> {
    if rc == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::Int(rc))
}

/// `os.fork()`: the child's pid in the parent, 0 in the child. Like CPython, what
/// sys.stdout buffered is copied into the child; a child should leave with `os._exit`.
fn fork(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "posix", "fork", 0, 0)?;
    // SAFETY: the child runs the same single Python thread; helper threads (if any) are
    // not copied, which is what CPython's fork does too.
    check(unsafe { libc::fork() } as i64)
}

/// `posix._execve(path, argv, env)`: os.py checked and encoded everything to bytes;
/// `env` is a list of b"KEY=VALUE" or None for the current environment.
fn execve(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "posix", "_execve", 3, 3)?;
    let path = c_bytes(vm, &pos[0])?;
    let argv = c_list(vm, &pos[1])?;
    let env = match &pos[2] {
        Value::None => None,
        v => Some(c_list(vm, v)?),
    };
    let ptrs = |list: &[CString]| {
        let mut p: Vec<*const libc::c_char> = list.iter().map(|c| c.as_ptr()).collect();
        p.push(std::ptr::null());
        p
    };
    let argv_ptrs = ptrs(&argv);
    // SAFETY: every pointer array ends with null and points into CStrings that outlive
    // the call; exec only returns on failure.
    unsafe {
        match &env {
            Some(env) => libc::execve(path.as_ptr(), argv_ptrs.as_ptr(), ptrs(env).as_ptr()),
            None => libc::execv(path.as_ptr(), argv_ptrs.as_ptr()),
        };
    }
    Err(os_error(&last_error(), None, None))
}

fn c_bytes(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let Some(b) = with_bytes(v, <[u8]>::to_vec) else {
        return Err(type_error(format!(
            "expected bytes, not {}",
            crate::runtime::builtins::type_name(vm, v)
        )));
    };
    CString::new(b).map_err(|_| crate::runtime::error::value_error("embedded null byte"))
}

fn c_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<CString>> {
    let items = vm.collect(v)?;
    items.iter().map(|i| c_bytes(vm, i)).collect()
}

/// Wait with `waitpid`-style retrying: a signal that interrupts the wait runs its
/// Python handler and the wait goes on (PEP 475).
fn retry_wait(vm: &mut Vm, mut call: impl FnMut() -> libc::pid_t) -> PyResult<libc::pid_t> {
    loop {
        let pid = call();
        if pid >= 0 {
            return Ok(pid);
        }
        let e = last_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(os_error(&e, None, None));
        }
        crate::runtime::signal::check_signals(vm)?;
    }
}

fn wait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "posix", "wait", 0, 0)?;
    let mut status: libc::c_int = 0;
    // SAFETY: plain system call writing into a local.
    let pid = retry_wait(vm, || unsafe { libc::wait(&mut status) })?;
    Ok(Value::tuple(vec![
        Value::Int(pid as i64),
        Value::Int(status as i64),
    ]))
}

fn wait3(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("wait3", &["options"], 1, 1).bind(&args)?;
    let options = int_arg(vm, p.req(0))? as libc::c_int;
    wait_with_usage(vm, -1, options)
}

fn wait4(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("wait4", &["pid", "options"], 2, 2).bind(&args)?;
    let pid = int_arg(vm, p.req(0))? as libc::pid_t;
    let options = int_arg(vm, p.req(1))? as libc::c_int;
    wait_with_usage(vm, pid, options)
}

/// `(pid, status, resource.struct_rusage)` of `wait4`.
fn wait_with_usage(vm: &mut Vm, pid: libc::pid_t, options: libc::c_int) -> PyResult<Value> {
    let mut status: libc::c_int = 0;
    // SAFETY: a zeroed rusage is valid; the call fills it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: plain system call writing into locals.
    let got = retry_wait(vm, || unsafe {
        libc::wait4(pid, &mut status, options, &mut usage)
    })?;
    let fields = crate::runtime::unix::resource_calls::rusage_fields(&usage);
    let resource = vm.import_absolute("resource")?;
    let cls = vm.getattr(&resource, "struct_rusage")?;
    let usage = vm.call_args(&cls, vec![fields])?;
    Ok(Value::tuple(vec![
        Value::Int(got as i64),
        Value::Int(status as i64),
        usage,
    ]))
}

/// `os.waitid(idtype, id, options)`: a waitid_result, or None when WNOHANG found no child.
fn waitid(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = ints(vm, &args, "waitid", 3)?;
    // SAFETY: a zeroed siginfo_t is valid; the call fills it.
    let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
    // SAFETY: plain system call writing into a local.
    retry_wait(vm, || unsafe {
        libc::waitid(
            n[0] as libc::idtype_t,
            n[1] as libc::id_t,
            &mut info,
            n[2] as libc::c_int,
        )
    })?;
    // SAFETY: after a successful waitid the child fields of the union are set (all zero
    // when WNOHANG found nothing).
    let (pid, uid, status) = unsafe { (info.si_pid(), info.si_uid(), info.si_status()) };
    if pid == 0 {
        return Ok(Value::None);
    }
    structseq(
        vm,
        "waitid_result",
        vec![
            Value::Int(pid as i64),
            Value::Int(uid as i64),
            Value::Int(info.si_signo as i64),
            Value::Int(status as i64),
            Value::Int(info.si_code as i64),
        ],
    )
}
