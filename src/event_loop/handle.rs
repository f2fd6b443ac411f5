//! Handles: one scheduled callback in the ready queue or the timer heap, and the
//! `Handle`/`TimerHandle` objects `call_soon`/`call_later`/`call_at` return. Not the
//! running of them (that is the loop's).

use super::clock::ns_to_seconds;
use super::debug::SourceTraceback;
use super::future::{FutRef, FutureObj};
use super::object::{downcast, wrap, Classes};
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// Rust code a callback runs with the interpreter.
pub type NativeWork = Rc<dyn Fn(&mut Vm) -> PyResult<()>>;

/// What a handle does when it runs.
#[derive(Clone)]
pub enum Callback {
    /// A Python callable with its arguments (`call_soon(f, *args)`, done callbacks);
    /// boxed so the ready queue's entries stay three words.
    Call(Box<PyCall>),
    /// One step of a task, optionally throwing an exception into its coroutine.
    Step(FutRef, Option<PyErr>),
    /// A task's wake-up after the future it awaited finished.
    Wakeup(FutRef, Rc<FutureObj>),
    /// The timer (by number) of an `asyncio.sleep` a task awaits: schedules the
    /// task's step.
    SleepDone(FutRef, u64),
    /// Rust work posted by real I/O (see `io_driver`): a transport's read, a process's
    /// exit. Shared, not boxed, because a callback is cloned to describe it in reports.
    Native(NativeWork),
}

/// `f(*args)` run in `context` (a `contextvars.Context`, or None for an empty one).
#[derive(Clone)]
pub struct PyCall {
    pub func: Value,
    pub args: Vec<Value>,
    pub context: Value,
}

impl Callback {
    /// A Python call run in the context given (see `contextvars::copy_current`).
    pub fn call(func: Value, args: Vec<Value>, context: Value) -> Callback {
        Callback::Call(Box::new(PyCall {
            func,
            args,
            context,
        }))
    }
}

pub struct Handle {
    pub callback: Callback,
    cancelled: Cell<bool>,
    /// The deadline of a timer handle, in nanoseconds.
    pub when: Option<i64>,
    /// Where `call_soon`/`call_later`/`call_at` made it, in debug mode only.
    pub source: OnceCell<SourceTraceback>,
}

impl Handle {
    pub fn new(callback: Callback, when: Option<i64>) -> Rc<Handle> {
        Rc::new(Handle {
            callback,
            cancelled: Cell::new(false),
            when,
            source: OnceCell::new(),
        })
    }

    pub fn call(f: Value, args: Vec<Value>, when: Option<i64>) -> Rc<Handle> {
        Handle::new(Callback::call(f, args, Value::None), when)
    }

    pub fn cancel(&self) {
        self.cancelled.set(true);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }

    /// The Python handle (`c`: its loop's classes).
    pub fn to_value(self: &Rc<Handle>, c: &Classes) -> Value {
        let class = if self.when.is_some() {
            &c.timer_handle
        } else {
            &c.handle
        };
        Value::Native(wrap(class, self.clone()))
    }

    /// `f(args)` as CPython's handle reprs show the callback.
    pub fn describe(&self, vm: &mut Vm) -> String {
        match &self.callback {
            Callback::Call(call) => {
                let (f, args) = (&call.func, &call.args);
                let mut s = callback_name(vm, f);
                s.push('(');
                let parts: Vec<String> = args
                    .iter()
                    .map(|a| vm.repr(a).unwrap_or_else(|_| "...".into()))
                    .collect();
                s.push_str(&parts.join(", "));
                s.push(')');
                s.push_str(&source_location(f));
                s
            }
            Callback::Step(..) => "Task.__step()".into(),
            Callback::Wakeup(..) => "Task.task_wakeup()".into(),
            Callback::SleepDone(..) => "_set_result_unless_cancelled()".into(),
            Callback::Native(..) => "<native I/O callback>()".into(),
        }
    }
}

/// ` at file:line` for a Python function, as `_format_callback_source` adds.
pub fn source_location(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let code = &func.code.code;
            let line = code.first_line();
            format!(" at {}:{}", code.source.name, line)
        }
        _ => String::new(),
    }
}

/// The name CPython's `_format_callback` gives a callable.
pub fn callback_name(vm: &mut Vm, f: &Value) -> String {
    match vm.getattr_opt(f, "__qualname__") {
        Ok(Some(q)) => vm.str(&q).unwrap_or_default(),
        _ => vm.repr(f).unwrap_or_default(),
    }
}

fn this(args: &Args<'_>, name: &str) -> PyResult<Rc<Handle>> {
    args.pos()
        .first()
        .and_then(downcast::<Handle>)
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'Handle' object")))
}

fn cancel(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args, "cancel")?.cancel();
    Ok(Value::None)
}

fn cancelled(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args, "cancelled")?.is_cancelled()))
}

fn when(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = this(&args, "when")?;
    Ok(Value::Float(ns_to_seconds(h.when.unwrap_or(0))))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = this(&args, "__repr__")?;
    let name = if h.when.is_some() {
        "TimerHandle"
    } else {
        "Handle"
    };
    let mut s = format!("<{name}");
    if h.is_cancelled() {
        s.push_str(" cancelled");
    }
    if let Some(w) = h.when {
        s.push_str(&format!(
            " when={}",
            crate::vm::repr::float_repr(ns_to_seconds(w))
        ));
    }
    // In debug mode `cancel()` keeps the repr it had, callback included.
    let created_at = h.source.get().and_then(super::debug::created_at);
    if !h.is_cancelled() || created_at.is_some() {
        s.push(' ');
        s.push_str(&h.describe(vm));
    }
    if let Some(at) = created_at {
        s.push(' ');
        s.push_str(&at);
    }
    s.push('>');
    Ok(Value::from_string(s))
}

/// Fill in the methods of `Handle` and `TimerHandle`.
pub fn install_methods(c: &super::object::Classes) {
    let d = &c.handle.dict;
    d.set_by_str("cancel", Builtin::value("cancel", cancel));
    d.set_by_str("cancelled", Builtin::value("cancelled", cancelled));
    d.set_by_str("__repr__", Builtin::value("__repr__", repr));
    c.timer_handle
        .dict
        .set_by_str("when", Builtin::value("when", when));
}
