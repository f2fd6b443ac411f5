//! `asyncio.StreamReader`, natively: CPython 3.11's streams.py reader (its buffer, its
//! one waiter, its limit and the pausing of the transport above twice the limit) with
//! `readline`, `readuntil`, `read`, `readexactly` and `__anext__` as coroutines with
//! native bodies ([`ReadOp`]).
//!
//! Why native: a keep-alive server spends most of its time in these few methods. A read
//! that finds its data buffered returns at its first step without a frame, a Future or
//! a suspension; one that must wait suspends exactly where CPython's `_wait_for_data`
//! awaits its waiter, so the order of steps is CPython's.
//!
//! The waiter future is not made (as `asyncio.sleep` makes none, see `sleep`): a read
//! that must wait yields its own coroutine to the task driving it, the task makes
//! itself the reader's waiter ([`DataWaiter`]) and waits for the reader the way it
//! would wait for the future, and data, EOF or an exception schedules the task's next
//! step as the future's done callback would. Cancelling the task marks the wait
//! cancelled and throws CancelledError at the next step, as cancelling the future
//! does. An idle connection's pending `readline()` then costs its coroutine, not a
//! Future and its wrapper as well (about 350 bytes).
//!
//! What it is not: the protocol that feeds it or the writer (Python, asyncio_streams.py).

use super::super::future::FutRef;
use super::super::object::{classes, downcast, wrap};
use super::super::run_loop::{get_event_loop, loop_arg, EventLoop};
use crate::runtime::bytes::with_bytes;
use crate::runtime::error::builtin_error;
use crate::runtime::error::{runtime_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin, NativeFn};
use crate::runtime::native::bytes_value;
use crate::runtime::signature::Signature;
use crate::runtime::types::ExcKind;
use crate::runtime::value::Value;
use crate::vm::generator::NativeBody;
use crate::vm::resume::{GenStep, Resume};
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
    waiter: RefCell<Option<DataWaiter>>,
    exception: RefCell<Option<PyErr>>,
    transport: RefCell<Value>,
    paused: Cell<bool>,
}

/// Who waits for data: what CPython's `_waiter` future stands for (see the module doc).
enum DataWaiter {
    /// A read yielded itself to the task driving it, which has not taken it yet (or it
    /// is driven by hand: then nothing is woken, as nobody listens to the future).
    Yielded,
    /// The task whose next step data, EOF or an exception schedules.
    Task(FutRef),
    /// The waiting task was cancelled (the future would be): nothing wakes it from here.
    Cancelled,
}

