//! `_socket`: the socket system calls on file descriptors, which the Python `socket`
//! module (pylib/socket.py) wraps in its `socket` class, and asyncio's transports use.
//!
//! What it is: thin calls over libc. Each call that can block takes the socket's timeout
//! as CPython keeps it: None blocks (the descriptor is in blocking mode), 0.0 never waits
//! (non-blocking: BlockingIOError), a positive timeout polls before retrying and raises
//! `TimeoutError('timed out')` (socket.timeout) when it runs out. Errors are OSError
//! subclasses by errno, as CPython's.
//!
//! What it is not: the socket object (Python, so it can be subclassed and used with
//! `with`), name resolution beyond getaddrinfo/gethostname, or anything asynchronous
//! (see `event_loop::net`).

pub mod addr;
pub mod select;

use crate::runtime::builtins::{def, index_i64};
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::builtin_error;
use crate::runtime::error::{from_errno, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::types::ExcKind;
use crate::runtime::value::Value;
use crate::vm::Vm;
use addr::{from_sockaddr, resolve, to_sockaddr, SockAddr};
use std::rc::Rc;
use std::time::{Duration, Instant};

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_socket"));
    let constants: &[(&str, i32)] = &[
        ("AF_UNSPEC", libc::AF_UNSPEC),
        ("AF_INET", libc::AF_INET),
        ("AF_INET6", libc::AF_INET6),
        ("AF_UNIX", libc::AF_UNIX),
        ("SOCK_STREAM", libc::SOCK_STREAM),
        ("SOCK_DGRAM", libc::SOCK_DGRAM),
        ("SOCK_RAW", libc::SOCK_RAW),
        ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET),
        ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
        ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
        ("SOL_SOCKET", libc::SOL_SOCKET),
        ("SOL_TCP", libc::SOL_TCP),
        ("SOL_UDP", libc::SOL_UDP),
        ("SOL_IP", libc::SOL_IP),
        ("IPPROTO_IP", libc::IPPROTO_IP),
        ("IPPROTO_TCP", libc::IPPROTO_TCP),
        ("IPPROTO_UDP", libc::IPPROTO_UDP),
        ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
        ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
        ("TCP_NODELAY", libc::TCP_NODELAY),
        ("TCP_KEEPIDLE", libc::TCP_KEEPIDLE),
        ("TCP_KEEPINTVL", libc::TCP_KEEPINTVL),
        ("TCP_KEEPCNT", libc::TCP_KEEPCNT),
        ("SO_REUSEADDR", libc::SO_REUSEADDR),
        ("SO_REUSEPORT", libc::SO_REUSEPORT),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
        ("SO_BROADCAST", libc::SO_BROADCAST),
        ("SO_LINGER", libc::SO_LINGER),
        ("SO_RCVBUF", libc::SO_RCVBUF),
        ("SO_SNDBUF", libc::SO_SNDBUF),
        ("SO_ERROR", libc::SO_ERROR),
        ("SO_TYPE", libc::SO_TYPE),
        ("SO_RCVLOWAT", libc::SO_RCVLOWAT),
        ("SO_SNDLOWAT", libc::SO_SNDLOWAT),
        ("SO_DOMAIN", libc::SO_DOMAIN),
        ("SO_PROTOCOL", libc::SO_PROTOCOL),
        ("SOMAXCONN", libc::SOMAXCONN),
        ("SHUT_RD", libc::SHUT_RD),
        ("SHUT_WR", libc::SHUT_WR),
        ("SHUT_RDWR", libc::SHUT_RDWR),
        ("MSG_PEEK", libc::MSG_PEEK),
        ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
        ("MSG_WAITALL", libc::MSG_WAITALL),
        ("MSG_OOB", libc::MSG_OOB),
        ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL),
        ("AI_PASSIVE", libc::AI_PASSIVE),
        ("AI_CANONNAME", libc::AI_CANONNAME),
        ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
        ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
        ("AI_ADDRCONFIG", libc::AI_ADDRCONFIG),
        ("AI_V4MAPPED", libc::AI_V4MAPPED),
        ("AI_ALL", libc::AI_ALL),
        ("NI_NUMERICHOST", libc::NI_NUMERICHOST),
        ("NI_NUMERICSERV", libc::NI_NUMERICSERV),
        ("EAI_NONAME", libc::EAI_NONAME),
        ("EAI_AGAIN", libc::EAI_AGAIN),
        ("EAI_FAIL", libc::EAI_FAIL),
        ("EAI_FAMILY", libc::EAI_FAMILY),
        ("EAI_SERVICE", libc::EAI_SERVICE),
        ("INADDR_ANY", 0),
        ("INADDR_LOOPBACK", 0x7f00_0001),
    ];
    for (name, value) in constants {
        m.set_by_str(name, Value::Int(*value as i64));
    }
    def(&m, "socket", socket);
    def(&m, "socketpair", socketpair);
    def(&m, "sockinfo", sockinfo);
    def(&m, "close", close);
    def(&m, "dup", dup);
    def(&m, "set_blocking", set_blocking);
    def(&m, "bind", bind);
    def(&m, "listen", listen);
    def(&m, "accept", accept);
    def(&m, "connect", connect);
    def(&m, "connect_ex", connect_ex);
    def(&m, "send", send);
    def(&m, "sendall", sendall);
    def(&m, "sendto", sendto);
    def(&m, "recv", recv);
    def(&m, "recvfrom", recvfrom);
    def(&m, "shutdown", shutdown);
    def(&m, "setsockopt", setsockopt);
    def(&m, "getsockopt", getsockopt);
    def(&m, "getsockname", getsockname);
    def(&m, "getpeername", getpeername);
    def(&m, "getaddrinfo", getaddrinfo);
    def(&m, "gethostname", gethostname);
    def(&m, "inet_pton", inet_pton);
    def(&m, "inet_ntop", inet_ntop);
    m
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

