//! `os.chown`, `os.lchown`, `os.fchown`, `os.fchmod` and `os.mkfifo`: changing who owns a
//! file and its mode through a descriptor, and making named pipes, with CPython's
//! argument checks (`uid`/`gid` of -1 leave that id alone). Not the path-based mode and
//! times calls (`fs.rs`).

use super::{c_path, fd_number, int_arg, last_error, os_error, path_or_fd, PathOrFd};
use crate::runtime::builtins::{as_int, def, type_name};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(m: &PyDict) {
    def(m, "chown", chown);
    def(m, "lchown", lchown);
    def(m, "fchown", fchown);
    def(m, "fchmod", fchmod);
    def(m, "mkfifo", mkfifo);
}

const CHOWN: Signature = Signature::clinic(
    "chown",
    &["path", "uid", "gid", "dir_fd", "follow_symlinks"],
    3,
    3,
);
const LCHOWN: Signature = Signature::clinic("lchown", &["path", "uid", "gid"], 3, 3);
const FCHOWN: Signature = Signature::clinic("fchown", &["fd", "uid", "gid"], 3, 3);
const FCHMOD: Signature = Signature::clinic("fchmod", &["fd", "mode"], 2, 2);
const MKFIFO: Signature = Signature::clinic("mkfifo", &["path", "mode", "dir_fd"], 2, 1);

/// A uid or gid argument as `uid_t`: -1 is "unchanged" (all bits set), as CPython's
/// `_Py_Uid_Converter` takes it, with its messages for values out of range.
pub(super) fn id_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<libc::uid_t> {
    let is_int = as_int(v).is_some() || vm.getattr_opt(v, "__index__")?.is_some();
    if !is_int || matches!(v, Value::Float(_)) {
        return Err(type_error(format!(
            "{what} should be integer, not {}",
            type_name(vm, v)
        )));
    }
    let n = crate::runtime::builtins::index_int(vm, v)?;
    let Some(i) = n.to_i64() else {
        let side = if n.is_negative() {
            "less than minimum"
        } else {
            "greater than maximum"
        };
        return Err(overflow_error(format!("{what} is {side}")));
    };
    match i {
        -1 => Ok(libc::uid_t::MAX),
        0..=0xffff_ffff => Ok(i as libc::uid_t),
        // CPython words every other 64-bit value this way.
        _ => Err(overflow_error(format!("{what} is less than minimum"))),
    }
}

fn chown(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = CHOWN.bind(&args)?;
    p.refuse_dir_fds()?;
    let follow = p.flag(vm, 4, true)?;
    let target = path_or_fd(vm, "chown", p.req(0))?;
    let uid = id_arg(vm, p.req(1), "uid")?;
    let gid = id_arg(vm, p.req(2), "gid")?;
    change_owner(target, uid, gid, follow)
}

fn lchown(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = LCHOWN.bind(&args)?;
    let path = p.path(vm, 0)?;
    let uid = id_arg(vm, p.req(1), "uid")?;
    let gid = id_arg(vm, p.req(2), "gid")?;
    change_owner(PathOrFd::Path(path), uid, gid, false)
}

fn fchown(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = FCHOWN.bind(&args)?;
    let fd = fd_number(int_arg(vm, p.req(0))?)?;
    let uid = id_arg(vm, p.req(1), "uid")?;
    let gid = id_arg(vm, p.req(2), "gid")?;
    change_owner(PathOrFd::Fd(fd), uid, gid, true)
}

fn change_owner(
    target: PathOrFd,
    uid: libc::uid_t,
    gid: libc::gid_t,
    follow: bool,
) -> PyResult<Value> {
    // SAFETY: plain system calls on a NUL-terminated path or an integer.
    let (rc, path) = match &target {
        PathOrFd::Fd(fd) => (unsafe { libc::fchown(*fd, uid, gid) }, None),
        PathOrFd::Path(p) => {
            let c = c_path(p);
            let rc = if follow {
                unsafe { libc::chown(c.as_ptr(), uid, gid) }
            } else {
                unsafe { libc::lchown(c.as_ptr(), uid, gid) }
            };
            (rc, Some(&p.value))
        }
    };
    if rc == -1 {
        return Err(os_error(&last_error(), path, None));
    }
    Ok(Value::None)
}

fn fchmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = FCHMOD.bind(&args)?;
    let fd = fd_number(int_arg(vm, p.req(0))?)?;
    let mode = int_arg(vm, p.req(1))?;
    // SAFETY: plain system call on integers.
    if unsafe { libc::fchmod(fd, mode as libc::mode_t) } == -1 {
        return Err(os_error(&last_error(), None, None));
    }
    Ok(Value::None)
}

fn mkfifo(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = MKFIFO.bind(&args)?;
    p.refuse_dir_fds()?;
    let path = p.path(vm, 0)?;
    let mode = match p.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => 0o666,
    };
    let c = c_path(&path);
    // SAFETY: a NUL-terminated path and an integer mode.
    if unsafe { libc::mkfifo(c.as_ptr(), mode as libc::mode_t) } == -1 {
        return Err(os_error(&last_error(), Some(&path.value), None));
    }
    Ok(Value::None)
}
