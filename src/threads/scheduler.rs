//! The green-thread scheduler: the table of Python threads, the root future that runs
//! them, and the waits that park a thread until a future's waker fires.
//!
//! The root ([`run_root`]) is one `block_on` of the tokio runtime around [`Root`], a
//! future that resumes each ready thread's coroutine in turn (FIFO) until it suspends:
//! `Suspend::Yield` (its slice is over: back of the queue) or `Suspend::Block` (it waits
//! for a waker). A thread's waker is `Send`: tokio's timers, its blocking pool and other
//! Python threads push the thread's ident into a shared list and wake the root, which
//! makes the thread ready again. When nothing is ready the root returns `Pending` and
//! tokio waits for timers and I/O. The main thread is a coroutine like the others; the
//! root returns when it finishes (threads still alive stay suspended here, and run again
//! under the next root: the next REPL statement, or `threading._shutdown` at exit).
//!
//! Outside a root (a host that runs Python code without one: unit tests, the REPL
//! between statements) nothing can suspend: waits block the OS thread, as they would in
//! a single-threaded program.
//!
//! Not here: the eval breaker's time slices (see `switch`) and the Python-facing natives.

use crate::runtime::error::{runtime_error, PyErr, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

/// Why a thread's coroutine gave control back to the root.
pub(crate) enum Suspend {
    /// Its time slice is over; it is still ready.
    Yield,
    /// It waits for its waker.
    Block,
}

type Green = Coroutine<(), Suspend, (), DefaultStack>;

/// The main thread's stack: as large as the interpreter's OS thread (see main.rs), so
/// deep recursion through natives behaves as before threads existed.
const MAIN_STACK: usize = 512 << 20;
/// Other threads' stacks: reserved, committed only as they grow.
const THREAD_STACK: usize = 256 << 20;

/// The interpreter state that belongs to one Python thread, kept here while another
/// thread runs.
pub(crate) struct Saved {
    depth: usize,
    handled: Option<PyErr>,
    repr_guard: Vec<usize>,
    stop_value: Value,
    loops: crate::event_loop::run_loop::LoopState,
    /// The thread's current `contextvars.Context` (each thread starts without one).
    context: Value,
    /// The thread's trail of suspended callers (see `vm::callers`).
    callers: Vec<crate::vm::callers::Caller>,
}

impl Saved {
    fn new(main: bool) -> Saved {
        Saved {
            depth: 0,
            handled: None,
            repr_guard: Vec::new(),
            stop_value: Value::None,
            loops: crate::event_loop::run_loop::LoopState::new(main),
            context: Value::None,
            callers: Vec::new(),
        }
    }
}

/// Swap the running thread's state in the `Vm` with `saved`.
fn swap_state(vm: &mut Vm, saved: &mut Saved) {
    std::mem::swap(&mut vm.depth, &mut saved.depth);
    std::mem::swap(&mut vm.handled, &mut saved.handled);
    std::mem::swap(&mut vm.repr_guard, &mut saved.repr_guard);
    std::mem::swap(&mut vm.stop_value, &mut saved.stop_value);
    std::mem::swap(&mut vm.context.current, &mut saved.context);
    std::mem::swap(&mut vm.callers, &mut saved.callers);
    std::mem::swap(&mut vm.loops, &mut saved.loops);
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Status {
    /// The main thread outside a root.
    Idle,
    Ready,
    Running,
    Blocked,
}

struct Thread {
    /// Taken out while the thread runs (the table may change meanwhile).
    coroutine: Option<Green>,
    /// On the thread's own stack; null until it first runs.
    yielder: *const Yielder<(), Suspend>,
    saved: Saved,
    waker: Waker,
    status: Status,
    native_id: u64,
    /// The main thread parked in an interruptible wait: the root watches for Ctrl-C.
    interruptible: bool,
}

/// What wakers share with the root, from any OS thread.
struct Shared {
    woken: Mutex<Vec<u64>>,
    root: Mutex<Option<Waker>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

struct ThreadWaker {
    ident: u64,
    shared: Arc<Shared>,
}

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        lock(&self.shared.woken).push(self.ident);
        if let Some(root) = lock(&self.shared.root).as_ref() {
            root.wake_by_ref();
        }
    }
}

/// The Python threads of one interpreter.
pub struct Threads {
    table: HashMap<u64, Thread>,
    ready: VecDeque<u64>,
    /// Threads whose slice ended: ready again after the threads that tokio wakes
    /// meanwhile (as a GIL holder gives way to the threads waiting for it).
    yielded: Vec<u64>,
    current: u64,
    main: u64,
    next: u64,
    shared: Arc<Shared>,
    root_active: bool,
    /// When the running thread was resumed: the eval breaker switches once a whole
    /// interval has passed.
    pub(crate) slice_start: Instant,
    /// `_thread.lock`, made on first use.
    pub(crate) lock_class: Option<Rc<crate::runtime::class::Class>>,
    /// `_thread.stack_size()`: remembered only (stacks grow on demand).
    pub(crate) stack_size: i64,
    /// Modules being imported, by the thread importing them (see `imports`).
    importing: Vec<(String, u64)>,
    import_waiters: std::cell::RefCell<Vec<Waker>>,
    /// Where the interpreter was when the first thread started: suspended threads
    /// hold references into it, so it must not move while they live.
    home: *const Vm,
}

impl Default for Threads {
    fn default() -> Self {
        Threads::new()
    }
}

impl Threads {
    pub fn new() -> Threads {
        // SAFETY: plain queries of the calling OS thread.
        let (main, native) = unsafe { (libc::pthread_self() as u64, libc::gettid() as u64) };
        let shared = Arc::new(Shared {
            woken: Mutex::new(Vec::new()),
            root: Mutex::new(None),
        });
        let mut t = Threads {
            table: HashMap::new(),
            ready: VecDeque::new(),
            yielded: Vec::new(),
            current: main,
            main,
            next: 1,
            shared,
            root_active: false,
            slice_start: Instant::now(),
            lock_class: None,
            stack_size: 0,
            importing: Vec::new(),
            import_waiters: std::cell::RefCell::new(Vec::new()),
            home: std::ptr::null(),
        };
        let mut thread = t.new_thread(main, native, Saved::new(true));
        thread.status = Status::Idle;
        t.table.insert(main, thread);
        t
    }

    fn new_thread(&self, ident: u64, native_id: u64, saved: Saved) -> Thread {
        Thread {
            coroutine: None,
            yielder: std::ptr::null(),
            saved,
            waker: Waker::from(Arc::new(ThreadWaker {
                ident,
                shared: self.shared.clone(),
            })),
            status: Status::Ready,
            native_id,
            interruptible: false,
        }
    }

    pub fn current_is_main(&self) -> bool {
        self.current == self.main
    }

    pub fn current_ident(&self) -> u64 {
        self.current
    }

    pub fn main_ident(&self) -> u64 {
        self.main
    }

    pub fn native_id(&self) -> u64 {
        self.table.get(&self.current).map_or(0, |t| t.native_id)
    }

    /// Threads alive, the main thread included.
    pub fn count(&self) -> usize {
        self.table.len()
    }

    /// Whether another thread is waiting for its turn.
    pub(crate) fn others_ready(&self) -> bool {
        !self.ready.is_empty() || !self.yielded.is_empty() || !lock(&self.shared.woken).is_empty()
    }

    pub(crate) fn imported_by_other(&self, name: &str) -> bool {
        self.importing
            .iter()
            .any(|(n, owner)| n == name && *owner != self.current)
    }

    pub(crate) fn wait_for_imports(&self, waker: &Waker) {
        self.import_waiters.borrow_mut().push(waker.clone());
    }

    pub(crate) fn begin_import(&mut self, name: &str) {
        self.importing.push((name.to_string(), self.current));
    }

    pub(crate) fn end_import(&mut self, name: &str) {
        let current = self.current;
        if let Some(i) = self
            .importing
            .iter()
            .rposition(|(n, owner)| n == name && *owner == current)
        {
            self.importing.remove(i);
        }
        for w in self.import_waiters.take() {
            w.wake();
        }
    }

    fn set_yielder(&mut self, ident: u64, y: *const Yielder<(), Suspend>) {
        if let Some(t) = self.table.get_mut(&ident) {
            t.yielder = y;
        }
    }

    /// Make the threads whose wakers fired ready.
    fn collect_woken(&mut self) {
        let woken = std::mem::take(&mut *lock(&self.shared.woken));
        for ident in woken {
            if let Some(t) = self.table.get_mut(&ident) {
                if t.status == Status::Blocked {
                    t.status = Status::Ready;
                    t.interruptible = false;
                    self.ready.push_back(ident);
                }
            }
        }
    }

    /// After a Ctrl-C, the main thread runs first (it is the one to receive it).
    fn main_first(&mut self) {
        let main = self.main;
        let Some(t) = self.table.get_mut(&main) else {
            return;
        };
        match t.status {
            Status::Blocked if t.interruptible => {
                t.status = Status::Ready;
                t.interruptible = false;
                self.ready.push_front(main);
            }
            Status::Ready => {
                self.ready.retain(|&i| i != main);
                self.yielded.retain(|&i| i != main);
                self.ready.push_front(main);
            }
            _ => {}
        }
    }

    fn main_waits_interruptibly(&self) -> bool {
        self.table
            .get(&self.main)
            .is_some_and(|t| t.status == Status::Blocked && t.interruptible)
    }

    /// The parker of the running thread, when it can suspend (inside a root).
    fn parker(&self) -> Option<Parker> {
        if !self.root_active {
            return None;
        }
        let t = self.table.get(&self.current)?;
        (!t.yielder.is_null()).then(|| Parker {
            waker: t.waker.clone(),
            yielder: t.yielder,
        })
    }

    /// Suspend the running thread with `why`; false when it cannot suspend.
    pub(crate) fn suspend_current(vm: &mut Vm, why: Suspend) -> bool {
        let t = &vm.threads;
        if !t.root_active {
            return false;
        }
        let Some(y) = t.table.get(&t.current).map(|t| t.yielder) else {
            return false;
        };
        if y.is_null() {
            return false;
        }
        // SAFETY: a non-null yielder is the running coroutine's own, on its stack, which
        // lives while the coroutine does; we are running on that coroutine.
        unsafe { (*y).suspend(why) };
        true
    }

    fn set_interruptible(&mut self, on: bool) {
        let current = self.current;
        if let Some(t) = self.table.get_mut(&current) {
            t.interruptible = on;
        }
    }
}

impl Drop for Threads {
    fn drop(&mut self) {
        // A suspended coroutine would be unwound by its drop, running Python-level
        // clean-up with no interpreter: leak its stack instead (daemon threads at exit).
        for (_, t) in self.table.drain() {
            if let Some(co) = t.coroutine {
                if co.started() && !co.done() {
                    std::mem::forget(co);
                }
            }
        }
    }
}

/// Resume thread `ident` until it suspends; true when it finished.
fn resume(vmp: *mut Vm, ident: u64) -> bool {
    // SAFETY: the root owns the interpreter while no thread runs; the pointer comes from
    // the `&mut Vm` that `run_root` holds for the whole root.
    let vm = unsafe { &mut *vmp };
    let Some(t) = vm.threads.table.get_mut(&ident) else {
        return false;
    };
    let Some(mut co) = t.coroutine.take() else {
        return false;
    };
    t.status = Status::Running;
    let mut saved = std::mem::replace(&mut t.saved, Saved::new(false));
    vm.threads.current = ident;
    vm.threads.slice_start = Instant::now();
    swap_state(vm, &mut saved);
    let result = co.resume(());
    // SAFETY: as above; the thread no longer runs.
    let vm = unsafe { &mut *vmp };
    swap_state(vm, &mut saved);
    let main = vm.threads.main;
    vm.threads.current = main;
    let threads = &mut vm.threads;
    let finished = matches!(result, CoroutineResult::Return(()));
    if finished && ident != main {
        threads.table.remove(&ident);
        super::switch::set_alive(threads.table.len());
        return true;
    }
    let Some(t) = threads.table.get_mut(&ident) else {
        return finished;
    };
    t.saved = saved;
    match result {
        CoroutineResult::Return(()) => {
            t.status = Status::Idle;
            t.yielder = std::ptr::null();
        }
        CoroutineResult::Yield(Suspend::Yield) => {
            t.coroutine = Some(co);
            t.status = Status::Ready;
            threads.yielded.push(ident);
        }
        CoroutineResult::Yield(Suspend::Block) => {
            t.coroutine = Some(co);
            t.status = Status::Blocked;
        }
    }
    finished
}

/// The root future: runs ready threads until the main thread finishes.
struct Root {
    vm: *mut Vm,
    /// While the main thread waits interruptibly, the root looks for Ctrl-C this often.
    ctrl_c_tick: Option<Pin<Box<tokio::time::Sleep>>>,
}

const CTRL_C_TICK: Duration = Duration::from_millis(20);

impl Future for Root {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let vmp = self.vm;
        let rounds = {
            // SAFETY: see `resume`.
            let threads = unsafe { &mut (*vmp).threads };
            {
                let mut root = lock(&threads.shared.root);
                if !root.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                    *root = Some(cx.waker().clone());
                }
            }
            threads.collect_woken();
            let yielded = std::mem::take(&mut threads.yielded);
            threads.ready.extend(yielded);
            if crate::vm::eval_breaker::is_set(crate::vm::eval_breaker::CTRL_C) {
                threads.main_first();
            }
            threads.ready.len()
        };
        for _ in 0..rounds {
            // SAFETY: see `resume`.
            let threads = unsafe { &mut (*vmp).threads };
            let Some(ident) = threads.ready.pop_front() else {
                break;
            };
            let main = threads.main;
            if resume(vmp, ident) && ident == main {
                return Poll::Ready(());
            }
            // SAFETY: see `resume`.
            let threads = unsafe { &mut (*vmp).threads };
            threads.collect_woken();
            if crate::vm::eval_breaker::is_set(crate::vm::eval_breaker::CTRL_C) {
                threads.main_first();
            }
        }
        // SAFETY: see `resume`.
        let threads = unsafe { &mut (*vmp).threads };
        if !threads.ready.is_empty() || !threads.yielded.is_empty() {
            // Return to tokio between rounds, so timers and I/O are looked at.
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        if threads.main_waits_interruptibly() {
            let tick = self
                .ctrl_c_tick
                .get_or_insert_with(|| Box::pin(tokio::time::sleep(CTRL_C_TICK)));
            if tick.as_mut().poll(cx).is_ready() {
                self.ctrl_c_tick = None;
                cx.waker().wake_by_ref();
            }
        }
        Poll::Pending
    }
}

