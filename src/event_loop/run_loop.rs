//! The event loop: a FIFO ready queue, the timer heap, the clock, and the pump that runs
//! CPython's `_run_once` until the loop is stopped. Also the thread's running loop and
//! current (`set_event_loop`) loop, and the default exception handler. Not futures or
//! tasks (see `future`, `task`); `run_until_complete` is Python in `asyncio.py`.

use super::clock::{ns_to_seconds, seconds_to_ns, Clock, Timer, Timers};
use super::future::{FutRef, FutureObj};
use super::handle::{Callback, Handle};
use super::object::{classes, downcast, upgrade, wrap};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{runtime_error, type_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::native::NativeObj;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

/// An entry of the ready queue.
enum Ready {
    /// A handle Python code holds and may cancel (`call_soon`, a due timer).
    Handle(Rc<Handle>),
    /// A callback nothing can cancel (a task step, a done callback): no Handle object,
    /// so scheduling one allocates nothing.
    Internal(Callback),
}

pub struct EventLoop {
    me: RefCell<Weak<NativeObj>>,
    ready: RefCell<VecDeque<Ready>>,
    timers: Timers,
    pub clock: Clock,
    stopping: Cell<bool>,
    running: Cell<bool>,
    closed: Cell<bool>,
    debug: Cell<bool>,
    /// The task whose step is running now.
    pub current_task: RefCell<Option<Value>>,
    /// Every task created on this loop, oldest first; weak, as CPython's WeakSet.
    pub tasks: RefCell<Vec<Weak<NativeObj>>>,
    /// Prune dead entries from `tasks` when it reaches this length (amortised O(1) per
    /// task; pruning on every creation made 200,000 tasks quadratic).
    pub tasks_prune_at: std::cell::Cell<usize>,
    exception_handler: RefCell<Value>,
}

thread_local! {
    static RUNNING: RefCell<Option<Rc<EventLoop>>> = const { RefCell::new(None) };
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
    static SET_CALLED: Cell<bool> = const { Cell::new(false) };
    static RUNTIME: RefCell<Option<Rc<tokio::runtime::Runtime>>> = const { RefCell::new(None) };
}

impl EventLoop {
    pub fn new_value() -> Value {
        let lp = Rc::new(EventLoop {
            me: RefCell::new(Weak::new()),
            ready: RefCell::new(VecDeque::new()),
            timers: Timers::default(),
            clock: Clock::new(super::virtual_time()),
            stopping: Cell::new(false),
            running: Cell::new(false),
            closed: Cell::new(false),
            debug: Cell::new(false),
            current_task: RefCell::new(None),
            tasks: RefCell::new(Vec::new()),
            tasks_prune_at: std::cell::Cell::new(64),
            exception_handler: RefCell::new(Value::None),
        });
        let obj = wrap(&classes().event_loop, lp.clone());
        *lp.me.borrow_mut() = Rc::downgrade(&obj);
        Value::Native(obj)
    }

    pub fn value(&self) -> Value {
        upgrade(&self.me.borrow())
    }

    pub fn now_ns(&self) -> i64 {
        self.clock.now_ns()
    }

    #[cold]
    fn closed_error() -> PyErr {
        runtime_error("Event loop is closed")
    }

    pub fn check_closed(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(Self::closed_error());
        }
        Ok(())
    }

    /// Append a callback to the ready queue (`call_soon`), returning its handle.
    pub fn call_soon(&self, callback: Callback) -> Rc<Handle> {
        let h = Handle::new(callback, None);
        self.ready.borrow_mut().push_back(Ready::Handle(h.clone()));
        h
    }

    /// Append a callback no one will cancel to the ready queue: `call_soon` without
    /// the handle.
    pub fn schedule(&self, callback: Callback) {
        self.ready.borrow_mut().push_back(Ready::Internal(callback));
    }

    pub fn call_at_ns(&self, when: i64, callback: Callback) -> Rc<Handle> {
        let h = Handle::new(callback, Some(when));
        self.timers.push(when, Timer::Handle(h.clone()));
        h
    }

    /// The timer ending a sleep `task` awaits; its number.
    pub fn sleep_until_ns(&self, when: i64, task: FutRef) -> u64 {
        self.timers.push(when, Timer::Sleep(task))
    }

    pub fn is_running(&self) -> bool {
        self.running.get()
    }

    /// One iteration, as CPython's `BaseEventLoop._run_once`.
    async fn run_once(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        let next = self.timers.next_deadline();
        if self.ready.borrow().is_empty() && !self.stopping.get() {
            match next {
                Some(when) => match self.clock.instant_of(when) {
                    None => self.clock.jump_to(when),
                    // Already due: nothing to wait for (see `run_until`).
                    Some(at) if at <= std::time::Instant::now() => {}
                    Some(at) => wait_real(Some(at)).await?,
                },
                None => wait_real(None).await?,
            }
        }
        if ctrl_c_pending().await {
            return Err(interrupted());
        }
        let now = self.now_ns();
        while let Some((seq, timer)) = self.timers.pop_due(now) {
            let entry = match timer {
                Timer::Handle(h) => Ready::Handle(h),
                Timer::Sleep(task) => Ready::Internal(Callback::SleepDone(task, seq)),
            };
            self.ready.borrow_mut().push_back(entry);
        }
        let ntodo = self.ready.borrow().len();
        for _ in 0..ntodo {
            let Some(entry) = self.ready.borrow_mut().pop_front() else {
                break;
            };
            match entry {
                Ready::Handle(h) if h.is_cancelled() => {}
                Ready::Handle(h) => self.run_callback(vm, &h.callback, Some(&h))?,
                Ready::Internal(cb) => self.run_callback(vm, &cb, None)?,
            }
        }
        super::future::report_orphans(vm, self)
    }

    /// Run one ready callback; `handle` is its handle, if it has one.
    fn run_callback(
        self: &Rc<Self>,
        vm: &mut Vm,
        callback: &Callback,
        handle: Option<&Rc<Handle>>,
    ) -> PyResult<()> {
        let result = match callback {
            Callback::Call(call) => {
                let args = call.args.clone();
                crate::runtime::contextvars::run_in(vm, call.context.clone(), |vm| {
                    vm.call_args(&call.func, args)
                })
                .0
                .map(|_| ())
            }
            Callback::Step(task, exc) => super::task::step(vm, task, exc.clone()),
            Callback::Wakeup(task, fut) => super::task::wakeup(vm, task, fut),
            Callback::SleepDone(task, seq) => {
                super::task::sleep_done(task, *seq);
                Ok(())
            }
        };
        match result {
            Ok(()) => Ok(()),
            Err(e) if is_fatal(&e) => Err(e),
            Err(e) => self.report_callback_error(vm, callback, handle, e),
        }
    }

    /// "Exception in callback ...", with the handle as CPython's report shows it.
    #[cold]
    fn report_callback_error(
        self: &Rc<Self>,
        vm: &mut Vm,
        callback: &Callback,
        handle: Option<&Rc<Handle>>,
        e: PyErr,
    ) -> PyResult<()> {
        let h = match handle {
            Some(h) => h.clone(),
            None => Handle::new(callback.clone(), None),
        };
        let what = h.describe(vm);
        let handle_repr = vm.repr(&h.to_value())?;
        self.report(
            vm,
            &format!("Exception in callback {what}"),
            vec![("handle", Value::from_string(handle_repr))],
            Some(e),
        )
    }

    /// `call_exception_handler({'message': ..., 'exception': ..., key: value})`.
    pub fn report(
        self: &Rc<Self>,
        vm: &mut Vm,
        message: &str,
        extra: Vec<(&str, Value)>,
        exc: Option<PyErr>,
    ) -> PyResult<()> {
        let context = Rc::new(PyDict::new());
        context.set_by_str("message", Value::str(message));
        if let Some(e) = &exc {
            context.set_by_str("exception", e.value());
        }
        for (k, v) in extra {
            context.set_by_str(k, v);
        }
        let handler = self.exception_handler.borrow().clone();
        if handler.is_none() {
            default_handler(vm, &context)
        } else {
            match vm.call_args(&handler, vec![self.value(), Value::Dict(context.clone())]) {
                Ok(_) => Ok(()),
                Err(e) if is_fatal(&e) => Err(e),
                Err(e) => {
                    let ctx = Rc::new(PyDict::new());
                    ctx.set_by_str(
                        "message",
                        Value::str("Unhandled error in exception handler"),
                    );
                    ctx.set_by_str("exception", e.value());
                    ctx.set_by_str("context", Value::Dict(context));
                    default_handler(vm, &ctx)
                }
            }
        }
    }

    /// `run_forever`: run iterations until `stop()`.
    pub fn run_forever(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        let _running = self.enter()?;
        let rt = runtime()?;
        rt.block_on(async {
            loop {
                self.run_once(vm).await?;
                if self.stopping.get() {
                    return Ok(());
                }
            }
        })
    }

    /// Make this the thread's running loop until the guard is dropped, as it is while
    /// `run_forever` runs. A host that runs Python code between iterations (the REPL,
    /// as `python -m asyncio` does) enters the loop around that code, so
    /// `get_running_loop()` and `create_task()` work there.
    pub fn enter(self: &Rc<Self>) -> PyResult<Running> {
        self.check_closed()?;
        if self.running.get() {
            return Err(runtime_error("This event loop is already running"));
        }
        if running_loop().is_some() {
            return Err(runtime_error(
                "Cannot run the event loop while another loop is running",
            ));
        }
        self.running.set(true);
        RUNNING.with(|r| *r.borrow_mut() = Some(self.clone()));
        Ok(Running(self.clone()))
    }

    /// Run iterations until `done()` holds after one (at least one runs): `run_forever`
    /// for a host that interleaves the loop with its own work. `stop()` has nothing to
    /// end here, so it only cuts the current iteration's wait short.
    ///
    /// An iteration whose work is already due (see [`EventLoop::next_work`]) does not
    /// wait, so it does not install the Ctrl-C listener either: the REPL runs background
    /// iterations while the line editor has the terminal and the SIGINT disposition,
    /// which it restores when the line is read, dropping a listener installed meanwhile.
    pub fn run_until(self: &Rc<Self>, vm: &mut Vm, done: &mut dyn FnMut() -> bool) -> PyResult<()> {
        let _running = self.enter()?;
        let rt = runtime()?;
        rt.block_on(async {
            loop {
                self.run_once(vm).await?;
                self.stopping.set(false);
                if done() {
                    return Ok(());
                }
            }
        })
    }

    /// When the next iteration has something to run, so a host can wait for its own
    /// events until then instead of inside the loop.
    pub fn next_work(&self) -> NextWork {
        if !self.ready.borrow().is_empty() || self.stopping.get() {
            return NextWork::Now;
        }
        match self.timers.next_deadline() {
            None => NextWork::Nothing,
            Some(when) => match self.clock.instant_of(when) {
                // The virtual clock jumps: the timer is due as soon as the loop runs.
                None => NextWork::Now,
                Some(at) if at <= std::time::Instant::now() => NextWork::Now,
                Some(at) => NextWork::At(at),
            },
        }
    }
}

