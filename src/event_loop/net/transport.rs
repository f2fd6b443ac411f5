//! The stream transport of a connected socket (TCP or Unix), natively: CPython's
//! `_SelectorSocketTransport` with its order of protocol callbacks, its write buffer
//! and flow control (high/low water marks calling `pause_writing`/`resume_writing`),
//! half-close (`write_eof`, `eof_received`) and its error handling (an OSError closes
//! the transport quietly; any other exception from the protocol is reported to the
//! loop's exception handler first).
//!
//! What it is: reads and writes happen in loop callbacks posted by the descriptor's
//! [`FdWatch`], one read (at most 256 KiB) per iteration, as CPython's selector loop
//! does; `write()` first tries the socket at once and buffers only what it refused.
//!
//! What it is not: connecting, accepting or the protocol classes (Python, in
//! asyncio_net.py), or datagrams.

use super::super::handle::Callback;
use super::super::object::{classes, downcast, wrap};
use super::super::run_loop::EventLoop;
use super::stream_reader::StreamReader;
use super::watch::{Dir, FdWatch};
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{from_errno, runtime_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin, NativeFn};
use crate::runtime::native::{bytes_value, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::net::{Ipv4Addr, SocketAddrV4};
use std::rc::{Rc, Weak};

/// The most one read takes (CPython's `max_size`).
const MAX_READ: usize = 256 * 1024;
/// Writes after the connection was lost that pass silently before each is logged.
const LOG_THRESHOLD_FOR_CONNLOST_WRITES: u32 = 5;

pub struct SocketTransport {
    lp: Rc<EventLoop>,
    me: RefCell<Weak<NativeObj>>,
    fd: i32,
    sock: RefCell<Value>,
    protocol: RefCell<Value>,
    watch: RefCell<Option<Rc<FdWatch>>>,
    extra: RefCell<Extra>,
    server: RefCell<Value>,
    buffer: RefCell<Vec<u8>>,
    closing: Cell<bool>,
    eof: Cell<bool>,
    paused: Cell<bool>,
    protocol_paused: Cell<bool>,
    conn_lost: Cell<u32>,
    high_water: Cell<usize>,
    low_water: Cell<usize>,
    /// The reader a plain `StreamReaderProtocol` feeds, fed here directly (see
    /// `_feed_reader`).
    reader: RefCell<Option<Rc<StreamReader>>>,
    /// The socket object and sockname of an accepted connection are still to be made
    /// (see `_accepted_socket_extra`).
    lazy_socket: Cell<bool>,
}

/// A transport's extra info: its dict, or for an accepted connection only the peer's
/// address until somebody asks (a dict per idle connection is memory nobody reads).
enum Extra {
    Dict(Rc<PyDict>),
    Peer(Value),
    /// An IPv4 peer (the usual case) as six bytes: its `(host, port)` tuple and host
    /// string are made when asked (they cost an idle connection about 130 bytes).
    PeerV4(SocketAddrV4),
}

impl Extra {
    /// The accepted connection's `peername` as `accept()` gave it, kept compactly when
    /// it is an IPv4 `(host, port)` that converts back to the same values.
    fn peer(addr: Value) -> Extra {
        if let Value::Tuple(t) = &addr {
            if let [Value::Str(host), Value::Int(port)] = &t.items[..] {
                let ip = host.as_str().parse::<Ipv4Addr>().ok();
                if let (Some(ip), Ok(port)) = (ip, u16::try_from(*port)) {
                    if ip.to_string() == host.as_str() {
                        return Extra::PeerV4(SocketAddrV4::new(ip, port));
                    }
                }
            }
        }
        Extra::Peer(addr)
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn would_block(e: i32) -> bool {
    e == libc::EAGAIN || e == libc::EWOULDBLOCK || e == libc::EINTR
}

fn this(args: &Args<'_>) -> PyResult<Rc<SocketTransport>> {
    args.pos()
        .first()
        .and_then(downcast::<SocketTransport>)
        .ok_or_else(|| type_error("descriptor requires a transport object"))
}

impl SocketTransport {
    fn value(&self) -> Value {
        super::super::object::upgrade(&self.me.borrow())
    }

    fn call_protocol(&self, vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let protocol = self.protocol.borrow().clone();
        let f = vm.getattr(&protocol, name)?;
        vm.call_args(&f, args)
    }

    /// The extra dict, made now for an accepted connection (`{'peername': ...}`).
    fn extra_dict(&self) -> Rc<PyDict> {
        let mut extra = self.extra.borrow_mut();
        let peer = match &*extra {
            Extra::Dict(d) => return d.clone(),
            Extra::Peer(peer) => peer.clone(),
            Extra::PeerV4(a) => Value::tuple(vec![
                Value::from_string(a.ip().to_string()),
                Value::Int(a.port() as i64),
            ]),
        };
        let d = Rc::new(PyDict::new());
        d.set_by_str("peername", peer);
        *extra = Extra::Dict(d.clone());
        d
    }

    fn buffer_size(&self) -> usize {
        self.buffer.borrow().len()
    }

    fn start(self: &Rc<Self>, d: Dir) {
        let Some(watch) = self.watch.borrow().clone() else {
            return;
        };
        if watch.is_watching(d) {
            return;
        }
        // A strong reference, as CPython's selector holds the transport's bound method:
        // a transport nobody else keeps still reads until it closes, and closing stops
        // the watch, which breaks the cycle.
        let me = self.clone();
        let on_ready: super::watch::OnReady = Rc::new(move |vm| match d {
            Dir::Read => me.read_ready(vm),
            Dir::Write => me.write_ready(vm),
        });
        // A connected socket is always accepted by epoll: nothing to report.
        let _ = watch.start(d, on_ready);
    }

    fn stop(&self, d: Dir) {
        if let Some(w) = &*self.watch.borrow() {
            w.stop(d);
        }
    }

    /// One read, as `_read_ready`.
    fn read_ready(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        if self.conn_lost.get() > 0 || self.paused.get() {
            return Ok(());
        }
        let data = {
            let mut scratch = self.lp.net.scratch.borrow_mut();
            scratch.resize(MAX_READ, 0);
            // SAFETY: `scratch` has room for MAX_READ bytes.
            let n = unsafe { libc::recv(self.fd, scratch.as_mut_ptr().cast(), MAX_READ, 0) };
            if n < 0 {
                let e = errno();
                if would_block(e) {
                    return Ok(());
                }
                drop(scratch);
                return self.fatal_error(
                    vm,
                    from_errno(e, None, None),
                    "Fatal read error on socket transport",
                );
            }
            scratch[..n as usize].to_vec()
        };
        let n = data.len();
        if n == 0 {
            return self.read_eof(vm);
        }
        let direct = self.reader.borrow().clone();
        let delivered = match direct {
            // A plain StreamReaderProtocol's data_received only feeds its reader.
            Some(reader) => reader.feed_data(vm, &data),
            None => self
                .call_protocol(vm, "data_received", vec![bytes_value(vm.types(), &data)])
                .map(|_| ()),
        };
        if let Err(e) = delivered {
            if super::super::run_loop::is_fatal(vm.types(), &e) {
                return Err(e);
            }
            self.fatal_error(vm, e, "Fatal error: protocol.data_received() call failed.")?;
        }
        Ok(())
    }

    fn read_eof(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        let keep_open = match self.call_protocol(vm, "eof_received", vec![]) {
            Ok(v) => vm.truthy(&v)?,
            Err(e) if super::super::run_loop::is_fatal(vm.types(), &e) => return Err(e),
            Err(e) => {
                return self.fatal_error(vm, e, "Fatal error: protocol.eof_received() call failed.")
            }
        };
        if keep_open {
            self.stop(Dir::Read);
        } else {
            self.close(vm);
        }
        Ok(())
    }

    /// Flush what the buffer holds, as `_write_ready`.
    fn write_ready(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        if self.conn_lost.get() > 0 {
            return Ok(());
        }
        let sent = {
            let buf = self.buffer.borrow();
            // SAFETY: `buf` is valid for its length.
            unsafe { libc::send(self.fd, buf.as_ptr().cast(), buf.len(), libc::MSG_NOSIGNAL) }
        };
        if sent < 0 {
            let e = errno();
            if would_block(e) {
                return Ok(());
            }
            self.stop(Dir::Write);
            self.buffer.borrow_mut().clear();
            return self.fatal_error(
                vm,
                from_errno(e, None, None),
                "Fatal write error on socket transport",
            );
        }
        self.buffer.borrow_mut().drain(..sent as usize);
        self.maybe_resume_protocol(vm)?;
        if self.buffer.borrow().is_empty() {
            self.stop(Dir::Write);
            if self.closing.get() {
                self.call_connection_lost(vm, None)?;
            } else if self.eof.get() {
                self.shutdown_write();
            }
        }
        Ok(())
    }

    fn shutdown_write(&self) {
        // SAFETY: plain system call.
        unsafe { libc::shutdown(self.fd, libc::SHUT_WR) };
    }

    /// `_fatal_error`: report what is not an OSError, then close at once.
    fn fatal_error(self: &Rc<Self>, vm: &mut Vm, e: PyErr, message: &str) -> PyResult<()> {
        if !e.is_instance(&vm.types().os_error) {
            let protocol = self.protocol.borrow().clone();
            self.lp.report(
                vm,
                message,
                vec![("transport", self.value()), ("protocol", protocol)],
                Some(e.clone()),
            )?;
        }
        self.force_close(Some(e));
        Ok(())
    }

    fn force_close(self: &Rc<Self>, exc: Option<PyErr>) {
        if self.conn_lost.get() > 0 {
            return;
        }
        if !self.buffer.borrow().is_empty() {
            self.buffer.borrow_mut().clear();
            self.stop(Dir::Write);
        }
        if !self.closing.get() {
            self.closing.set(true);
            self.stop(Dir::Read);
        }
        self.conn_lost.set(self.conn_lost.get() + 1);
        self.schedule_connection_lost(exc);
    }

    fn schedule_connection_lost(self: &Rc<Self>, exc: Option<PyErr>) {
        let me = self.clone();
        self.lp.call_soon(Callback::Native(Rc::new(move |vm| {
            me.call_connection_lost(vm, exc.clone())
        })));
    }

    /// `_call_connection_lost`: tell the protocol, then close the socket and let go.
    fn call_connection_lost(self: &Rc<Self>, vm: &mut Vm, exc: Option<PyErr>) -> PyResult<()> {
        let arg = exc.map_or(Value::None, |e| e.value(vm.types()));
        let result = if self.protocol.borrow().is_none() {
            Ok(Value::None)
        } else {
            self.call_protocol(vm, "connection_lost", vec![arg])
        };
        if let Some(w) = self.watch.borrow_mut().take() {
            w.stop_all();
        }
        // The watch owns the descriptor and closes it once deregistered (see
        // `FdWatch::owning`); the socket object lets go of it, as if closed.
        let sock = std::mem::replace(&mut *self.sock.borrow_mut(), Value::None);
        let closed = if sock.is_none() {
            Ok(Value::None)
        } else {
            vm.getattr(&sock, "detach")
                .and_then(|detach| vm.call_args(&detach, vec![]))
        };
        *self.protocol.borrow_mut() = Value::None;
        let server = std::mem::replace(&mut *self.server.borrow_mut(), Value::None);
        if !server.is_none() {
            let detach = vm.getattr(&server, "_detach")?;
            vm.call_args(&detach, vec![])?;
        }
        result?;
        closed.map(|_| ())
    }

    fn close(self: &Rc<Self>, _vm: &mut Vm) {
        if self.closing.get() {
            return;
        }
        self.closing.set(true);
        self.stop(Dir::Read);
        if self.buffer.borrow().is_empty() {
            self.conn_lost.set(self.conn_lost.get() + 1);
            self.stop(Dir::Write);
            self.schedule_connection_lost(None);
        }
    }

    fn maybe_pause_protocol(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        if self.buffer_size() <= self.high_water.get() || self.protocol_paused.get() {
            return Ok(());
        }
        self.protocol_paused.set(true);
        self.flow_call(vm, "pause_writing")
    }

    fn maybe_resume_protocol(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        if !self.protocol_paused.get() || self.buffer_size() > self.low_water.get() {
            return Ok(());
        }
        self.protocol_paused.set(false);
        self.flow_call(vm, "resume_writing")
    }

    fn flow_call(self: &Rc<Self>, vm: &mut Vm, name: &str) -> PyResult<()> {
        match self.call_protocol(vm, name, vec![]) {
            Ok(_) => Ok(()),
            Err(e) if super::super::run_loop::is_fatal(vm.types(), &e) => Err(e),
            Err(e) => {
                let protocol = self.protocol.borrow().clone();
                self.lp.report(
                    vm,
                    &format!("protocol.{name}() failed"),
                    vec![("transport", self.value()), ("protocol", protocol)],
                    Some(e),
                )
            }
        }
    }

    fn write(self: &Rc<Self>, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        if self.eof.get() {
            return Err(runtime_error("Cannot call write() after write_eof()"));
        }
        if data.is_empty() {
            return Ok(());
        }
        if self.conn_lost.get() > 0 {
            if self.conn_lost.get() >= LOG_THRESHOLD_FOR_CONNLOST_WRITES {
                vm.out.write_stderr("socket.send() raised exception.\n");
            }
            self.conn_lost.set(self.conn_lost.get() + 1);
            return Ok(());
        }
        let mut rest = data;
        if self.buffer.borrow().is_empty() {
            // SAFETY: `data` is valid for its length.
            let n = unsafe {
                libc::send(
                    self.fd,
                    data.as_ptr().cast(),
                    data.len(),
                    libc::MSG_NOSIGNAL,
                )
            };
            if n < 0 {
                let e = errno();
                if !would_block(e) {
                    return self.fatal_error(
                        vm,
                        from_errno(e, None, None),
                        "Fatal write error on socket transport",
                    );
                }
            } else {
                rest = &data[n as usize..];
                if rest.is_empty() {
                    return Ok(());
                }
            }
            self.start(Dir::Write);
        }
        self.buffer.borrow_mut().extend_from_slice(rest);
        self.maybe_pause_protocol(vm)
    }
}

// Worded as the Python methods of CPython's selector transport they stand in for.
const MAKE_SOCKET_TRANSPORT: Signature = Signature::new(
    "_make_socket_transport",
    &["sock", "protocol", "waiter", "extra", "server"],
)
.required(2)
.python_method("BaseSelectorEventLoop._make_socket_transport");
const WRITE: Signature =
    Signature::new("write", &["data"]).python_method("_SelectorSocketTransport.write");
const WRITELINES: Signature =
    Signature::new("writelines", &["list_of_data"]).python_method("WriteTransport.writelines");
const GET_EXTRA_INFO: Signature = Signature::new("get_extra_info", &["name", "default"])
    .required(1)
    .python_method("BaseTransport.get_extra_info");
const SET_WRITE_BUFFER_LIMITS: Signature =
    Signature::new("set_write_buffer_limits", &["high", "low"])
        .required(0)
        .python_method("_FlowControlMixin.set_write_buffer_limits");
const SET_PROTOCOL: Signature = Signature::new("set_protocol", &["protocol"])
    .python_method("_SelectorSocketTransport.set_protocol");
/// A private method of the Python half.
const FEED_READER: Signature =
    Signature::new("_feed_reader", &["reader"]).positional_only("_feed_reader");

/// `loop._make_socket_transport(sock, protocol, waiter=None, extra=None, server=None)`:
/// the transport of the connected, non-blocking socket `sock`. `connection_made`, the
/// start of reading and the waiter's result follow in three `call_soon`s, as CPython's.
fn make_socket_transport(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = super::super::run_loop::loop_arg(args.pos().first().unwrap_or(&Value::None))?;
    let b = MAKE_SOCKET_TRANSPORT.bind_method(&args)?;
    let sock = b.req(0).clone();
    let protocol = b.req(1).clone();
    let waiter = b.given(2).cloned().unwrap_or(Value::None);
    let server = b.given(4).cloned().unwrap_or(Value::None);
    // An accepted connection comes as its bare descriptor and its peer's address: its
    // socket object and extra dict are made when somebody asks (`get_extra_info`).
    let extra = match (&sock, b.given(3)) {
        (Value::Int(_), peer) => Extra::peer(peer.cloned().unwrap_or(Value::None)),
        (_, Some(Value::Dict(d))) => Extra::Dict(d.clone()),
        _ => Extra::Dict(Rc::new(PyDict::new())),
    };
    let (sock, fd, lazy) = match sock {
        Value::Int(fd) => (Value::None, fd as i32, true),
        sock => {
            let fileno = vm.getattr(&sock, "fileno")?;
            let fd = vm.call_args(&fileno, vec![])?;
            let fd = crate::runtime::builtins::index_i64(vm, &fd)? as i32;
            (sock, fd, false)
        }
    };
    let watch = FdWatch::owning(&lp.net.reactor(&lp.io)?, fd);
    let t = Rc::new(SocketTransport {
        lp: lp.clone(),
        me: RefCell::new(Weak::new()),
        fd,
        sock: RefCell::new(sock),
        protocol: RefCell::new(protocol.clone()),
        watch: RefCell::new(Some(watch)),
        extra: RefCell::new(extra),
        server: RefCell::new(server),
        buffer: RefCell::new(Vec::new()),
        closing: Cell::new(false),
        eof: Cell::new(false),
        paused: Cell::new(false),
        protocol_paused: Cell::new(false),
        conn_lost: Cell::new(0),
        high_water: Cell::new(64 * 1024),
        low_water: Cell::new(16 * 1024),
        reader: RefCell::new(None),
        lazy_socket: Cell::new(lazy),
    });
    let obj = wrap(&classes(vm).socket_transport, t.clone());
    *t.me.borrow_mut() = Rc::downgrade(&obj);
    if let Some(w) = &*t.watch.borrow() {
        *w.owner.borrow_mut() = Rc::downgrade(&obj);
    }
    let value = Value::Native(obj);
    let made = vm.getattr(&protocol, "connection_made")?;
    let context = crate::runtime::contextvars::copy_current(vm);
    lp.call_soon(Callback::call(made, vec![value.clone()], context));
    let reader = t.clone();
    lp.call_soon(Callback::Native(Rc::new(move |_vm| {
        if !reader.closing.get() && !reader.paused.get() {
            reader.start(Dir::Read);
        }
        Ok(())
    })));
    if !waiter.is_none() {
        lp.call_soon(Callback::Native(Rc::new(move |vm| {
            let cancelled = vm.getattr(&waiter, "cancelled")?;
            let cancelled = vm.call_args(&cancelled, vec![])?;
            if !vm.truthy(&cancelled)? {
                let set = vm.getattr(&waiter, "set_result")?;
                vm.call_args(&set, vec![Value::None])?;
            }
            Ok(())
        })));
    }
    Ok(value)
}

#[cold]
fn not_bytes(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!(
        "data argument must be a bytes-like object, not '{}'",
        crate::runtime::builtins::type_name(vm, v)
    ))
}

fn m_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    let data = WRITE.bind_method(&args)?.req(0);
    let Some(bytes) = with_bytes(data, <[u8]>::to_vec) else {
        return Err(not_bytes(vm, data));
    };
    t.write(vm, &bytes)?;
    Ok(Value::None)
}

fn m_writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    let items = vm.collect(WRITELINES.bind_method(&args)?.req(0))?;
    let mut all = Vec::new();
    for item in &items {
        match with_bytes(item, |b| all.extend_from_slice(b)) {
            Some(()) => {}
            None => return Err(not_bytes(vm, item)),
        }
    }
    t.write(vm, &all)?;
    Ok(Value::None)
}

