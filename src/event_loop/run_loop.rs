//! The event loop: a FIFO ready queue, the timer heap, the clock, and the pump that runs
//! CPython's `_run_once` until the loop is stopped. Also the thread's running loop and
//! current (`set_event_loop`) loop, and the default exception handler. Not futures or
//! tasks (see `future`, `task`); `run_until_complete` is Python in `asyncio.py`.

use super::clock::{ns_to_seconds, seconds_to_ns, Clock, Timer, Timers};
use super::future::{FutRef, FutureObj};
use super::handle::{Callback, Handle};
use super::io_driver::IoDriver;
use super::object::{classes, downcast, upgrade, wrap};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{runtime_error, type_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::native::NativeObj;
use crate::runtime::signature::{Bound, Signature};
use crate::runtime::value::Value;
use crate::timeline::LoopWork;
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
    /// Sockets, processes and blocking jobs in flight, and their posted results.
    pub io: Rc<IoDriver>,
    /// Watched descriptors (add_reader/add_writer, transports), see `net`.
    pub net: super::net::NetState,
    /// Debug mode's settings and the thread running the loop (see `debug`).
    pub debug_state: super::debug::DebugState,
    /// Its interpreter's asyncio classes, for the futures, tasks and handles it wraps
    /// where no `Vm` is at hand.
    pub classes: Rc<super::object::Classes>,
    /// Its interpreter's mailbox, where its futures' `Drop`s report (see `vm::mailbox`).
    pub mailbox: Rc<crate::vm::mailbox::Mailbox>,
}

// Not interpreter state: an OS-thread resource (see ARCHITECTURE, "Interpreter state and
// thread-locals").
thread_local! {
    /// The OS thread's tokio runtime, shared by every interpreter on the thread (its
    /// `block_on` cannot nest). Never dropped (see [`runtime`]).
    static RUNTIME: RefCell<Option<Rc<tokio::runtime::Runtime>>> = const { RefCell::new(None) };
}