#[cold]
fn assertion(msg: &str) -> PyErr {
    builtin_error(ExcKind::AssertionError, msg)
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

    /// `_wakeup_waiter` (`set_exception` passes its exception): the waiting task steps
    /// next, as the future's done callback would make it.
    fn wakeup_waiter(&self, vm: &mut Vm, exc: Option<PyErr>) -> PyResult<()> {
        let waiter = self.waiter.borrow_mut().take();
        if let Some(DataWaiter::Task(task)) = waiter {
            super::super::task::read_ready(vm, &task, self.addr(), exc);
        }
        Ok(())
    }

    /// The reader's identity in the `--timeline` record (where the future's would be).
    fn addr(&self) -> usize {
        self as *const StreamReader as usize
    }

    /// Whether the reader belongs to `lp` (a task only waits for its own loop's).
    pub fn on_loop(&self, lp: &Rc<EventLoop>) -> bool {
        Rc::ptr_eq(&self.lp, lp)
    }

    /// `task` took the read this reader's coroutine yielded: it is the waiter now.
    pub fn arm(&self, task: &FutRef) {
        *self.waiter.borrow_mut() = Some(DataWaiter::Task(task.clone()));
    }

    /// The waiting task was cancelled: feeding the reader no longer wakes it.
    pub fn cancel_wait(&self) {
        let mut waiter = self.waiter.borrow_mut();
        if matches!(*waiter, Some(DataWaiter::Task(_))) {
            *waiter = Some(DataWaiter::Cancelled);
        }
    }

    /// The waiter as the repr shows it (the future's repr in CPython).
    fn waiter_repr(&self) -> Option<&'static str> {
        Some(match self.waiter.borrow().as_ref()? {
            DataWaiter::Yielded => "<Future pending>",
            DataWaiter::Task(_) => "<Future pending cb=[Task.task_wakeup()]>",
            DataWaiter::Cancelled => "<Future cancelled>",
        })
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
        self.wakeup_waiter(vm, None)?;
        if !self.transport.borrow().is_none() && !self.paused.get() && self.len() > 2 * self.limit {
            match self.call_transport(vm, "pause_reading") {
                Ok(_) => self.paused.set(true),
                Err(e) if e.is_instance(&vm.types().not_implemented_error) => {
                    *self.transport.borrow_mut() = Value::None;
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn feed_eof(&self, vm: &mut Vm) -> PyResult<()> {
        self.eof.set(true);
        self.wakeup_waiter(vm, None)
    }

    fn set_exception(&self, vm: &mut Vm, exc: PyErr) -> PyResult<()> {
        *self.exception.borrow_mut() = Some(exc.clone());
        self.wakeup_waiter(vm, Some(exc))
    }

    fn raise_pending(&self) -> PyResult<()> {
        match &*self.exception.borrow() {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    /// `_wait_for_data`: suspend `gen` (the read's coroutine, yielded to the task that
    /// drives it in place of the future) until data, EOF or an exception comes.
    fn wait_for_data(&self, vm: &mut Vm, gen: &Rc<Generator>, func: &str) -> PyResult<GenStep> {
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
        *self.waiter.borrow_mut() = Some(DataWaiter::Yielded);
        Ok(GenStep::Yield(Value::Generator(gen.clone())))
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

    fn line_step(&self, vm: &mut Vm, gen: &Rc<Generator>, next: bool) -> PyResult<GenStep> {
        let r = self.reader.clone();
        let result = match self.readuntil(b"\n") {
            Ok(line) => {
                r.maybe_resume_transport(vm)?;
                line
            }
            Err(Until::Wait) => return r.wait_for_data(vm, gen, "readuntil"),
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
            return Err(crate::runtime::error::builtin_error_args(
                crate::runtime::types::ExcKind::StopAsyncIteration,
                vec![],
            ));
        }
        Ok(GenStep::Return(bytes_value(vm.types(), &result)))
    }

    fn step(
        &self,
        vm: &mut Vm,
        gen: &Rc<Generator>,
        first: bool,
        woken: bool,
    ) -> PyResult<GenStep> {
        let r = self.reader.clone();
        match &self.op {
            Op::Line | Op::Next => {
                if first {
                    r.raise_pending()?;
                }
                self.line_step(vm, gen, matches!(self.op, Op::Next))
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
                        Ok(GenStep::Return(bytes_value(vm.types(), &chunk)))
                    }
                    Err(Until::Wait) => r.wait_for_data(vm, gen, "readuntil"),
                    Err(Until::Incomplete(chunk)) => Err(streams_error(
                        vm,
                        "IncompleteReadError",
                        vec![bytes_value(vm.types(), &chunk), Value::None],
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
                            return r.wait_for_data(vm, gen, "read");
                        }
                    }
                    resumed = false;
                    let chunk = r.consume(r.limit);
                    r.maybe_resume_transport(vm)?;
                    if chunk.is_empty() {
                        let all = std::mem::take(&mut *self.blocks.borrow_mut());
                        return Ok(GenStep::Return(bytes_value(vm.types(), &all)));
                    }
                    self.blocks.borrow_mut().extend_from_slice(&chunk);
                }
            }
            Op::Read(n) => {
                if first {
                    r.raise_pending()?;
                    if *n == 0 {
                        return Ok(GenStep::Return(bytes_value(vm.types(), b"")));
                    }
                    if r.len() == 0 && !r.eof.get() {
                        return r.wait_for_data(vm, gen, "read");
                    }
                }
                let data = r.consume(*n as usize);
                r.maybe_resume_transport(vm)?;
                Ok(GenStep::Return(bytes_value(vm.types(), &data)))
            }
            Op::Exactly(n) => {
                if first {
                    r.raise_pending()?;
                    if *n == 0 {
                        return Ok(GenStep::Return(bytes_value(vm.types(), b"")));
                    }
                }
                if r.len() < *n {
                    if r.eof.get() {
                        let incomplete = r.clear();
                        return Err(streams_error(
                            vm,
                            "IncompleteReadError",
                            vec![bytes_value(vm.types(), &incomplete), Value::Int(*n as i64)],
                        ));
                    }
                    return r.wait_for_data(vm, gen, "readexactly");
                }
                let data = r.consume(*n);
                r.maybe_resume_transport(vm)?;
                Ok(GenStep::Return(bytes_value(vm.types(), &data)))
            }
        }
    }
}

impl NativeBody for ReadOp {
    fn resume(&self, vm: &mut Vm, gen: &Rc<Generator>, how: Resume) -> PyResult<GenStep> {
        let woken = self.waiting.replace(false);
        if woken {
            // `_wait_for_data`'s `finally: self._waiter = None`.
            *self.reader.waiter.borrow_mut() = None;
        }
        if let Resume::Throw(e) = how {
            return Err(e);
        }
        let first = !self.started.replace(true);
        let step = self.step(vm, gen, first, woken);
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

/// The reader a task's coroutine yielded while it waits for data (see the module doc).
pub fn waiting_read(y: &Value) -> Option<Rc<StreamReader>> {
    let Value::Generator(g) = y else { return None };
    let reader = &g.native_body::<ReadOp>()?.reader;
    let yielded = matches!(*reader.waiter.borrow(), Some(DataWaiter::Yielded));
    yielded.then(|| reader.clone())
}

fn coroutine(vm: &mut Vm, reader: Rc<StreamReader>, op: Op) -> Value {
    let body = ReadOp {
        reader,
        op,
        started: Cell::new(false),
        waiting: Cell::new(false),
        offset: Cell::new(0),
        blocks: RefCell::new(Vec::new()),
    };
    Value::Generator(Rc::new(Generator::native_coroutine(vm, Box::new(body))))
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
        None => loop_arg(&get_event_loop(vm)?)?,
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
    Ok(Value::Native(wrap(&classes(vm).stream_reader, r)))
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

fn m_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?
        .exception
        .borrow()
        .as_ref()
        .map_or(Value::None, |e| e.value(vm.types())))
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

fn m_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    READLINE.bind_method(&args)?;
    Ok(coroutine(vm, this(&args)?, Op::Line))
}

fn m_anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(coroutine(vm, this(&args)?, Op::Next))
}

fn m_aiter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(args.pos()[0].clone())
}

fn m_readuntil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let sep = match READUNTIL.bind_method(&args)?.given(0) {
        None => b"\n".to_vec(),
        Some(v) => with_bytes(v, <[u8]>::to_vec)
            .ok_or_else(|| type_error("a bytes-like object is required"))?,
    };
    Ok(coroutine(vm, r, Op::Until(sep)))
}

fn m_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(&args)?;
    let n = match READ.bind_method(&args)?.given(0) {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok(coroutine(vm, r, Op::Read(n)))
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
        return Ok(failing(vm, body));
    }
    Ok(coroutine(vm, r, Op::Exactly(n as usize)))
}

/// A readexactly(-1) coroutine: it raises when first run.
fn failing(vm: &mut Vm, body: ReadOp) -> Value {
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
    Value::Generator(Rc::new(Generator::native_coroutine(
        vm,
        Box::new(Fail(body)),
    )))
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
    if let Some(w) = r.waiter_repr() {
        info.push(format!("waiter={w}"));
    }
    let exc = r.exception.borrow().as_ref().map(|e| e.value(vm.types()));
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

pub fn install_methods(c: &crate::event_loop::object::Classes) {
    let d = &c.stream_reader.dict;
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
pub fn drain_done(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
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
        vm,
        Box::new(Done),
    ))))
}
