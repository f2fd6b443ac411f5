//! Resuming and throwing into generators and coroutines: taking a suspended frame out of
//! its generator to run it (`send`, `throw`, a Task step), native coroutine bodies, a
//! throw handed down a `yield from` chain, and PEP 479's StopIteration conversion. Not
//! the dispatch loop that runs the resumed frame (see `run`).

use super::frame::{Frame, Link};
use super::generator::{GenState, Generator};
use super::run::{push_parent, Active, Halt};
use super::Vm;
use crate::compiler::bytecode::{CodeKind, Instr};
use crate::runtime::error::{runtime_error, type_error, PyErr, PyResult};
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// Resume a generator from native code (`next()`, `send()`, a Task step).
    pub fn gen_resume(&mut self, gen: &Rc<Generator>, how: Resume) -> PyResult<GenStep> {
        let (frame, pending) = match self.take_frame_to_resume(gen, how)? {
            Taken::Frame(f, pending) => (f, pending),
            Taken::Finished(v) => return Ok(GenStep::Return(v)),
            Taken::Yielded(v) => return Ok(GenStep::Yield(v)),
        };
        let active = Active::new(frame, Some(gen.clone()), Link::Base, None);
        match self.run(active, pending)? {
            Halt::Return(v) => Ok(GenStep::Return(v)),
            Halt::Yield(v) => Ok(GenStep::Yield(v)),
        }
    }

    pub(super) fn gen_take_frame(&mut self, gen: &Rc<Generator>, how: Resume) -> PyResult<Taken> {
        match gen.state.get() {
            GenState::Running => {
                return Err(crate::runtime::error::value_error(format!(
                    "{} already executing",
                    gen.noun()
                )))
            }
            GenState::Done => {
                return match how {
                    Resume::Throw(e) => Err(e),
                    Resume::Send(_) => {
                        if gen.kind == CodeKind::Coroutine {
                            Err(runtime_error("cannot reuse already awaited coroutine"))
                        } else {
                            Ok(Taken::Finished(Value::None))
                        }
                    }
                };
            }
            GenState::Created => {
                if let Resume::Send(v) = &how {
                    if !v.is_none() {
                        return Err(type_error(format!(
                            "can't send non-None value to a just-started {}",
                            gen.noun()
                        )));
                    }
                }
                if let Resume::Throw(e) = how {
                    // Throwing into a generator that never started finishes it.
                    gen.state.set(GenState::Done);
                    gen.frame.take();
                    return Err(e);
                }
            }
            GenState::Suspended => {}
        }
        if let Some(body) = gen.native() {
            return self.resume_native_body(gen, body, how);
        }
        let was_created = gen.state.get() == GenState::Created;
        let mut frame = match gen.frame.take() {
            Some(f) => f,
            None => return Ok(Taken::Finished(Value::None)),
        };
        self.swap_handled(&mut frame);
        gen.state.set(GenState::Running);
        gen.started.set(true);
        match how {
            Resume::Send(v) => {
                if !was_created {
                    frame.push(v);
                }
                Ok(Taken::Frame(frame, None))
            }
            Resume::Throw(e) => {
                // Raised in the generator: its context is the exception the generator
                // handles (or its resumer's), as CPython's `gen_send_ex` chains it.
                self.chain_context(&e);
                Ok(Taken::Frame(frame, Some(e)))
            }
        }
    }

    /// Resume a coroutine implemented in Rust: no frame, the body runs here.
    fn resume_native_body(
        &mut self,
        gen: &Rc<Generator>,
        body: &dyn super::generator::NativeBody,
        how: Resume,
    ) -> PyResult<Taken> {
        let thrown = matches!(how, Resume::Throw(_));
        gen.state.set(GenState::Running);
        gen.started.set(true);
        let outcome = body.resume(self, gen, how);
        let next = match &outcome {
            Ok(GenStep::Yield(_)) if !thrown => GenState::Suspended,
            _ => GenState::Done,
        };
        gen.state.set(next);
        match outcome? {
            GenStep::Yield(_) if thrown => Err(runtime_error(format!(
                "{} '{}' yielded after a throw",
                gen.noun(),
                gen.qualname()
            ))),
            GenStep::Yield(v) => Ok(Taken::Yielded(v)),
            GenStep::Return(v) => Ok(Taken::Finished(v)),
        }
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    pub(super) fn convert_stop_iteration(&mut self, g: &Generator, e: PyErr) -> PyErr {
        let t = self.types();
        let (cls, noun) = match g.kind {
            CodeKind::AsyncGenerator => (&t.stop_async_iteration, "async generator"),
            _ => (&t.stop_iteration, g.noun()),
        };
        if e.is_instance(cls)
            || (g.kind == CodeKind::AsyncGenerator && e.is_instance(&t.stop_iteration))
        {
            let which = if e.is_instance(&t.stop_iteration) {
                "StopIteration"
            } else {
                "StopAsyncIteration"
            };
            let new = runtime_error(format!("{noun} raised {which}"));
            {
                let mut d = new.data_mut();
                d.cause = Some(e.value(self.types()));
                d.context = Some(e.value(self.types()));
                d.suppress_context = true;
                // Made after the generator's frame is gone, as CPython's: its traceback
                // starts at the caller (the StopIteration keeps the generator's lines).
            }
            return new;
        }
        e
    }

    /// Throwing into a frame suspended on `yield from`/`await` of another generator throws
    /// into that one instead (recursively). Returns the exception to raise in `cur`, or
    /// None when it was handed down the chain.
    pub(super) fn throw_into_chain(
        &mut self,
        parents: &mut Vec<Active>,
        cur: &mut Active,
        e: PyErr,
    ) -> Option<PyErr> {
        let mut e = e;
        loop {
            let f = &cur.frame;
            let at_yield_from = matches!(f.code.code.instrs.get(f.ip), Some(Instr::YieldFrom));
            let sub = if at_yield_from {
                match f.top() {
                    Value::Generator(g) if g.state.get() == GenState::Suspended => Some(g.clone()),
                    _ => None,
                }
            } else {
                None
            };
            let Some(g) = sub else {
                return Some(e);
            };
            // Resume the delegating frame past its YieldFrom so the sub-generator's
            // result (or exception) lands there.
            cur.frame.ip += 1;
            match self.gen_take_frame(&g, Resume::Throw(e)) {
                Ok(Taken::Frame(frame, pending)) => {
                    if let Err(err) = self.enter_frame() {
                        g.state.set(GenState::Suspended);
                        return Some(err);
                    }
                    let child = Active::new(frame, Some(g), Link::YieldFrom, None);
                    push_parent(parents, &mut self.callers, std::mem::replace(cur, child));
                    match pending {
                        Some(p) => e = p,
                        None => return None,
                    }
                }
                Ok(Taken::Finished(v)) => {
                    cur.frame.pop();
                    cur.frame.push(v);
                    return None;
                }
                // `resume_native_body` turns a yield answering a throw into an error.
                Ok(Taken::Yielded(_)) => unreachable!("a native body yielded after a throw"),
                Err(err) => return Some(err),
            }
        }
    }

    /// Send into a non-generator iterator used by `yield from`/`await`.
    pub(super) fn send_native(&mut self, sub: &Value, x: Value) -> PyResult<GenStep> {
        let r = if x.is_none() {
            self.next(sub)
        } else {
            let send = self.getattr(sub, "send")?;
            match self.call_args(&send, vec![x]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is_instance(&self.types().stop_iteration) => {
                    return Ok(GenStep::Return(stop_iteration_value(&e)));
                }
                Err(e) => Err(e),
            }
        };
        match r {
            Ok(Some(v)) => Ok(GenStep::Yield(v)),
            Ok(None) => Ok(GenStep::Return(self.take_stop_value())),
            Err(e) => Err(e),
        }
    }
}

/// What to resume a generator with.
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// What a native resume of a generator produced.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// The value a StopIteration carries.
pub fn stop_iteration_value(e: &PyErr) -> Value {
    e.first_arg().unwrap_or(Value::None)
}

/// What taking a generator's frame to resume it gave.
pub(super) enum Taken {
    /// The frame to run, with an exception to raise in it first.
    Frame(Box<Frame>, Option<PyErr>),
    /// It finished without running a frame (exhausted, or a native body returned).
    Finished(Value),
    /// A native body yielded.
    Yielded(Value),
}