#[cold]
fn last_os_error() -> PyErr {
    from_errno(errno(), None, None)
}

#[cold]
fn timed_out() -> PyErr {
    builtin_error(ExcKind::TimeoutError, "timed out")
}

fn int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    index_i64(vm, v)
}

fn fd_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = int(vm, v)?;
    i32::try_from(n).map_err(|_| value_error("negative file descriptor"))
}

/// A socket timeout argument: None (block) or seconds.
fn timeout_of(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(crate::runtime::builtins::float_arg(vm, v)?)),
    }
}

/// Between `min` and `max` positional arguments, no keywords: the private natives
/// socket.py wraps, counted as a tuple.
fn pos<'a>(args: &Args<'a>, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    crate::runtime::signature::module_positional(args, "_socket", fname, min, max)
}

/// Wait until `fd` is ready for `events` or `deadline` passes (false then).
fn wait_ready(fd: i32, events: i16, deadline: Option<Instant>) -> PyResult<bool> {
    poll_ready(fd, events, deadline).map_err(|e| from_errno(e, None, None))
}

/// `wait_ready` without Python values (it may run on another OS thread): the errno on
/// failure.
fn poll_ready(fd: i32, events: i16, deadline: Option<Instant>) -> Result<bool, i32> {
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                left.as_millis().min(i32::MAX as u128) as i32
                    + i32::from(left.subsec_micros() % 1000 != 0)
            }
        };
        let mut p = libc::pollfd {
            fd,
            events,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let rc = unsafe { libc::poll(&mut p, 1, ms) };
        if rc < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(errno());
        }
        return Ok(rc > 0);
    }
}

/// How long one wait on the blocking pool lasts at most: a socket closed by another
/// thread (or a daemon thread left at exit) never holds a pool thread for longer.
const SHARED_WAIT_SLICE: Duration = Duration::from_millis(100);

