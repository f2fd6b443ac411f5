//! The native half of asyncio's subprocesses: a child started with
//! `tokio::process` on the loop's `IoDriver`, its pipes as tokio pipes, and local tasks
//! that carry what happens back to Python as posted callbacks (see `io_driver`):
//!
//! - a reader task per output pipe posts `on_data(fd, bytes)` for each chunk read (at
//!   most 256 KiB, as CPython's pipe transport reads) and `on_data(fd, None)` at EOF;
//!   Python can pause and resume it (the StreamReader's flow control);
//! - a writer task drains the stdin buffer that `_proc_write` fills, posts
//!   `on_write(None)` when a waiting `drain()` may go on (the buffer fell to the low-water
//!   mark) and `on_write(exc)` if the pipe broke, and closes the pipe when asked;
//! - a waiter task posts `on_exit(returncode)` when the child ends (negative for a
//!   signal, as CPython reports it).
//!
//! While the child or a pipe task lives it is "in flight", so the virtual clock waits
//! for it. What it is not: `Process`, the streams and `communicate`, which are Python
//! (`asyncio_subprocess.py`), as CPython's are.

use super::handle::Callback;
use super::io_driver::Poster;
use super::object::{downcast, wrap};
use super::run_loop::loop_arg;
use crate::runtime::builtins::index_i64;
use crate::runtime::bytes::with_bytes;
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{os_error, type_error, value_error, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::native::bytes_value;
use crate::runtime::signature::Signature;
use crate::runtime::subprocess::os_string;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::Stdio;
use std::rc::Rc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::Notify;

/// Bytes one read takes from a pipe (CPython's `_UnixReadPipeTransport.max_size`).
const READ_SIZE: usize = 256 * 1024;
/// A waiting `drain()` goes on once the stdin buffer is at most this (CPython's low
/// water mark for 64 KiB high).
const LOW_WATER: usize = 16 * 1024;

/// Control of one output pipe's reader task.
struct Reader {
    paused: Cell<bool>,
    resume: Notify,
    task: RefCell<Option<tokio::task::JoinHandle<()>>>,
}

/// The stdin pipe: a buffer the writer task drains.
struct Writer {
    buffer: RefCell<Vec<u8>>,
    wake: Notify,
    closing: Cell<bool>,
    /// Bytes queued and not yet written (the buffer plus the chunk being written).
    pending: Cell<usize>,
    /// A `drain()` waits for the buffer to fall to the low-water mark.
    drain_waiting: Cell<bool>,
    broken: Cell<bool>,
}

pub struct PipeProcess {
    pid: u32,
    stdin: Option<Rc<Writer>>,
    readers: [Option<Rc<Reader>>; 2],
}

/// The class of the process objects, made once per interpreter (see
/// `vm::lazy_classes`).
fn class(vm: &Vm) -> Rc<Class> {
    vm.lazy_classes
        .pipe_process
        .get_or_init(|| {
            let c = Class::new_builtin(
                "_PipeProcess",
                vec![vm.types().object.clone()],
                Layout::Builtin,
            );
            *c.module.borrow_mut() = "asyncio".into();
            c
        })
        .clone()
}

/// How the Python half asks for each standard stream (the `subprocess` constants).
enum Spec {
    Inherit,
    Pipe,
    Stdout,
    DevNull,
    Fd(i32),
}

fn spec(vm: &mut Vm, v: &Value) -> PyResult<Spec> {
    if v.is_none() {
        return Ok(Spec::Inherit);
    }
    Ok(match index_i64(vm, v)? {
        -1 => Spec::Pipe,
        -2 => Spec::Stdout,
        -3 => Spec::DevNull,
        fd if fd >= 0 => Spec::Fd(fd as i32),
        _ => return Err(value_error("invalid stream specification")),
    })
}

fn last_os_error() -> crate::runtime::error::PyErr {
    os_error(&std::io::Error::last_os_error(), None, None)
}

/// A close-on-exec pipe: (read end, write end).
fn pipe() -> PyResult<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_os_error());
    }
    // SAFETY: both descriptors are fresh and owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// A duplicate of the caller's descriptor `fd`, for the child.
