//! File-system calls of the `posix` module: stat/lstat/fstat, listdir and the raw listing
//! behind `os.scandir`, mkdir/rmdir/unlink/rename/replace, chdir/getcwd, access, chmod,
//! utime, symlink/readlink/link and truncate. Directory walking and `makedirs` are
//! Python (pylib's os.py); descriptors are in [`super::fd`].

use super::{
    c_path, int_arg, last_error, os_error, os_value, path_arg, path_or_fd, structseq, PathArg,
    PathOrFd,
};
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::{Bound, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::fs::Metadata;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

pub(super) fn install(m: &PyDict) {
    def(m, "stat", |vm, a| stat_call(vm, a, "stat", true));
    def(m, "lstat", |vm, a| stat_call(vm, a, "lstat", false));
    def(m, "fstat", fstat);
    def(m, "listdir", listdir);
    def(m, "_scandir", scandir_entries);
    def(m, "mkdir", mkdir);
    def(m, "rmdir", |vm, a| {
        one_path(vm, a, "rmdir", |p| std::fs::remove_dir(p))
    });
    def(m, "unlink", |vm, a| {
        one_path(vm, a, "unlink", |p| std::fs::remove_file(p))
    });
    def(m, "remove", |vm, a| {
        one_path(vm, a, "remove", |p| std::fs::remove_file(p))
    });
    def(m, "rename", |vm, a| {
        two_paths(vm, a, "rename", |s, d| std::fs::rename(s, d))
    });
    def(m, "replace", |vm, a| {
        two_paths(vm, a, "replace", |s, d| std::fs::rename(s, d))
    });
    def(m, "link", |vm, a| {
        two_paths(vm, a, "link", |s, d| std::fs::hard_link(s, d))
    });
    def(m, "symlink", symlink);
    def(m, "readlink", readlink);
    def(m, "chdir", chdir);
    def(m, "getcwd", |vm, a| getcwd(vm.types(), a, "getcwd", false));
    def(m, "getcwdb", |vm, a| getcwd(vm.types(), a, "getcwdb", true));
    def(m, "access", access);
    def(m, "chmod", chmod);
    def(m, "utime", utime);
    def(m, "truncate", truncate);
    def(m, "statvfs", statvfs);
}

/// The 19 fields `os.stat_result` is built from: the ten sequence fields (times as whole
/// seconds), then float times, nanosecond times, st_blksize, st_blocks, st_rdev.
fn stat_fields(md: &Metadata) -> Vec<Value> {
    let secs = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let nanos = |s: i64, ns: i64| {
        Value::from_bigint(num_bigint::BigInt::from(
            s as i128 * 1_000_000_000 + ns as i128,
        ))
    };
    vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        Value::Int(md.atime()),
        Value::Int(md.mtime()),
        Value::Int(md.ctime()),
        Value::Float(secs(md.atime(), md.atime_nsec())),
        Value::Float(secs(md.mtime(), md.mtime_nsec())),
        Value::Float(secs(md.ctime(), md.ctime_nsec())),
        nanos(md.atime(), md.atime_nsec()),
        nanos(md.mtime(), md.mtime_nsec()),
        nanos(md.ctime(), md.ctime_nsec()),
        Value::Int(md.blksize() as i64),
        Value::Int(md.blocks() as i64),
        Value::Int(md.rdev() as i64),
    ]
}

fn stat_result(vm: &mut Vm, md: &Metadata) -> PyResult<Value> {
    structseq(vm, "stat_result", stat_fields(md))
}

fn stat_call(vm: &mut Vm, args: Args<'_>, fname: &'static str, follow: bool) -> PyResult<Value> {
    let p = Signature::clinic(fname, &["path", "dir_fd", "follow_symlinks"], 1, 1).bind(&args)?;
    p.refuse_dir_fds()?;
    let follow = follow && p.flag(vm, 2, true)?;
    match path_or_fd(vm, fname, p.req(0))? {
        PathOrFd::Fd(fd) => fstat_fd(vm, fd),
        PathOrFd::Path(path) => {
            let md = if follow {
                std::fs::metadata(&path.os)
            } else {
                std::fs::symlink_metadata(&path.os)
            };
            match md {
                Ok(md) => stat_result(vm, &md),
                Err(e) => Err(os_error(&e, Some(&path.value), None)),
            }
        }
    }
}

fn fstat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("fstat", &["fd"], 1, 1).bind(&args)?;
    let fd = int_arg(vm, p.req(0))?;
    fstat_fd(vm, super::fd_number(fd)?)
}

fn fstat_fd(vm: &mut Vm, fd: i32) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    // SAFETY: the File only borrows the descriptor for one metadata call; ManuallyDrop
    // keeps it from closing a descriptor it does not own.
    let file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    match file.metadata() {
        Ok(md) => stat_result(vm, &md),
        Err(e) => Err(os_error(&e, None, None)),
    }
}