/// The loop is the thread's running loop while this lives (see [`EventLoop::enter`]).
pub struct Running(Rc<EventLoop>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.stopping.set(false);
        self.0.running.set(false);
        RUNNING.with(|r| *r.borrow_mut() = None);
    }
}

/// What [`EventLoop::next_work`] reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NextWork {
    /// Callbacks are ready, or a timer is due.
    Now,
    /// The first timer is due then.
    At(std::time::Instant),
    /// Nothing is scheduled: only new Python code can give the loop work.
    Nothing,
}

fn runtime() -> PyResult<Rc<tokio::runtime::Runtime>> {
    RUNTIME.with(|slot| {
        if let Some(rt) = &*slot.borrow() {
            return Ok(rt.clone());
        }
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| runtime_error(format!("cannot start the tokio runtime: {e}")))?;
        let rt = Rc::new(rt);
        *slot.borrow_mut() = Some(rt.clone());
        Ok(rt)
    })
}

#[cold]
fn interrupted() -> PyErr {
    PyErr::with_args(&types().keyboard_interrupt, vec![])
}

thread_local! {
    /// The SIGINT listener, made the first time the loop waits in real time (from then
    /// on Ctrl-C is delivered to the loop instead of killing the process) and kept so a
    /// Ctrl-C that arrives while callbacks run is seen at the next iteration.
    static CTRL_C: RefCell<Option<CtrlC>> = const { RefCell::new(None) };
    static LOOKS: Cell<u32> = const { Cell::new(0) };
}