impl EventLoop {
    pub fn new_value(vm: &Vm) -> Value {
        let lp = Rc::new(EventLoop {
            me: RefCell::new(Weak::new()),
            ready: RefCell::new(VecDeque::new()),
            timers: Timers::default(),
            clock: Clock::new(vm.virtual_time),
            stopping: Cell::new(false),
            running: Cell::new(false),
            closed: Cell::new(false),
            debug: Cell::new(super::debug::debug_from_environment()),
            current_task: RefCell::new(None),
            tasks: RefCell::new(Vec::new()),
            tasks_prune_at: std::cell::Cell::new(64),
            exception_handler: RefCell::new(Value::None),
            io: IoDriver::new(),
            net: Default::default(),
            debug_state: Default::default(),
            classes: classes(vm),
            mailbox: vm.mailbox.clone(),
        });
        let obj = wrap(&lp.classes.event_loop, lp.clone());
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

    /// The next ready callback. A queue drained to a quarter of its room gives half of
    /// it back (see `clock::worth_shrinking`).
    fn pop_ready(&self) -> Option<Ready> {
        let mut ready = self.ready.borrow_mut();
        let entry = ready.pop_front();
        let len = ready.len();
        if super::clock::worth_shrinking(len, ready.capacity()) {
            ready.shrink_to(len * 2);
        }
        entry
    }

    /// The timer ending a sleep `task` awaits; its number.
    pub fn sleep_until_ns(&self, when: i64, task: FutRef) -> u64 {
        self.timers.push(when, Timer::Sleep(task))
    }

    pub fn is_running(&self) -> bool {
        self.running.get()
    }

    pub fn is_closed(&self) -> bool {
        self.closed.get()
    }

    pub fn get_debug(&self) -> bool {
        self.debug.get()
    }

    /// Run a handle now, as the loop would (errors go to the exception handler): how
    /// readiness callbacks (`add_reader`) run inside the posted callback that found
    /// their descriptor ready.
    pub fn run_handle(self: &Rc<Self>, vm: &mut Vm, h: &Rc<Handle>) -> PyResult<()> {
        self.run_callback(vm, &h.callback, Some(h))
    }

    /// One iteration, as CPython's `BaseEventLoop._run_once`.
    async fn run_once(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        let idle = self.ready.borrow().is_empty() && !self.stopping.get();
        if idle && !self.io.has_posted() {
            self.wait_for_work().await?;
        } else if self.io.in_flight() > 0 {
            // Work is ready, but tokio gets one look at the sockets, as CPython's
            // `select(0)` does.
            tokio::task::yield_now().await;
        }
        if ctrl_c_pending().await {
            return Err(interrupted());
        }
        // Python signal handlers run here, after the wait, as CPython's select wrapper
        // runs them; a handler's exception leaves the loop.
        if crate::vm::eval_breaker::is_set(crate::vm::eval_breaker::SIGNALS) {
            vm.handle_breaker()?;
        }
        // Real I/O joins the ready queue after the wait and before the due timers.
        let io_from = self.ready.borrow().len();
        for cb in self.io.take_posted() {
            self.ready.borrow_mut().push_back(Ready::Internal(cb));
        }
        let io_to = self.ready.borrow().len();
        let now = self.now_ns();
        while let Some((seq, timer)) = self.timers.pop_due(now) {
            let entry = match timer {
                Timer::Handle(h) => Ready::Handle(h),
                Timer::Sleep(task) => Ready::Internal(Callback::SleepDone(task, seq)),
            };
            self.ready.borrow_mut().push_back(entry);
        }
        let ntodo = self.ready.borrow().len();
        for i in 0..ntodo {
            let Some(entry) = self.pop_ready() else {
                break;
            };
            if let Some(tl) = vm.timeline.as_deref_mut() {
                tl.loop_work = match (io_from..io_to).contains(&i) {
                    true => LoopWork::Io,
                    false => LoopWork::Callback,
                };
            }
            match entry {
                Ready::Handle(h) if h.is_cancelled() => {}
                Ready::Handle(h) if self.debug.get() => {
                    self.run_callback_timed(vm, &h.callback, Some(&h))?
                }
                Ready::Handle(h) => self.run_callback(vm, &h.callback, Some(&h))?,
                Ready::Internal(cb) if self.debug.get() => {
                    self.run_callback_timed(vm, &cb, None)?
                }
                Ready::Internal(cb) => self.run_callback(vm, &cb, None)?,
            }
        }
        if let Some(tl) = vm.timeline.as_deref_mut() {
            tl.loop_work = LoopWork::Outside;
        }
        super::future_gc::report_dropped(vm);
        Ok(())
    }

    /// Wait until a timer is due or real I/O posts work. The virtual clock jumps to the
    /// next deadline only while nothing real is in flight; with a socket, process or
    /// thread in flight it waits in real time for that deadline's distance (or for the
    /// I/O), then jumps.
    async fn wait_for_work(&self) -> PyResult<()> {
        // Posts (and `call_soon_threadsafe` wake-ups) end any wait; only work in flight
        // holds the virtual clock.
        let busy = self.io.in_flight() > 0;
        let io = Some(&*self.io);
        match self.timers.next_deadline() {
            Some(when) => match self.clock.instant_of(when) {
                None if !busy => self.clock.jump_to(when),
                None => {
                    let distance = (when - self.now_ns()).max(0) as u64;
                    let at = std::time::Instant::now() + std::time::Duration::from_nanos(distance);
                    if wait_real(Some(at), io).await? == Woke::Deadline {
                        self.clock.jump_to(when);
                    }
                }
                // Already due: nothing to wait for (see `run_until`).
                Some(at) if at <= std::time::Instant::now() => {}
                Some(at) => {
                    wait_real(Some(at), io).await?;
                }
            },
            None => {
                wait_real(None, io).await?;
            }
        }
        Ok(())
    }

    /// Run one ready callback; `handle` is its handle, if it has one.
    pub(super) fn run_callback(
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
                super::task::sleep_done(vm, task, *seq);
                Ok(())
            }
            Callback::Native(work) => work(vm),
        };
        match result {
            Ok(()) => Ok(()),
            Err(e) if is_fatal(vm.types(), &e) => Err(e),
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
        let handle_repr = vm.repr(&h.to_value(&self.classes))?;
        let mut extra = vec![("handle", Value::from_string(handle_repr))];
        if let Some(tb) = h.source.get() {
            let tb = super::debug::source_traceback_value(Some(tb.clone()));
            extra.push(("source_traceback", tb));
        }
        self.report(vm, &format!("Exception in callback {what}"), extra, Some(e))
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
            context.set_by_str("exception", e.value(vm.types()));
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
                Err(e) if is_fatal(vm.types(), &e) => Err(e),
                Err(e) => {
                    let ctx = Rc::new(PyDict::new());
                    ctx.set_by_str(
                        "message",
                        Value::str("Unhandled error in exception handler"),
                    );
                    ctx.set_by_str("exception", e.value(vm.types()));
                    ctx.set_by_str("context", Value::Dict(context));
                    default_handler(vm, &ctx)
                }
            }
        }
    }

    /// `run_forever`: run iterations until `stop()`.
    pub fn run_forever(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        self.enter(vm)?;
        let result = self.run_forever_entered(vm);
        self.leave(vm);
        result
    }

    fn run_forever_entered(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        self.debug_state
            .thread
            .set(Some(vm.threads.current_ident()));
        let io = self.io.clone();
        let vmp: *mut Vm = vm;
        pump(
            vm,
            io.local().run_until(async {
                // SAFETY: the pump polls this future only while this thread runs, and the
                // `&mut Vm` it came from is not used meanwhile (see `pump`).
                let vm = unsafe { &mut *vmp };
                loop {
                    self.run_once(vm).await?;
                    if self.stopping.get() {
                        return Ok(());
                    }
                }
            }),
        )
    }

    /// Make this the thread's running loop until [`EventLoop::leave`], as it is while
    /// `run_forever` runs. A host that runs Python code between iterations (the REPL,
    /// as `python -m asyncio` does) enters the loop around that code, so
    /// `get_running_loop()` and `create_task()` work there.
    pub fn enter(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        self.check_closed()?;
        if self.running.get() {
            return Err(runtime_error("This event loop is already running"));
        }
        if running_loop(vm).is_some() {
            return Err(runtime_error(
                "Cannot run the event loop while another loop is running",
            ));
        }
        self.running.set(true);
        vm.loops.running = Some(self.clone());
        Ok(())
    }

    /// The thread has no running loop any more (the end of [`EventLoop::enter`]).
    pub fn leave(&self, vm: &mut Vm) {
        self.stopping.set(false);
        self.running.set(false);
        self.debug_state.thread.set(None);
        vm.loops.running = None;
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
        self.enter(vm)?;
        let result = self.run_until_entered(vm, done);
        self.leave(vm);
        result
    }

    fn run_until_entered(
        self: &Rc<Self>,
        vm: &mut Vm,
        done: &mut dyn FnMut() -> bool,
    ) -> PyResult<()> {
        self.debug_state
            .thread
            .set(Some(vm.threads.current_ident()));
        let io = self.io.clone();
        let vmp: *mut Vm = vm;
        pump(
            vm,
            io.local().run_until(async {
                // SAFETY: as in `run_forever`.
                let vm = unsafe { &mut *vmp };
                loop {
                    self.run_once(vm).await?;
                    self.stopping.set(false);
                    if done() {
                        return Ok(());
                    }
                }
            }),
        )
    }

    /// When the next iteration has something to run, so a host can wait for its own
    /// events until then instead of inside the loop.
    pub fn next_work(&self) -> NextWork {
        if !self.ready.borrow().is_empty() || self.stopping.get() || self.io.has_posted() {
            return NextWork::Now;
        }
        let io_check = || {
            // Real I/O runs only inside the loop: a host with nothing else to do comes
            // back this often to let it progress.
            (self.io.in_flight() > 0)
                .then(|| std::time::Instant::now() + std::time::Duration::from_millis(5))
        };
        match self.timers.next_deadline() {
            None => io_check().map_or(NextWork::Nothing, NextWork::At),
            Some(when) => match self.clock.instant_of(when) {
                // The virtual clock jumps: the timer is due as soon as the loop runs.
                None => NextWork::Now,
                Some(at) if at <= std::time::Instant::now() => NextWork::Now,
                Some(at) => NextWork::At(io_check().map_or(at, |soon| soon.min(at))),
            },
        }
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

/// Run a loop's pump to the end: in a Python thread under the scheduler it suspends
/// the thread while the loop waits (other threads run; tokio's `block_on` stays the
/// scheduler's); elsewhere it is the runtime's own `block_on`.
fn pump(vm: &mut Vm, fut: impl std::future::Future<Output = PyResult<()>>) -> PyResult<()> {
    match crate::threads::scheduler::Parker::current(vm) {
        Some(parker) => parker.block_on(fut),
        None => runtime()?.block_on(fut),
    }
}

/// The interpreter's tokio runtime (current-thread, all drivers), made on first use.
pub fn runtime() -> PyResult<Rc<tokio::runtime::Runtime>> {
    RUNTIME.with(|slot| {
        if let Some(rt) = &*slot.borrow() {
            return Ok(rt.clone());
        }
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| runtime_error(format!("cannot start the tokio runtime: {e}")))?;
        let rt = Rc::new(rt);
        // Kept for the life of the thread and never dropped: dropping it (as the
        // thread's locals are destroyed at exit) shuts the reactor down, which wakes the
        // tasks of sockets still registered, and waking a LocalSet task then touches
        // thread-local state that is already gone. The process's exit frees it.
        std::mem::forget(rt.clone());
        *slot.borrow_mut() = Some(rt.clone());
        Ok(rt)
    })
}

