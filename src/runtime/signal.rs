//! `_signal`, the native half of the `signal` module: Python-level signal handlers.
//!
//! The model is CPython's: the C-level handler ([`on_signal`]) only records the signal
//! (a flag per signal number), trips the VM's eval breaker (`vm::eval_breaker`) and
//! writes one byte to a wake-up pipe; the Python handlers run later in the main thread,
//! between bytecodes, when the dispatch loop sees the breaker ([`run_handlers`]). The
//! event loop watches the wake-up pipe ([`wake_fd`]) so a signal also ends its wait.
//! The handlers themselves are `Vm` state (`Vm::signal_handlers`), indexed by number.
//!
//! SIGINT is special only until Python sets its handler: at start-up Ctrl-C takes the
//! breaker's CTRL_C route (which the REPL and the event loop know) to KeyboardInterrupt;
//! once `signal.signal(SIGINT, ...)` is called it is a signal like the others, and
//! `default_int_handler` raises KeyboardInterrupt from there.
//!
//! What it is not: the enums (`Signals`, `Handlers`, `Sigmasks`) and the enum-converting
//! wrappers, which are pylib's `signal.py`; nor `os.kill`, which is `posix`.

use crate::runtime::builtins::{def, float_arg, index_i64};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::eval_breaker;
use crate::vm::Vm;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};

/// Signal numbers run from 1 to NSIG - 1 (Linux: 64).
pub const NSIG: usize = 65;

/// The handler values CPython uses for the OS dispositions.
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

#[allow(clippy::declare_interior_mutable_const)]
const NOT_PENDING: AtomicBool = AtomicBool::new(false);
/// Which signals arrived since their Python handlers last ran.
static PENDING: [AtomicBool; NSIG] = [NOT_PENDING; NSIG];

#[allow(clippy::declare_interior_mutable_const)]
const NO_HANDLER: AtomicUsize = AtomicUsize::new(0);
/// The C handler that was installed before ours (tokio's SIGCHLD watcher, say), called
/// after ours so the runtime's own uses of the signal keep working.
static CHAINED: [AtomicUsize; NSIG] = [NO_HANDLER; NSIG];
static CHAINED_SIGINFO: [AtomicBool; NSIG] = [NOT_PENDING; NSIG];

/// The write end of the wake-up pipe (-1 until the first handler is installed).
static WAKE_WRITE: AtomicI32 = AtomicI32::new(-1);
/// Its read end, for the event loop.
static WAKE_READ: AtomicI32 = AtomicI32::new(-1);

/// The C-level handler: record, trip the breaker, wake the loop. Only async-signal-safe
/// operations (atomics, `write`).
extern "C" fn on_signal(signum: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let n = signum as usize;
    if n >= NSIG {
        return;
    }
    // SAFETY: errno is thread-local; saving and restoring it keeps the interrupted
    // code's view of it intact.
    let saved = unsafe { *libc::__errno_location() };
    PENDING[n].store(true, Ordering::SeqCst);
    eval_breaker::trip(eval_breaker::SIGNALS);
    let fd = WAKE_WRITE.load(Ordering::SeqCst);
    if fd >= 0 {
        let byte = signum as u8;
        // SAFETY: write(2) is async-signal-safe; the pipe is non-blocking, so a full
        // pipe drops the byte (the loop only needs one).
        unsafe { libc::write(fd, (&byte as *const u8).cast(), 1) };
    }
    let chained = CHAINED[n].load(Ordering::SeqCst);
    if chained != 0 {
        // SAFETY: `chained` is the handler sigaction reported before ours replaced it,
        // called with the signature its SA_SIGINFO flag promised.
        unsafe {
            if CHAINED_SIGINFO[n].load(Ordering::SeqCst) {
                let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                    std::mem::transmute(chained);
                f(signum, info, ctx);
            } else {
                let f: extern "C" fn(libc::c_int) = std::mem::transmute(chained);
                f(signum);
            }
        }
    }
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = saved };
}

/// [`on_signal`] as the `sa_sigaction` word.
fn on_signal_address() -> usize {
    on_signal as *const () as usize
}

/// The read end of the wake-up pipe, once any Python handler exists: the event loop
/// waits on it so that a signal ends its wait.
pub fn wake_fd() -> Option<i32> {
    let fd = WAKE_READ.load(Ordering::SeqCst);
    (fd >= 0).then_some(fd)
}