#[cfg(unix)]
type CtrlC = tokio::signal::unix::Signal;
#[cfg(unix)]
fn new_ctrl_c() -> Option<CtrlC> {
    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok()
}
#[cfg(unix)]
async fn ctrl_c_recv(c: &mut CtrlC) {
    c.recv().await;
}

#[cfg(not(unix))]
type CtrlC = ();
#[cfg(not(unix))]
fn new_ctrl_c() -> Option<CtrlC> {
    Some(())
}
#[cfg(not(unix))]
async fn ctrl_c_recv(_c: &mut CtrlC) {
    let _ = tokio::signal::ctrl_c().await;
}

fn take_ctrl_c(install: bool) -> Option<CtrlC> {
    CTRL_C.with(|c| {
        let mut slot = c.borrow_mut();
        if slot.is_none() && install {
            *slot = new_ctrl_c();
        }
        slot.take()
    })
}

fn put_ctrl_c(c: Option<CtrlC>) {
    CTRL_C.with(|slot| *slot.borrow_mut() = c);
}

/// Wait for a real deadline (or forever), unless Ctrl-C comes first.
async fn wait_real(deadline: Option<std::time::Instant>) -> PyResult<()> {
    let mut ctrl_c = take_ctrl_c(true);
    // The signal stream only wakes the wait; the VM's flag decides (a Ctrl-C the VM
    // already turned into KeyboardInterrupt must not count twice).
    let result = match (&mut ctrl_c, deadline) {
        (Some(c), Some(at)) => loop {
            tokio::select! {
                _ = tokio::time::sleep_until(at.into()) => break Ok(()),
                _ = ctrl_c_recv(c) => {
                    if crate::vm::interrupt::take() {
                        break Err(interrupted());
                    }
                }
            }
        },
        (Some(c), None) => loop {
            ctrl_c_recv(c).await;
            if crate::vm::interrupt::take() {
                break Err(interrupted());
            }
        },
        (None, Some(at)) => {
            tokio::time::sleep_until(at.into()).await;
            Ok(())
        }
        (None, None) => std::future::pending().await,
    };
    put_ctrl_c(ctrl_c);
    result
}