#[cold]
fn interrupted() -> PyErr {
    crate::runtime::error::builtin_error_args(
        crate::runtime::types::ExcKind::KeyboardInterrupt,
        vec![],
    )
}

// Not interpreter state: the process's SIGINT listener (see ARCHITECTURE, "Interpreter
// state and thread-locals").
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

/// Why [`wait_real`] returned.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Woke {
    Deadline,
    Io,
    Signal,
}

/// Wait for a real deadline (or forever) or for `io` to post work, unless Ctrl-C comes
/// first.
async fn wait_real(deadline: Option<std::time::Instant>, io: Option<&IoDriver>) -> PyResult<Woke> {
    let mut ctrl_c = take_ctrl_c(true);
    let sleep = async {
        match deadline {
            Some(at) => tokio::time::sleep_until(at.into()).await,
            None => std::future::pending().await,
        }
    };
    let posted = async {
        match io {
            Some(io) => io.posted().await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(sleep, posted);
    // The signal stream only wakes the wait; the VM's flag decides (a Ctrl-C the VM
    // already turned into KeyboardInterrupt must not count twice).
    let result = loop {
        match &mut ctrl_c {
            Some(c) => tokio::select! {
                _ = &mut sleep => break Ok(Woke::Deadline),
                _ = &mut posted => break Ok(Woke::Io),
                _ = signal_arrived() => break Ok(Woke::Signal),
                _ = ctrl_c_recv(c) => {
                    if crate::vm::eval_breaker::take(crate::vm::eval_breaker::CTRL_C) {
                        break Err(interrupted());
                    }
                }
            },
            None => tokio::select! {
                _ = &mut sleep => break Ok(Woke::Deadline),
                _ = &mut posted => break Ok(Woke::Io),
                _ = signal_arrived() => break Ok(Woke::Signal),
            },
        }
    };
    put_ctrl_c(ctrl_c);
    result
}

/// The read end of the signal module's wake-up pipe, for tokio's reactor.
struct WakeFd(i32);

impl std::os::fd::AsRawFd for WakeFd {
    fn as_raw_fd(&self) -> std::os::fd::RawFd {
        self.0
    }
}

/// Resolves when a signal with a Python handler has arrived (at once if one is
/// pending): the wait ends so that `run_once` runs the handler. Never resolves while
/// Python has no signal handlers.
async fn signal_arrived() {
    use crate::vm::eval_breaker::{is_set, SIGNALS};
    if is_set(SIGNALS) {
        return;
    }
    let Some(fd) = crate::runtime::signal::wake_fd() else {
        return std::future::pending().await;
    };
    // SAFETY: the wake-up pipe is made once and never closed, so `fd` stays the same
    // open pipe for as long as the watch lives.
    let Ok(watch) = (unsafe {
        tokio::io::unix::AsyncFd::register_with_interest(WakeFd(fd), tokio::io::Interest::READABLE)
    }) else {
        return std::future::pending().await;
    };
    loop {
        let Ok(mut ready) = watch.readable().await else {
            return std::future::pending().await;
        };
        crate::runtime::signal::drain_wake_fd();
        ready.clear_ready();
        if is_set(SIGNALS) {
            return;
        }
    }
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
            crate::vm::eval_breaker::take(crate::vm::eval_breaker::CTRL_C)
        }
        None => crate::vm::eval_breaker::take(crate::vm::eval_breaker::CTRL_C),
    };
    put_ctrl_c(ctrl_c);
    hit
}