/// Empty the wake-up pipe (the pending flags say which signals came).
pub fn drain_wake_fd() {
    let Some(fd) = wake_fd() else { return };
    let mut buf = [0u8; 64];
    // SAFETY: reading into a local buffer from our own non-blocking pipe.
    while unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
}

fn make_wake_pipe() {
    if WAKE_WRITE.load(Ordering::SeqCst) >= 0 {
        return;
    }
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 returns.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } == 0 {
        WAKE_READ.store(fds[0], Ordering::SeqCst);
        WAKE_WRITE.store(fds[1], Ordering::SeqCst);
    }
}

/// The signal that asks a coro process for the dump `coro tasks PID` prints: SIGURG,
/// whose default action is to be ignored, so sending it to a process that is not coro
/// does no harm.
pub const TASK_DUMP_SIGNAL: libc::c_int = libc::SIGURG;

/// Route [`TASK_DUMP_SIGNAL`] through [`on_signal`] (and make the wake-up pipe, so an
/// idle event loop wakes for it): the dump is written at the next safe point (see
/// `event_loop::task_dump`). Nothing runs until the signal comes.
pub fn install_task_dump_signal() {
    make_wake_pipe();
    let _ = set_action(TASK_DUMP_SIGNAL, on_signal_address());
}

/// KeyboardInterrupt(), as `default_int_handler` and Ctrl-C raise it.
#[cold]
pub fn keyboard_interrupt() -> PyErr {
    crate::runtime::error::builtin_error_args(
        crate::runtime::types::ExcKind::KeyboardInterrupt,
        vec![],
    )
}

/// Run the Python handler of every pending signal, lowest number first, as CPython's
/// `PyErr_CheckSignals` does. An exception from a handler propagates; signals still
/// pending then keep the breaker tripped.
pub fn run_handlers(vm: &mut Vm) -> PyResult<()> {
    for (n, pending) in PENDING.iter().enumerate().skip(1) {
        if !pending.swap(false, Ordering::SeqCst) {
            continue;
        }
        let handler = vm.signal_handlers.get(n).cloned();
        if n == TASK_DUMP_SIGNAL as usize
            && !handler
                .as_ref()
                .is_some_and(|h| !matches!(h, Value::Int(_) | Value::None))
        {
            crate::event_loop::task_dump::write(vm);
            continue;
        }
        let Some(handler) = handler else {
            continue;
        };
        if matches!(handler, Value::Int(_) | Value::None) {
            continue;
        }
        if let Err(e) = vm.call_args(&handler, vec![Value::Int(n as i64), Value::None]) {
            if PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
                eval_breaker::trip(eval_breaker::SIGNALS);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Serve the breaker now, as CPython's `PyErr_CheckSignals` after a call that may have
/// sent a signal to this process (`os.kill`, `raise_signal`, `pause`).
pub fn check_signals(vm: &mut Vm) -> PyResult<()> {
    if eval_breaker::tripped() {
        vm.handle_breaker()?;
    }
    Ok(())
}

/// Build the `_signal` module and the start-up table of handlers.
pub fn module(vm: &mut Vm) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_signal"));
    def(&m, "default_int_handler", default_int_handler);
    def(&m, "signal", signal);
    def(&m, "getsignal", getsignal);
    def(&m, "strsignal", strsignal);
    def(&m, "raise_signal", raise_signal);
    def(&m, "alarm", alarm);
    def(&m, "pause", pause);
    def(&m, "valid_signals", valid_signals);
    def(&m, "setitimer", setitimer);
    def(&m, "getitimer", getitimer);
    m.set_by_str("NSIG", Value::Int(NSIG as i64));
    m.set_by_str("SIG_DFL", Value::Int(SIG_DFL));
    m.set_by_str("SIG_IGN", Value::Int(SIG_IGN));
    for (name, value) in [
        ("SIG_BLOCK", libc::SIG_BLOCK),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK),
        ("SIG_SETMASK", libc::SIG_SETMASK),
        ("ITIMER_REAL", libc::ITIMER_REAL),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL),
        ("ITIMER_PROF", libc::ITIMER_PROF),
    ] {
        m.set_by_str(name, Value::Int(value as i64));
    }
    for (name, value) in SIGNAL_NAMES {
        m.set_by_str(name, Value::Int(*value as i64));
    }
    m.set_by_str("SIGRTMIN", Value::Int(libc::SIGRTMIN() as i64));
    m.set_by_str("SIGRTMAX", Value::Int(libc::SIGRTMAX() as i64));
    if vm.signal_handlers.is_empty() {
        let int_handler = m.get_by_str("default_int_handler").unwrap_or(Value::None);
        vm.signal_handlers = (0..NSIG)
            .map(|n| startup_handler(n as libc::c_int, &int_handler))
            .collect();
    }
    m
}