/// Wait for readiness while other Python threads run (on tokio's blocking pool), in
/// slices, until ready (true) or `deadline` (false).
fn wait_ready_shared(
    vm: &mut Vm,
    fd: i32,
    events: i16,
    deadline: Option<Instant>,
) -> PyResult<bool> {
    loop {
        let slice_end = Instant::now() + SHARED_WAIT_SLICE;
        let until = deadline.map_or(slice_end, |d| d.min(slice_end));
        let ready = crate::threads::blocking(vm, move || poll_ready(fd, events, Some(until)))?
            .map_err(|e| from_errno(e, None, None))?;
        if ready {
            return Ok(true);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
    }
}

/// Whether a socket call may have to wait while other Python threads live: then the
/// wait happens off the interpreter's OS thread and the call itself must not block.
fn shares_waits(vm: &Vm, timeout: Option<f64>) -> bool {
    timeout != Some(0.0) && vm.threads.count() > 1
}

/// Run `op` (a system call returning -1 on error) as CPython's `sock_call`: retry on
/// EINTR; with a positive timeout, wait for readiness on EAGAIN until the deadline.
/// While other Python threads live, waits go to the blocking pool (so those threads
/// run, as CPython releases the GIL around the call) and `op` is told not to block
/// (its argument is true: it adds MSG_DONTWAIT).
fn sock_call(
    vm: &mut Vm,
    fd: i32,
    events: i16,
    timeout: Option<f64>,
    mut op: impl FnMut(bool) -> isize,
) -> PyResult<isize> {
    let deadline = timeout
        .filter(|t| *t > 0.0)
        .map(|t| Instant::now() + Duration::from_secs_f64(t));
    let shared = shares_waits(vm, timeout);
    loop {
        if shared && !wait_ready_shared(vm, fd, events, deadline)? {
            return Err(timed_out());
        }
        let rc = op(shared);
        if rc >= 0 {
            return Ok(rc);
        }
        let e = errno();
        if e == libc::EINTR {
            continue;
        }
        if e == libc::EAGAIN || e == libc::EWOULDBLOCK {
            if shared {
                continue;
            }
            if deadline.is_some() {
                if !wait_ready(fd, events, deadline)? {
                    return Err(timed_out());
                }
                continue;
            }
        }
        return Err(from_errno(e, None, None));
    }
}

/// MSG_DONTWAIT when a call must not block (see `sock_call`).
fn dontwait(shared: bool) -> i32 {
    if shared {
        libc::MSG_DONTWAIT
    } else {
        0
    }
}

fn socket(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "socket", 3, 3)?;
    let (family, ty, proto) = (int(vm, &p[0])?, int(vm, &p[1])?, int(vm, &p[2])?);
    // SAFETY: plain system call.
    let fd = unsafe { libc::socket(family as i32, ty as i32 | libc::SOCK_CLOEXEC, proto as i32) };
    if fd < 0 {
        return Err(last_os_error());
    }
    Ok(Value::Int(fd as i64))
}

