//! Futures: a result that will exist later, with done callbacks scheduled through the
//! loop's `call_soon`, and the iterator `await fut` runs (it yields the future itself
//! once, as CPython's). A Task is a Future with a coroutine attached (see `task`); the
//! state below is shared so `isinstance(task, Future)` and every Future method hold.

use super::debug::SourceTraceback;
use super::handle::{callback_name, Callback};
use super::object::{classes, downcast, wrap};
use super::run_loop::{get_event_loop, loop_arg, EventLoop};
use super::task::TaskState;
use crate::runtime::error::{runtime_error, stop_iteration, type_error, PyErr, PyResult, TbEntry};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::native::NativeObj;
use crate::runtime::signature::{method_refusal, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use smallvec::SmallVec;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// A future's lifecycle.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

impl FutState {
    fn word(self) -> &'static str {
        match self {
            FutState::Pending => "PENDING",
            FutState::Cancelled => "CANCELLED",
            FutState::Finished => "FINISHED",
        }
    }
}

/// A done callback: a Python callable, or a task waiting on this future.
pub enum DoneCallback {
    /// A Python callable and the context it runs in.
    Py(Value, Value),
    Wakeup(FutRef),
}

/// A future held by the scheduler: the Rust object plus its Python wrapper, so that
/// the wrapper (and with it the future's identity) lives as long as anything can still
/// hand the future to Python code.
#[derive(Clone)]
pub struct FutRef {
    obj: Rc<FutureObj>,
    keep: Rc<NativeObj>,
}

impl std::ops::Deref for FutRef {
    type Target = Rc<FutureObj>;
    fn deref(&self) -> &Rc<FutureObj> {
        &self.obj
    }
}

impl FutRef {
    pub fn value(&self) -> Value {
        Value::Native(self.keep.clone())
    }

    pub fn wrapper(&self) -> Weak<NativeObj> {
        Rc::downgrade(&self.keep)
    }

    /// The Python wrapper this reference keeps alive.
    pub fn wrapper_rc(&self) -> &Rc<NativeObj> {
        &self.keep
    }
}

pub struct FutureObj {
    /// The Python wrapper (weak: the wrapper owns this). A `Cell` to keep futures small.
    me: Cell<Weak<NativeObj>>,
    pub lp: Rc<EventLoop>,
    pub state: Cell<FutState>,
    /// A `Cell`, not a `RefCell`: a task is kept small (see `cell_value`).
    pub(super) result: Cell<Value>,
    /// The exception and its traceback when it was set (boxed: most futures get none).
    /// A `Cell`: read through `with_exception`.
    pub(super) exception: Cell<Option<Box<SetException>>>,
    /// Almost always none or one (the task awaiting it, gather's callback): inline.
    pub(super) callbacks: RefCell<SmallVec<[DoneCallback; 1]>>,
    /// What only cancelled or gathering futures need, allocated then.
    pub(super) rare: RefCell<Option<Box<Rare>>>,
    /// The first future recorded as awaiting this one (see `set_awaited_by`): inline,
    /// since gather records one for each of its children; later ones are in `rare`.
    awaited_first: Cell<Weak<NativeObj>>,
    /// Set by `__await__` before yielding the future to the task that drives it.
    pub blocking: Cell<bool>,
    /// An exception nobody retrieved yet: reported when the future is dropped.
    pub(super) log_traceback: Cell<bool>,
    pub task: Option<TaskState>,
}

/// An exception given to `set_exception`, with its traceback then.
pub(super) type SetException = (PyErr, Vec<TbEntry>);