/// The signal names of the platform (aliases included), as CPython's module has them.
const SIGNAL_NAMES: &[(&str, libc::c_int)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

/// What `getsignal` reports before Python changes a signal: SIG_IGN for an ignored one,
/// `default_int_handler` for SIGINT, SIG_DFL otherwise (coro's own watchers, such as
/// tokio's for SIGCHLD, are not Python's business).
fn startup_handler(n: libc::c_int, int_handler: &Value) -> Value {
    if n == 0 {
        return Value::None;
    }
    if n == libc::SIGINT {
        return int_handler.clone();
    }
    // SAFETY: querying (not changing) the action into a zeroed struct.
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::sigaction(n, std::ptr::null(), &mut old) };
    if rc == 0 && old.sa_sigaction == libc::SIG_IGN {
        Value::Int(SIG_IGN)
    } else {
        Value::Int(SIG_DFL)
    }
}

#[cold]
fn out_of_range() -> PyErr {
    value_error("signal number out of range")
}

/// A signal number argument, checked against 1..NSIG.
fn signum_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = index_i64(vm, v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(out_of_range());
    }
    Ok(n as libc::c_int)
}

const DEFAULT_INT_HANDLER: Signature =
    Signature::new("default_int_handler", &["signalnum", "frame"])
        .positional_only("_signal.default_int_handler");
const SIGNAL: Signature =
    Signature::new("signal", &["signalnum", "handler"]).positional_only("_signal.signal");
const GETSIGNAL: Signature = Signature::one_arg("_signal.getsignal");
const STRSIGNAL: Signature = Signature::one_arg("_signal.strsignal");
const RAISE_SIGNAL: Signature = Signature::one_arg("_signal.raise_signal");
const ALARM: Signature = Signature::one_arg("_signal.alarm");
const PAUSE: Signature = Signature::no_args("_signal.pause");
const VALID_SIGNALS: Signature = Signature::no_args("_signal.valid_signals");
const SETITIMER: Signature = Signature::new("setitimer", &["which", "seconds", "interval"])
    .required(2)
    .positional_only("_signal.setitimer");
const GETITIMER: Signature = Signature::one_arg("_signal.getitimer");

fn default_int_handler(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    DEFAULT_INT_HANDLER.positional(&args)?;
    Err(keyboard_interrupt())
}

/// Whether `v` is exactly the int `which` (CPython compares exact ints only).
fn is_disposition(v: &Value, which: i64) -> bool {
    matches!(v, Value::Int(i) if *i == which)
}

/// `signal.signal(signalnum, handler)`: install, return the previous Python handler.
fn signal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SIGNAL.positional(&args)?;
    let n = signum_arg(vm, &p[0])?;
    let handler = p[1].clone();
    let action = if is_disposition(&handler, SIG_IGN) {
        libc::SIG_IGN
    } else if is_disposition(&handler, SIG_DFL) {
        libc::SIG_DFL
    } else if crate::runtime::builtins::functions::is_callable(vm, &handler)? {
        on_signal_address()
    } else {
        return Err(type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    };
    if action == on_signal_address() {
        make_wake_pipe();
    }
    set_action(n, action)?;
    let old = std::mem::replace(&mut vm.signal_handlers[n as usize], handler);
    Ok(old)
}

/// Point signal `n` at `action` (SIG_DFL, SIG_IGN or [`on_signal`]), keeping a foreign
/// C handler we replace so ours can call it on.
fn set_action(n: libc::c_int, action: usize) -> PyResult<()> {
    // SAFETY: a zeroed sigaction is a valid "no flags, empty mask" value to fill in.
    let mut new: libc::sigaction = unsafe { std::mem::zeroed() };
    new.sa_sigaction = action;
    new.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART | libc::SA_ONSTACK;
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: both structs are valid; the kernel rejects SIGKILL/SIGSTOP with EINVAL.
    let rc = unsafe {
        libc::sigemptyset(&mut new.sa_mask);
        libc::sigaction(n, &new, &mut old)
    };
    if rc != 0 {
        return Err(crate::runtime::error::os_error(
            &std::io::Error::last_os_error(),
            None,
            None,
        ));
    }
    let idx = n as usize;
    let foreign = old.sa_sigaction != libc::SIG_DFL
        && old.sa_sigaction != libc::SIG_IGN
        && old.sa_sigaction != on_signal_address();
    // SIGINT's foreign handler is the Ctrl-C route itself: calling it too would raise
    // KeyboardInterrupt on top of the Python handler.
    if foreign && n != libc::SIGINT {
        CHAINED_SIGINFO[idx].store(old.sa_flags & libc::SA_SIGINFO != 0, Ordering::SeqCst);
        CHAINED[idx].store(old.sa_sigaction, Ordering::SeqCst);
    }
    if action != on_signal_address() {
        PENDING[idx].store(false, Ordering::SeqCst);
    }
    Ok(())
}

