//! `_thread.lock`: the one primitive lock the `threading` module builds everything on
//! (RLock, Condition, Event, Semaphore, Barrier and `join` are Python over it, as in
//! CPython). All Python threads run on one OS thread, so the lock is a flag and a list
//! of the wakers of the threads that wait for it; a blocked `acquire` parks its thread
//! (see `scheduler::wait`) and `release` wakes the waiters, which race for it again.

use super::scheduler::wait;
use crate::event_loop::object::{downcast, wrap};
use crate::runtime::class::{Class, Layout};
use crate::runtime::error::{runtime_error, type_error, value_error, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

/// `_thread.TIMEOUT_MAX`, as CPython's on Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

#[derive(Default)]
pub struct Lock {
    locked: Cell<bool>,
    waiters: RefCell<Vec<Waker>>,
}

impl Lock {
    pub fn try_acquire(&self) -> bool {
        !self.locked.replace(true)
    }

    pub fn release(&self) -> PyResult<()> {
        if !self.locked.replace(false) {
            return Err(runtime_error("release unlocked lock"));
        }
        for w in std::mem::take(&mut *self.waiters.borrow_mut()) {
            w.wake();
        }
        Ok(())
    }

    /// Acquire, waiting up to `timeout` (forever when None); whether it was acquired.
    pub fn acquire_blocking(
        self: &Rc<Self>,
        vm: &mut Vm,
        timeout: Option<Duration>,
    ) -> PyResult<bool> {
        if self.try_acquire() {
            return Ok(true);
        }
        let acquire = Acquire(self.clone());
        match timeout {
            None => wait(vm, acquire),
            // Made inside the wait: a tokio timer needs the runtime's context.
            Some(d) => wait(vm, async move {
                tokio::time::timeout(d, acquire).await.unwrap_or(false)
            }),
        }
    }
}

/// Resolves (to true) once the lock is taken.
struct Acquire(Rc<Lock>);

impl Future for Acquire {
    type Output = bool;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<bool> {
        if self.0.try_acquire() {
            return Poll::Ready(true);
        }
        let mut waiters = self.0.waiters.borrow_mut();
        if !waiters.iter().any(|w| w.will_wake(cx.waker())) {
            waiters.push(cx.waker().clone());
        }
        Poll::Pending
    }
}

/// The `_thread.lock` class, made on first use and kept with the threads.
pub fn class(vm: &mut Vm) -> Rc<Class> {
    let object = vm.types().object.clone();
    vm.threads
        .lock_class
        .get_or_insert_with(|| lock_class(&object))
        .clone()
}

fn lock_class(object: &Rc<Class>) -> Rc<Class> {
    let c = Class::new_builtin("lock", vec![object.clone()], Layout::Builtin);
    *c.module.borrow_mut() = "_thread".into();
    let methods: [(&'static str, crate::runtime::function::NativeFn); 9] = [
        ("acquire", m_acquire),
        ("acquire_lock", m_acquire),
        ("__enter__", m_enter),
        ("release", m_release),
        ("release_lock", m_release),
        ("__exit__", m_exit),
        ("locked", m_locked),
        ("locked_lock", m_locked),
        ("__repr__", m_repr),
    ];
    for (name, f) in methods {
        c.dict.set_by_str(name, Builtin::value(name, f));
    }
    c
}

/// A new unlocked `_thread.lock`.
pub fn new_lock(vm: &mut Vm) -> Value {
    Value::Native(wrap(&class(vm), Rc::new(Lock::default())))
}

fn this(args: &Args<'_>) -> PyResult<Rc<Lock>> {
    args.pos()
        .first()
        .and_then(downcast::<Lock>)
        .ok_or_else(|| type_error("descriptor requires a '_thread.lock' object"))
}

const ACQUIRE: Signature = Signature::new("acquire", &["blocking", "timeout"]).required(0);

/// `acquire(blocking=True, timeout=-1)`'s arguments (after `self`) as a wait: None for "do not
/// wait", Some(None) for "forever".
pub fn wait_arguments(vm: &mut Vm, args: &Args<'_>) -> PyResult<Option<Option<Duration>>> {
    let p = ACQUIRE.bind_method(args)?;
    let blocking = p.int_flag(vm, 0, true)?;
    let timeout = match p.given(1) {
        None => -1.0,
        Some(v) => timeout_seconds(vm, v)?,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(value_error(
                "can't specify a timeout for a non-blocking call",
            ));
        }
        return Ok(None);
    }
    if timeout == -1.0 {
        return Ok(Some(None));
    }
    if timeout < 0.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(Some(Some(Duration::from_secs_f64(timeout))))
}

fn timeout_seconds(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_of(other).name()
        ))),
    }
}

fn m_acquire(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = this(&args)?;
    let got = match wait_arguments(vm, &args)? {
        None => lock.try_acquire(),
        Some(timeout) => lock.acquire_blocking(vm, timeout)?,
    };
    Ok(Value::Bool(got))
}

fn m_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = this(&args)?;
    Ok(Value::Bool(lock.acquire_blocking(vm, None)?))
}

fn m_release(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.release()?;
    Ok(Value::None)
}

fn m_exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.release()?;
    Ok(Value::None)
}

fn m_locked(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.locked.get()))
}

fn m_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lock = this(&args)?;
    let state = if lock.locked.get() {
        "locked"
    } else {
        "unlocked"
    };
    let addr = match args.pos().first() {
        Some(Value::Native(n)) => Rc::as_ptr(n) as usize,
        _ => 0,
    };
    Ok(Value::from_string(format!(
        "<{state} _thread.lock object at {addr:#x}>"
    )))
}