/// The fields of a future that most futures never use.
pub(super) struct Rare {
    pub(super) cancel_message: Value,
    /// For a task: the CancelledError its coroutine raised, reused by `result()`.
    pub(super) cancelled_exc: Option<PyErr>,
    /// Replaces `cancel()` when set (gather's outer future cancels its children).
    pub(super) cancel_hook: Value,
    /// The futures recorded as awaiting this one by `future_add_to_awaited_by`
    /// (TaskGroup, gather, shield, wait) after `FutureObj::awaited_first`; a task's
    /// own `await` is its waiter instead.
    awaited_by: Vec<Weak<NativeObj>>,
    /// Where it was created, when its loop was in debug mode then.
    source_traceback: Option<SourceTraceback>,
}

/// A copy of the value in `cell` (left there). Cloning a `Value` runs no Python code,
/// so nothing can look at the cell while it is empty.
pub fn cell_value(cell: &Cell<Value>) -> Value {
    let v = cell.replace(Value::None);
    let copy = v.clone();
    cell.set(v);
    copy
}

/// `CancelledError(msg)`, or `CancelledError()` when there is no message.
pub fn cancelled_error(msg: Value) -> PyErr {
    let args = if msg.is_none() { vec![] } else { vec![msg] };
    crate::runtime::error::builtin_error_args(crate::runtime::types::ExcKind::CancelledError, args)
}

impl FutureObj {
    /// A new future (or task, with `task` state) on `lp`, wrapped as a value.
    pub fn new_rc(lp: &Rc<EventLoop>, task: Option<TaskState>) -> FutRef {
        // No wrapper yet: `fut_ref` makes it.
        Rc::new(Self::fresh(lp, task)).fut_ref()
    }

    fn fresh(lp: &Rc<EventLoop>, task: Option<TaskState>) -> FutureObj {
        FutureObj {
            me: Cell::new(Weak::new()),
            lp: lp.clone(),
            state: Cell::new(FutState::Pending),
            result: Cell::new(Value::None),
            exception: Cell::new(None),
            callbacks: RefCell::new(SmallVec::new()),
            rare: RefCell::new(None),
            awaited_first: Cell::new(Weak::new()),
            blocking: Cell::new(false),
            log_traceback: Cell::new(false),
            task,
        }
    }

    pub fn new_value(lp: &Rc<EventLoop>, task: Option<TaskState>) -> Value {
        Self::new_rc(lp, task).value()
    }

    /// The Python wrapper, if it is alive.
    fn wrapper_obj(&self) -> Option<Rc<NativeObj>> {
        let me = self.me.take();
        let obj = me.upgrade();
        self.me.set(me);
        obj
    }

    /// This future as the scheduler holds it (wrapping it if it has no live wrapper).
    pub fn fut_ref(self: &Rc<Self>) -> FutRef {
        let keep = match self.wrapper_obj() {
            Some(k) => k,
            None => {
                let c = &self.lp.classes;
                let class = if self.task.is_some() {
                    &c.task
                } else {
                    &c.future
                };
                let k = wrap(class, self.clone());
                self.me.set(Rc::downgrade(&k));
                k
            }
        };
        FutRef {
            obj: self.clone(),
            keep,
        }
    }

    pub fn value(&self) -> Value {
        self.wrapper_obj().map_or(Value::None, Value::Native)
    }

    pub fn done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn cancelled(&self) -> bool {
        self.state.get() == FutState::Cancelled
    }

