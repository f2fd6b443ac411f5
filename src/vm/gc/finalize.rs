//! Finalizers, run as CPython runs them but never inside a Rust `Drop`:
//!
//! - `__del__` of an instance whose last reference went away: the instance's `Drop`
//!   moves its contents into a new instance and queues it in the interpreter's
//!   [`Mailbox`] (the class carries the mailbox once it has a `__del__`); the VM calls `__del__` at the next
//!   safe point. The finalizer may resurrect the object (store `self` somewhere).
//!   The object seen by `__del__` is the new one: its `id()` differs from the old.
//! - A suspended generator or coroutine dropped inside `try`/`with` is closed the same
//!   way, so its `finally` runs (`for v in g(): break`).
//! - Objects in garbage cycles are finalized by the collector itself, each once
//!   (PEP 442: the header's finalized flag), before the cycle is broken.
//!
//! Errors print "Exception ignored in: ..." with the traceback on stderr, as CPython's
//! unraisable hook. Not here: weakref callbacks (`runtime::weakref`).

use super::collect::Obj;
use crate::runtime::class::Class;
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::value::Value;
use crate::vm::mailbox::Mailbox;
use crate::vm::{GenState, Generator, Vm};
use std::rc::Rc;

/// A finalizer due at the next safe point.
pub enum Pending {
    /// Call `__del__` of this (revived) instance.
    Del(InstanceRef),
    /// Close this (revived) generator.
    Close(Rc<Generator>),
    /// Hand this (revived) async generator to its finalizer hook.
    AsyncGen(Rc<Generator>, Value),
}

/// Queue a finalizer from a `Drop` and ask the dispatch loop to stop soon.
pub fn queue(mailbox: &Mailbox, p: Pending) {
    if let Ok(mut q) = mailbox.finalizers.try_borrow_mut() {
        q.push(p);
    }
    wake(mailbox);
}

/// Ask the dispatch loop to run the finalizers at its next safe point.
pub fn wake(mailbox: &Mailbox) {
    mailbox.request_safe_point();
    crate::vm::eval_breaker::trip(crate::vm::eval_breaker::FINALIZERS);
}

/// Whether closing this generator can run code (its frame is inside `try` or `with`).
pub fn needs_close(g: &Generator) -> bool {
    g.state.get() == GenState::Suspended
        && g.with_frame(|f| {
            f.is_some_and(|f| {
                f.blocks
                    .iter()
                    .any(|b| matches!(b, crate::vm::frame::Block::Handler { .. }))
            })
        })
}

impl Vm {
    /// Give `cls` the finalizer queue if its instances have a `__del__` (called where
    /// classes are made and where `__del__` is assigned to a class).
    pub fn gc_note_class(&self, cls: &Rc<Class>) {
        if cls.finalizer.get().is_none() && cls.lookup_str("__del__").is_some() {
            let _ = cls.finalizer.set(self.mailbox.clone());
        }
    }

    /// The breaker's finalizer bit: run what is queued.
    #[cold]
    pub(crate) fn serve_finalizers(&mut self) {
        self.run_finalizers();
    }

    /// Run the queued finalizers, then the callbacks of weak references whose referents
    /// died (CPython calls `__del__` before it clears the weak references).
    pub(crate) fn run_finalizers(&mut self) {
        // Served here: the calls the finalizers make must not serve it again (they would
        // run the weak callbacks before the finalizer that is running).
        crate::vm::eval_breaker::take(crate::vm::eval_breaker::FINALIZERS);
        loop {
            let due = match self.mailbox.finalizers.try_borrow_mut() {
                Ok(mut q) => std::mem::take(&mut *q),
                Err(_) => return,
            };
            if due.is_empty() {
                // Futures and tasks revived by their `Drop` (`event_loop::future_gc`);
                // what their reports let go of may queue more.
                if crate::event_loop::future_gc::report_dropped(self) {
                    continue;
                }
                self.run_weak_callbacks();
                return;
            }
            for p in due {
                match p {
                    Pending::Del(inst) => {
                        let v = Value::Instance(inst);
                        self.gc_track(&v);
                        self.call_del(&v);
                    }
                    Pending::Close(g) => self.close_dropped(g),
                    Pending::AsyncGen(g, hook) => self.asyncgen_finalize(g, hook),
                }
            }
        }
    }

    fn call_del(&mut self, v: &Value) {
        let Value::Instance(inst) = v else { return };
        let Some(del) = inst.class.lookup_str("__del__") else {
            return;
        };
        if let Err(e) = self.call_args(&del, vec![v.clone()]) {
            self.print_ignored_exception("Exception ignored in", &del, &e);
        }
    }

    fn close_dropped(&mut self, g: Rc<Generator>) {
        if let Err(e) = self.gen_close(&g) {
            self.print_ignored_exception("Exception ignored in", &Value::Generator(g), &e);
        }
    }

    /// Finalize the garbage of a collection (each object once); whether any finalizer
    /// ran (then the garbage must be checked for resurrection).
    pub(crate) fn gc_finalize(&mut self, garbage: &[Obj]) -> bool {
        let mut ran = false;
        for obj in garbage {
            match obj {
                Obj::Value(v @ Value::Instance(inst)) => {
                    if inst.gc.is_finalized() || inst.class.lookup_str("__del__").is_none() {
                        continue;
                    }
                    inst.gc.set_finalized();
                    ran = true;
                    self.call_del(v);
                }
                Obj::Value(Value::Generator(g)) => {
                    if let Some(hook) = g.take_ag_finalizer() {
                        ran = true;
                        self.asyncgen_finalize(g.clone(), hook);
                    } else if needs_close(g) {
                        ran = true;
                        self.close_dropped(g.clone());
                    }
                }
                Obj::Value(v @ Value::Native(_)) => {
                    ran |= crate::event_loop::future_gc::finalize(self, v);
                }
                _ => {}
            }
        }
        ran
    }
}