/// A Ctrl-C that arrived since the last look (only once the listener exists). Every
/// 256th look also lets tokio poll its drivers, which is how a signal gets delivered
/// while the loop never waits.
async fn ctrl_c_pending() -> bool {
    let mut ctrl_c = take_ctrl_c(false);
    let hit = match &mut ctrl_c {
        Some(c) => {
            let n = LOOKS.with(|l| {
                l.set(l.get().wrapping_add(1));
                l.get()
            });
            if n.is_multiple_of(256) {
                tokio::task::yield_now().await;
            }
            // Drain the stream's wake-ups; the flag is what counts.
            tokio::select! {
                biased;
                _ = ctrl_c_recv(c) => {}
                _ = std::future::ready(()) => {}
            }
            crate::vm::interrupt::take()
        }
        None => crate::vm::interrupt::take(),
    };
    put_ctrl_c(ctrl_c);
    hit
}

/// KeyboardInterrupt and SystemExit leave the loop; everything else is reported.
pub fn is_fatal(e: &PyErr) -> bool {
    let t = types();
    e.is_instance(&t.keyboard_interrupt) || e.is_instance(&t.system_exit)
}

/// CPython's `default_exception_handler`: the message, the context, the traceback.
fn default_handler(vm: &mut Vm, context: &Rc<PyDict>) -> PyResult<()> {
    let message = match context.get_by_str("message") {
        Some(m) if !m.is_none() => vm.str(&m)?,
        _ => "Unhandled exception in event loop".to_string(),
    };
    let mut out = message;
    out.push('\n');
    let mut keys: Vec<String> = context
        .keys()
        .iter()
        .filter_map(|k| k.as_pystr().map(|s| s.as_str().to_string()))
        .filter(|k| k != "message" && k != "exception")
        .collect();
    keys.sort();
    for k in keys {
        let v = context.get_by_str(&k).unwrap_or(Value::None);
        let shown = match (&*k, &v) {
            ("handle" | "future" | "task", Value::Str(s)) => s.as_str().to_string(),
            _ => vm.repr(&v)?,
        };
        out.push_str(&format!("{k}: {shown}\n"));
    }
    if let Some(Value::Instance(i)) = context.get_by_str("exception") {
        if i.exc_data().is_some() {
            out.push_str(&crate::report::render_traceback(vm, &PyErr(i)));
        }
    }
    vm.out.write_stderr(&out);
    Ok(())
}