    fn rare_mut(&self) -> std::cell::RefMut<'_, Rare> {
        std::cell::RefMut::map(self.rare.borrow_mut(), |r| {
            &mut **r.get_or_insert_with(|| {
                Box::new(Rare {
                    cancel_message: Value::None,
                    cancelled_exc: None,
                    cancel_hook: Value::None,
                    source_traceback: None,
                    awaited_by: Vec::new(),
                })
            })
        })
    }

    /// A rarely used field, None while there are none.
    fn rare_value(&self, field: impl FnOnce(&Rare) -> &Value) -> Value {
        match &*self.rare.borrow() {
            Some(r) => field(r).clone(),
            None => Value::None,
        }
    }

    /// The message given to `cancel(msg)`, None if none.
    pub fn cancel_message(&self) -> Value {
        self.rare_value(|r| &r.cancel_message)
    }

    pub fn set_cancel_message(&self, msg: Value) {
        if !msg.is_none() || self.rare.borrow().is_some() {
            self.rare_mut().cancel_message = msg;
        }
    }

    /// Keep the CancelledError a task's coroutine raised, for `result()`.
    pub fn set_cancelled_exc(&self, e: PyErr) {
        self.rare_mut().cancelled_exc = Some(e);
    }

    /// Make `cancel(msg)` call `hook(msg)` instead.
    pub fn set_cancel_hook(&self, hook: Value) {
        self.rare_mut().cancel_hook = hook;
    }

    /// Record (or forget) that `waiter` awaits this future, for the call graph. The
    /// edges stay in the order they were recorded (a recorded one moves to the end).
    pub fn set_awaited_by(&self, waiter: &Rc<NativeObj>, on: bool) {
        let first = self.awaited_first.take();
        let is_waiter = |w: &Weak<NativeObj>| std::ptr::eq(w.as_ptr(), Rc::as_ptr(waiter));
        let no_more = self
            .rare
            .borrow()
            .as_ref()
            .is_none_or(|r| r.awaited_by.is_empty());
        // The usual cases (gather's children): no edge yet, or only this one.
        if no_more && (first.strong_count() == 0 || is_waiter(&first)) {
            if on {
                self.awaited_first.set(Rc::downgrade(waiter));
            }
            return;
        }
        let mut rare = self.rare_mut();
        let mut edges = std::mem::take(&mut rare.awaited_by);
        edges.insert(0, first);
        edges.retain(|w| w.strong_count() > 0 && !is_waiter(w));
        if on {
            edges.push(Rc::downgrade(waiter));
        }
        if !edges.is_empty() {
            self.awaited_first.set(edges.remove(0));
        }
        rare.awaited_by = edges;
    }

    /// The futures recorded as awaiting this one, oldest first.
    pub fn awaited_by(&self) -> Vec<Value> {
        let first = self.awaited_first.take();
        let mut out: Vec<Value> = first.upgrade().map(Value::Native).into_iter().collect();
        self.awaited_first.set(first);
        if let Some(r) = &*self.rare.borrow() {
            out.extend(
                r.awaited_by
                    .iter()
                    .filter_map(|w| w.upgrade().map(Value::Native)),
            );
        }
        out
    }

    /// `Future._make_cancelled_error` (and Task's, which reuses the coroutine's error).
    pub fn make_cancelled_error(&self) -> PyErr {
        let kept = self
            .rare
            .borrow_mut()
            .as_mut()
            .and_then(|r| r.cancelled_exc.take());
        if let Some(e) = kept {
            return e;
        }
        cancelled_error(self.cancel_message())
    }

    /// `result()`: the value, the stored exception, CancelledError or InvalidStateError.
    pub fn result(&self) -> PyResult<Value> {
        self.log_traceback.set(false);
        match self.state.get() {
            FutState::Cancelled => Err(self.make_cancelled_error()),
            FutState::Pending => Err(invalid_state("Result is not set.")),
            FutState::Finished => self.with_exception(|exc| match exc {
                Some((e, tb)) => {
                    e.data_mut().traceback = tb.clone();
                    Err(e.clone())
                }
                None => Ok(cell_value(&self.result)),
            }),
        }
    }

    pub fn exception_value(&self, t: &crate::runtime::types::Types) -> PyResult<Value> {
        self.log_traceback.set(false);
        match self.state.get() {
            FutState::Cancelled => Err(self.make_cancelled_error()),
            FutState::Pending => Err(invalid_state("Exception is not set.")),
            FutState::Finished => Ok(self.exception_peek(t).unwrap_or(Value::None)),
        }
    }

    /// The result, without retrieving it (the timeline's view).
    pub fn result_peek(&self) -> Value {
        cell_value(&self.result)
    }

    /// The exception, without retrieving it (the timeline's view).
    pub fn exception_peek(&self, t: &crate::runtime::types::Types) -> Option<Value> {
        self.with_exception(|exc| exc.map(|(e, _)| e.value(t)))
    }

    /// Look at the exception set, if any (nothing runs Python code meanwhile: `f` only
    /// copies out of it).
    pub(super) fn with_exception<R>(&self, f: impl FnOnce(Option<&SetException>) -> R) -> R {
        let exc = self.exception.take();
        let r = f(exc.as_deref());
        self.exception.set(exc);
        r
    }

    pub fn has_exception(&self) -> bool {
        self.with_exception(|exc| exc.is_some())
    }

    pub fn add_done_callback(self: &Rc<Self>, cb: DoneCallback) {
        if self.done() {
            self.schedule_one(cb);
        } else {
            self.callbacks.borrow_mut().push(cb);
        }
    }

    fn schedule_one(self: &Rc<Self>, cb: DoneCallback) {
        match cb {
            DoneCallback::Py(f, context) => {
                self.lp
                    .schedule(Callback::call(f, vec![self.value()], context));
            }
            DoneCallback::Wakeup(task) => {
                self.lp.schedule(Callback::Wakeup(task, self.clone()));
            }
        }
    }

    fn schedule_callbacks(self: &Rc<Self>) {
        let cbs = std::mem::take(&mut *self.callbacks.borrow_mut());
        for cb in cbs {
            self.schedule_one(cb);
        }
    }

    /// What the C Future (CPython's default) raises on a second set_result.
    #[cold]
    fn not_pending(&self, _vm: &mut Vm) -> PyErr {
        invalid_state("invalid state")
    }

    pub fn set_result(self: &Rc<Self>, vm: &mut Vm, v: Value) -> PyResult<()> {
        if self.done() {
            return Err(self.not_pending(vm));
        }
        self.result.set(v);
        self.state.set(FutState::Finished);
        if vm.timeline.is_some() {
            self.note_completion(vm);
        }
        self.schedule_callbacks();
        Ok(())
    }

    pub fn set_exception(self: &Rc<Self>, vm: &mut Vm, e: PyErr) -> PyResult<()> {
        if self.done() {
            return Err(self.not_pending(vm));
        }
        let tb = e.data().traceback.clone();
        self.exception.set(Some(Box::new((e, tb))));
        self.log_traceback.set(true);
        self.state.set(FutState::Finished);
        if vm.timeline.is_some() {
            self.note_completion(vm);
        }
        self.schedule_callbacks();
        Ok(())
    }

    /// Tell the timeline who completed a plain future a task awaits.
    #[cold]
    fn note_completion(&self, vm: &mut Vm) {
        let awaited = self
            .callbacks
            .borrow()
            .iter()
            .any(|c| matches!(c, DoneCallback::Wakeup(_)));
        if self.task.is_none() && awaited {
            super::timeline_hooks::future_completed(vm, self);
        }
    }

    /// `Future.cancel(msg)`: only a pending future can be cancelled.
    pub fn cancel_future(self: &Rc<Self>, msg: Value) -> bool {
        self.log_traceback.set(false);
        if self.done() {
            return false;
        }
        self.state.set(FutState::Cancelled);
        self.set_cancel_message(msg);
        self.schedule_callbacks();
        true
    }

    /// `cancel(msg)` of a future or a task.
    pub fn cancel(self: &Rc<Self>, vm: &mut Vm, msg: Value) -> PyResult<bool> {
        if self.task.is_some() {
            return super::task::cancel(vm, self, msg);
        }
        let hook = self.rare_value(|r| &r.cancel_hook);
        if !hook.is_none() && !self.done() {
            let r = vm.call_args(&hook, vec![msg])?;
            return vm.truthy(&r);
        }
        Ok(self.cancel_future(msg))
    }

    pub fn remove_done_callback(&self, vm: &mut Vm, f: &Value) -> PyResult<usize> {
        let cbs = std::mem::take(&mut *self.callbacks.borrow_mut());
        let mut kept = SmallVec::new();
        let mut removed = 0;
        for cb in cbs {
            let same = match &cb {
                DoneCallback::Py(g, _) => g.is(f) || vm.eq(g, f)?,
                DoneCallback::Wakeup(_) => false,
            };
            if same {
                removed += 1;
            } else {
                kept.push(cb);
            }
        }
        let mut now = self.callbacks.borrow_mut();
        kept.append(&mut now);
        *now = kept;
        Ok(removed)
    }

    /// In debug mode, remember where the future is being created (CPython's
    /// `_source_traceback`); nothing is recorded otherwise.
    pub fn note_creation(&self, vm: &Vm) {
        if self.lp.get_debug() {
            self.rare_mut().source_traceback = Some(super::debug::extract_stack(vm));
        }
    }

    /// Where it was created (debug mode only).
    pub fn source_traceback(&self) -> Option<SourceTraceback> {
        self.rare.borrow().as_ref()?.source_traceback.clone()
    }

    /// `pending`, `finished result=1`, ... with the callbacks, as CPython's repr info.
    pub fn repr_info(&self, vm: &mut Vm) -> PyResult<Vec<String>> {
        let mut info = vec![self.state.get().word().to_lowercase()];
        if self.state.get() == FutState::Finished {
            let exc = self.exception_peek(vm.types());
            match exc {
                Some(e) => info.push(format!("exception={}", vm.repr(&e)?)),
                None => {
                    let r = cell_value(&self.result);
                    info.push(format!("result={}", vm.repr(&r)?));
                }
            }
        }
        let names: Vec<String> = {
            let cbs: Vec<Option<Value>> = self
                .callbacks
                .borrow()
                .iter()
                .map(|cb| match cb {
                    DoneCallback::Py(f, _) => Some(f.clone()),
                    DoneCallback::Wakeup(_) => None,
                })
                .collect();
            cbs.into_iter()
                .map(|f| match f {
                    Some(f) => format_callback_source(vm, &f),
                    None => "Task.task_wakeup()".to_string(),
                })
                .collect()
        };
        match names.len() {
            0 => {}
            1 => info.push(format!("cb=[{}]", names[0])),
            2 => info.push(format!("cb=[{}, {}]", names[0], names[1])),
            n => info.push(format!(
                "cb=[{}, <{} more>, {}]",
                names[0],
                n - 2,
                names[n - 1]
            )),
        }
        if let Some(at) = self
            .source_traceback()
            .and_then(|tb| super::debug::created_at(&tb))
        {
            info.push(at);
        }
        Ok(info)
    }
}

