//! `_resource`: getrlimit/setrlimit/prlimit, getrusage (its sixteen fields as a tuple),
//! getpagesize, and the RLIMIT_*/RUSAGE_* constants. RLIM_INFINITY is -1, as CPython
//! shows it. Not `resource.struct_rusage` or the argument checks (pylib `resource.py`).

use super::{c_int, checked, int_constants, ints};
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_resource"));
    def(&m, "getrlimit", getrlimit);
    def(&m, "setrlimit", setrlimit);
    def(&m, "prlimit", prlimit);
    def(&m, "getrusage", getrusage);
    def(&m, "getpagesize", |vm, a| {
        ints(vm, &a, "getpagesize", 0)?;
        // SAFETY: sysconf has no preconditions.
        Ok(Value::Int(
            unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64
        ))
    });
    let mut table: Vec<(&str, i64)> = vec![
        ("RLIMIT_CPU", libc::RLIMIT_CPU as i64),
        ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE as i64),
        ("RLIMIT_DATA", libc::RLIMIT_DATA as i64),
        ("RLIMIT_STACK", libc::RLIMIT_STACK as i64),
        ("RLIMIT_CORE", libc::RLIMIT_CORE as i64),
        ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE as i64),
        ("RLIMIT_AS", libc::RLIMIT_AS as i64),
        ("RUSAGE_SELF", libc::RUSAGE_SELF as i64),
        ("RUSAGE_CHILDREN", libc::RUSAGE_CHILDREN as i64),
        ("RLIM_INFINITY", -1),
    ];
    #[cfg(target_os = "linux")]
    table.extend([
        ("RLIMIT_RSS", libc::RLIMIT_RSS as i64),
        ("RLIMIT_NPROC", libc::RLIMIT_NPROC as i64),
        ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK as i64),
        ("RLIMIT_OFILE", libc::RLIMIT_NOFILE as i64),
        ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE as i64),
        ("RLIMIT_NICE", libc::RLIMIT_NICE as i64),
        ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO as i64),
        ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME as i64),
        ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING as i64),
        ("RUSAGE_THREAD", libc::RUSAGE_THREAD as i64),
    ]);
    int_constants(&m, &table);
    m
}

/// A limit as Python sees it: infinity is -1.
fn limit_value(l: libc::rlim_t) -> Value {
    if l == libc::RLIM_INFINITY {
        Value::Int(-1)
    } else {
        Value::Int(l as i64)
    }
}

fn limit_of(n: i64) -> libc::rlim_t {
    if n < 0 {
        libc::RLIM_INFINITY
    } else {
        n as libc::rlim_t
    }
}

fn getrlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = ints(vm, &args, "getrlimit", 1)?;
    let mut l = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `l` is a valid rlimit for the call to fill.
    checked(unsafe { libc::getrlimit(c_int(n[0])? as _, &mut l) } as i64)?;
    Ok(Value::tuple(vec![
        limit_value(l.rlim_cur),
        limit_value(l.rlim_max),
    ]))
}

fn setrlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = ints(vm, &args, "setrlimit", 3)?;
    let l = libc::rlimit {
        rlim_cur: limit_of(n[1]),
        rlim_max: limit_of(n[2]),
    };
    // SAFETY: `l` is a valid rlimit.
    checked(unsafe { libc::setrlimit(c_int(n[0])? as _, &l) } as i64)?;
    Ok(Value::None)
}

/// `prlimit(pid, resource)` or `prlimit(pid, resource, soft, hard)`: the old limits.
fn prlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let given = args.pos().len();
    let n = ints(vm, &args, "prlimit", if given > 2 { 4 } else { 2 })?;
    let new = libc::rlimit {
        rlim_cur: limit_of(*n.get(2).unwrap_or(&0)),
        rlim_max: limit_of(*n.get(3).unwrap_or(&0)),
    };
    let mut old = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    let new_ptr = if given > 2 {
        &new as *const libc::rlimit
    } else {
        std::ptr::null()
    };
    // SAFETY: valid rlimit pointers (or null for no change).
    checked(
        unsafe { libc::prlimit(n[0] as libc::pid_t, c_int(n[1])? as _, new_ptr, &mut old) } as i64,
    )?;
    Ok(Value::tuple(vec![
        limit_value(old.rlim_cur),
        limit_value(old.rlim_max),
    ]))
}

fn getrusage(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let who = c_int(ints(vm, &args, "getrusage", 1)?[0])?;
    // SAFETY: a zeroed rusage is valid; the call fills it.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(who, &mut u) } == -1 {
        return Err(crate::runtime::error::value_error("invalid who parameter"));
    }
    Ok(rusage_fields(&u))
}

/// The sixteen fields of resource.struct_rusage (also os.wait3/wait4's third item).
// c_long is i64 only on 64-bit targets, so the casts are needed elsewhere.
#[allow(clippy::unnecessary_cast)]
pub(crate) fn rusage_fields(u: &libc::rusage) -> Value {
    let seconds = |t: libc::timeval| Value::Float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    Value::tuple(vec![
        seconds(u.ru_utime),
        seconds(u.ru_stime),
        Value::Int(u.ru_maxrss as i64),
        Value::Int(u.ru_ixrss as i64),
        Value::Int(u.ru_idrss as i64),
        Value::Int(u.ru_isrss as i64),
        Value::Int(u.ru_minflt as i64),
        Value::Int(u.ru_majflt as i64),
        Value::Int(u.ru_nswap as i64),
        Value::Int(u.ru_inblock as i64),
        Value::Int(u.ru_oublock as i64),
        Value::Int(u.ru_msgsnd as i64),
        Value::Int(u.ru_msgrcv as i64),
        Value::Int(u.ru_nsignals as i64),
        Value::Int(u.ru_nvcsw as i64),
        Value::Int(u.ru_nivcsw as i64),
    ])
}