/// KeyboardInterrupt and SystemExit leave the loop; everything else is reported.
pub fn is_fatal(t: &crate::runtime::types::Types, e: &PyErr) -> bool {
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
            ("source_traceback", _) => super::debug::format_source_traceback(vm, &v)?,
            _ => vm.repr(&v)?,
        };
        out.push_str(&format!("{k}: {shown}\n"));
    }
    if let Some(Value::Instance(i)) = context.get_by_str("exception") {
        if i.exc_data().is_some() {
            out.push_str(&crate::report::render_traceback(
                vm,
                &PyErr::from_instance(i),
            ));
        }
    }
    vm.out.write_stderr(&out);
    Ok(())
}

/// A Python thread's running loop and current (`set_event_loop`) loop: the running
/// thread's are in the `Vm` (`vm.loops`), the others' are swapped out with the rest of
/// their thread's state (see `threads::scheduler`).
pub(crate) struct LoopState {
    running: Option<Rc<EventLoop>>,
    current: Option<Value>,
    set_called: bool,
}

impl LoopState {
    /// A new thread's: only the main thread makes a loop on demand in
    /// `get_event_loop()`, as CPython's default policy.
    pub(crate) fn new(main: bool) -> LoopState {
        LoopState {
            running: None,
            current: None,
            set_called: !main,
        }
    }
}