/// `_format_callback_source`: `name()` plus ` at file:line` for Python functions.
fn format_callback_source(vm: &mut Vm, f: &Value) -> String {
    let mut s = callback_name(vm, f);
    s.push_str("()");
    s.push_str(&super::handle::source_location(f));
    s
}

#[cold]
pub fn invalid_state(msg: impl Into<String>) -> PyErr {
    crate::runtime::error::builtin_error(crate::runtime::types::ExcKind::InvalidStateError, msg)
}

/// The future (or task) behind a value.
pub fn future_of(v: &Value) -> Option<Rc<FutureObj>> {
    downcast::<FutureObj>(v)
}

/// The future behind a value, held with its wrapper.
pub fn future_ref(v: &Value) -> Option<FutRef> {
    match v {
        Value::Native(n) => future_of(v).map(|obj| FutRef {
            obj,
            keep: n.clone(),
        }),
        _ => None,
    }
}

fn this(args: &Args<'_>, name: &str) -> PyResult<Rc<FutureObj>> {
    args.pos()
        .first()
        .and_then(future_of)
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'Future' object")))
}

/// An exception value (or class, instantiated) as a PyErr.
pub fn exception_arg(vm: &mut Vm, v: &Value) -> PyResult<PyErr> {
    let v = match v {
        Value::Class(_) => vm.call_args(v, vec![])?,
        other => other.clone(),
    };
    match &v {
        Value::Instance(i) if i.exc_data().is_some() => Ok(PyErr::from_instance(i.clone())),
        _ => Err(type_error("exception must be a BaseException instance")),
    }
}

