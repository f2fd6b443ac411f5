//! `posix` calls about the machine and the process's place on it: `getloadavg`,
//! `sched_getaffinity`, `sched_yield`, `getgroups`, `getresuid`, `getresgid`, `nice`,
//! `getpgid`, `getsid`, `killpg`, `sync`, and `pipe2` with caller-chosen flags. Not the
//! `getpid`/`getuid` family and the environment (`process.rs`) nor file descriptors in
//! general (`fd.rs`).

use super::{int_arg, last_error, os_error};
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::set::PySet;
use crate::runtime::signature::{module_parse_tuple, module_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(m: &PyDict) {
    def(m, "getloadavg", getloadavg);
    def(m, "sched_getaffinity", sched_getaffinity);
    def(m, "getgroups", getgroups);
    def(m, "nice", nice);
    def(m, "pipe2", pipe2);
    def(m, "getpgid", |vm, a| {
        let p = Signature::clinic("getpgid", &["pid"], 1, 1).bind(&a)?;
        let pid = int_arg(vm, p.req(0))? as libc::pid_t;
        // SAFETY: plain system call on an integer.
        checked(unsafe { libc::getpgid(pid) } as i64)
    });
    def(m, "getsid", |vm, a| {
        let pid = module_positional(&a, "posix", "getsid", 1, 1)?;
        let pid = int_arg(vm, &pid[0])? as libc::pid_t;
        // SAFETY: plain system call on an integer.
        checked(unsafe { libc::getsid(pid) } as i64)
    });
    def(m, "killpg", |vm, a| {
        let p = module_parse_tuple(&a, "posix", "killpg", 2, 2)?;
        let (pgid, sig) = (int_arg(vm, &p[0])?, int_arg(vm, &p[1])?);
        // SAFETY: plain system call on integers.
        checked(unsafe { libc::killpg(pgid as libc::pid_t, sig as libc::c_int) } as i64)?;
        Ok(Value::None)
    });
    def(m, "sched_yield", |_, a| {
        module_positional(&a, "posix", "sched_yield", 0, 0)?;
        // SAFETY: sched_yield has no preconditions.
        unsafe { libc::sched_yield() };
        Ok(Value::None)
    });
    def(m, "getresuid", |_, a| {
        module_positional(&a, "posix", "getresuid", 0, 0)?;
        let mut ids: [libc::uid_t; 3] = [0; 3];
        let [r, e, s] = &mut ids;
        // SAFETY: three writable ids.
        checked(unsafe { libc::getresuid(r, e, s) } as i64)?;
        Ok(Value::tuple(
            ids.iter().map(|&i| Value::Int(i as i64)).collect(),
        ))
    });
    def(m, "getresgid", |_, a| {
        module_positional(&a, "posix", "getresgid", 0, 0)?;
        let mut ids: [libc::gid_t; 3] = [0; 3];
        let [r, e, s] = &mut ids;
        // SAFETY: three writable ids.
        checked(unsafe { libc::getresgid(r, e, s) } as i64)?;
        Ok(Value::tuple(
            ids.iter().map(|&i| Value::Int(i as i64)).collect(),
        ))
    });
    def(m, "sync", |_, a| {
        module_positional(&a, "posix", "sync", 0, 0)?;
        // SAFETY: sync has no preconditions.
        unsafe { libc::sync() };
        Ok(Value::None)
    });
}

/// A system call's result as an int, or the OSError of errno when it is -1.
fn checked(rc: i64) -> PyResult<Value> {
    if rc == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::Int(rc))
}

fn getloadavg(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "posix", "getloadavg", 0, 0)?;
    let mut loads = [0f64; 3];
    // SAFETY: `loads` has room for the three averages asked for.
    if unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) } != 3 {
        return Err(load_average_unobtainable());
    }
    Ok(Value::tuple(
        loads.iter().map(|&l| Value::Float(l)).collect(),
    ))
}

#[cold]
fn load_average_unobtainable() -> PyErr {
    crate::runtime::error::builtin_error(
        crate::runtime::types::ExcKind::OSError,
        "Load averages are unobtainable",
    )
}

fn sched_getaffinity(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pid = module_positional(&args, "posix", "sched_getaffinity", 1, 1)?;
    let pid = int_arg(vm, &pid[0])? as libc::pid_t;
    // SAFETY: a zeroed cpu_set_t is an empty set, filled in by the call.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    let size = std::mem::size_of::<libc::cpu_set_t>();
    // SAFETY: `set` is `size` bytes.
    if unsafe { libc::sched_getaffinity(pid, size, &mut set) } == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    let cpus = PySet::new(false);
    for cpu in 0..libc::CPU_SETSIZE as usize {
        // SAFETY: `cpu` is below CPU_SETSIZE.
        if unsafe { libc::CPU_ISSET(cpu, &set) } {
            cpus.add(vm, Value::Int(cpu as i64))?;
        }
    }
    Ok(Value::Set(std::rc::Rc::new(cpus)))
}

fn getgroups(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "posix", "getgroups", 0, 0)?;
    // SAFETY: with size 0 getgroups only counts.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    let mut groups = vec![0 as libc::gid_t; n as usize];
    // SAFETY: `groups` has room for `n` ids.
    let n = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
    if n == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    groups.truncate(n as usize);
    Ok(Value::list(
        groups.into_iter().map(|g| Value::Int(g as i64)).collect(),
    ))
}

fn nice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inc = module_positional(&args, "posix", "nice", 1, 1)?;
    let inc = int_arg(vm, &inc[0])? as libc::c_int;
    // -1 is also a valid niceness: errno, cleared first, tells them apart.
    // SAFETY: errno is thread-local; nice is a plain system call.
    unsafe { *libc::__errno_location() = 0 };
    let value = unsafe { libc::nice(inc) };
    if value == -1 {
        let err = last_error();
        if err.raw_os_error().unwrap_or(0) != 0 {
            return Err(os_error(&err, None, None));
        }
    }
    Ok(Value::Int(value as i64))
}

fn pipe2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let flags = module_positional(&args, "posix", "pipe2", 1, 1)?;
    let flags = int_arg(vm, &flags[0])? as libc::c_int;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}
