//! Networking under the event loop: descriptor readiness ([`watch`]), the native stream
//! transport ([`transport`]) and the loop methods Python's half (asyncio_net.py) builds
//! on: `add_reader`/`remove_reader`/`add_writer`/`remove_writer`.
//!
//! The model, and why: tokio's reactor (epoll) tells which descriptors are ready; the
//! reads and writes themselves run as loop callbacks posted through the loop's
//! `IoDriver`, so they join the ready queue where CPython's selector events do and
//! Python sees sockets change only between callbacks. The hot path (a connected
//! socket's reads, writes and flow control) is Rust; connecting, accepting, servers,
//! datagrams, `sock_*` and streams are Python over `add_reader`/`add_writer`, as in
//! CPython's `selector_events.py` and `streams.py`.
//!
//! What it is not: the blocking `socket` module (src/runtime/socket, pylib/socket.py).

pub mod stream_reader;
pub mod transport;
pub mod watch;

use super::handle::Handle;
use super::io_driver::IoDriver;
use super::run_loop::loop_arg;
use crate::runtime::error::PyResult;
use crate::runtime::function::{Args, Builtin, NativeFn};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;
use watch::{Dir, FdWatch, Reactor};

/// A loop's networking state: its epoll set of watched descriptors (made at the first
/// watch) and the read buffer transports share (one read at a time, copied out before
/// Python sees it).
#[derive(Default)]
pub struct NetState {
    reactor: RefCell<Option<Rc<Reactor>>>,
    pub scratch: RefCell<Vec<u8>>,
}

impl NetState {
    /// The loop's reactor, made on first use.
    pub fn reactor(&self, io: &IoDriver) -> PyResult<Rc<Reactor>> {
        if let Some(r) = &*self.reactor.borrow() {
            return Ok(r.clone());
        }
        let r = Reactor::new(io)?;
        *self.reactor.borrow_mut() = Some(r.clone());
        Ok(r)
    }
}

/// The descriptor number of an int or an object with `fileno()`, as CPython's selectors
/// read it.
fn fileobj_fd(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::Int(i) => *i,
        other => {
            let Some(f) = vm.getattr_opt(other, "fileno")? else {
                return Err(crate::runtime::error::value_error(format!(
                    "Invalid file object: {}",
                    vm.repr(other)?
                )));
            };
            let r = vm.call_args(&f, vec![])?;
            crate::runtime::builtins::index_i64(vm, &r)?
        }
    };
    if n < 0 {
        return Err(crate::runtime::error::value_error(format!(
            "Invalid file descriptor: {n}"
        )));
    }
    Ok(n as i32)
}

const ADD_READER: Signature = Signature::new("add_reader", &["fd", "callback"])
    .varargs()
    .python_method("BaseSelectorEventLoop.add_reader");
const ADD_WRITER: Signature = Signature::new("add_writer", &["fd", "callback"])
    .varargs()
    .python_method("BaseSelectorEventLoop.add_writer");
const REMOVE_READER: Signature =
    Signature::new("remove_reader", &["fd"]).python_method("BaseSelectorEventLoop.remove_reader");
const REMOVE_WRITER: Signature =
    Signature::new("remove_writer", &["fd"]).python_method("BaseSelectorEventLoop.remove_writer");

/// `add_reader(fd, callback, *args)` / `add_writer`: call `callback(*args)` in every
/// iteration in which `fd` is ready, until removed.
fn add_watch(vm: &mut Vm, args: Args<'_>, d: Dir, sig: &Signature) -> PyResult<Value> {
    let p = sig.bind_method(&args)?;
    let lp = loop_arg(&args.args[0])?;
    lp.check_closed()?;
    let fd = fileobj_fd(vm, p.req(0))?;
    let handle = Handle::call(p.req(1).clone(), p.rest.to_vec(), None);
    let reactor = lp.net.reactor(&lp.io)?;
    let watch = match reactor.get(fd) {
        Some(w) if w.is_owning() => return Err(used_by_transport(vm, &w)),
        Some(w) => w,
        None => FdWatch::new(&reactor, fd),
    };
    let lp2 = lp.clone();
    let h = handle.clone();
    watch.start(
        d,
        Rc::new(move |vm| {
            if h.is_cancelled() {
                return Ok(());
            }
            lp2.run_handle(vm, &h)
        }),
    )?;
    Ok(handle.to_value(&lp.classes))
}

/// CPython refuses to watch a transport's descriptor from Python.
#[cold]
fn used_by_transport(vm: &mut Vm, w: &FdWatch) -> crate::runtime::error::PyErr {
    let transport = super::object::upgrade(&w.owner.borrow());
    match vm.repr(&transport) {
        Ok(r) => crate::runtime::error::runtime_error(format!(
            "File descriptor {} is used by transport {r}",
            w.fd
        )),
        Err(e) => e,
    }
}

/// `remove_reader(fd)` / `remove_writer`: True if `fd` was watched that way.
fn remove_watch(vm: &mut Vm, args: Args<'_>, d: Dir, sig: &Signature) -> PyResult<Value> {
    let fd = sig.bind_method(&args)?.req(0);
    let lp = loop_arg(&args.args[0])?;
    if lp.is_closed() {
        return Ok(Value::Bool(false));
    }
    let fd = fileobj_fd(vm, fd)?;
    let Some(reactor) = lp.net.reactor.borrow().clone() else {
        return Ok(Value::Bool(false));
    };
    let Some(w) = reactor.get(fd) else {
        return Ok(Value::Bool(false));
    };
    if w.is_owning() {
        return Err(used_by_transport(vm, &w));
    }
    let was = w.is_watching(d);
    w.stop(d);
    Ok(Value::Bool(was))
}

fn add_reader(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    add_watch(vm, args, Dir::Read, &ADD_READER)
}

fn add_writer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    add_watch(vm, args, Dir::Write, &ADD_WRITER)
}

fn remove_reader(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_watch(vm, args, Dir::Read, &REMOVE_READER)
}

fn remove_writer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_watch(vm, args, Dir::Write, &REMOVE_WRITER)
}

/// Stop every watch of a closing loop and drop its reactor (whose task ends with the
/// loop's LocalSet).
pub fn close_all(net: &NetState) {
    if let Some(r) = net.reactor.borrow_mut().take() {
        r.stop_all();
    }
}

pub fn install_methods(c: &super::object::Classes) {
    transport::install_methods(c);
    stream_reader::install_methods(c);
    let d = &c.event_loop.dict;
    let methods: [(&'static str, NativeFn); 4] = [
        ("add_reader", add_reader),
        ("add_writer", add_writer),
        ("remove_reader", remove_reader),
        ("remove_writer", remove_writer),
    ];
    for (name, f) in methods {
        d.set_by_str(name, Builtin::value(name, f));
    }
}

#[cfg(test)]
mod tests;