const FUTURE: Signature = Signature::new("Future", &["loop"]).required(0).kwonly(1);
const CANCEL: Signature = Signature::new("cancel", &["msg"]).required(0);
const ADD_DONE_CALLBACK: Signature = Signature::new("add_done_callback", &["fn", "context"])
    .required(1)
    .posonly(1)
    .kwonly(1);
const THROW: Signature = Signature::new("throw", &["type", "value", "traceback"])
    .required(1)
    .positional_only("FutureIter.throw");

/// The one argument of a `METH_O` method of `Future` or `Task` (CPython names the class).
#[inline]
fn one_arg<'a>(args: &Args<'a>, f: &FutureObj, name: &str) -> PyResult<&'a Value> {
    match args.args {
        [_, v] if args.kwnames.is_empty() => Ok(v),
        _ => Err(method_refusal(args, owner(f), name, 1, 1)),
    }
}

/// The future of a `METH_NOARGS` method of `Future` or `Task`.
#[inline]
fn no_args(args: &Args<'_>, name: &str) -> PyResult<Rc<FutureObj>> {
    let f = this(args, name)?;
    if args.args.len() > 1 || !args.kwnames.is_empty() {
        return Err(method_refusal(args, owner(&f), name, 0, 0));
    }
    Ok(f)
}

