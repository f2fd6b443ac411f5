//! `asyncio.StreamReader`, natively: CPython 3.11's streams.py reader (its buffer, its
//! one waiter, its limit and the pausing of the transport above twice the limit) with
//! `readline`, `readuntil`, `read`, `readexactly` and `__anext__` as coroutines with
//! native bodies ([`ReadOp`]).
//!
//! Why native: a keep-alive server spends most of its time in these few methods. A read
//! that finds its data buffered returns at its first step without a frame, a Future or
//! a suspension; one that must wait yields a Future the task awaits, exactly where
//! CPython's `_wait_for_data` awaits its waiter, so the order of steps is CPython's.
//!
//! What it is not: the protocol that feeds it or the writer (Python, asyncio_streams.py).

use super::super::future::{FutRef, FutureObj};
use super::super::object::{classes, downcast, wrap};
use super::super::run_loop::{get_event_loop, loop_arg, EventLoop};
use crate::runtime::bytes::with_bytes;
use crate::runtime::error::{runtime_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin, NativeFn};
use crate::runtime::native::bytes_value;
use crate::runtime::signature::Signature;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::generator::NativeBody;
use crate::vm::run::{GenStep, Resume};
use crate::vm::{Generator, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const DEFAULT_LIMIT: i64 = 1 << 16;

pub struct StreamReader {
    lp: Rc<EventLoop>,
    limit: usize,
    /// Buffered bytes are `buf[start..]`: consuming from the front only moves `start`
    /// (the vector is compacted when the dead prefix is large).
    buf: RefCell<Vec<u8>>,
    start: Cell<usize>,
    eof: Cell<bool>,
    waiter: RefCell<Option<FutRef>>,
    exception: RefCell<Option<PyErr>>,
    transport: RefCell<Value>,
    paused: Cell<bool>,
}

#[cold]
fn assertion(msg: &str) -> PyErr {
    PyErr::new(&types().assertion_error, msg)
}

/// An exception class of the Python half (IncompleteReadError, LimitOverrunError).
#[cold]
fn streams_error(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyErr {
    let made = vm
        .import_absolute("asyncio")
        .and_then(|m| vm.getattr(&m, name))
        .and_then(|cls| vm.call_args(&cls, args));
    match made {
        Ok(Value::Instance(i)) => PyErr::from_instance(i),
        Ok(_) => runtime_error(format!("asyncio.{name} is not an exception")),
        Err(e) => e,
    }
}

impl StreamReader {
    fn len(&self) -> usize {
        self.buf.borrow().len() - self.start.get()
    }

    fn find(&self, sep: &[u8], from: usize) -> Option<usize> {
        let buf = self.buf.borrow();
        let data = &buf[self.start.get()..];
        if from > data.len() || sep.len() > data.len() - from {
            return None;
        }
        if sep.len() == 1 {
            return data[from..]
                .iter()
                .position(|b| *b == sep[0])
                .map(|i| i + from);
        }
        data[from..]
            .windows(sep.len())
            .position(|w| w == sep)
            .map(|i| i + from)
    }

    /// The first `n` buffered bytes, removed.
    fn consume(&self, n: usize) -> Vec<u8> {
        let mut buf = self.buf.borrow_mut();
        let s = self.start.get();
        let n = n.min(buf.len() - s);
        let out = buf[s..s + n].to_vec();
        if s + n == buf.len() {
            buf.clear();
            self.start.set(0);
        } else if s + n > 4096 && s + n > buf.len() / 2 {
            buf.drain(..s + n);
            self.start.set(0);
        } else {
            self.start.set(s + n);
        }
        out
    }

    fn clear(&self) -> Vec<u8> {
        self.consume(usize::MAX)
    }

    fn call_transport(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let t = self.transport.borrow().clone();
        let f = vm.getattr(&t, name)?;
        vm.call_args(&f, vec![])
    }

    fn wakeup_waiter(&self, vm: &mut Vm) -> PyResult<()> {
        let waiter = self.waiter.borrow_mut().take();
        if let Some(w) = waiter {
            if !w.cancelled() {
                w.set_result(vm, Value::None)?;
            }
        }
        Ok(())
    }

    fn maybe_resume_transport(&self, vm: &mut Vm) -> PyResult<()> {
        if self.paused.get() && self.len() <= self.limit {
            self.paused.set(false);
            self.call_transport(vm, "resume_reading")?;
        }
        Ok(())
    }

    pub fn feed_data(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        if self.eof.get() {
            return Err(assertion("feed_data after feed_eof"));
        }
        if data.is_empty() {
            return Ok(());
        }
        self.buf.borrow_mut().extend_from_slice(data);
        self.wakeup_waiter(vm)?;
        if !self.transport.borrow().is_none() && !self.paused.get() && self.len() > 2 * self.limit {
            match self.call_transport(vm, "pause_reading") {
                Ok(_) => self.paused.set(true),
                Err(e) if e.is_instance(&types().not_implemented_error) => {
                    *self.transport.borrow_mut() = Value::None;
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn feed_eof(&self, vm: &mut Vm) -> PyResult<()> {
        self.eof.set(true);
        self.wakeup_waiter(vm)
    }

    fn set_exception(&self, vm: &mut Vm, exc: PyErr) -> PyResult<()> {
        *self.exception.borrow_mut() = Some(exc.clone());
        let waiter = self.waiter.borrow_mut().take();
        if let Some(w) = waiter {
            if !w.cancelled() {
                w.set_exception(vm, exc)?;
            }
        }
        Ok(())
    }

    fn raise_pending(&self) -> PyResult<()> {
        match &*self.exception.borrow() {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    /// `_wait_for_data`: the future to yield until data, EOF or an exception comes.
    fn wait_for_data(&self, vm: &mut Vm, func: &str) -> PyResult<GenStep> {
        if self.waiter.borrow().is_some() {
            return Err(runtime_error(format!(
                "{func}() called while another coroutine is already waiting for incoming data"
            )));
        }
        if self.eof.get() {
            return Err(assertion("_wait_for_data after EOF"));
        }
        if self.paused.get() {
            self.paused.set(false);
            self.call_transport(vm, "resume_reading")?;
        }
        let fut = FutureObj::new_rc(&self.lp, None);
        fut.blocking.set(true);
        let v = fut.value();
        *self.waiter.borrow_mut() = Some(fut);
        Ok(GenStep::Yield(v))
    }
}

/// What a [`ReadOp`] reads.
enum Op {
    Line,
    Next,
    Until(Vec<u8>),
    Read(i64),
    Exactly(usize),
}

/// One call of a reading method: a coroutine with a native body that keeps its place
/// across the waits (the separator search offset, the blocks of `read()`).
struct ReadOp {
    reader: Rc<StreamReader>,
    op: Op,
    started: Cell<bool>,
    waiting: Cell<bool>,
    offset: Cell<usize>,
    blocks: RefCell<Vec<u8>>,
}

/// How `readuntil`'s search ended without a chunk.
enum Until {
    Wait,
    Incomplete(Vec<u8>),
    Overrun(&'static str, usize),
}

impl ReadOp {
    fn readuntil(&self, sep: &[u8]) -> Result<Vec<u8>, Until> {
        let r = &self.reader;
        let seplen = sep.len();
        let buflen = r.len();
        let offset = self.offset.get();
        let found = if buflen >= offset && buflen - offset >= seplen {
            let found = r.find(sep, offset);
            if found.is_none() {
                let next = buflen + 1 - seplen;
                self.offset.set(next);
                if next > r.limit {
                    return Err(Until::Overrun(
                        "Separator is not found, and chunk exceed the limit",
                        next,
                    ));
                }
            }
            found
        } else {
            None
        };
        let Some(isep) = found else {
            if r.eof.get() {
                return Err(Until::Incomplete(r.clear()));
            }
            return Err(Until::Wait);
        };
        if isep > r.limit {
            return Err(Until::Overrun(
                "Separator is found, but chunk is longer than limit",
                isep,
            ));
        }
        Ok(r.consume(isep + seplen))
    }

    fn line_step(&self, vm: &mut Vm, next: bool) -> PyResult<GenStep> {
        let r = self.reader.clone();
        let result = match self.readuntil(b"\n") {
            Ok(line) => {
                r.maybe_resume_transport(vm)?;
                line
            }
            Err(Until::Wait) => return r.wait_for_data(vm, "readuntil"),
            Err(Until::Incomplete(partial)) => partial,
            Err(Until::Overrun(msg, consumed)) => {
                if r.find(b"\n", consumed) == Some(consumed) {
                    r.consume(consumed + 1);
                } else {
                    r.clear();
                }
                r.maybe_resume_transport(vm)?;
                return Err(value_error(msg));
            }
        };
        if next && result.is_empty() {
            return Err(PyErr::with_args(&types().stop_async_iteration, vec![]));
        }
        Ok(GenStep::Return(bytes_value(&result)))
    }

    fn step(&self, vm: &mut Vm, first: bool, woken: bool) -> PyResult<GenStep> {
        let r = self.reader.clone();
        match &self.op {
            Op::Line | Op::Next => {
                if first {
                    r.raise_pending()?;
                }
                self.line_step(vm, matches!(self.op, Op::Next))
            }
            Op::Until(sep) => {
                if first {
                    if sep.is_empty() {
                        return Err(value_error("Separator should be at least one-byte string"));
                    }
                    r.raise_pending()?;
                }
                match self.readuntil(sep) {
                    Ok(chunk) => {
                        r.maybe_resume_transport(vm)?;
                        Ok(GenStep::Return(bytes_value(&chunk)))
                    }
                    Err(Until::Wait) => r.wait_for_data(vm, "readuntil"),
                    Err(Until::Incomplete(chunk)) => Err(streams_error(
                        vm,
                        "IncompleteReadError",
                        vec![bytes_value(&chunk), Value::None],
                    )),
                    Err(Until::Overrun(msg, consumed)) => Err(streams_error(
                        vm,
                        "LimitOverrunError",
                        vec![Value::str(msg), Value::Int(consumed as i64)],
                    )),
                }
            }
            Op::Read(n) if *n < 0 => {
                // `read()` is `read(limit)` until it gives b'': each call checks the
                // exception and waits if nothing is buffered; a step woken from that
                // wait goes straight on to take what came.
                let mut resumed = woken;
                loop {
                    if !resumed {
                        r.raise_pending()?;
                        if r.len() == 0 && !r.eof.get() {
                            return r.wait_for_data(vm, "read");
                        }
                    }
                    resumed = false;
                    let chunk = r.consume(r.limit);
                    r.maybe_resume_transport(vm)?;
                    if chunk.is_empty() {
                        let all = std::mem::take(&mut *self.blocks.borrow_mut());
                        return Ok(GenStep::Return(bytes_value(&all)));
                    }
                    self.blocks.borrow_mut().extend_from_slice(&chunk);
                }
            }
            Op::Read(n) => {
                if first {
                    r.raise_pending()?;
                    if *n == 0 {
                        return Ok(GenStep::Return(bytes_value(b"")));
                    }
                    if r.len() == 0 && !r.eof.get() {
                        return r.wait_for_data(vm, "read");
                    }
                }
                let data = r.consume(*n as usize);
                r.maybe_resume_transport(vm)?;
                Ok(GenStep::Return(bytes_value(&data)))
            }
            Op::Exactly(n) => {
                if first {
                    r.raise_pending()?;
                    if *n == 0 {
                        return Ok(GenStep::Return(bytes_value(b"")));
                    }
                }
                if r.len() < *n {
                    if r.eof.get() {
                        let incomplete = r.clear();
                        return Err(streams_error(
                            vm,
                            "IncompleteReadError",
                            vec![bytes_value(&incomplete), Value::Int(*n as i64)],
                        ));
                    }
                    return r.wait_for_data(vm, "readexactly");
                }
                let data = r.consume(*n);
                r.maybe_resume_transport(vm)?;
                Ok(GenStep::Return(bytes_value(&data)))
            }
        }
    }
}

impl NativeBody for ReadOp {
    fn resume(&self, vm: &mut Vm, _gen: &Rc<Generator>, how: Resume) -> PyResult<GenStep> {
        let woken = self.waiting.replace(false);
        if woken {
            // `_wait_for_data`'s `finally: self._waiter = None`.
            *self.reader.waiter.borrow_mut() = None;
        }
        if let Resume::Throw(e) = how {
            return Err(e);
        }
        let first = !self.started.replace(true);
        let step = self.step(vm, first, woken);
        self.waiting.set(matches!(step, Ok(GenStep::Yield(_))));
        step
    }

    fn name(&self) -> &'static str {
        match self.op {
            Op::Line => "readline",
            Op::Next => "__anext__",
            Op::Until(_) => "readuntil",
            Op::Read(_) => "read",
            Op::Exactly(_) => "readexactly",
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn this(args: &Args<'_>) -> PyResult<Rc<StreamReader>> {
    args.pos()
        .first()
        .and_then(downcast::<StreamReader>)
        .ok_or_else(|| type_error("descriptor requires a StreamReader object"))
}

fn coroutine(reader: Rc<StreamReader>, op: Op) -> Value {
    let body = ReadOp {
        reader,
        op,
        started: Cell::new(false),
        waiting: Cell::new(false),
        offset: Cell::new(0),
        blocks: RefCell::new(Vec::new()),
    };
    Value::Generator(Rc::new(Generator::native_coroutine(Box::new(body))))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::runtime::builtins::index_i64(vm, v)
}

const NEW: Signature = Signature::new("__init__", &["limit", "loop"])
    .required(0)
    .python_method("StreamReader.__init__");
const FEED_DATA: Signature =
    Signature::new("feed_data", &["data"]).python_method("StreamReader.feed_data");
const SET_EXCEPTION: Signature =
    Signature::new("set_exception", &["exc"]).python_method("StreamReader.set_exception");
const SET_TRANSPORT: Signature =
    Signature::new("set_transport", &["transport"]).python_method("StreamReader.set_transport");
const READLINE: Signature = Signature::new("readline", &[]).python_method("StreamReader.readline");
const READUNTIL: Signature = Signature::new("readuntil", &["separator"])
    .required(0)
    .python_method("StreamReader.readuntil");
const READ: Signature = Signature::new("read", &["n"])
    .required(0)
    .python_method("StreamReader.read");
const READEXACTLY: Signature =
    Signature::new("readexactly", &["n"]).python_method("StreamReader.readexactly");

fn m_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = NEW.bind_method(&args)?;
    let limit = match p.given(0) {
        Some(v) => int_arg(vm, v)?,
        None => DEFAULT_LIMIT,
    };
    if limit <= 0 {
        return Err(value_error("Limit cannot be <= 0"));
    }
    let lp = match p.get(1) {
        Some(l) => loop_arg(l)?,
        None => loop_arg(&get_event_loop()?)?,
    };
    let r = Rc::new(StreamReader {
        lp,
        limit: limit as usize,
        buf: RefCell::new(Vec::new()),
        start: Cell::new(0),
        eof: Cell::new(false),
        waiter: RefCell::new(None),
        exception: RefCell::new(None),
        transport: RefCell::new(Value::None),
        paused: Cell::new(false),
    });
    Ok(Value::Native(wrap(&classes().stream_reader, r)))
}

fn m_feed_data(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let data = FEED_DATA.bind_method(&args)?.req(0);
    match with_bytes(data, <[u8]>::to_vec) {
        Some(bytes) => r.feed_data(vm, &bytes)?,
        None => {
            return Err(type_error(format!(
                "can't concat {} to bytearray",
                crate::runtime::builtins::type_name(vm, data)
            )))
        }
    }
    Ok(Value::None)
}

fn m_feed_eof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.feed_eof(vm)?;
    Ok(Value::None)
}

fn m_at_eof(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    Ok(Value::Bool(r.eof.get() && r.len() == 0))
}

fn m_exception(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?
        .exception
        .borrow()
        .as_ref()
        .map_or(Value::None, |e| e.value()))
}

fn m_set_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let exc = SET_EXCEPTION.bind_method(&args)?.req(0);
    let e = super::super::future::exception_arg(vm, exc)?;
    r.set_exception(vm, e)?;
    Ok(Value::None)
}

fn m_set_transport(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let t = SET_TRANSPORT.bind_method(&args)?.req(0).clone();
    if !r.transport.borrow().is_none() {
        return Err(assertion("Transport already set"));
    }
    *r.transport.borrow_mut() = t;
    Ok(Value::None)
}

fn m_readline(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    READLINE.bind_method(&args)?;
    Ok(coroutine(this(&args)?, Op::Line))
}

fn m_anext(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(coroutine(this(&args)?, Op::Next))
}

fn m_aiter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(args.pos()[0].clone())
}

fn m_readuntil(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let sep = match READUNTIL.bind_method(&args)?.given(0) {
        None => b"\n".to_vec(),
        Some(v) => with_bytes(v, <[u8]>::to_vec)
            .ok_or_else(|| type_error("a bytes-like object is required"))?,
    };
    Ok(coroutine(r, Op::Until(sep)))
}

fn m_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let n = match READ.bind_method(&args)?.given(0) {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok(coroutine(r, Op::Read(n)))
}

fn m_readexactly(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let n = int_arg(vm, READEXACTLY.bind_method(&args)?.req(0))?;
    if n < 0 {
        // Raised when the coroutine runs, as CPython's async def does.
        let body = ReadOp {
            reader: r,
            op: Op::Exactly(0),
            started: Cell::new(true),
            waiting: Cell::new(false),
            offset: Cell::new(0),
            blocks: RefCell::new(Vec::new()),
        };
        return Ok(failing(body));
    }
    Ok(coroutine(r, Op::Exactly(n as usize)))
}

/// A readexactly(-1) coroutine: it raises when first run.
fn failing(body: ReadOp) -> Value {
    struct Fail(ReadOp);
    impl NativeBody for Fail {
        fn resume(&self, _vm: &mut Vm, _g: &Rc<Generator>, how: Resume) -> PyResult<GenStep> {
            match how {
                Resume::Throw(e) => Err(e),
                Resume::Send(_) => Err(value_error("readexactly size can not be less than zero")),
            }
        }
        fn name(&self) -> &'static str {
            self.0.name()
        }
        fn as_any(&self) -> &dyn Any {
            self
        }
    }
    Value::Generator(Rc::new(Generator::native_coroutine(Box::new(Fail(body)))))
}

fn m_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let mut info = vec!["StreamReader".to_string()];
    if r.len() > 0 {
        info.push(format!("{} bytes", r.len()));
    }
    if r.eof.get() {
        info.push("eof".into());
    }
    if r.limit as i64 != DEFAULT_LIMIT {
        info.push(format!("limit={}", r.limit));
    }
    let waiter = r.waiter.borrow().as_ref().map(|w| w.value());
    if let Some(w) = waiter {
        info.push(format!("waiter={}", vm.repr(&w)?));
    }
    let exc = r.exception.borrow().as_ref().map(|e| e.value());
    if let Some(e) = exc {
        info.push(format!("exception={}", vm.repr(&e)?));
    }
    let t = r.transport.borrow().clone();
    if !t.is_none() {
        info.push(format!("transport={}", vm.repr(&t)?));
    }
    if r.paused.get() {
        info.push("paused".into());
    }
    Ok(Value::from_string(format!("<{}>", info.join(" "))))
}

pub fn install_methods() {
    let d = &classes().stream_reader.dict;
    let methods: [(&'static str, NativeFn); 15] = [
        ("__new__", m_new),
        ("feed_data", m_feed_data),
        ("feed_eof", m_feed_eof),
        ("at_eof", m_at_eof),
        ("exception", m_exception),
        ("set_exception", m_set_exception),
        ("set_transport", m_set_transport),
        ("readline", m_readline),
        ("readuntil", m_readuntil),
        ("read", m_read),
        ("readexactly", m_readexactly),
        ("__aiter__", m_aiter),
        ("__anext__", m_anext),
        ("__repr__", m_repr),
        ("__str__", m_repr),
    ];
    for (name, f) in methods {
        d.set_by_str(name, Builtin::value(name, f));
    }
}

/// `_drain_done()`: a coroutine that returns None at its first step, what
/// `StreamWriter.drain()` gives when there is nothing to wait for (a frame saved on
/// every write of a busy stream).
pub fn drain_done(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    struct Done;
    impl NativeBody for Done {
        fn resume(&self, _vm: &mut Vm, _g: &Rc<Generator>, how: Resume) -> PyResult<GenStep> {
            match how {
                Resume::Throw(e) => Err(e),
                Resume::Send(_) => Ok(GenStep::Return(Value::None)),
            }
        }
        fn name(&self) -> &'static str {
            "drain"
        }
        fn as_any(&self) -> &dyn Any {
            self
        }
    }
    Ok(Value::Generator(Rc::new(Generator::native_coroutine(
        Box::new(Done),
    ))))
}
