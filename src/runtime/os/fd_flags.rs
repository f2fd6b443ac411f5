//! The per-descriptor flags of `os`: `get_inheritable`/`set_inheritable` (close-on-exec)
//! and `get_blocking`/`set_blocking` (`O_NONBLOCK`), and `closerange`. Not opening,
//! reading or writing descriptors (`fd.rs`).

use super::{int_arg, last_error, os_error};
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(m: &PyDict) {
    def(m, "get_inheritable", |vm, a| {
        let fd = one_fd(vm, &a, "get_inheritable")?;
        Ok(Value::Bool(
            get_flag(fd, libc::F_GETFD, libc::FD_CLOEXEC)? == 0,
        ))
    });
    def(m, "get_blocking", |vm, a| {
        let fd = one_fd(vm, &a, "get_blocking")?;
        Ok(Value::Bool(
            get_flag(fd, libc::F_GETFL, libc::O_NONBLOCK)? == 0,
        ))
    });
    def(m, "set_inheritable", |vm, a| {
        let (fd, on) = fd_and_flag(vm, &a, "set_inheritable")?;
        set_flag(fd, (libc::F_GETFD, libc::F_SETFD), libc::FD_CLOEXEC, !on)
    });
    def(m, "set_blocking", |vm, a| {
        let (fd, on) = fd_and_flag(vm, &a, "set_blocking")?;
        set_flag(fd, (libc::F_GETFL, libc::F_SETFL), libc::O_NONBLOCK, !on)
    });
    def(m, "closerange", closerange);
}

fn one_fd(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<i32> {
    args.no_kw(name)?;
    let pos = args.check_pos(&format!("posix.{name}"), 1, 1)?;
    c_int_fd(vm, &pos[0])
}

fn fd_and_flag(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(i32, bool)> {
    args.no_kw(name)?;
    let pos = args.check_pos(name, 2, 2)?;
    let fd = c_int_fd(vm, &pos[0])?;
    Ok((fd, vm.truthy(&pos[1])?))
}

/// A descriptor argument these calls take as a plain C int (no fd range message).
fn c_int_fd(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| c_int_overflow())
}

#[cold]
fn c_int_overflow() -> PyErr {
    overflow_error("Python int too large to convert to C int")
}

/// The bits `bit` of `fd`'s descriptor (`F_GETFD`) or status (`F_GETFL`) flags.
fn get_flag(fd: i32, get: libc::c_int, bit: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: fcntl with a get command reads the descriptor's flags.
    let flags = unsafe { libc::fcntl(fd, get) };
    if flags == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(flags & bit)
}

/// Set (`on`) or clear the bits `bit` of `fd`'s flags, read and written with the
/// `(get, set)` commands.
fn set_flag(
    fd: i32,
    (get, set): (libc::c_int, libc::c_int),
    bit: libc::c_int,
    on: bool,
) -> PyResult<Value> {
    // SAFETY: fcntl on an integer descriptor with integer flags.
    let flags = unsafe { libc::fcntl(fd, get) };
    if flags == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    let new = if on { flags | bit } else { flags & !bit };
    // SAFETY: as above.
    if new != flags && unsafe { libc::fcntl(fd, set, new) } == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::None)
}

/// `closerange(fd_low, fd_high)`: close every descriptor from low up to (not
/// including) high, ignoring errors, as CPython.
fn closerange(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("closerange")?;
    let pos = args.check_pos("closerange", 2, 2)?;
    let low = int_arg(vm, &pos[0])?.max(0);
    let high = int_arg(vm, &pos[1])?.min(i32::MAX as i64);
    for fd in low..high {
        // SAFETY: closing a descriptor number; errors (not open) are ignored.
        unsafe { libc::close(fd as libc::c_int) };
    }
    Ok(Value::None)
}