fn owner(f: &FutureObj) -> &'static str {
    if f.task.is_some() {
        "Task"
    } else {
        "Future"
    }
}

fn m_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let exact =
        matches!(args.pos().first(), Some(Value::Class(c)) if Rc::ptr_eq(c, &classes(vm).future));
    // A subclass's own __init__ takes the arguments it declares (Future's tp_new
    // ignores them in CPython); only `loop=` is read here.
    let given = if exact {
        FUTURE.bind_method(&args)?.get(0)
    } else {
        args.get_kw("loop")
    };
    let lp = match given {
        Some(l) if !l.is_none() => loop_arg(l)?,
        _ => loop_arg(&get_event_loop(vm)?)?,
    };
    let fut = FutureObj::new_rc(&lp, None);
    fut.note_creation(vm);
    Ok(fut.value())
}

fn m_result(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "result")?.result()
}

fn m_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "exception")?.exception_value(vm.types())
}

fn m_done(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(no_args(&args, "done")?.done()))
}

fn m_cancelled(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(no_args(&args, "cancelled")?.cancelled()))
}

fn m_cancel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args, "cancel")?;
    let msg = CANCEL
        .bind_method(&args)?
        .given(0)
        .cloned()
        .unwrap_or(Value::None);
    Ok(Value::Bool(f.cancel(vm, msg)?))
}

fn m_add_done_callback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args, "add_done_callback")?;
    let p = ADD_DONE_CALLBACK.bind_method(&args)?;
    let cb = p.req(0).clone();
    let context = super::run_loop::callback_context(vm, p.given(1));
    f.add_done_callback(DoneCallback::Py(cb, context));
    Ok(Value::None)
}

fn m_remove_done_callback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args, "remove_done_callback")?;
    let cb = one_arg(&args, &f, "remove_done_callback")?;
    Ok(Value::Int(f.remove_done_callback(vm, cb)? as i64))
}

fn m_set_result(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args, "set_result")?;
    let v = one_arg(&args, &f, "set_result")?.clone();
    if f.task.is_some() {
        return Err(runtime_error("Task does not support set_result operation"));
    }
    f.set_result(vm, v)?;
    Ok(Value::None)
}