fn getsignal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = signum_arg(vm, GETSIGNAL.one(&args)?)?;
    Ok(vm.signal_handlers[n as usize].clone())
}

fn strsignal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = signum_arg(vm, STRSIGNAL.one(&args)?)?;
    // SAFETY: strsignal returns a pointer to a NUL-terminated string owned by libc,
    // copied at once.
    let text = unsafe {
        let s = libc::strsignal(n);
        if s.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(s).to_string_lossy().into_owned()
    };
    if text.contains("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(Value::str(&text))
}

fn raise_signal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = signum_arg(vm, RAISE_SIGNAL.one(&args)?)?;
    // SAFETY: raise(3) on a checked signal number.
    if unsafe { libc::raise(n) } != 0 {
        return Err(crate::runtime::error::os_error(
            &std::io::Error::last_os_error(),
            None,
            None,
        ));
    }
    check_signals(vm)?;
    Ok(Value::None)
}

fn alarm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let seconds = ALARM.one(&args)?;
    if let Value::Float(_) = seconds {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let secs = index_i64(vm, seconds)?;
    // SAFETY: alarm(2) takes any unsigned count.
    let left = unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as libc::c_uint) };
    Ok(Value::Int(left as i64))
}

fn pause(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    PAUSE.none(&args)?;
    // SAFETY: pause(2) returns when a handler has run.
    unsafe { libc::pause() };
    check_signals(vm)?;
    Ok(Value::None)
}

/// The numbers sigfillset holds (glibc reserves two real-time signals for itself).
fn valid_signals(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    VALID_SIGNALS.none(&args)?;
    // SAFETY: filling and querying a local sigset_t.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigfillset(&mut set) };
    let items = (1..NSIG as libc::c_int)
        .filter(|&n| unsafe { libc::sigismember(&set, n) } == 1)
        .map(|n| Value::Int(n as i64))
        .collect();
    Ok(Value::list(items))
}

fn timeval(secs: f64) -> libc::timeval {
    let whole = secs.trunc();
    let mut tv = libc::timeval {
        tv_sec: whole as libc::time_t,
        tv_usec: ((secs - whole) * 1e6).round() as libc::suseconds_t,
    };
    // A positive delay too small to count would disarm the timer: round it up.
    if tv.tv_sec == 0 && tv.tv_usec == 0 && secs > 0.0 {
        tv.tv_usec = 1;
    }
    tv
}

fn itimer_pair(it: &libc::itimerval) -> Value {
    let secs = |tv: &libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    Value::tuple(vec![
        Value::Float(secs(&it.it_value)),
        Value::Float(secs(&it.it_interval)),
    ])
}

fn itimer_error() -> PyErr {
    crate::runtime::error::os_error(&std::io::Error::last_os_error(), None, None)
}

/// `setitimer(which, seconds, interval=0.0)`: the previous (delay, interval).
fn setitimer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SETITIMER.positional(&args)?;
    let which = index_i64(vm, &p[0])? as libc::c_int;
    let value = float_arg(vm, &p[1])?;
    let interval = match p.get(2) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_value: timeval(value),
        it_interval: timeval(interval),
    };
    // SAFETY: zeroed itimerval is valid output storage.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which, &new, &mut old) } != 0 {
        return Err(itimer_error());
    }
    Ok(itimer_pair(&old))
}

fn getitimer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let which = index_i64(vm, GETITIMER.one(&args)?)? as libc::c_int;
    // SAFETY: as in setitimer.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::getitimer(which, &mut cur) } != 0 {
        return Err(itimer_error());
    }
    Ok(itimer_pair(&cur))
}
