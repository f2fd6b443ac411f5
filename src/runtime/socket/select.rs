//! `_select`: one `poll(2)` call over a list of descriptors, for the Python `select`
//! module (pylib/select.py), which builds `select.select` and `select.poll` on it.
//!
//! What it is: the system call, retried on EINTR with the time left (PEP 475), running
//! Python signal handlers between tries; on tokio's blocking pool while other Python
//! threads live, so they run while this one waits. And the three epoll calls
//! (`epoll_create`, `epoll_ctl`, `epoll_wait`) under `select.epoll`, waiting the same
//! way. What it is not: argument checking, the `epoll` object's state, and the mapping
//! of poll events to select's three lists (Python, in select.py).

use crate::runtime::builtins::{def, index_i64};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{from_errno, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;
use std::time::{Duration, Instant};

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_select"));
    let constants: &[(&str, i16)] = &[
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
        // Linux defines it (0x400) where libc does not export it.
        ("POLLMSG", 0x400),
        ("POLLRDHUP", libc::POLLRDHUP),
    ];
    for (name, value) in constants {
        m.set_by_str(name, Value::Int(i64::from(*value)));
    }
    let epoll_constants: &[(&str, i32)] = &[
        ("EPOLLIN", libc::EPOLLIN),
        ("EPOLLOUT", libc::EPOLLOUT),
        ("EPOLLPRI", libc::EPOLLPRI),
        ("EPOLLERR", libc::EPOLLERR),
        ("EPOLLHUP", libc::EPOLLHUP),
        ("EPOLLET", libc::EPOLLET),
        ("EPOLLONESHOT", libc::EPOLLONESHOT),
        ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE),
        ("EPOLLRDHUP", libc::EPOLLRDHUP),
        ("EPOLLRDNORM", libc::EPOLLRDNORM),
        ("EPOLLRDBAND", libc::EPOLLRDBAND),
        ("EPOLLWRNORM", libc::EPOLLWRNORM),
        ("EPOLLWRBAND", libc::EPOLLWRBAND),
        ("EPOLLMSG", libc::EPOLLMSG),
        ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC),
    ];
    for (name, value) in epoll_constants {
        // CPython shows the masks unsigned (EPOLLET is 2147483648).
        m.set_by_str(name, Value::Int(i64::from(*value as u32)));
    }
    m.set_by_str("PIPE_BUF", Value::Int(libc::PIPE_BUF as i64));
    def(&m, "poll", poll);
    def(&m, "epoll_create", epoll_create);
    def(&m, "epoll_ctl", epoll_ctl);
    def(&m, "epoll_wait", epoll_wait);
    m
}

const EPOLL_CREATE: Signature = Signature::new("epoll_create", &[]).positional_only("epoll_create");
const EPOLL_CTL: Signature =
    Signature::new("epoll_ctl", &["epfd", "op", "fd", "events"]).positional_only("epoll_ctl");
const EPOLL_WAIT: Signature = Signature::new("epoll_wait", &["epfd", "timeout_ms", "maxevents"])
    .positional_only("epoll_wait");

#[cold]
fn os_error() -> crate::runtime::error::PyErr {
    from_errno(last_errno(), None, None)
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `epoll_create()`: a new close-on-exec epoll descriptor.
fn epoll_create(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    EPOLL_CREATE.bind(&args)?;
    // SAFETY: no pointers involved.
    match unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) } {
        -1 => Err(os_error()),
        fd => Ok(Value::Int(i64::from(fd))),
    }
}

/// `epoll_ctl(epfd, op, fd, events)` with op 1 add, 2 delete, 3 modify (EPOLL_CTL_*).
fn epoll_ctl(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bound = EPOLL_CTL.bind(&args)?;
    let mut ints = [0i64; 4];
    for (i, slot) in ints.iter_mut().enumerate() {
        *slot = index_i64(vm, bound.req(i))?;
    }
    let [epfd, op, fd, events] = ints;
    let mut event = libc::epoll_event {
        events: events as u32,
        u64: fd as u64,
    };
    // SAFETY: a valid epoll_event (ignored by EPOLL_CTL_DEL).
    match unsafe { libc::epoll_ctl(epfd as i32, op as i32, fd as i32, &mut event) } {
        -1 => Err(os_error()),
        _ => Ok(Value::None),
    }
}