fn m_set_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args, "set_exception")?;
    let v = one_arg(&args, &f, "set_exception")?.clone();
    if f.task.is_some() {
        return Err(runtime_error(
            "Task does not support set_exception operation",
        ));
    }
    let e = exception_arg(vm, &v)?;
    if Rc::ptr_eq(&e.class(vm.types()), &vm.types().stop_iteration) {
        return Err(type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    f.set_exception(vm, e)?;
    Ok(Value::None)
}

fn m_get_loop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(no_args(&args, "get_loop")?.lp.value())
}

fn m_await(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args, "__await__")?;
    let it = Rc::new(FutureIter {
        fut: f,
        yielded: Cell::new(false),
    });
    Ok(Value::Native(wrap(&classes(vm).future_iter, it)))
}

fn m_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args, "__repr__")?;
    // `reprlib.recursive_repr()`, as CPython's `_future_repr`: tasks awaiting each
    // other show `...` where the chain comes back.
    let id = Rc::as_ptr(&f) as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(Value::str("..."));
    }
    vm.repr_guard.push(id);
    let result = if f.task.is_some() {
        super::task::repr(vm, &f)
    } else {
        f.repr_info(vm)
            .map(|info| Value::from_string(format!("<Future {}>", info.join(" "))))
    };
    vm.repr_guard.retain(|&g| g != id);
    result
}

/// What `await future` iterates: yields the future once, then returns its result.
pub struct FutureIter {
    fut: Rc<FutureObj>,
    yielded: Cell<bool>,
}

fn iter_this(args: &Args<'_>) -> PyResult<Rc<FutureIter>> {
    args.pos()
        .first()
        .and_then(downcast::<FutureIter>)
        .ok_or_else(|| type_error("FutureIter method called on another object"))
}

fn iter_next(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = iter_this(&args)?;
    if !it.fut.done() {
        if it.yielded.get() {
            return Err(runtime_error("await wasn't used with future"));
        }
        it.yielded.set(true);
        it.fut.blocking.set(true);
        return Ok(it.fut.value());
    }
    let v = it.fut.result()?;
    Err(stop_iteration(v))
}

fn iter_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = &THROW.positional_method(&args)?[0];
    Err(exception_arg(vm, v)?)
}

fn iter_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn iter_close(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// Fill in the methods of `Future` and its iterator.
pub fn install_methods(c: &super::object::Classes) {
    let d = &c.future.dict;
    let methods: [(&'static str, crate::runtime::function::NativeFn); 14] = [
        ("__new__", m_new),
        ("result", m_result),
        ("exception", m_exception),
        ("done", m_done),
        ("cancelled", m_cancelled),
        ("cancel", m_cancel),
        ("add_done_callback", m_add_done_callback),
        ("remove_done_callback", m_remove_done_callback),
        ("set_result", m_set_result),
        ("set_exception", m_set_exception),
        ("get_loop", m_get_loop),
        ("__await__", m_await),
        ("__iter__", m_await),
        ("__repr__", m_repr),
    ];
    for (name, f) in methods {
        d.set_by_str(name, Builtin::value(name, f));
    }
    let d = &c.future_iter.dict;
    d.set_by_str("__next__", Builtin::value("__next__", iter_next));
    d.set_by_str("send", Builtin::value("send", iter_next));
    d.set_by_str("throw", Builtin::value("throw", iter_throw));
    d.set_by_str("close", Builtin::value("close", iter_close));
    d.set_by_str("__iter__", Builtin::value("__iter__", iter_iter));
}

impl Drop for FutureObj {
    /// A pending task or an unretrieved exception is reported as CPython's `__del__`
    /// does: the contents move into a new future, reported at the next safe point.
    fn drop(&mut self) {
        if super::future_gc::needs_report(self) {
            let blank = Self::fresh(&self.lp, None);
            super::future_gc::queue_revived(std::mem::replace(self, blank));
        }
    }
}
