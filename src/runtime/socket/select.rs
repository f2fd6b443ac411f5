//! `_select`: one `poll(2)` call over a list of descriptors, for the Python `select`
//! module (pylib/select.py), which builds `select.select` and `select.poll` on it.
//!
//! What it is: the system call, retried on EINTR with the time left (PEP 475), running
//! Python signal handlers between tries; on tokio's blocking pool while other Python
//! threads live, so they run while this one waits. What it is not: argument checking
//! and the mapping of poll events to select's three lists (Python, in select.py), or
//! epoll.

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
    m.set_by_str("PIPE_BUF", Value::Int(libc::PIPE_BUF as i64));
    def(&m, "poll", poll);
    m
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
    let deadline =
        (timeout_ms >= 0).then(|| Instant::now() + Duration::from_millis(timeout_ms as u64));
    loop {
        let (rc, err, back) = if vm.threads.count() < 2 {
            poll_once(fds, deadline)
        } else {
            crate::threads::scheduler::blocking(vm, move || poll_once(fds, deadline))?
        };
        fds = back;
        if rc >= 0 {
            break;
        }
        if err != libc::EINTR {
            return Err(from_errno(err, None, None));
        }
        crate::runtime::signal::check_signals(vm)?;
    }
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
    let ms = match deadline {
        None => -1,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            // Round up, so a wait never ends before its time.
            (left.as_micros().div_ceil(1000)).min(i32::MAX as u128) as i32
        }
    };
    // SAFETY: `fds` is a valid array of `fds.len()` pollfd structures.
    let rc = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
    let err = match rc {
        -1 => std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
        _ => 0,
    };
    (rc, err, fds)
}