/// `epoll_wait(epfd, timeout_ms, maxevents)`: `[fd, events, ...]` of the ready
/// descriptors; `timeout_ms` negative waits without limit.
fn epoll_wait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bound = EPOLL_WAIT.bind(&args)?;
    let epfd = index_i64(vm, bound.req(0))? as i32;
    let timeout_ms = index_i64(vm, bound.req(1))?;
    let maxevents = index_i64(vm, bound.req(2))?.clamp(1, 1 << 20) as usize;
    let deadline = deadline_of(timeout_ms);
    let events = wait_retrying(vm, Vec::new(), move |_| {
        epoll_wait_once(epfd, maxevents, deadline)
    })?;
    let mut out = Vec::with_capacity(events.len() * 2);
    for e in &events {
        let (fd, mask) = (e.u64, e.events);
        out.push(Value::Int(fd as i64));
        out.push(Value::Int(i64::from(mask)));
    }
    Ok(Value::list(out))
}

/// One `epoll_wait(2)` until `deadline`: its result, errno when it failed, and the
/// events it reported.
fn epoll_wait_once(
    epfd: i32,
    maxevents: usize,
    deadline: Option<Instant>,
) -> (i32, i32, Vec<libc::epoll_event>) {
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents];
    // SAFETY: `events` has room for `maxevents` entries.
    let rc = unsafe {
        libc::epoll_wait(
            epfd,
            events.as_mut_ptr(),
            maxevents as i32,
            millis_left(deadline),
        )
    };
    let err = if rc == -1 { last_errno() } else { 0 };
    events.truncate(rc.max(0) as usize);
    (rc, err, events)
}

/// Run `once` (a wait returning its result, errno and `state` back) until it succeeds,
/// retrying on EINTR after Python's signal handlers ran (PEP 475); on the blocking
/// pool when other Python threads live, so they run meanwhile.
fn wait_retrying<S, F>(vm: &mut Vm, mut state: S, once: F) -> PyResult<S>
where
    S: Send + 'static,
    F: Fn(S) -> (i32, i32, S) + Send + Copy + 'static,
{
    loop {
        let (rc, err, back) = crate::threads::scheduler::blocking(vm, move || once(state))?;
        state = back;
        if rc >= 0 {
            return Ok(state);
        }
        if err != libc::EINTR {
            return Err(from_errno(err, None, None));
        }
        crate::runtime::signal::check_signals(vm)?;
    }
}

/// The deadline `timeout_ms` from now (negative: none).
fn deadline_of(timeout_ms: i64) -> Option<Instant> {
    (timeout_ms >= 0).then(|| Instant::now() + Duration::from_millis(timeout_ms as u64))
}

/// Milliseconds until `deadline`, rounded up so a wait never ends early (-1: none).
fn millis_left(deadline: Option<Instant>) -> i32 {
    match deadline {
        None => -1,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32
        }
    }
}

const POLL: Signature = Signature::new("poll", &["fds", "timeout_ms"]).positional_only("poll");

/// `poll(fds, timeout_ms)`: `fds` a flat list `[fd, events, fd, events, ...]`,
/// `timeout_ms` negative to wait without limit. Returns `[fd, revents, ...]` of the
/// descriptors with events, in the order given.
fn poll(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bound = POLL.bind(&args)?;
    let flat = vm.collect(bound.req(0))?;
    let timeout_ms = index_i64(vm, bound.req(1))?;
    let mut fds = Vec::with_capacity(flat.len() / 2);
    for pair in flat.chunks(2) {
        let [fd, events] = pair else {
            return Err(value_error("poll: fds must come in (fd, events) pairs"));
        };
        fds.push(libc::pollfd {
            fd: index_i64(vm, fd)? as i32,
            events: index_i64(vm, events)? as i16,
            revents: 0,
        });
    }
    let deadline = deadline_of(timeout_ms);
    let fds = wait_retrying(vm, fds, move |fds| poll_once(fds, deadline))?;
    let mut out = Vec::new();
    for p in fds.iter().filter(|p| p.revents != 0) {
        out.push(Value::Int(i64::from(p.fd)));
        out.push(Value::Int(i64::from(p.revents as u16)));
    }
    Ok(Value::list(out))
}

/// One `poll(2)` until `deadline` (None: no limit): its result, errno when it failed,
/// and the descriptors with their `revents`.
fn poll_once(
    mut fds: Vec<libc::pollfd>,
    deadline: Option<Instant>,
) -> (i32, i32, Vec<libc::pollfd>) {
    let ms = millis_left(deadline);
    // SAFETY: `fds` is a valid array of `fds.len()` pollfd structures.
    let rc = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
    let err = if rc == -1 { last_errno() } else { 0 };
    (rc, err, fds)
}