/// The loop running on this thread.
pub fn running_loop() -> Option<Rc<EventLoop>> {
    RUNNING.with(|r| r.borrow().clone())
}

/// `get_running_loop()` / the loop a new future belongs to.
pub fn require_running_loop() -> PyResult<Rc<EventLoop>> {
    running_loop().ok_or_else(|| runtime_error("no running event loop"))
}

/// `get_event_loop()` as Python 3.7-3.10 had it: the running loop, else the current
/// one, made on first use unless `set_event_loop` was called.
pub fn get_event_loop() -> PyResult<Value> {
    if let Some(lp) = running_loop() {
        return Ok(lp.value());
    }
    if let Some(v) = CURRENT.with(|c| c.borrow().clone()) {
        return Ok(v);
    }
    if SET_CALLED.with(|s| s.get()) {
        return Err(runtime_error(
            "There is no current event loop in thread 'MainThread'.",
        ));
    }
    let v = EventLoop::new_value();
    CURRENT.with(|c| *c.borrow_mut() = Some(v.clone()));
    Ok(v)
}

pub fn set_event_loop(v: Value) -> PyResult<()> {
    SET_CALLED.with(|s| s.set(true));
    let v = match v {
        Value::None => None,
        v if downcast::<EventLoop>(&v).is_some() => Some(v),
        v => {
            return Err(type_error(format!(
                "loop must be an instance of AbstractEventLoop or None, not '{}'",
                v.kind_name()
            )))
        }
    };
    CURRENT.with(|c| *c.borrow_mut() = v);
    Ok(())
}

/// The loop behind a value, or TypeError.
pub fn loop_arg(v: &Value) -> PyResult<Rc<EventLoop>> {
    downcast::<EventLoop>(v).ok_or_else(|| type_error("an event loop was expected"))
}

pub fn to_seconds(vm: &mut Vm, v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        Value::None => Err(type_error(format!("{what} must not be None"))),
        other => {
            let t = vm.type_of(other).name();
            Err(type_error(format!(
                "'{t}' object cannot be interpreted as a number of seconds"
            )))
        }
    }
}

fn this(args: &Args<'_>) -> PyResult<Rc<EventLoop>> {
    args.pos()
        .first()
        .and_then(downcast::<EventLoop>)
        .ok_or_else(|| type_error("descriptor requires an event loop object"))
}

fn m_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(ns_to_seconds(this(&args)?.now_ns())))
}

/// The callback of `call_soon`/`call_later`/`call_at` from position `from` on, run in the
/// `context=` given or a copy of the current one.
fn callback_args(vm: &Vm, args: &Args<'_>, from: usize, fname: &str) -> PyResult<Callback> {
    args.only_kw(fname, &["context"])?;
    let pos = args.pos();
    let Some(f) = pos.get(from) else {
        return Err(type_error(format!(
            "{fname}() missing 1 required positional argument: 'callback'"
        )));
    };
    let context = callback_context(vm, args);
    Ok(Callback::call(f.clone(), pos[from + 1..].to_vec(), context))
}

/// The `context=` keyword when given, else a copy of the current context.
pub fn callback_context(vm: &Vm, args: &Args<'_>) -> Value {
    match args.get_kw("context") {
        Some(c) if !c.is_none() => c.clone(),
        _ => crate::runtime::contextvars::copy_current(vm),
    }
}

fn m_call_soon(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    lp.check_closed()?;
    let cb = callback_args(vm, &args, 1, "call_soon")?;
    Ok(lp.call_soon(cb).to_value())
}

fn m_call_later(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    lp.check_closed()?;
    let delay = args.pos().get(1).cloned().unwrap_or(Value::None);
    let delay = to_seconds(vm, &delay, "delay")?;
    let cb = callback_args(vm, &args, 2, "call_later")?;
    let when = lp.now_ns().saturating_add(seconds_to_ns(delay));
    Ok(lp.call_at_ns(when, cb).to_value())
}

