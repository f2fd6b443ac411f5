//! Tasks: a Future that drives a coroutine, one `Vm::gen_resume` per step, exactly as
//! CPython's `Task.__step` / `Task.__wakeup`: a yielded future gets the task's wake-up as
//! a done callback; a bare `yield` (sleep(0)) reschedules the step with `call_soon`;
//! `cancel()` cancels the awaited future, or throws CancelledError at the next step.
//! Not the scheduler (see `run_loop`).

use super::future::{future_of, future_ref, DoneCallback, FutRef, FutState, FutureObj};
use super::handle::Callback;
use super::net::stream_reader::{waiting_read, StreamReader};
use super::run_loop::{get_event_loop, is_fatal, loop_arg, running_loop, EventLoop};
use super::sleep::Sleep;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::error::{runtime_error, type_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::resume::{GenStep, Resume};
use crate::vm::{GenState, Generator, Vm};
use std::cell::Cell;
use std::rc::Rc;

pub struct TaskState {
    pub coro: Rc<Generator>,
    /// The name (a str), or the number n of the default name "Task-n".
    pub name: Cell<Value>,
    /// What the coroutine is waiting for.
    fut_waiter: Cell<Waiter>,
    pub must_cancel: Cell<bool>,
    pub num_cancels_requested: Cell<i64>,
    /// Report "Task was destroyed but it is pending!" if it dies pending (`future_gc`).
    pub log_destroy_pending: Cell<bool>,
    /// The `contextvars.Context` each step runs in (None: none made yet).
    pub(super) context: Cell<Value>,
    /// The task's number in the `--timeline` record (0: not recorded).
    pub trace_id: Cell<u32>,
}

/// What a suspended task waits for (CPython's `_fut_waiter`).
#[derive(Clone, Default)]
pub enum Waiter {
    /// Nothing: not suspended, or a `sleep(0)`-style bare yield.
    #[default]
    Nothing,
    /// A future; the task's wake-up is one of its done callbacks.
    Future(FutRef),
    /// The timer (by number) of an `asyncio.sleep` (see `sleep`), standing in for its
    /// future; `cancelled` once the task cancelled it.
    Sleep { timer: u64, cancelled: bool },
    /// A stream reader's read, standing in for the reader's waiter future (see
    /// `net::stream_reader`); `cancelled` once the task cancelled it.
    Read {
        reader: Rc<StreamReader>,
        cancelled: bool,
    },
}

impl TaskState {
    /// Look at what the task waits for.
    pub(super) fn with_waiter<R>(&self, f: impl FnOnce(&Waiter) -> R) -> R {
        let w = self.fut_waiter.take();
        let r = f(&w);
        self.fut_waiter.set(w);
        r
    }

    /// Forget what the task waits for (the collector breaking a cycle).
    pub(super) fn take_waiter(&self) -> Waiter {
        self.fut_waiter.take()
    }

    /// What the task waits for now.
    pub fn waiter(&self) -> Waiter {
        self.with_waiter(Waiter::clone)
    }

    /// The task's name: the one given, or "Task-n".
    pub fn name(&self) -> Value {
        let name = match self.name.replace(Value::None) {
            Value::Int(n) => Value::from_string(format!("Task-{n}")),
            given => given,
        };
        self.name.set(name.clone());
        name
    }
}

fn state(task: &FutureObj) -> &TaskState {
    match &task.task {
        Some(t) => t,
        None => unreachable!("task operations are only applied to tasks"),
    }
}

/// Is this a coroutine a task can drive (an `async def` coroutine, or a generator-based
/// one as Python 3.7-3.10 accepted)?
pub fn as_coroutine(v: &Value) -> Option<Rc<Generator>> {
    match v {
        Value::Generator(g) if matches!(g.kind, CodeKind::Coroutine | CodeKind::Generator) => {
            Some(g.clone())
        }
        _ => None,
    }
}

/// `loop.create_task(coro, name=name)`: the task's first step is scheduled now.
pub fn new_task(
    vm: &mut Vm,
    lp: &Rc<EventLoop>,
    coro: Value,
    name: Value,
    context: Value,
) -> PyResult<Value> {
    let Some(gen) = as_coroutine(&coro) else {
        let r = vm.repr(&coro)?;
        return Err(type_error(format!("a coroutine was expected, got {r}")));
    };
    let name = if name.is_none() {
        vm.task_counter += 1;
        let n = vm.task_counter;
        // "Task-n", spelled out when someone asks (most names are never read).
        Value::Int(n as i64)
    } else {
        Value::from_string(vm.str(&name)?)
    };
    gen.started.set(true);
    let st = TaskState {
        coro: gen,
        name: Cell::new(name),
        fut_waiter: Cell::new(Waiter::Nothing),
        must_cancel: Cell::new(false),
        num_cancels_requested: Cell::new(0),
        log_destroy_pending: Cell::new(true),
        context: Cell::new(context),
        trace_id: Cell::new(0),
    };
    let task = FutureObj::new_rc(lp, Some(st));
    task.note_creation(vm);
    if vm.timeline.is_some() {
        super::timeline_hooks::created(vm, &task);
    }
    lp.schedule(Callback::Step(task.clone(), None));
    let mut tasks = lp.tasks.borrow_mut();
    if tasks.len() >= lp.tasks_prune_at.get() {
        tasks.retain(|t| t.strong_count() > 0);
        // A dead task's entry keeps its wrapper's memory (a `Weak`), so the next prune
        // comes after a quarter more, not twice as many: a server's finished accept
        // tasks cost its live connections at most a quarter of a wrapper each.
        lp.tasks_prune_at
            .set(tasks.len() + (tasks.len() / 4).max(64));
    }
    tasks.push(task.wrapper());
    Ok(task.value())
}

/// `Task.cancel(msg)`.
pub fn cancel(vm: &mut Vm, task: &Rc<FutureObj>, msg: Value) -> PyResult<bool> {
    if task.done() {
        return Ok(false);
    }
    let st = state(task);
    st.num_cancels_requested
        .set(st.num_cancels_requested.get() + 1);
    if cancel_waiter(vm, task, msg.clone())? {
        return Ok(true);
    }
    st.must_cancel.set(true);
    task.set_cancel_message(msg);
    Ok(true)
}

/// Cancel what the task waits for, as `self._fut_waiter.cancel(msg)`: true if that
/// will wake the task with CancelledError.
fn cancel_waiter(vm: &mut Vm, task: &Rc<FutureObj>, msg: Value) -> PyResult<bool> {
    let waiter = state(task).waiter();
    match waiter {
        Waiter::Nothing => Ok(false),
        Waiter::Future(w) => {
            // Tasks awaiting each other make this a cycle: CPython's RecursionError,
            // not a Rust stack overflow.
            vm.enter_native_recursion(" while calling a Python object")?;
            let cancelled = w.cancel(vm, msg);
            vm.depth -= 1;
            cancelled
        }
        Waiter::Sleep {
            cancelled: true, ..
        }
        | Waiter::Read {
            cancelled: true, ..
        } => Ok(false),
        Waiter::Sleep { timer, .. } => {
            state(task).fut_waiter.set(Waiter::Sleep {
                timer,
                cancelled: true,
            });
            Ok(cancel_stand_in(task, msg))
        }
        Waiter::Read { reader, .. } => {
            reader.cancel_wait();
            state(task).fut_waiter.set(Waiter::Read {
                reader,
                cancelled: true,
            });
            Ok(cancel_stand_in(task, msg))
        }
    }
}

/// A sleep or read the task waits for was cancelled: the future it stands for would be
/// cancelled and its done callback would wake the task, whose `result()` raises
/// CancelledError(msg).
fn cancel_stand_in(task: &Rc<FutureObj>, msg: Value) -> bool {
    let exc = super::future::cancelled_error(msg);
    task.lp.schedule(Callback::Step(task.fut_ref(), Some(exc)));
    true
}

/// The stream reader a task waits for got data or EOF (`exc` None) or an exception:
/// the task steps next, with that exception (the reader's waiter future would have got
/// its result and scheduled the task's wake-up). `reader` is its timeline identity.
pub fn read_ready(vm: &mut Vm, task: &FutRef, reader: usize, exc: Option<PyErr>) {
    if vm.timeline.is_some() {
        super::timeline_hooks::woke_by_read(vm, task, reader);
    }
    state(task).fut_waiter.set(Waiter::Nothing);
    task.lp.schedule(Callback::Step(task.clone(), exc));
}

/// The timer of the sleep a task awaits fired: the task steps next (the sleep's
/// future would have got its result and scheduled the task's wake-up).
pub fn sleep_done(vm: &mut Vm, task: &FutRef, timer: u64) {
    // A task that stopped waiting (cancelled, or its coroutine was thrown into by
    // hand) ignores the timer, as a cancelled handle would not run.
    if !waits_for_sleep(task, timer) {
        return;
    }
    if vm.timeline.is_some() {
        super::timeline_hooks::woke_by_timer(vm, task);
    }
    state(task).fut_waiter.set(Waiter::Nothing);
    task.lp.schedule(Callback::Step(task.clone(), None));
}

/// Whether the task still waits for the sleep timer numbered `timer`.
pub fn waits_for_sleep(task: &FutureObj, timer: u64) -> bool {
    state(task)
        .with_waiter(|w| matches!(w, Waiter::Sleep { timer: t, cancelled: false } if *t == timer))
}

/// `Task.__step`: resume the coroutine once and decide what wakes it next.
pub fn step(vm: &mut Vm, task: &FutRef, exc: Option<PyErr>) -> PyResult<()> {
    let st = state(task);
    if task.done() {
        let r = vm.repr(&task.value())?;
        let e = match &exc {
            Some(e) => vm.repr(&e.value(vm.types()))?,
            None => "None".into(),
        };
        return Err(super::future::invalid_state(format!(
            "_step(): already done: {r}, {e}"
        )));
    }
    let mut exc = exc;
    if st.must_cancel.get() {
        if !exc
            .as_ref()
            .is_some_and(|e| e.is_instance(&vm.types().cancelled_error))
        {
            exc = Some(task.make_cancelled_error());
        }
        st.must_cancel.set(false);
    }
    st.fut_waiter.set(Waiter::Nothing);
    let lp = task.lp.clone();
    if lp.current_task.borrow().is_some() {
        return Err(runtime_error(
            "Cannot enter into task while another task is being executed.",
        ));
    }
    *lp.current_task.borrow_mut() = Some(task.value());
    let how = match exc {
        None => Resume::Send(Value::None),
        Some(e) => Resume::Throw(e),
    };
    let context = st.context.replace(Value::None);
    if vm.timeline.is_some() {
        super::timeline_hooks::step_start(vm, task);
    }
    let (outcome, context) =
        crate::runtime::contextvars::run_in(vm, context, |vm| vm.gen_resume(&st.coro, how));
    st.context.set(context);
    *lp.current_task.borrow_mut() = None;
    match outcome {
        Ok(GenStep::Return(v)) => {
            if st.must_cancel.get() {
                st.must_cancel.set(false);
                let msg = task.cancel_message();
                task.cancel_future(msg);
            } else {
                task.set_result(vm, v)?;
            }
        }
        Err(e) if e.is_instance(&vm.types().cancelled_error) => {
            task.set_cancelled_exc(e);
            task.cancel_future(Value::None);
        }
        Err(e) if is_fatal(vm.types(), &e) => {
            task.set_exception(vm, e.clone())?;
            if vm.timeline.is_some() {
                super::timeline_hooks::step_end(vm, task);
            }
            return Err(e);
        }
        Err(e) => task.set_exception(vm, e)?,
        Ok(GenStep::Yield(y)) => after_yield(vm, task, y)?,
    }
    if vm.timeline.is_some() {
        super::timeline_hooks::step_end(vm, task);
    }
    Ok(())
}

fn after_yield(vm: &mut Vm, task: &FutRef, y: Value) -> PyResult<()> {
    let st = state(task);
    let lp = &task.lp;
    let retry = |e: PyErr| {
        lp.schedule(Callback::Step(task.clone(), Some(e)));
    };
    if let Some(fut) = future_ref(&y) {
        if !Rc::ptr_eq(&fut.lp, lp) {
            let (t, f) = (vm.repr(&task.value())?, vm.repr(&y)?);
            retry(runtime_error(format!(
                "Task {t} got Future {f} attached to a different loop"
            )));
        } else if fut.blocking.get() {
            if Rc::ptr_eq(&fut, &**task) {
                let t = vm.repr(&task.value())?;
                retry(runtime_error(format!("Task cannot await on itself: {t}")));
            } else {
                fut.blocking.set(false);
                fut.add_done_callback(DoneCallback::Wakeup(task.clone()));
                st.fut_waiter.set(Waiter::Future(fut.clone()));
                if st.must_cancel.get() {
                    let msg = task.cancel_message();
                    if fut.cancel(vm, msg)? {
                        st.must_cancel.set(false);
                    }
                }
            }
        } else {
            let (t, f) = (vm.repr(&task.value())?, vm.repr(&y)?);
            retry(runtime_error(format!(
                "yield was used instead of yield from in task {t} with {f}"
            )));
        }
    } else if y.is_none() {
        lp.schedule(Callback::Step(task.clone(), None));
    } else if let Some(timer) = arm_sleep(&y, task) {
        st.fut_waiter.set(Waiter::Sleep {
            timer,
            cancelled: false,
        });
        cancel_if_asked(vm, task)?;
    } else if let Some(reader) = waiting_read(&y) {
        if !reader.on_loop(lp) {
            let t = vm.repr(&task.value())?;
            retry(runtime_error(format!(
                "Task {t} got Future <Future pending> attached to a different loop"
            )));
        } else {
            reader.arm(task);
            st.fut_waiter.set(Waiter::Read {
                reader,
                cancelled: false,
            });
            cancel_if_asked(vm, task)?;
        }
    } else if matches!(y, Value::Generator(_)) {
        let (t, f) = (vm.repr(&task.value())?, vm.repr(&y)?);
        retry(runtime_error(format!(
            "yield was used instead of yield from for generator in task {t} with {f}"
        )));
    } else {
        let f = vm.repr(&y)?;
        retry(runtime_error(format!("Task got bad yield: {f}")));
    }
    Ok(())
}

/// A task cancelled before it took its sleep or read cancels that wait at once, as it
/// would cancel the future it was given.
fn cancel_if_asked(vm: &mut Vm, task: &FutRef) -> PyResult<()> {
    let st = state(task);
    if st.must_cancel.get() {
        let msg = task.cancel_message();
        if cancel_waiter(vm, task, msg)? {
            st.must_cancel.set(false);
        }
    }
    Ok(())
}

/// If the task's coroutine yielded an `asyncio.sleep` with a delay, arm its timer.
fn arm_sleep(y: &Value, task: &FutRef) -> Option<u64> {
    match y {
        Value::Generator(g) => g.native_body::<Sleep>()?.arm(task),
        _ => None,
    }
}

/// `Task.__wakeup`: step with the awaited future's exception, if it has one.
pub fn wakeup(vm: &mut Vm, task: &FutRef, fut: &FutureObj) -> PyResult<()> {
    if vm.timeline.is_some() {
        super::timeline_hooks::woke_by_future(vm, task, fut);
    }
    match fut.result() {
        Ok(_) => step(vm, task, None),
        Err(e) => step(vm, task, Some(e)),
    }
}

/// `coro=<main() running at file:line>` as CPython's `_format_coroutine`.
pub fn format_coroutine(g: &Generator) -> String {
    let Some(code) = g.code() else {
        // A native body has no source to point at.
        return match g.state.get() {
            GenState::Done => format!("{}() done", g.qualname()),
            _ => format!("{}() running", g.qualname()),
        };
    };
    let code = &code.code;
    let file = &code.source.name;
    match g.state.get() {
        GenState::Running => format!("{}() running", g.qualname()),
        GenState::Done => format!(
            "{}() done, defined at {}:{}",
            g.qualname(),
            file,
            code.first_line()
        ),
        GenState::Created => format!(
            "{}() running at {}:{}",
            g.qualname(),
            file,
            code.first_line()
        ),
        GenState::Suspended => {
            let line = g.with_frame(|f| f.map(|f| f.current_line()).unwrap_or(0));
            format!("{}() running at {}:{}", g.qualname(), file, line)
        }
    }
}

pub fn repr(vm: &mut Vm, task: &Rc<FutureObj>) -> PyResult<Value> {
    let st = state(task);
    let mut info = task.repr_info(vm)?;
    // As `_task_repr_info`: cancel() was called and the task has not finished.
    if st.num_cancels_requested.get() > 0 && !task.done() {
        info[0] = "cancelling".into();
    }
    let name = st.name();
    info.insert(1, format!("name={}", vm.repr(&name)?));
    info.insert(2, format!("coro=<{}>", format_coroutine(&st.coro)));
    let waiter = st.waiter();
    match waiter {
        Waiter::Nothing => {}
        Waiter::Future(w) => info.insert(3, format!("wait_for={}", vm.repr(&w.value())?)),
        // The sleep's or the reader's future, as CPython shows it.
        Waiter::Sleep { cancelled, .. } | Waiter::Read { cancelled, .. } => info.insert(
            3,
            if cancelled {
                "wait_for=<Future cancelled>"
            } else {
                "wait_for=<Future pending cb=[Task.task_wakeup()]>"
            }
            .to_string(),
        ),
    }
    Ok(Value::from_string(format!("<Task {}>", info.join(" "))))
}

fn this(args: &Args<'_>, name: &str) -> PyResult<Rc<FutureObj>> {
    args.pos()
        .first()
        .and_then(future_of)
        .filter(|f| f.task.is_some())
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'Task' object")))
}

const TASK: Signature = Signature::new("Task", &["coro", "loop", "name", "context"])
    .required(1)
    .kwonly(3);
const SET_NAME: Signature = Signature::one_arg("Task.set_name");

fn m_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = TASK.bind_method(&args)?;
    let coro = p.req(0).clone();
    let lp = match p.get(1) {
        Some(l) => loop_arg(l)?,
        None => loop_arg(&get_event_loop(vm)?)?,
    };
    let name = p.given(2).cloned().unwrap_or(Value::None);
    let context = super::run_loop::callback_context(vm, p.given(3));
    new_task(vm, &lp, coro, name, context)
}