fn m_write_eof(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    if t.closing.get() || t.eof.get() {
        return Ok(Value::None);
    }
    t.eof.set(true);
    if t.buffer.borrow().is_empty() {
        t.shutdown_write();
    }
    Ok(Value::None)
}

fn m_can_write_eof(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(Value::Bool(true))
}

fn m_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.close(vm);
    Ok(Value::None)
}

fn m_abort(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.force_close(None);
    Ok(Value::None)
}

fn m_is_closing(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.closing.get()))
}

fn m_get_extra_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    let p = GET_EXTRA_INFO.bind_method(&args)?;
    let name = p.req(0);
    let extra = t.extra_dict();
    if t.lazy_socket.get()
        && matches!(name, Value::Str(s) if matches!(s.as_str(), "socket" | "sockname"))
        && t.watch.borrow().is_some()
    {
        t.lazy_socket.set(false);
        let module = vm.import_absolute("asyncio")?;
        let make = vm.getattr(&module, "_accepted_socket_extra")?;
        let sock = vm.call_args(
            &make,
            vec![Value::Int(t.fd as i64), Value::Dict(extra.clone())],
        )?;
        *t.sock.borrow_mut() = sock;
    }
    let default = p.given(1).cloned().unwrap_or(Value::None);
    Ok(match name {
        Value::Str(s) => extra.get_by_str(s.as_str()).unwrap_or(default),
        _ => default,
    })
}