fn m_call_at(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    lp.check_closed()?;
    let when = args.pos().get(1).cloned().unwrap_or(Value::None);
    let when = to_seconds(vm, &when, "when")?;
    let cb = callback_args(vm, &args, 2, "call_at")?;
    Ok(lp.call_at_ns(seconds_to_ns(when), cb).to_value())
}

fn m_create_future(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    Ok(FutureObj::new_value(&lp, None))
}

fn m_create_task(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("create_task", &["name", "context"])?;
    let lp = this(&args)?;
    lp.check_closed()?;
    let coro = args.check_pos("create_task", 2, 2)?[1].clone();
    let name = args.get_kw("name").cloned().unwrap_or(Value::None);
    let context = callback_context(vm, &args);
    super::task::new_task(vm, &lp, coro, name, context)
}

fn m_run_forever(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.run_forever(vm)?;
    Ok(Value::None)
}

fn m_stop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.stopping.set(true);
    Ok(Value::None)
}

fn m_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    if lp.running.get() {
        return Err(runtime_error("Cannot close a running event loop"));
    }
    if !lp.closed.get() {
        lp.closed.set(true);
        super::task::report_destroyed_pending(vm, &lp)?;
        lp.ready.borrow_mut().clear();
        lp.timers.clear();
        super::future::report_orphans(vm, &lp)?;
    }
    Ok(Value::None)
}

fn m_is_running(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.running.get()))
}

fn m_is_closed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.closed.get()))
}

fn m_get_debug(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.debug.get()))
}

fn m_set_debug(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let on = match args.pos().get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    lp.debug.set(on);
    Ok(Value::None)
}

fn m_set_exception_handler(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let h = args.check_pos("set_exception_handler", 2, 2)?[1].clone();
    *lp.exception_handler.borrow_mut() = h;
    Ok(Value::None)
}

fn m_get_exception_handler(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?.exception_handler.borrow().clone())
}

fn context_arg(args: &Args<'_>, fname: &str) -> PyResult<Rc<PyDict>> {
    match args.check_pos(fname, 2, 2)?[1].clone() {
        Value::Dict(d) => Ok(d),
        _ => Err(type_error("context must be a dict")),
    }
}

fn m_call_exception_handler(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let ctx = context_arg(&args, "call_exception_handler")?;
    let handler = lp.exception_handler.borrow().clone();
    if handler.is_none() {
        default_handler(vm, &ctx)?;
    } else {
        vm.call_args(&handler, vec![lp.value(), Value::Dict(ctx)])?;
    }
    Ok(Value::None)
}

fn m_default_exception_handler(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ctx = context_arg(&args, "default_exception_handler")?;
    default_handler(vm, &ctx)?;
    Ok(Value::None)
}

fn m_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let b = |x: bool| if x { "True" } else { "False" };
    Ok(Value::from_string(format!(
        "<_UnixSelectorEventLoop running={} closed={} debug={}>",
        b(lp.running.get()),
        b(lp.closed.get()),
        b(lp.debug.get())
    )))
}

/// Fill in the native methods of the event loop class.
pub fn install_methods() {
    let d = &classes().event_loop.dict;
    let methods: [(&'static str, crate::runtime::function::NativeFn); 19] = [
        ("time", m_time),
        ("call_soon", m_call_soon),
        ("call_later", m_call_later),
        ("call_at", m_call_at),
        ("create_future", m_create_future),
        ("create_task", m_create_task),
        ("run_forever", m_run_forever),
        ("stop", m_stop),
        ("close", m_close),
        ("is_running", m_is_running),
        ("is_closed", m_is_closed),
        ("get_debug", m_get_debug),
        ("set_debug", m_set_debug),
        ("set_exception_handler", m_set_exception_handler),
        ("get_exception_handler", m_get_exception_handler),
        ("call_exception_handler", m_call_exception_handler),
        ("default_exception_handler", m_default_exception_handler),
        ("__repr__", m_repr),
        ("call_soon_threadsafe", m_call_soon),
    ];
    for (name, f) in methods {
        d.set_by_str(name, Builtin::value(name, f));
    }
}