/// Run `f` as the main Python thread under the scheduler: other Python threads run
/// whenever it blocks or its time slice ends. Outside tokio only (a nested call, or a
/// host already inside the runtime, runs `f` directly).
pub fn run_root<R>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> R) -> R {
    if vm.threads.root_active || tokio::runtime::Handle::try_current().is_ok() {
        return f(vm);
    }
    let Ok(rt) = crate::event_loop::run_loop::runtime() else {
        return f(vm);
    };
    let Ok(stack) = DefaultStack::new(MAIN_STACK) else {
        return f(vm);
    };
    let vmp: *mut Vm = vm;
    check_home(vm);
    let mut out: Option<R> = None;
    {
        let slot = &mut out;
        let body = move |y: &Yielder<(), Suspend>, ()| {
            // SAFETY: the root resumes this coroutine only while it owns the interpreter.
            let vm = unsafe { &mut *vmp };
            let main = vm.threads.main;
            vm.threads.set_yielder(main, y);
            *slot = Some(f(vm));
        };
        // SAFETY: `slot` and `f`'s borrows outlive the coroutine: the root below runs
        // until the coroutine returns (or unwinds, taking this frame with it).
        let co: Green = unsafe { Coroutine::with_stack_unchecked(stack, body) };
        // SAFETY: no thread runs yet; `vmp` is the caller's interpreter.
        let vm = unsafe { &mut *vmp };
        let main = vm.threads.main;
        let mut saved = Saved::new(true);
        swap_state(vm, &mut saved);
        if let Some(t) = vm.threads.table.get_mut(&main) {
            t.coroutine = Some(co);
            t.saved = saved;
            t.status = Status::Ready;
        }
        vm.threads.ready.push_front(main);
        vm.threads.root_active = true;
        let unwinding = RootGuard(vmp);
        rt.block_on(Root {
            vm: vmp,
            ctrl_c_tick: None,
        });
        std::mem::forget(unwinding);
        // SAFETY: the root is over; the interpreter is ours again.
        let vm = unsafe { &mut *vmp };
        vm.threads.root_active = false;
        if let Some(t) = vm.threads.table.get_mut(&main) {
            let mut saved = std::mem::replace(&mut t.saved, Saved::new(true));
            swap_state(vm, &mut saved);
        }
        lock(&vm.threads.shared.root).take();
    }
    // Cannot fail: the root returns only once the main thread's coroutine has finished
    // (its body sets `out` last), and an unwinding body unwinds through here instead.
    out.expect("the main thread's coroutine returned")
}

