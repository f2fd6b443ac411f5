//! `_fcntl`: fcntl, ioctl, flock and lockf on descriptor numbers, with an int argument or
//! a bytes buffer (at most 1024 bytes, copied in and out as CPython does), and the
//! F_*/LOCK_* constants. Not the argument checks of `fcntl` (pylib `fcntl.py`).

use super::{c_int, checked, int_constants, ints};
use crate::runtime::builtins::def;
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::os::int_arg;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The largest buffer argument, CPython's limit.
const MAX_BUFFER: usize = 1024;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_fcntl"));
    def(&m, "fcntl", |vm, a| call(vm, a, "fcntl", Call::Fcntl));
    def(&m, "ioctl", |vm, a| call(vm, a, "ioctl", Call::Ioctl));
    def(&m, "flock", flock);
    def(&m, "lockf", lockf);
    let mut table: Vec<(&str, i64)> = vec![
        ("F_DUPFD", libc::F_DUPFD as i64),
        ("F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC as i64),
        ("F_GETFD", libc::F_GETFD as i64),
        ("F_SETFD", libc::F_SETFD as i64),
        ("F_GETFL", libc::F_GETFL as i64),
        ("F_SETFL", libc::F_SETFL as i64),
        ("F_GETLK", libc::F_GETLK as i64),
        ("F_SETLK", libc::F_SETLK as i64),
        ("F_SETLKW", libc::F_SETLKW as i64),
        ("F_GETOWN", libc::F_GETOWN as i64),
        ("F_SETOWN", libc::F_SETOWN as i64),
        ("F_RDLCK", libc::F_RDLCK as i64),
        ("F_WRLCK", libc::F_WRLCK as i64),
        ("F_UNLCK", libc::F_UNLCK as i64),
        ("FD_CLOEXEC", libc::FD_CLOEXEC as i64),
        ("LOCK_SH", libc::LOCK_SH as i64),
        ("LOCK_EX", libc::LOCK_EX as i64),
        ("LOCK_NB", libc::LOCK_NB as i64),
        ("LOCK_UN", libc::LOCK_UN as i64),
    ];
    #[cfg(target_os = "linux")]
    table.extend([
        ("F_GETPIPE_SZ", libc::F_GETPIPE_SZ as i64),
        ("F_SETPIPE_SZ", libc::F_SETPIPE_SZ as i64),
        ("F_OFD_GETLK", libc::F_OFD_GETLK as i64),
        ("F_OFD_SETLK", libc::F_OFD_SETLK as i64),
        ("F_OFD_SETLKW", libc::F_OFD_SETLKW as i64),
        ("F_ADD_SEALS", libc::F_ADD_SEALS as i64),
        ("F_GET_SEALS", libc::F_GET_SEALS as i64),
        ("F_SEAL_SEAL", libc::F_SEAL_SEAL as i64),
        ("F_SEAL_SHRINK", libc::F_SEAL_SHRINK as i64),
        ("F_SEAL_GROW", libc::F_SEAL_GROW as i64),
        ("F_SEAL_WRITE", libc::F_SEAL_WRITE as i64),
        ("F_NOTIFY", libc::F_NOTIFY as i64),
        ("F_GETLEASE", libc::F_GETLEASE as i64),
        ("F_SETLEASE", libc::F_SETLEASE as i64),
    ]);
    table.push(("F_EXLCK", 4));
    table.push(("F_SHLCK", 8));
    int_constants(&m, &table);
    m
}

#[derive(Clone, Copy)]
enum Call {
    Fcntl,
    Ioctl,
}

/// `fcntl(fd, cmd, arg)` / `ioctl(fd, request, arg)`: an int argument gives the call's
/// int result, a bytes argument the buffer as the call left it.
fn call(vm: &mut Vm, args: Args<'_>, name: &str, which: Call) -> PyResult<Value> {
    args.no_kw(name)?;
    let pos = args.check_pos(name, 3, 3)?;
    let fd = c_int(int_arg(vm, &pos[0])?)?;
    let request = int_arg(vm, &pos[1])?;
    if let Some(mut buf) = with_bytes(&pos[2], <[u8]>::to_vec) {
        if buf.len() > MAX_BUFFER {
            return Err(value_error(format!("{name} string arg too long")));
        }
        buf.resize(MAX_BUFFER, 0);
        let len = with_bytes(&pos[2], <[u8]>::len).unwrap_or(0);
        let ptr = buf.as_mut_ptr();
        // SAFETY: the buffer has MAX_BUFFER bytes, the most CPython lets a call use.
        let rc = unsafe {
            match which {
                Call::Fcntl => libc::fcntl(fd, c_int(request)?, ptr),
                Call::Ioctl => libc::ioctl(fd, request as _, ptr),
            }
        };
        checked(rc as i64)?;
        return Ok(bytes_value(vm.types(), &buf[..len]));
    }
    let arg = int_arg(vm, &pos[2])?;
    // SAFETY: an integer argument, passed as C passes one.
    let rc = unsafe {
        match which {
            Call::Fcntl => libc::fcntl(fd, c_int(request)?, arg as libc::c_long),
            Call::Ioctl => libc::ioctl(fd, request as _, arg as libc::c_long),
        }
    };
    Ok(Value::Int(checked(rc as i64)?))
}

fn flock(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = ints(vm, &args, "flock", 2)?;
    let (fd, op) = (c_int(n[0])?, c_int(n[1])?);
    // A blocking lock waits for another process: other Python threads run meanwhile.
    let rc = crate::threads::blocking(vm, move || {
        // SAFETY: plain system call on integers.
        let rc = unsafe { libc::flock(fd, op) };
        (rc, std::io::Error::last_os_error())
    })?;
    if rc.0 == -1 {
        return Err(crate::runtime::os::os_error(&rc.1, None, None));
    }
    Ok(Value::None)
}

/// `lockf(fd, cmd, len, start, whence)` with cmd a LOCK_* operation, done as CPython does
/// with a POSIX record lock.
fn lockf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = ints(vm, &args, "lockf", 5)?;
    let fd = c_int(n[0])?;
    let op = n[1] as libc::c_int;
    let kind = if op & libc::LOCK_UN != 0 {
        libc::F_UNLCK
    } else if op & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if op & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(value_error("unrecognized lockf argument"));
    };
    let cmd = if op & libc::LOCK_NB != 0 {
        libc::F_SETLK
    } else {
        libc::F_SETLKW
    };
    // SAFETY: a zeroed flock is a valid value of the plain C struct.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = kind as _;
    lock.l_whence = n[4] as _;
    lock.l_start = n[3] as _;
    lock.l_len = n[2] as _;
    let rc = crate::threads::blocking(vm, move || {
        // SAFETY: `lock` is a valid struct flock for the duration of the call.
        let rc = unsafe { libc::fcntl(fd, cmd, &lock as *const libc::flock) };
        (rc, std::io::Error::last_os_error())
    })?;
    if rc.0 == -1 {
        return Err(crate::runtime::os::os_error(&rc.1, None, None));
    }
    Ok(Value::None)
}