fn dup(fd: i32) -> PyResult<OwnedFd> {
    // SAFETY: F_DUPFD_CLOEXEC makes a fresh descriptor that we own.
    let d = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
    if d < 0 {
        return Err(last_os_error());
    }
    // SAFETY: `d` is fresh.
    Ok(unsafe { OwnedFd::from_raw_fd(d) })
}

/// Post a call of one of the transport's own Python methods. It runs outside any
/// context (`None`: a fresh empty one), as the posting task has no interpreter to copy
/// the current one from.
fn post_call(poster: &Poster, f: &Value, args: Vec<Value>) {
    poster.post(Callback::call(f.clone(), args, Value::None));
}

// The private natives of the Python half: positional, counted as a tuple.
const SPAWN_SUBPROCESS: Signature = Signature::new(
    "_spawn_subprocess",
    &[
        "loop",
        "args",
        "executable",
        "cwd",
        "env",
        "stdin",
        "stdout",
        "stderr",
        "start_new_session",
        "err_filename",
        "on_data",
        "on_write",
        "on_exit",
    ],
)
.positional_only("_spawn_subprocess");
const PROC_PAUSE_READING: Signature =
    Signature::new("_proc_pause_reading", &["fd", "paused"]).positional_only("_proc_pause_reading");
const PROC_CLOSE_READER: Signature =
    Signature::new("_proc_close_reader", &["fd"]).positional_only("_proc_close_reader");

/// `_spawn_subprocess(loop, args, executable, cwd, env, stdin, stdout, stderr,
/// start_new_session, err_filename, on_data, on_write, on_exit)`.
fn spawn_subprocess(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SPAWN_SUBPROCESS.positional(&args)?;
    let lp = loop_arg(&p[0])?;
    let argv = vm.collect(&p[1])?;
    let Some(first) = argv.first() else {
        return Err(value_error("args must not be empty"));
    };
    let program = match &p[2] {
        Value::None => os_string(vm, first)?,
        exe => os_string(vm, exe)?,
    };
    let mut cmd = tokio::process::Command::new(program);
    cmd.arg0(os_string(vm, first)?);
    for a in &argv[1..] {
        cmd.arg(os_string(vm, a)?);
    }
    if !p[3].is_none() {
        cmd.current_dir(os_string(vm, &p[3])?);
    }
    if !p[4].is_none() {
        cmd.env_clear();
        for pair in vm.collect(&p[4])? {
            let kv = vm.collect(&pair)?;
            if kv.len() == 2 {
                cmd.env(os_string(vm, &kv[0])?, os_string(vm, &kv[1])?);
            }
        }
    }
    let (stdin_spec, out_spec, err_spec) = (spec(vm, &p[5])?, spec(vm, &p[6])?, spec(vm, &p[7])?);
    if matches!(stdin_spec, Spec::Stdout) || matches!(out_spec, Spec::Stdout) {
        return Err(value_error("STDOUT can only be used for stderr"));
    }
    let mut parent_ends: [Option<OwnedFd>; 3] = [None, None, None];
    let mut child_ends: [Option<Stdio>; 3] = [None, None, None];
    let mut stdout_for_stderr: Option<OwnedFd> = None;
    for (i, s) in [&stdin_spec, &out_spec, &err_spec].into_iter().enumerate() {
        child_ends[i] = Some(match s {
            Spec::Inherit => Stdio::inherit(),
            Spec::DevNull => Stdio::null(),
            Spec::Fd(fd) => Stdio::from(dup(*fd)?),
            Spec::Pipe => {
                let (r, w) = pipe()?;
                let (mine, theirs) = if i == 0 { (w, r) } else { (r, w) };
                if i == 1 {
                    stdout_for_stderr =
                        Some(theirs.try_clone().map_err(|e| os_error(&e, None, None))?);
                }
                parent_ends[i] = Some(mine);
                Stdio::from(theirs)
            }
            Spec::Stdout => match (&out_spec, stdout_for_stderr.take()) {
                (_, Some(fd)) => Stdio::from(fd),
                (Spec::Fd(fd), None) => Stdio::from(dup(*fd)?),
                (Spec::DevNull, None) => Stdio::null(),
                _ => Stdio::from(dup(1)?),
            },
        });
    }
    drop(stdout_for_stderr);
    let [a, b, c] = child_ends;
    if let (Some(a), Some(b), Some(c)) = (a, b, c) {
        cmd.stdin(a).stdout(b).stderr(c);
    }
    if vm.truthy(&p[8])? {
        cmd.process_group(0);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| os_error(&e, Some(p[9].clone()), None))?;
    drop(cmd);
    let pid = child.id().unwrap_or(0);
    let (on_data, on_write, on_exit) = (p[10].clone(), p[11].clone(), p[12].clone());
    let io = &lp.io;

    let [stdin_end, out_end, err_end] = parent_ends;
    let stdin = match stdin_end {
        Some(fd) => {
            let sender = tokio::net::unix::pipe::Sender::from_owned_fd(fd)
                .map_err(|e| os_error(&e, None, None))?;
            let w = Rc::new(Writer {
                buffer: RefCell::new(Vec::new()),
                wake: Notify::new(),
                closing: Cell::new(false),
                pending: Cell::new(0),
                drain_waiting: Cell::new(false),
                broken: Cell::new(false),
            });
            io.spawn(write_stdin(
                sender,
                w.clone(),
                io.poster(),
                on_write,
                vm.types_rc(),
            ));
            Some(w)
        }
        None => None,
    };
    let mut readers: [Option<Rc<Reader>>; 2] = [None, None];
    for (slot, (fd_num, end)) in readers.iter_mut().zip([(1, out_end), (2, err_end)]) {
        let Some(fd) = end else { continue };
        let receiver = tokio::net::unix::pipe::Receiver::from_owned_fd(fd)
            .map_err(|e| os_error(&e, None, None))?;
        let r = Rc::new(Reader {
            paused: Cell::new(false),
            resume: Notify::new(),
            task: RefCell::new(None),
        });
        let task = io.spawn(read_pipe(
            receiver,
            fd_num,
            r.clone(),
            io.poster(),
            on_data.clone(),
            vm.types_rc(),
        ));
        *r.task.borrow_mut() = Some(task);
        *slot = Some(r);
    }
    let poster = io.poster();
    io.spawn(async move {
        let code = match child.wait().await {
            Ok(status) => exit_code(status),
            Err(_) => 255,
        };
        // The child's last output is usually readable by now: let the pipe readers post
        // it first, so the exit comes after the data as it does under CPython (whose
        // child watcher reports the exit from a thread, later than the selector).
        for _ in 0..4 {
            tokio::task::yield_now().await;
        }
        post_call(&poster, &on_exit, vec![Value::Int(code)]);
    });
    let proc = Rc::new(PipeProcess {
        pid,
        stdin,
        readers,
    });
    Ok(Value::Native(wrap(&class(vm), proc)))
}

