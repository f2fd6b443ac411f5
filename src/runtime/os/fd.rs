//! File-descriptor calls of the `posix` module: open/read/write/close, lseek, pipe,
//! dup/dup2, isatty, fsync, ftruncate, the O_* and SEEK_* constants. These are the raw
//! system calls; Python file objects (`open()`) are the io module's, and as in CPython
//! writing to descriptor 1 does not flush what sys.stdout has buffered.

use super::{c_path, fd_number, int_arg, last_error, os_error, path_arg};
use crate::runtime::builtins::{def, type_name};
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(m: &PyDict) {
    let constants: &[(&str, i32)] = &[
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NDELAY", libc::O_NDELAY),
        ("O_SYNC", libc::O_SYNC),
        ("O_DSYNC", libc::O_DSYNC),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_ACCMODE", libc::O_ACCMODE),
        ("SEEK_SET", libc::SEEK_SET),
        ("SEEK_CUR", libc::SEEK_CUR),
        ("SEEK_END", libc::SEEK_END),
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
    ];
    for (name, value) in constants {
        m.set_by_str(name, Value::Int(*value as i64));
    }
    def(m, "open", open);
    def(m, "read", read);
    def(m, "write", write);
    def(m, "close", close);
    def(m, "lseek", lseek);
    def(m, "pipe", pipe);
    def(m, "dup", dup);
    def(m, "dup2", dup2);
    def(m, "isatty", isatty);
    def(m, "fsync", fsync);
    def(m, "ftruncate", ftruncate);
}

/// Positional-only int arguments, checked as CPython checks them.
fn int_args(vm: &mut Vm, args: &Args<'_>, fname: &str, n: usize) -> PyResult<Vec<i64>> {
    let pos = crate::runtime::signature::module_positional(args, "posix", fname, n, n)?;
    pos.iter().map(|v| int_arg(vm, v)).collect()
}

fn fd_arg(vm: &mut Vm, args: &Args<'_>, fname: &str) -> PyResult<i32> {
    let n = int_args(vm, args, fname, 1)?;
    fd_number(n[0])
}

/// Check a libc return value: -1 becomes the OSError of errno.
/// A system call's result with its errno, taken on the thread that made the call.
fn syscall_result(rc: i64) -> Result<i64, std::io::Error> {
    if rc == -1 {
        return Err(last_error());
    }
    Ok(rc)
}

fn check(rc: i64) -> PyResult<i64> {
    if rc == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(rc)
}

fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("open", &["path", "flags", "mode", "dir_fd"], 3, 2).bind(&args)?;
    p.refuse_dir_fds()?;
    let path = path_arg(vm, "open", "path", p.req(0), false)?;
    let flags = int_arg(vm, p.req(1))? as libc::c_int;
    let mode = p.int_or(vm, 2, 0o777)? as libc::c_uint;
    let c = c_path(&path);
    // SAFETY: `c` is a valid NUL-terminated path; O_CLOEXEC as CPython makes fds
    // non-inheritable.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd == -1 {
        return Err(os_error(&last_error(), Some(&path.value), None));
    }
    Ok(Value::Int(fd as i64))
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "read", 2)?;
    let fd = fd_number(n[0])?;
    if n[1] < 0 {
        return Err(value_error("negative count"));
    }
    let len = n[1] as usize;
    // A read may block (a pipe, a terminal): other Python threads run meanwhile.
    let (got, buf) = crate::threads::blocking(vm, move || {
        let mut buf = vec![0u8; len];
        // SAFETY: `buf` has room for `buf.len()` bytes.
        let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        (syscall_result(got as i64), buf)
    })?;
    let mut buf = buf;
    buf.truncate(got.map_err(|e| os_error(&e, None, None))? as usize);
    Ok(bytes_value(vm.types(), &buf))
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::runtime::signature::module_positional(&args, "posix", "write", 2, 2)?;
    let fd = fd_number(int_arg(vm, &pos[0])?)?;
    let Some(data) = with_bytes(&pos[1], <[u8]>::to_vec) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, &pos[1])
        )));
    };
    let put = crate::threads::blocking(vm, move || {
        // SAFETY: `data` is valid for `data.len()` bytes.
        let put = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        syscall_result(put as i64)
    })?;
    Ok(Value::Int(put.map_err(|e| os_error(&e, None, None))?))
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const CLOSE: Signature = Signature::new("close", &["fd"]);
    let fd = fd_number(int_arg(vm, CLOSE.bind(&args)?.req(0))?)?;
    // SAFETY: closing a descriptor number the program chose; a bad one is EBADF.
    let rc = unsafe { libc::close(fd) };
    check(rc as i64)?;
    Ok(Value::None)
}

fn lseek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "lseek", 3)?;
    let fd = fd_number(n[0])?;
    // SAFETY: plain system call on integers.
    let pos = unsafe { libc::lseek(fd, n[1] as libc::off_t, n[2] as libc::c_int) };
    Ok(Value::Int(check(pos as i64)?))
}

fn pipe(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    int_args(vm, &args, "pipe", 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    let rc = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    check(rc as i64)?;
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn dup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "dup")?;
    // SAFETY: plain system call on an integer.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    Ok(Value::Int(check(new as i64)?))
}

fn dup2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("dup2", &["fd", "fd2", "inheritable"], 3, 2).bind(&args)?;
    let fd = fd_number(int_arg(vm, p.req(0))?)?;
    let fd2 = fd_number(int_arg(vm, p.req(1))?)?;
    // SAFETY: plain system call on integers.
    let new = unsafe { libc::dup2(fd, fd2) };
    Ok(Value::Int(check(new as i64)?))
}

fn isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "isatty")?;
    // SAFETY: plain system call on an integer.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn fsync(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, "fsync")?;
    // SAFETY: plain system call on an integer.
    let rc = unsafe { libc::fsync(fd) };
    check(rc as i64)?;
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "ftruncate", 2)?;
    let fd = fd_number(n[0])?;
    // SAFETY: plain system call on integers.
    let rc = unsafe { libc::ftruncate(fd, n[1] as libc::off_t) };
    check(rc as i64)?;
    Ok(Value::None)
}