fn m_get_name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args, "get_name")?;
    let name = state(&t).name();
    Ok(name)
}

fn m_set_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args, "set_name")?;
    let v = SET_NAME.one_method(&args)?;
    state(&t).name.set(Value::from_string(vm.str(v)?));
    Ok(Value::None)
}

fn m_get_coro(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args, "get_coro")?;
    Ok(Value::Generator(state(&t).coro.clone()))
}

fn m_cancelling(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args, "cancelling")?;
    Ok(Value::Int(state(&t).num_cancels_requested.get()))
}

fn m_uncancel(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args, "uncancel")?;
    let st = state(&t);
    let n = st.num_cancels_requested.get();
    if n > 0 {
        st.num_cancels_requested.set(n - 1);
    }
    Ok(Value::Int(st.num_cancels_requested.get()))
}

/// `current_task(loop=None)`.
pub fn current_task(vm: &Vm, lp: Option<Rc<EventLoop>>) -> PyResult<Value> {
    let lp = match lp {
        Some(l) => l,
        None => running_loop(vm).ok_or_else(|| runtime_error("no running event loop"))?,
    };
    let t = lp.current_task.borrow().clone();
    Ok(t.unwrap_or(Value::None))
}

/// `all_tasks(loop=None)`: the loop's tasks that are not done, oldest first.
pub fn all_tasks(lp: &Rc<EventLoop>) -> Vec<Value> {
    let mut tasks = lp.tasks.borrow_mut();
    tasks.retain(|t| t.strong_count() > 0);
    tasks
        .iter()
        .filter_map(|t| t.upgrade())
        .map(Value::Native)
        .filter(|v| future_of(v).is_some_and(|f| f.state.get() == FutState::Pending))
        .collect()
}

fn no_destroy_log(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(&args, "_log_destroy_pending")?;
    state(&t).log_destroy_pending.set(false);
    Ok(Value::None)
}

/// Fill in the methods `Task` adds to `Future`.
pub fn install_methods(c: &super::object::Classes) {
    let d = &c.task.dict;
    let methods: [(&'static str, crate::runtime::function::NativeFn); 7] = [
        ("_no_destroy_log", no_destroy_log),
        ("__new__", m_new),
        ("get_name", m_get_name),
        ("set_name", m_set_name),
        ("get_coro", m_get_coro),
        ("cancelling", m_cancelling),
        ("uncancel", m_uncancel),
    ];
    for (name, f) in methods {
        d.set_by_str(name, Builtin::value(name, f));
    }
}