/// CPython's returncode: the exit status, or minus the signal that ended the child.
fn exit_code(status: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => c as i64,
        (None, Some(s)) => -(s as i64),
        _ => 255,
    }
}

async fn read_pipe(
    mut pipe: tokio::net::unix::pipe::Receiver,
    fd: i64,
    ctl: Rc<Reader>,
    poster: Poster,
    on_data: Value,
    types: Rc<crate::runtime::types::Types>,
) {
    let mut buf = vec![0u8; READ_SIZE];
    loop {
        while ctl.paused.get() {
            ctl.resume.notified().await;
        }
        match pipe.read(&mut buf).await {
            Ok(0) | Err(_) => {
                post_call(&poster, &on_data, vec![Value::Int(fd), Value::None]);
                return;
            }
            Ok(n) => post_call(
                &poster,
                &on_data,
                vec![Value::Int(fd), bytes_value(&types, &buf[..n])],
            ),
        }
    }
}

async fn write_stdin(
    mut pipe: tokio::net::unix::pipe::Sender,
    w: Rc<Writer>,
    poster: Poster,
    on_write: Value,
    types: Rc<crate::runtime::types::Types>,
) {
    loop {
        let chunk = std::mem::take(&mut *w.buffer.borrow_mut());
        if chunk.is_empty() {
            if w.closing.get() {
                return;
            }
            w.wake.notified().await;
            continue;
        }
        let mut done = 0;
        while done < chunk.len() {
            match pipe.write(&chunk[done..]).await {
                Ok(n) => {
                    done += n;
                    w.pending.set(w.pending.get().saturating_sub(n));
                    if w.pending.get() <= LOW_WATER && w.drain_waiting.replace(false) {
                        post_call(&poster, &on_write, vec![Value::None]);
                    }
                }
                Err(e) => {
                    w.broken.set(true);
                    w.buffer.borrow_mut().clear();
                    w.pending.set(0);
                    let err = os_error(&e, None, None);
                    post_call(&poster, &on_write, vec![err.value(&types)]);
                    return;
                }
            }
        }
        if w.pending.get() == 0 && w.drain_waiting.replace(false) {
            post_call(&poster, &on_write, vec![Value::None]);
        }
    }
}

