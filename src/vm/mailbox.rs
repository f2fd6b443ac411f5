//! Where `Drop`s leave work for their interpreter: a `Drop` has no `Vm` at hand, so what
//! it must hand over (an instance's `__del__`, a suspended generator to close, weak
//! reference callbacks, a coroutine never awaited, a future whose death is reported) goes
//! into the mailbox of the interpreter that made the object, reached through a handle
//! the object (or its class, generator finalizer, event loop or weak pointer) already
//! holds. The dispatch loop looks at [`Mailbox::due`] at its safe points and the VM
//! drains the queues there. One per `Vm`, so two interpreters on one thread never see
//! each other's reports. Not the work itself (`gc::finalize`, `unawaited`,
//! `event_loop::future_gc`, `runtime::weakref`).

use super::gc::finalize::Pending;
use crate::event_loop::future::FutureObj;
use crate::runtime::instance_ref::WeakInstance;
use crate::runtime::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Default)]
pub struct Mailbox {
    /// Something was queued since the dispatch loop last looked.
    due: Cell<bool>,
    /// Finalizers to run (see `gc::finalize`).
    pub(crate) finalizers: RefCell<Vec<Pending>>,
    /// Callbacks of weak references whose referents died, with the `ref` object they
    /// are called with (weakly: a ref that died first calls nothing; see
    /// `runtime::weakref`).
    pub(crate) weak_callbacks: RefCell<Vec<(Option<WeakInstance>, Value)>>,
    /// Coroutines destroyed before they ever ran: name and address (see `unawaited`).
    pub(crate) unawaited: RefCell<Vec<(Rc<str>, usize)>>,
    /// Futures revived by their `Drop` to be reported (see `event_loop::future_gc`).
    pub(crate) futures: RefCell<Vec<Rc<FutureObj>>>,
}

impl Mailbox {
    /// Ask the dispatch loop to stop at its next safe point.
    #[inline]
    pub fn request_safe_point(&self) {
        self.due.set(true);
    }

    /// Whether a safe point is due: one load, cheap enough for the dispatch loop.
    #[inline(always)]
    pub fn due(&self) -> bool {
        self.due.get()
    }

    /// The dispatch loop is serving what is due.
    pub(crate) fn clear_due(&self) {
        self.due.set(false);
    }
}