/// The directory argument of listdir/scandir: None means '.', an int is an open
/// directory descriptor (its `value` is then None: errors name no file and scandir's
/// entries are bare names), and str or bytes decides the kind of the results.
fn dir_arg(vm: &mut Vm, fname: &str, v: Option<&Value>) -> PyResult<PathArg> {
    match v {
        None => path_arg(vm, fname, "path", &Value::str("."), false),
        Some(Value::Int(n)) => {
            let fd = super::fd_number(*n)?;
            // SAFETY: F_GETFD only asks whether the descriptor is open.
            if unsafe { libc::fcntl(fd, libc::F_GETFD) } == -1 {
                return Err(os_error(&last_error(), None, None));
            }
            Ok(PathArg {
                os: format!("/proc/self/fd/{fd}").into(),
                value: Value::None,
                is_bytes: false,
            })
        }
        Some(v) => {
            if matches!(v, Value::Float(_)) || super::fspath_opt(vm, v)?.is_none() {
                return Err(type_error(format!(
                    "{fname}: path should be string, bytes, os.PathLike, integer or None, not {}",
                    crate::runtime::builtins::type_name(vm, v)
                )));
            }
            path_arg(vm, fname, "path", v, false)
        }
    }
}

/// The file name an error about `dir` mentions (none for a descriptor).
fn dir_name(dir: &PathArg) -> Option<&Value> {
    Some(&dir.value).filter(|v| !v.is_none())
}

fn read_dir(vm: &mut Vm, fname: &str, p: &Bound<'_>) -> PyResult<(PathArg, std::fs::ReadDir)> {
    let dir = dir_arg(vm, fname, p.get(0))?;
    match std::fs::read_dir(&dir.os) {
        Ok(rd) => Ok((dir, rd)),
        Err(e) => Err(os_error(&e, dir_name(&dir), None)),
    }
}

fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("listdir", &["path"], 1, 0).bind(&args)?;
    let (dir, rd) = read_dir(vm, "listdir", &p)?;
    let mut names = Vec::new();
    for entry in rd {
        match entry {
            Ok(e) => names.push(dir.name_value(vm.types(), &e.file_name())),
            Err(e) => return Err(os_error(&e, dir_name(&dir), None)),
        }
    }
    Ok(Value::list(names))
}

/// `_scandir(path)`: `(name, kind, inode)` for each entry, kind being what the directory
/// itself records ('dir', 'file', 'link' or 'other') without a stat call; os.py builds
/// DirEntry objects from these.
fn scandir_entries(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("scandir", &["path"], 1, 0).bind(&args)?;
    let (dir, rd) = read_dir(vm, "scandir", &p)?;
    let mut entries = Vec::new();
    for entry in rd {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => return Err(os_error(&e, dir_name(&dir), None)),
        };
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => "link",
            Ok(t) if t.is_dir() => "dir",
            Ok(t) if t.is_file() => "file",
            _ => "other",
        };
        use std::os::unix::fs::DirEntryExt;
        entries.push(Value::tuple(vec![
            dir.name_value(vm.types(), &entry.file_name()),
            Value::str(kind),
            Value::Int(entry.ino() as i64),
        ]));
    }
    let dir_path = match &dir.value {
        Value::None => Value::str(""),
        v => v.clone(),
    };
    Ok(Value::tuple(vec![dir_path, Value::list(entries)]))
}

fn mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("mkdir", &["path", "mode", "dir_fd"], 2, 1).bind(&args)?;
    p.refuse_dir_fds()?;
    let path = p.path(vm, 0)?;
    let mode = p.int_or(vm, 1, 0o777)?;
    match std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(&path.os)
    {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, Some(&path.value), None)),
    }
}

fn one_path(
    vm: &mut Vm,
    args: Args<'_>,
    fname: &'static str,
    op: fn(&std::ffi::OsStr) -> std::io::Result<()>,
) -> PyResult<Value> {
    let p = Signature::clinic(fname, &["path", "dir_fd"], 1, 1).bind(&args)?;
    p.refuse_dir_fds()?;
    let path = p.path(vm, 0)?;
    match op(&path.os) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, Some(&path.value), None)),
    }
}

fn two_paths(
    vm: &mut Vm,
    args: Args<'_>,
    fname: &'static str,
    op: fn(&std::ffi::OsStr, &std::ffi::OsStr) -> std::io::Result<()>,
) -> PyResult<Value> {
    let p =
        Signature::clinic(fname, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 2).bind(&args)?;
    p.refuse_dir_fds()?;
    let src = path_arg(vm, fname, "src", p.req(0), false)?;
    let dst = path_arg(vm, fname, "dst", p.req(1), false)?;
    match op(&src.os, &dst.os) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, Some(&src.value), Some(&dst.value))),
    }
}

fn symlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic(
        "symlink",
        &["src", "dst", "target_is_directory", "dir_fd"],
        3,
        2,
    )
    .bind(&args)?;
    p.refuse_dir_fds()?;
    let src = path_arg(vm, "symlink", "src", p.req(0), false)?;
    let dst = path_arg(vm, "symlink", "dst", p.req(1), false)?;
    match std::os::unix::fs::symlink(&src.os, &dst.os) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, Some(&src.value), Some(&dst.value))),
    }
}