/// Ends the root if a panic unwinds through it (the interpreter reports it as an
/// internal error): later code runs outside any root.
struct RootGuard(*mut Vm);

impl Drop for RootGuard {
    fn drop(&mut self) {
        // SAFETY: only dropped while unwinding out of `run_root`, whose `&mut Vm` this is.
        let vm = unsafe { &mut *self.0 };
        vm.threads.root_active = false;
        vm.threads.current = vm.threads.main;
    }
}

/// Start a new Python thread running `body`; its ident. It first runs when the running
/// thread blocks or yields.
pub fn spawn(vm: &mut Vm, body: Box<dyn FnOnce(&mut Vm)>) -> PyResult<u64> {
    let stack = DefaultStack::new(THREAD_STACK).map_err(|_| cannot_start())?;
    check_home(vm);
    let t = &mut vm.threads;
    let ident = t.main + 0x1000 * t.next;
    let native_id = t.table.get(&t.main).map_or(0, |m| m.native_id) + t.next;
    t.next += 1;
    let vmp: *mut Vm = vm;
    let co: Green = Coroutine::with_stack(stack, move |y: &Yielder<(), Suspend>, ()| {
        // SAFETY: the root resumes this coroutine only while it owns the interpreter.
        let vm = unsafe { &mut *vmp };
        vm.threads.set_yielder(ident, y);
        body(vm);
    });
    let t = &mut vm.threads;
    let mut thread = t.new_thread(ident, native_id, Saved::new(false));
    thread.coroutine = Some(co);
    t.table.insert(ident, thread);
    t.ready.push_back(ident);
    super::switch::set_alive(t.table.len());
    super::switch::start_ticker();
    Ok(ident)
}