fn m_is_reading(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    Ok(Value::Bool(!t.closing.get() && !t.paused.get()))
}

fn m_pause_reading(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    if t.closing.get() || t.paused.get() {
        return Ok(Value::None);
    }
    t.paused.set(true);
    t.stop(Dir::Read);
    Ok(Value::None)
}

fn m_resume_reading(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    if t.closing.get() || !t.paused.get() {
        return Ok(Value::None);
    }
    t.paused.set(false);
    t.start(Dir::Read);
    Ok(Value::None)
}

fn opt_size(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(crate::runtime::builtins::index_i64(vm, v)?)),
    }
}

fn m_set_write_buffer_limits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    let p = SET_WRITE_BUFFER_LIMITS.bind_method(&args)?;
    let high = opt_size(vm, p.given(0))?;
    let low = opt_size(vm, p.given(1))?;
    let high = high.unwrap_or(match low {
        None => 64 * 1024,
        Some(l) => 4 * l,
    });
    let low = low.unwrap_or(high / 4);
    if !(high >= low && low >= 0) {
        return Err(value_error(format!(
            "high ({high}) must be >= low ({low}) must be >= 0"
        )));
    }
    t.high_water.set(high as usize);
    t.low_water.set(low as usize);
    t.maybe_pause_protocol(vm)?;
    Ok(Value::None)
}