fn readlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("readlink", &["path", "dir_fd"], 1, 1).bind(&args)?;
    p.refuse_dir_fds()?;
    let path = p.path(vm, 0)?;
    match std::fs::read_link(&path.os) {
        Ok(target) => Ok(os_value(vm.types(), target.as_os_str(), path.is_bytes)),
        Err(e) => Err(os_error(&e, Some(&path.value), None)),
    }
}

fn chdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("chdir", &["path"], 1, 1).bind(&args)?;
    let path = p.path(vm, 0)?;
    match std::env::set_current_dir(&path.os) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, Some(&path.value), None)),
    }
}

fn getcwd(
    t: &crate::runtime::types::Types,
    args: Args<'_>,
    fname: &'static str,
    as_bytes: bool,
) -> PyResult<Value> {
    crate::runtime::signature::module_positional(&args, "posix", fname, 0, 0)?;
    match std::env::current_dir() {
        Ok(dir) => Ok(os_value(t, dir.as_os_str(), as_bytes)),
        Err(e) => Err(os_error(&e, None, None)),
    }
}

fn access(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic(
        "access",
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        2,
    )
    .bind(&args)?;
    p.refuse_dir_fds()?;
    p.refuse_flag(vm, 3, false)?;
    p.refuse_flag(vm, 4, true)?;
    let path = p.path(vm, 0)?;
    let mode = int_arg(vm, p.req(1))?;
    let c = c_path(&path);
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    let rc = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) };
    Ok(Value::Bool(rc == 0))
}

fn chmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic(
        "chmod",
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
        2,
    )
    .bind(&args)?;
    p.refuse_dir_fds()?;
    p.refuse_flag(vm, 3, true)?;
    let path = p.path(vm, 0)?;
    let mode = int_arg(vm, p.req(1))?;
    let perms = std::fs::Permissions::from_mode(mode as u32);
    match std::fs::set_permissions(&path.os, perms) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, Some(&path.value), None)),
    }
}

/// `utime(path, times=None, *, ns=None)`: times as (atime, mtime) seconds, or ns as
/// nanoseconds; neither means now.
fn utime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic(
        "utime",
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        2,
        1,
    )
    .bind(&args)?;
    p.refuse_dir_fds()?;
    let follow = p.flag(vm, 4, true)?;
    let path = p.path(vm, 0)?;
    let now = libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    };
    let mut spec = [now, now];
    if let (Some(_), Some(_)) = (p.get(1), p.get(2)) {
        return Err(crate::runtime::error::value_error(
            "utime: you may specify either 'times' or 'ns' but not both",
        ));
    }
    if let Some(times) = p.get(1) {
        let pair = time_pair(
            vm,
            times,
            "utime: 'times' must be either a tuple of two ints or None",
        )?;
        for (slot, v) in spec.iter_mut().zip(pair) {
            let secs = crate::runtime::builtins::float_arg(vm, &v)?;
            let whole = secs.floor();
            slot.tv_sec = whole as libc::time_t;
            slot.tv_nsec = ((secs - whole) * 1e9) as libc::c_long;
        }
    } else if let Some(ns) = p.get(2) {
        let pair = time_pair(vm, ns, "utime: 'ns' must be a tuple of two ints")?;
        for (slot, v) in spec.iter_mut().zip(pair) {
            let n = int_arg(vm, &v)?;
            slot.tv_sec = n.div_euclid(1_000_000_000) as libc::time_t;
            slot.tv_nsec = n.rem_euclid(1_000_000_000) as libc::c_long;
        }
    }
    let c = c_path(&path);
    // SAFETY: `c` is a valid path and `spec` two initialised timespecs.
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let rc = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), spec.as_ptr(), flags) };
    if rc != 0 {
        return Err(os_error(&last_error(), Some(&path.value), None));
    }
    Ok(Value::None)
}

fn time_pair(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) if t.items.len() == 2 => Ok(t.items.to_vec()),
        _ => {
            let _ = vm;
            Err(type_error(msg.to_string()))
        }
    }
}

fn truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("truncate", &["path", "length"], 2, 2).bind(&args)?;
    let path = p.path(vm, 0)?;
    let length = int_arg(vm, p.req(1))?;
    let result = std::fs::OpenOptions::new()
        .write(true)
        .open(&path.os)
        .and_then(|f| f.set_len(length.max(0) as u64));
    match result {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(&e, Some(&path.value), None)),
    }
}

fn statvfs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = Signature::clinic("statvfs", &["path"], 1, 1).bind(&args)?;
    let path = p.path(vm, 0)?;
    let c = c_path(&path);
    // SAFETY: `st` is plain old data that statvfs fills in; `c` is a valid path.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        return Err(os_error(&last_error(), Some(&path.value), None));
    }
    let fields = [
        st.f_bsize as i64,
        st.f_frsize as i64,
        st.f_blocks as i64,
        st.f_bfree as i64,
        st.f_bavail as i64,
        st.f_files as i64,
        st.f_ffree as i64,
        st.f_favail as i64,
        st.f_flag as i64,
        st.f_namemax as i64,
        st.f_fsid as i64,
    ];
    structseq(
        vm,
        "statvfs_result",
        fields.iter().map(|v| Value::Int(*v)).collect(),
    )
}