/// Suspended threads hold `&mut Vm` references on their stacks: the interpreter must
/// stay where it was while any lives (`Interpreter` boxes its `Vm` for this).
fn check_home(vm: &mut Vm) {
    let here: *const Vm = vm;
    if vm.threads.count() < 2 {
        vm.threads.home = here;
    }
    assert!(
        std::ptr::eq(vm.threads.home, here),
        "the interpreter moved while Python threads were suspended in it"
    );
}

#[cold]
fn cannot_start() -> PyErr {
    runtime_error("can't start new thread")
}

/// The running thread's way to wait for a future: poll it, and suspend the thread
/// until its waker fires while it is pending.
pub(crate) struct Parker {
    waker: Waker,
    yielder: *const Yielder<(), Suspend>,
}

impl Parker {
    pub(crate) fn current(vm: &Vm) -> Option<Parker> {
        vm.threads.parker()
    }

    pub(crate) fn block_on<F: Future>(&self, fut: F) -> F::Output {
        let mut fut = std::pin::pin!(fut);
        let mut cx = Context::from_waker(&self.waker);
        loop {
            if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
                return v;
            }
            // SAFETY: the parker was made on this coroutine, which is running.
            unsafe { (*self.yielder).suspend(Suspend::Block) };
        }
    }
}