/// This thread's current loop (None if none) and whether `set_event_loop` was called:
/// the state the installed event loop policy owns (the policies swap it).
pub fn loop_state(vm: &Vm) -> (Value, bool) {
    let current = vm.loops.current.clone().unwrap_or(Value::None);
    (current, vm.loops.set_called)
}

/// Install a policy's saved loop state; `current` is None or an event loop.
pub fn set_loop_state(vm: &mut Vm, current: Value, set_called: bool) -> PyResult<()> {
    vm.loops.current = match current {
        Value::None => None,
        v => {
            loop_arg(&v)?;
            Some(v)
        }
    };
    vm.loops.set_called = set_called;
    Ok(())
}

/// The loop running on this thread.
pub fn running_loop(vm: &Vm) -> Option<Rc<EventLoop>> {
    vm.loops.running.clone()
}

/// `get_running_loop()` / the loop a new future belongs to.
pub fn require_running_loop(vm: &Vm) -> PyResult<Rc<EventLoop>> {
    running_loop(vm).ok_or_else(|| runtime_error("no running event loop"))
}

/// `get_event_loop()` as Python 3.7-3.10 had it: the running loop, else the current
/// one, made on first use unless `set_event_loop` was called.
pub fn get_event_loop(vm: &mut Vm) -> PyResult<Value> {
    if let Some(lp) = running_loop(vm) {
        return Ok(lp.value());
    }
    if let Some(v) = &vm.loops.current {
        return Ok(v.clone());
    }
    if vm.loops.set_called {
        return Err(runtime_error(
            "There is no current event loop in thread 'MainThread'.",
        ));
    }
    let v = EventLoop::new_value(vm);
    vm.loops.current = Some(v.clone());
    Ok(v)
}

