//! `_subprocess`, the native half of the blocking `subprocess` module: starting a child
//! with its standard streams on given file descriptors ([`spawn`], on
//! `std::process::Command`), and moving data through a child's pipes without deadlock
//! ([`communicate`]: one `poll(2)` loop that writes stdin while it reads stdout and
//! stderr, so neither side fills a pipe and waits forever).
//!
//! What it is not: `Popen`, `run` and the exceptions, which are pylib's `subprocess.py`;
//! waiting for a child is `os.waitpid` (`posix`); asyncio's subprocesses are
//! `event_loop::process`.

use crate::runtime::builtins::{def, float_arg, index_i64};
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{os_error, type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::module_positional;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::ffi::OsString;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStringExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::rc::Rc;

/// Build the `_subprocess` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_subprocess"));
    def(&m, "spawn", spawn);
    def(&m, "communicate", communicate);
    m
}

/// An OS string from str or bytes (the Python half has applied `os.fsencode`'s rules
/// already; this only converts). Shared with asyncio's `event_loop::process`.
pub(crate) fn os_string(vm: &mut Vm, v: &Value) -> PyResult<OsString> {
    if let Some(s) = v.as_pystr() {
        return Ok(OsString::from(s.as_str()));
    }
    if let Some(b) = with_bytes(v, |b| b.to_vec()) {
        return Ok(OsString::from_vec(b));
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        crate::runtime::builtins::type_name(vm, v)
    )))
}

fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.collect(v)
}

/// A standard stream for the child: -1 inherits ours, anything else is a descriptor
/// the child gets a duplicate of (the caller keeps and closes its own).
fn stdio(fd: i64) -> PyResult<Stdio> {
    if fd < 0 {
        return Ok(Stdio::inherit());
    }
    // SAFETY: F_DUPFD_CLOEXEC on a caller's descriptor; the duplicate is ours to own.
    let dup = unsafe { libc::fcntl(fd as libc::c_int, libc::F_DUPFD_CLOEXEC, 3) };
    if dup < 0 {
        return Err(os_error(&std::io::Error::last_os_error(), None, None));
    }
    // SAFETY: `dup` is a fresh descriptor nothing else owns.
    Ok(Stdio::from(unsafe { OwnedFd::from_raw_fd(dup) }))
}

/// `spawn(args, executable, cwd, env, stdin, stdout, stderr, start_new_session,
/// pass_fds, err_filename)`: start the child, return its pid. `env` is a list of
/// (name, value) pairs or None; the streams are descriptors or -1. A child that cannot
/// start raises the OSError its exec failed with, naming `err_filename`, as CPython does.
fn spawn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_subprocess", "spawn", 10, 10)?;
    let argv = items(vm, &p[0])?;
    let Some(first) = argv.first() else {
        return Err(crate::runtime::error::value_error("args must not be empty"));
    };
    let program = match &p[1] {
        Value::None => os_string(vm, first)?,
        exe => os_string(vm, exe)?,
    };
    let mut cmd = Command::new(program);
    cmd.arg0(os_string(vm, first)?);
    for a in &argv[1..] {
        cmd.arg(os_string(vm, a)?);
    }
    if !p[2].is_none() {
        cmd.current_dir(os_string(vm, &p[2])?);
    }
    if !p[3].is_none() {
        cmd.env_clear();
        for pair in items(vm, &p[3])? {
            let kv = items(vm, &pair)?;
            if kv.len() == 2 {
                cmd.env(os_string(vm, &kv[0])?, os_string(vm, &kv[1])?);
            }
        }
    }
    cmd.stdin(stdio(index_i64(vm, &p[4])?)?);
    cmd.stdout(stdio(index_i64(vm, &p[5])?)?);
    cmd.stderr(stdio(index_i64(vm, &p[6])?)?);
    let new_session = vm.truthy(&p[7])?;
    let mut keep: Vec<libc::c_int> = Vec::new();
    for fd in items(vm, &p[8])? {
        keep.push(index_i64(vm, &fd)? as libc::c_int);
    }
    if new_session || !keep.is_empty() {
        // SAFETY: the closure only makes async-signal-safe system calls (setsid, fcntl)
        // between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                if new_session && libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                for &fd in &keep {
                    let flags = libc::fcntl(fd, libc::F_GETFD);
                    if flags < 0 || libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                Ok(())
            });
        }
    }
    match cmd.spawn() {
        // The Child handle is only a pid here: the Python half waits with os.waitpid.
        Ok(child) => Ok(Value::Int(child.id() as i64)),
        Err(e) => Err(os_error(&e, Some(p[9].clone()), None)),
    }
}

/// The three pipes of one `communicate` call: which are still open and what they
/// carried so far.
struct Pipes {
    stdin: libc::c_int,
    input: Vec<u8>,
    written: usize,
    stdin_done: bool,
    outs: [(libc::c_int, Vec<u8>, bool); 2],
}