/// Wait for `fut` in the running thread while the others run; in the main thread a
/// Ctrl-C ends the wait with KeyboardInterrupt. Outside a root it blocks the OS thread.
pub fn wait<F: Future>(vm: &mut Vm, fut: F) -> PyResult<F::Output> {
    let Some(parker) = Parker::current(vm) else {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(runtime_error(
                "cannot block: this code runs inside the event loop's own wait",
            ));
        }
        let rt = crate::event_loop::run_loop::runtime()?;
        return Ok(rt.block_on(fut));
    };
    let main = vm.threads.current_is_main();
    let mut fut = std::pin::pin!(fut);
    let mut cx = Context::from_waker(&parker.waker);
    loop {
        if main && crate::vm::eval_breaker::take(crate::vm::eval_breaker::CTRL_C) {
            return Err(crate::runtime::signal::keyboard_interrupt());
        }
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return Ok(v);
        }
        vm.threads.set_interruptible(main);
        Threads::suspend_current(vm, Suspend::Block);
    }
}

/// `time.sleep`: a timer wait in a thread; the OS thread sleeps outside a root.
pub fn sleep(vm: &mut Vm, duration: Duration) -> PyResult<()> {
    if Parker::current(vm).is_none() {
        std::thread::sleep(duration);
        return Ok(());
    }
    if duration.is_zero() {
        super::switch::yield_now(vm);
        return Ok(());
    }
    wait(vm, tokio::time::sleep(duration))
}

/// Run a blocking system call: on tokio's blocking pool while other Python threads
/// live (they run meanwhile), inline otherwise.
pub fn blocking<T, F>(vm: &mut Vm, call: F) -> PyResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    if vm.threads.count() < 2 || Parker::current(vm).is_none() {
        return Ok(call());
    }
    match wait(vm, tokio::task::spawn_blocking(call))? {
        Ok(v) => Ok(v),
        Err(e) => match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(_) => Err(runtime_error("a blocking call was cancelled")),
        },
    }
}