pub fn set_event_loop(vm: &mut Vm, v: Value) -> PyResult<()> {
    vm.loops.set_called = true;
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
    vm.loops.current = v;
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
fn callback_args(vm: &Vm, p: &Bound<'_>) -> Callback {
    let n = p.params.len();
    let context = callback_context(vm, p.given(n - 1));
    Callback::call(p.req(n - 2).clone(), p.rest.to_vec(), context)
}

/// The `context=` argument when given, else a copy of the current context.
pub fn callback_context(vm: &Vm, given: Option<&Value>) -> Value {
    match given {
        Some(c) if !c.is_none() => c.clone(),
        _ => crate::runtime::contextvars::copy_current(vm),
    }
}

const CALL_SOON: Signature = Signature::new("call_soon", &["callback", "context"])
    .kwonly(1)
    .required(1)
    .varargs()
    .python_method("BaseEventLoop.call_soon");
const CALL_SOON_THREADSAFE: Signature =
    Signature::new("call_soon_threadsafe", &["callback", "context"])
        .kwonly(1)
        .required(1)
        .varargs()
        .python_method("BaseEventLoop.call_soon_threadsafe");
const CALL_LATER: Signature = Signature::new("call_later", &["delay", "callback", "context"])
    .kwonly(1)
    .required(2)
    .varargs()
    .python_method("BaseEventLoop.call_later");
const CALL_AT: Signature = Signature::new("call_at", &["when", "callback", "context"])
    .kwonly(1)
    .required(2)
    .varargs()
    .python_method("BaseEventLoop.call_at");
const CREATE_TASK: Signature = Signature::new("create_task", &["coro", "name", "context"])
    .kwonly(2)
    .required(1)
    .python_method("BaseEventLoop.create_task");
const SET_EXCEPTION_HANDLER: Signature = Signature::new("set_exception_handler", &["handler"])
    .python_method("BaseEventLoop.set_exception_handler");
const CALL_EXCEPTION_HANDLER: Signature = Signature::new("call_exception_handler", &["context"])
    .python_method("BaseEventLoop.call_exception_handler");
const DEFAULT_EXCEPTION_HANDLER: Signature =
    Signature::new("default_exception_handler", &["context"])
        .python_method("BaseEventLoop.default_exception_handler");
/// A private method the Python half calls.
const HOLD_IN_FLIGHT: Signature =
    Signature::new("_hold_in_flight", &["delta"]).positional_only("_hold_in_flight");

/// The handle a Python call of `call_soon`/`call_later`/`call_at` returns, with its
/// creation stack in debug mode.
fn user_handle(vm: &Vm, lp: &EventLoop, h: Rc<Handle>) -> Value {
    if lp.get_debug() {
        let _ = h.source.set(super::debug::extract_stack(vm));
    }
    h.to_value(&lp.classes)
}

fn m_call_soon(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let p = CALL_SOON.bind_method(&args)?;
    lp.check_closed()?;
    lp.check_thread(vm)?;
    call_soon_unchecked(vm, &lp, &p)
}

fn call_soon_unchecked(vm: &mut Vm, lp: &EventLoop, p: &Bound<'_>) -> PyResult<Value> {
    let cb = callback_args(vm, p);
    Ok(user_handle(vm, lp, lp.call_soon(cb)))
}

/// `call_soon_threadsafe`: `call_soon`, and wake the loop if it waits (the caller may
/// be another Python thread while the loop's thread is parked in its wait).
fn m_call_soon_threadsafe(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let p = CALL_SOON_THREADSAFE.bind_method(&args)?;
    lp.check_closed()?;
    let handle = call_soon_unchecked(vm, &lp, &p)?;
    lp.io.wake();
    Ok(handle)
}

/// `_hold_in_flight(delta)`: see `IoDriver::hold`.
fn m_hold_in_flight(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    match HOLD_IN_FLIGHT.positional_method(&args)?[0] {
        Value::Int(d) => lp.io.hold(d as isize),
        _ => return Err(type_error("_hold_in_flight() takes an int")),
    }
    Ok(Value::None)
}

fn m_call_later(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let p = CALL_LATER.bind_method(&args)?;
    lp.check_closed()?;
    lp.check_thread(vm)?;
    let delay = to_seconds(vm, p.req(0), "delay")?;
    let cb = callback_args(vm, &p);
    let when = lp.now_ns().saturating_add(seconds_to_ns(delay));
    Ok(user_handle(vm, &lp, lp.call_at_ns(when, cb)))
}

fn m_call_at(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let p = CALL_AT.bind_method(&args)?;
    lp.check_closed()?;
    lp.check_thread(vm)?;
    let when = to_seconds(vm, p.req(0), "when")?;
    let cb = callback_args(vm, &p);
    Ok(user_handle(vm, &lp, lp.call_at_ns(seconds_to_ns(when), cb)))
}

fn m_create_future(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let fut = FutureObj::new_rc(&lp, None);
    fut.note_creation(vm);
    Ok(fut.value())
}

fn m_create_task(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let p = CREATE_TASK.bind_method(&args)?;
    lp.check_closed()?;
    let coro = p.req(0).clone();
    lp.check_thread(vm)?;
    let name = p.given(1).cloned().unwrap_or(Value::None);
    let context = callback_context(vm, p.given(2));
    super::task::new_task(vm, &lp, coro, name, context)
}

fn m_run_forever(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    // Debug mode tracks where coroutines are created while the loop runs, as CPython's
    // `_set_coroutine_origin_tracking`.
    let tracked = lp.get_debug() && !vm.track_coroutine_origins(true);
    let old_hooks = vm.asyncgen_loop_hooks(&args.pos()[0])?;
    let result = lp.run_forever(vm);
    vm.asyncgen_restore_hooks(old_hooks);
    if tracked {
        vm.track_coroutine_origins(false);
    }
    result?;
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
        lp.ready.borrow_mut().clear();
        lp.timers.clear();
        super::net::close_all(&lp.net);
        lp.io.shutdown();
        super::future_gc::report_dropped(vm);
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
    if on && vm.coro_origins.is_none() {
        // Creation sites are noted from now on (see `Vm::native_call_site`).
        vm.track_coroutine_origins(false);
    }
    Ok(Value::None)
}

fn m_set_exception_handler(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let h = SET_EXCEPTION_HANDLER.bind_method(&args)?.req(0).clone();
    *lp.exception_handler.borrow_mut() = h;
    Ok(Value::None)
}

fn m_get_exception_handler(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?.exception_handler.borrow().clone())
}

fn context_arg(args: &Args<'_>, sig: &Signature) -> PyResult<Rc<PyDict>> {
    match sig.bind_method(args)?.req(0).clone() {
        Value::Dict(d) => Ok(d),
        _ => Err(type_error("context must be a dict")),
    }
}

fn m_call_exception_handler(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let ctx = context_arg(&args, &CALL_EXCEPTION_HANDLER)?;
    let handler = lp.exception_handler.borrow().clone();
    if handler.is_none() {
        default_handler(vm, &ctx)?;
    } else {
        vm.call_args(&handler, vec![lp.value(), Value::Dict(ctx)])?;
    }
    Ok(Value::None)
}

fn m_default_exception_handler(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ctx = context_arg(&args, &DEFAULT_EXCEPTION_HANDLER)?;
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
pub fn install_methods(c: &super::object::Classes) {
    let d = &c.event_loop.dict;
    let methods: [(&'static str, crate::runtime::function::NativeFn); 20] = [
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
        ("call_soon_threadsafe", m_call_soon_threadsafe),
        ("_hold_in_flight", m_hold_in_flight),
    ];
    for (name, f) in methods {
        d.set_by_str(name, Builtin::value(name, f));
    }
}