impl Pipes {
    /// One poll(2) round: write what stdin takes, read what stdout and stderr have.
    /// Returns false when the deadline passed with work left.
    fn round(&mut self, timeout_ms: libc::c_int) -> std::io::Result<bool> {
        let mut fds: Vec<libc::pollfd> = Vec::with_capacity(3);
        if !self.stdin_done {
            fds.push(libc::pollfd {
                fd: self.stdin,
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for (fd, _, eof) in &self.outs {
            if !*eof {
                fds.push(libc::pollfd {
                    fd: *fd,
                    events: libc::POLLIN,
                    revents: 0,
                });
            }
        }
        // SAFETY: `fds` is a valid array of pollfd of the given length.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
        if n < 0 {
            return Err(std::io::Error::last_os_error());
        }
        if n == 0 {
            return Ok(false);
        }
        for pfd in fds.iter().filter(|p| p.revents != 0) {
            if pfd.fd == self.stdin && !self.stdin_done {
                self.write_some();
            } else if let Some(out) = self.outs.iter_mut().find(|o| o.0 == pfd.fd) {
                read_some(out);
            }
        }
        Ok(true)
    }

    fn write_some(&mut self) {
        let rest = &self.input[self.written..];
        // PIPE_BUF at a time never blocks a pipe poll called writable.
        let chunk = rest.len().min(libc::PIPE_BUF);
        // SAFETY: writing from a live slice of `input`.
        let n = unsafe { libc::write(self.stdin, rest.as_ptr().cast(), chunk) };
        if n > 0 {
            self.written += n as usize;
        } else if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted
                && e.kind() != std::io::ErrorKind::WouldBlock
            {
                // EPIPE: the child closed its stdin; CPython drops the rest of the input.
                self.stdin_done = true;
            }
        }
        if self.written >= self.input.len() {
            self.stdin_done = true;
        }
    }

    fn busy(&self) -> bool {
        !self.stdin_done || self.outs.iter().any(|o| !o.2)
    }
}

fn read_some(out: &mut (libc::c_int, Vec<u8>, bool)) {
    let mut buf = [0u8; 32768];
    // SAFETY: reading into a local buffer.
    let n = unsafe { libc::read(out.0, buf.as_mut_ptr().cast(), buf.len()) };
    if n > 0 {
        out.1.extend_from_slice(&buf[..n as usize]);
    } else if n == 0 {
        out.2 = true;
    } else {
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted && e.kind() != std::io::ErrorKind::WouldBlock
        {
            out.2 = true;
        }
    }
}

/// `communicate(stdin_fd, input, stdout_fd, stderr_fd, timeout)`: write `input` to
/// `stdin_fd` while reading `stdout_fd` and `stderr_fd` to their ends (-1: no such
/// pipe), for at most `timeout` seconds (None: no limit), returning early when stdin is
/// finished (the caller closes it and calls again). Returns (stdout data, stderr
/// data, bytes of input written, stdin done, stdout at EOF, stderr at EOF); the caller
/// closes the pipes and calls again after a timeout to go on.
fn communicate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_subprocess", "communicate", 5, 5)?;
    let stdin = index_i64(vm, &p[0])? as libc::c_int;
    let input = match &p[1] {
        Value::None => Vec::new(),
        v => with_bytes(v, |b| b.to_vec())
            .ok_or_else(|| type_error("communicate() input must be bytes"))?,
    };
    let out_fd = index_i64(vm, &p[2])? as libc::c_int;
    let err_fd = index_i64(vm, &p[3])? as libc::c_int;
    let deadline = match &p[4] {
        Value::None => None,
        v => {
            let secs = float_arg(vm, v)?.max(0.0);
            Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e9)))
        }
    };
    let mut pipes = Pipes {
        stdin,
        stdin_done: stdin < 0 || input.is_empty(),
        input,
        written: 0,
        outs: [
            (out_fd, Vec::new(), out_fd < 0),
            (err_fd, Vec::new(), err_fd < 0),
        ],
    };
    let stdin_was_done = pipes.stdin_done;
    // Back to the caller as soon as stdin is finished, so it closes the pipe: a child
    // such as `cat` sends EOF only after its input ends.
    while pipes.busy() && (stdin_was_done || !pipes.stdin_done) {
        let timeout_ms = match deadline {
            None => -1,
            Some(at) => {
                let left = at.saturating_duration_since(std::time::Instant::now());
                if left.is_zero() {
                    break;
                }
                left.as_millis().clamp(1, i32::MAX as u128) as libc::c_int
            }
        };
        match pipes.round(timeout_ms) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                crate::runtime::signal::check_signals(vm)?;
            }
            Err(e) => return Err(os_error(&e, None, None)),
        }
    }
    let [(_, out, out_eof), (_, err, err_eof)] = pipes.outs;
    Ok(Value::tuple(vec![
        bytes_value(vm.types(), &out),
        bytes_value(vm.types(), &err),
        Value::Int(pipes.written as i64),
        Value::Bool(pipes.stdin_done),
        Value::Bool(out_eof),
        Value::Bool(err_eof),
    ]))
}