fn m_get_write_buffer_limits(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    Ok(Value::tuple(vec![
        Value::Int(t.low_water.get() as i64),
        Value::Int(t.high_water.get() as i64),
    ]))
}

fn m_get_write_buffer_size(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&args)?.buffer_size() as i64))
}

fn m_set_protocol(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    *t.protocol.borrow_mut() = SET_PROTOCOL.bind_method(&args)?.req(0).clone();
    *t.reader.borrow_mut() = None;
    Ok(Value::None)
}

/// `_feed_reader(reader)`: deliver data straight to this StreamReader instead of
/// calling `protocol.data_received` (which, for a `StreamReaderProtocol` itself, only
/// does that); None turns it off.
fn m_feed_reader(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    let r = &FEED_READER.positional_method(&args)?[0];
    *t.reader.borrow_mut() = downcast::<StreamReader>(r);
    Ok(Value::None)
}

fn m_get_protocol(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?.protocol.borrow().clone())
}

fn m_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args)?;
    let mut s = String::from("<_SelectorSocketTransport");
    let closed = t.watch.borrow().is_none();
    if closed {
        s.push_str(" closed");
    } else if t.closing.get() {
        s.push_str(" closing");
    }
    s.push_str(&format!(" fd={}", t.fd));
    if !closed {
        let polling = |d| {
            t.watch
                .borrow()
                .as_ref()
                .is_some_and(|w: &Rc<FdWatch>| w.is_watching(d))
        };
        s.push_str(if polling(Dir::Read) {
            " read=polling"
        } else {
            " read=idle"
        });
        let state = if polling(Dir::Write) {
            "polling"
        } else {
            "idle"
        };
        s.push_str(&format!(" write=<{state}, bufsize={}>", t.buffer_size()));
    }
    s.push('>');
    Ok(Value::from_string(s))
}

pub fn install_methods(c: &crate::event_loop::object::Classes) {
    let d = &c.socket_transport.dict;
    let methods: [(&'static str, NativeFn); 19] = [
        ("write", m_write),
        ("writelines", m_writelines),
        ("write_eof", m_write_eof),
        ("can_write_eof", m_can_write_eof),
        ("close", m_close),
        ("abort", m_abort),
        ("is_closing", m_is_closing),
        ("get_extra_info", m_get_extra_info),
        ("is_reading", m_is_reading),
        ("pause_reading", m_pause_reading),
        ("resume_reading", m_resume_reading),
        ("set_write_buffer_limits", m_set_write_buffer_limits),
        ("get_write_buffer_limits", m_get_write_buffer_limits),
        ("get_write_buffer_size", m_get_write_buffer_size),
        ("set_protocol", m_set_protocol),
        ("get_protocol", m_get_protocol),
        ("_feed_reader", m_feed_reader),
        ("__repr__", m_repr),
        ("__str__", m_repr),
    ];
    for (name, f) in methods {
        d.set_by_str(name, Builtin::value(name, f));
    }
    c.event_loop.dict.set_by_str(
        "_make_socket_transport",
        Builtin::value("_make_socket_transport", make_socket_transport),
    );
}