fn this(args: &Args<'_>, fname: &str) -> PyResult<Rc<PipeProcess>> {
    args.pos()
        .first()
        .and_then(downcast::<PipeProcess>)
        .ok_or_else(|| type_error(format!("{fname}() needs a _PipeProcess")))
}

fn proc_pid(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&args, "_proc_pid")?.pid as i64))
}

/// `_proc_write(proc, data)`: queue `data` for stdin; the bytes still buffered.
fn proc_write(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = this(&args, "_proc_write")?;
    let data = args.pos().get(1).cloned().unwrap_or(Value::None);
    let Some(w) = &p.stdin else {
        return Ok(Value::Int(0));
    };
    if w.broken.get() || w.closing.get() {
        return Ok(Value::Int(0));
    }
    let n = with_bytes(&data, |b| {
        w.buffer.borrow_mut().extend_from_slice(b);
        b.len()
    })
    .ok_or_else(|| type_error("data argument must be a bytes-like object"))?;
    w.pending.set(w.pending.get() + n);
    w.wake.notify_one();
    Ok(Value::Int(w.pending.get() as i64))
}

/// `_proc_drain_wait(proc)`: ask for `on_write(None)` once the buffer drains (true), or
/// false when there is nothing to wait for.
fn proc_drain_wait(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = this(&args, "_proc_drain_wait")?;
    let Some(w) = &p.stdin else {
        return Ok(Value::Bool(false));
    };
    if w.broken.get() || w.pending.get() <= LOW_WATER {
        return Ok(Value::Bool(false));
    }
    w.drain_waiting.set(true);
    Ok(Value::Bool(true))
}

/// `_proc_close_stdin(proc)`: close stdin once its buffer is written.
fn proc_close_stdin(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = this(&args, "_proc_close_stdin")?;
    if let Some(w) = &p.stdin {
        w.closing.set(true);
        w.wake.notify_one();
    }
    Ok(Value::None)
}

/// `_proc_pause_reading(proc, fd, paused)`.
fn proc_pause_reading(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = this(&args, "_proc_pause_reading")?;
    let a = PROC_PAUSE_READING.positional_method(&args)?;
    let fd = index_i64(vm, &a[0])?;
    let paused = vm.truthy(&a[1])?;
    if let Some(Some(r)) = p.readers.get((fd - 1).clamp(0, 1) as usize) {
        r.paused.set(paused);
        if !paused {
            r.resume.notify_one();
        }
    }
    Ok(Value::None)
}

/// `_proc_close_reader(proc, fd)`: stop reading the pipe and close it.
fn proc_close_reader(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = this(&args, "_proc_close_reader")?;
    let fd = index_i64(vm, &PROC_CLOSE_READER.positional_method(&args)?[0])?;
    if let Some(Some(r)) = p.readers.get((fd - 1).clamp(0, 1) as usize) {
        if let Some(task) = r.task.borrow_mut().take() {
            task.abort();
        }
    }
    Ok(Value::None)
}

/// Add the natives to the asyncio module's namespace.
pub fn install(d: &PyDict) {
    let natives: [(&'static str, crate::runtime::function::NativeFn); 7] = [
        ("_spawn_subprocess", spawn_subprocess),
        ("_proc_pid", proc_pid),
        ("_proc_write", proc_write),
        ("_proc_drain_wait", proc_drain_wait),
        ("_proc_close_stdin", proc_close_stdin),
        ("_proc_pause_reading", proc_pause_reading),
        ("_proc_close_reader", proc_close_reader),
    ];
    for (name, f) in natives {
        d.set_by_str(name, Builtin::value(name, f));
    }
}