fn socketpair(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "socketpair", 3, 3)?;
    let (family, ty, proto) = (int(vm, &p[0])?, int(vm, &p[1])?, int(vm, &p[2])?);
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for the two descriptors.
    let rc = unsafe {
        libc::socketpair(
            family as i32,
            ty as i32 | libc::SOCK_CLOEXEC,
            proto as i32,
            fds.as_mut_ptr(),
        )
    };
    if rc < 0 {
        return Err(last_os_error());
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn int_opt(fd: i32, level: i32, opt: i32) -> PyResult<i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` has room for an int option.
    let rc = unsafe { libc::getsockopt(fd, level, opt, (&mut v as *mut i32).cast(), &mut len) };
    if rc < 0 {
        return Err(last_os_error());
    }
    Ok(v)
}

/// `sockinfo(fd)`: (family, type, proto) of an open socket (`socket(fileno=fd)`).
fn sockinfo(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = fd_of(vm, &pos(&args, "sockinfo", 1, 1)?[0])?;
    let family = int_opt(fd, libc::SOL_SOCKET, libc::SO_DOMAIN)?;
    let ty = int_opt(fd, libc::SOL_SOCKET, libc::SO_TYPE)?;
    let proto = int_opt(fd, libc::SOL_SOCKET, libc::SO_PROTOCOL)?;
    Ok(Value::tuple(vec![
        Value::Int(family as i64),
        Value::Int(ty as i64),
        Value::Int(proto as i64),
    ]))
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = fd_of(vm, &pos(&args, "close", 1, 1)?[0])?;
    // SAFETY: plain system call; the Python socket forgets `fd` first.
    let rc = unsafe { libc::close(fd) };
    // ECONNRESET on close is not an error for a socket (CPython ignores it too).
    if rc < 0 && errno() != libc::ECONNRESET {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

fn dup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = fd_of(vm, &pos(&args, "dup", 1, 1)?[0])?;
    // SAFETY: plain system call.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(last_os_error());
    }
    Ok(Value::Int(new as i64))
}

/// `set_blocking(fd, flag)`: clear or set O_NONBLOCK.
fn set_blocking(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "set_blocking", 2, 2)?;
    let fd = fd_of(vm, &p[0])?;
    let blocking = vm.truthy(&p[1])?;
    set_nonblocking(fd, !blocking)?;
    Ok(Value::None)
}

pub fn set_nonblocking(fd: i32, on: bool) -> PyResult<()> {
    // SAFETY: plain system calls on a descriptor.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            return Err(last_os_error());
        }
        let new = if on {
            flags | libc::O_NONBLOCK
        } else {
            flags & !libc::O_NONBLOCK
        };
        if new != flags && libc::fcntl(fd, libc::F_SETFL, new) < 0 {
            return Err(last_os_error());
        }
    }
    Ok(())
}

fn bind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "bind", 3, 3)?;
    let fd = fd_of(vm, &p[0])?;
    let family = int(vm, &p[1])? as i32;
    let sa = to_sockaddr(vm, family, &p[2], "bind")?;
    // SAFETY: `sa` holds `sa.len` valid bytes.
    if unsafe { libc::bind(fd, sa.as_ptr(), sa.len) } < 0 {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

fn listen(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "listen", 2, 2)?;
    let fd = fd_of(vm, &p[0])?;
    let backlog = int(vm, &p[1])?.clamp(0, i32::MAX as i64) as i32;
    // SAFETY: plain system call.
    if unsafe { libc::listen(fd, backlog) } < 0 {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

/// `accept(fd, timeout)`: (new fd, peer address).
fn accept(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "accept", 2, 2)?;
    let fd = fd_of(vm, &p[0])?;
    let timeout = timeout_of(vm, p.get(1))?;
    let mut sa = SockAddr::empty();
    let new = sock_call(vm, fd, libc::POLLIN, timeout, |_| {
        sa.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `sa` has room for any address.
        unsafe { libc::accept4(fd, sa.as_mut_ptr(), &mut sa.len, libc::SOCK_CLOEXEC) as isize }
    })?;
    Ok(Value::tuple(vec![
        Value::Int(new as i64),
        from_sockaddr(vm.types(), &sa),
    ]))
}

/// Connect as CPython's `internal_connect`: the errno (0 on success).
fn do_connect(vm: &mut Vm, args: &Args<'_>, fname: &str) -> PyResult<i32> {
    let p = pos(args, fname, 4, 4)?;
    let fd = fd_of(vm, &p[0])?;
    let family = int(vm, &p[1])? as i32;
    let sa = to_sockaddr(vm, family, &p[2], fname)?;
    let timeout = timeout_of(vm, p.get(3))?;
    loop {
        // SAFETY: `sa` holds `sa.len` valid bytes.
        if unsafe { libc::connect(fd, sa.as_ptr(), sa.len) } == 0 {
            return Ok(0);
        }
        let e = errno();
        if e == libc::EINTR {
            continue;
        }
        match timeout {
            Some(t) if t > 0.0 && e == libc::EINPROGRESS => {
                let deadline = Some(Instant::now() + Duration::from_secs_f64(t));
                let ready = if shares_waits(vm, timeout) {
                    wait_ready_shared(vm, fd, libc::POLLOUT, deadline)?
                } else {
                    wait_ready(fd, libc::POLLOUT, deadline)?
                };
                if !ready {
                    return Err(timed_out());
                }
                return int_opt(fd, libc::SOL_SOCKET, libc::SO_ERROR);
            }
            _ => return Ok(e),
        }
    }
}

fn connect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match do_connect(vm, &args, "connect")? {
        0 => Ok(Value::None),
        e => Err(from_errno(e, None, None)),
    }
}

fn connect_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(do_connect(vm, &args, "connect_ex")? as i64))
}

#[cold]
fn not_bytes(v: &Value) -> PyErr {
    type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.kind_name()
    ))
}

fn data_of(v: &Value) -> PyResult<Vec<u8>> {
    with_bytes(v, <[u8]>::to_vec).ok_or_else(|| not_bytes(v))
}

/// `send(fd, data, flags, timeout)`: bytes sent.
fn send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "send", 4, 4)?;
    let fd = fd_of(vm, &p[0])?;
    let data = data_of(&p[1])?;
    let flags = int(vm, &p[2])? as i32 | libc::MSG_NOSIGNAL;
    let timeout = timeout_of(vm, p.get(3))?;
    let n = sock_call(vm, fd, libc::POLLOUT, timeout, |shared| {
        // SAFETY: `data` is valid for its length.
        unsafe {
            libc::send(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags | dontwait(shared),
            )
        }
    })?;
    Ok(Value::Int(n as i64))
}

fn sendall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "sendall", 4, 4)?;
    let fd = fd_of(vm, &p[0])?;
    let data = data_of(&p[1])?;
    let flags = int(vm, &p[2])? as i32 | libc::MSG_NOSIGNAL;
    let timeout = timeout_of(vm, p.get(3))?;
    let mut sent = 0;
    while sent < data.len() {
        let rest = &data[sent..];
        let n = sock_call(vm, fd, libc::POLLOUT, timeout, |shared| {
            // SAFETY: `rest` is valid for its length.
            unsafe {
                libc::send(
                    fd,
                    rest.as_ptr().cast(),
                    rest.len(),
                    flags | dontwait(shared),
                )
            }
        })?;
        sent += n as usize;
    }
    Ok(Value::None)
}

fn sendto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "sendto", 6, 6)?;
    let fd = fd_of(vm, &p[0])?;
    let data = data_of(&p[1])?;
    let flags = int(vm, &p[2])? as i32 | libc::MSG_NOSIGNAL;
    let family = int(vm, &p[3])? as i32;
    let sa = to_sockaddr(vm, family, &p[4], "sendto")?;
    let timeout = timeout_of(vm, p.get(5))?;
    let n = sock_call(vm, fd, libc::POLLOUT, timeout, |shared| {
        // SAFETY: `data` and `sa` are valid for their lengths.
        unsafe {
            libc::sendto(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags | dontwait(shared),
                sa.as_ptr(),
                sa.len,
            )
        }
    })?;
    Ok(Value::Int(n as i64))
}

fn bufsize(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<usize> {
    let n = int(vm, v)?;
    usize::try_from(n).map_err(|_| value_error(format!("negative buffersize in {fname}")))
}

/// `recv(fd, n, flags, timeout)`: at most n bytes (b'' at end of stream).
fn recv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "recv", 4, 4)?;
    let fd = fd_of(vm, &p[0])?;
    let n = bufsize(vm, &p[1], "recv")?;
    let flags = int(vm, &p[2])? as i32;
    let timeout = timeout_of(vm, p.get(3))?;
    let mut buf = vec![0u8; n];
    let got = sock_call(vm, fd, libc::POLLIN, timeout, |shared| {
        // SAFETY: `buf` has room for `n` bytes.
        unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), n, flags | dontwait(shared)) }
    })?;
    buf.truncate(got as usize);
    Ok(bytes_value(vm.types(), &buf))
}

fn recvfrom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "recvfrom", 4, 4)?;
    let fd = fd_of(vm, &p[0])?;
    let n = bufsize(vm, &p[1], "recvfrom")?;
    let flags = int(vm, &p[2])? as i32;
    let timeout = timeout_of(vm, p.get(3))?;
    let mut buf = vec![0u8; n];
    let mut sa = SockAddr::empty();
    let got = sock_call(vm, fd, libc::POLLIN, timeout, |shared| {
        sa.len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `buf` has room for `n` bytes and `sa` for any address.
        unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr().cast(),
                n,
                flags | dontwait(shared),
                sa.as_mut_ptr(),
                &mut sa.len,
            )
        }
    })?;
    buf.truncate(got as usize);
    let addr = if sa.len == 0 {
        Value::None
    } else {
        from_sockaddr(vm.types(), &sa)
    };
    Ok(Value::tuple(vec![bytes_value(vm.types(), &buf), addr]))
}

fn shutdown(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "shutdown", 2, 2)?;
    let fd = fd_of(vm, &p[0])?;
    let how = int(vm, &p[1])? as i32;
    // SAFETY: plain system call.
    if unsafe { libc::shutdown(fd, how) } < 0 {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

fn setsockopt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "setsockopt", 4, 4)?;
    let fd = fd_of(vm, &p[0])?;
    let level = int(vm, &p[1])? as i32;
    let opt = int(vm, &p[2])? as i32;
    let raw: Vec<u8> = match &p[3] {
        Value::Int(_) | Value::Bool(_) => (int(vm, &p[3])? as i32).to_ne_bytes().to_vec(),
        other => data_of(other)?,
    };
    // SAFETY: `raw` is valid for its length.
    let rc = unsafe { libc::setsockopt(fd, level, opt, raw.as_ptr().cast(), raw.len() as u32) };
    if rc < 0 {
        return Err(last_os_error());
    }
    Ok(Value::None)
}

fn getsockopt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "getsockopt", 3, 4)?;
    let fd = fd_of(vm, &p[0])?;
    let level = int(vm, &p[1])? as i32;
    let opt = int(vm, &p[2])? as i32;
    match p.get(3) {
        None => Ok(Value::Int(int_opt(fd, level, opt)? as i64)),
        Some(n) => {
            let n = bufsize(vm, n, "getsockopt")?;
            let mut buf = vec![0u8; n];
            let mut len = n as libc::socklen_t;
            // SAFETY: `buf` has room for `len` bytes.
            let rc = unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) };
            if rc < 0 {
                return Err(last_os_error());
            }
            buf.truncate(len as usize);
            Ok(bytes_value(vm.types(), &buf))
        }
    }
}

fn name_call(
    vm: &mut Vm,
    args: &Args<'_>,
    fname: &str,
    call: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult<Value> {
    let fd = fd_of(vm, &pos(args, fname, 1, 1)?[0])?;
    let mut sa = SockAddr::empty();
    // SAFETY: `sa` has room for any address.
    if unsafe { call(fd, sa.as_mut_ptr(), &mut sa.len) } < 0 {
        return Err(last_os_error());
    }
    if sa.storage.ss_family as i32 == libc::AF_UNIX && sa.len as usize <= 2 {
        return Ok(Value::str(""));
    }
    Ok(from_sockaddr(vm.types(), &sa))
}

fn getsockname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    name_call(vm, &args, "getsockname", libc::getsockname)
}

fn getpeername(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    name_call(vm, &args, "getpeername", libc::getpeername)
}

fn opt_text(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    Ok(match v {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Int(_) | Value::Bool(_) => Some(int(vm, v)?.to_string()),
        other => match with_bytes(other, |b| String::from_utf8_lossy(b).into_owned()) {
            Some(s) => Some(s),
            None => {
                return Err(type_error(
                    "getaddrinfo() argument 1 must be string or None",
                ))
            }
        },
    })
}

/// `getaddrinfo(host, port, family, type, proto, flags)`: a list of (family, type,
/// proto, canonname, sockaddr); a failure is OSError(code, text), which socket.py
/// raises as gaierror.
fn getaddrinfo(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "getaddrinfo", 6, 6)?;
    let host = opt_text(vm, &p[0])?;
    let port = opt_text(vm, &p[1])?;
    let family = int(vm, &p[2])? as i32;
    let ty = int(vm, &p[3])? as i32;
    let proto = int(vm, &p[4])? as i32;
    let flags = int(vm, &p[5])? as i32;
    let found = resolve(host.as_deref(), port.as_deref(), family, ty, proto, flags)?;
    Ok(Value::list(
        found
            .into_iter()
            .map(|(f, t, pr, canon, sa)| {
                Value::tuple(vec![
                    Value::Int(f as i64),
                    Value::Int(t as i64),
                    Value::Int(pr as i64),
                    Value::from_string(canon),
                    from_sockaddr(vm.types(), &sa),
                ])
            })
            .collect(),
    ))
}

fn gethostname(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pos(&args, "gethostname", 0, 0)?;
    let mut buf = [0u8; 256];
    // SAFETY: `buf` has room for 256 bytes.
    if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } < 0 {
        return Err(last_os_error());
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
    Ok(Value::from_string(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}

#[cold]
fn illegal_ip() -> PyErr {
    crate::runtime::error::builtin_error(
        crate::runtime::types::ExcKind::OSError,
        "illegal IP address string passed to inet_pton",
    )
}

fn inet_pton(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "inet_pton", 2, 2)?;
    let family = int(vm, &p[0])? as i32;
    let Value::Str(s) = &p[1] else {
        return Err(type_error(format!(
            "inet_pton() argument 2 must be str, not {}",
            p[1].arg_kind_name()
        )));
    };
    match family {
        libc::AF_INET => s
            .as_str()
            .parse::<std::net::Ipv4Addr>()
            .map(|ip| bytes_value(vm.types(), &ip.octets()))
            .map_err(|_| illegal_ip()),
        libc::AF_INET6 => s
            .as_str()
            .parse::<std::net::Ipv6Addr>()
            .map(|ip| bytes_value(vm.types(), &ip.octets()))
            .map_err(|_| illegal_ip()),
        _ => Err(from_errno(libc::EAFNOSUPPORT, None, None)),
    }
}

fn inet_ntop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "inet_ntop", 2, 2)?;
    let family = int(vm, &p[0])? as i32;
    let b = data_of(&p[1])?;
    match (family, b.len()) {
        (libc::AF_INET, 4) => Ok(Value::from_string(
            std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string(),
        )),
        (libc::AF_INET6, 16) => {
            let mut a = [0u8; 16];
            a.copy_from_slice(&b);
            Ok(Value::from_string(std::net::Ipv6Addr::from(a).to_string()))
        }
        (libc::AF_INET | libc::AF_INET6, _) => {
            Err(value_error("invalid length of packed IP address string"))
        }
        _ => Err(value_error(format!("unknown address family {family}"))),
    }
}

#[cfg(test)]
mod tests;
