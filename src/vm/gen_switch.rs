//! Generator and coroutine frames switched inside the dispatch loop, as plain calls are:
//! `ForIter` over a Python generator and `YieldFrom` (`yield from`, `await`) on a Python
//! generator or coroutine enter the resumed frame (`Flow::Enter`); a `yield` suspends the
//! yielding frame and the delegating frames above it and hands the value to the `for`
//! loop waiting for it (`Flow::Yield`); a generator's return resumes the frame that
//! resumed it (`run::return_inline`). Only a chain that reaches the frame `run` was called
//! with (a resumption from native code: `next()`, `send()`, a Task step) leaves the loop.
//! Not the run of a generator resumed from native code (see `resume::gen_resume`),
//! `throw` (see `resume::throw_into_chain`) or the generator object itself (see
//! `generator`).

use super::frame::{Frame, Link};
use super::generator::{GenState, Generator};
use super::resume::{Resume, Taken};
use super::run::{Active, Flow, Step};
use super::Vm;
use crate::compiler::bytecode::Instr;
use crate::runtime::error::{runtime_error, PyErr, PyResult};
use crate::runtime::value::Value;
use std::rc::Rc;

/// Where a `yield` left the frame stack (see [`Vm::suspend_yielding`]).
pub(super) enum Suspended {
    /// The `for` loop resuming the generator has the value on its stack and runs on.
    Resumed,
    /// The chain reached `run`'s base frame, which is suspended too: `run` yields this.
    Halt(Value),
    /// Raise this in the frame now current: a consuming built-in's step failed (see
    /// `gen_consume`), or a frame entered as a plain call yielded (an interpreter bug).
    Raise(PyErr),
}

impl Vm {
    /// The frame a `ForIter`/`YieldFrom` resumption took from its generator: entered in
    /// the loop as a call is, unless the recursion limit is reached or the eval breaker
    /// is set (then `run` enters it, raising RecursionError or serving the breaker first).
    #[inline(always)]
    pub(super) fn enter_generator(&self, active: Active) -> Flow {
        if self.depth < self.recursion_limit && !super::eval_breaker::tripped() {
            Flow::Enter(active)
        } else {
            Flow::Leave(Step::Push(active))
        }
    }

    /// `gen_take_frame` for `ForIter`, `YieldFrom` and `next()`, with the common resumptions
    /// inline: a suspended generator sent a value, a fresh one sent None, a Python body
    /// (its frame is there). Every other case, errors included, is `gen_take_frame`'s.
    #[inline(always)]
    pub(super) fn take_frame_to_resume(
        &mut self,
        gen: &Rc<Generator>,
        how: Resume,
    ) -> PyResult<Taken> {
        let v = match how {
            Resume::Send(v) => v,
            other => return self.gen_take_frame(gen, other),
        };
        let state = gen.state.get();
        let suspended = state == GenState::Suspended;
        if suspended || (state == GenState::Created && v.is_none()) {
            if let Some(mut frame) = gen.frame.take() {
                self.swap_handled(&mut frame);
                gen.state.set(GenState::Running);
                gen.started.set(true);
                if suspended {
                    frame.push(v);
                }
                return Ok(Taken::Frame(frame, None));
            }
        }
        self.gen_take_frame(gen, Resume::Send(v))
    }

    /// The current frame yields `v`: suspend it into its generator, and each frame
    /// delegating to it by `yield from`/`await` (which will re-run its `YieldFrom` when
    /// resumed), up to the frame that resumed the chain: a `ForIter` gets `v` pushed, the
    /// base frame of `run` returns it.
    pub(super) fn suspend_yielding(
        &mut self,
        v: Value,
        cur: &mut Active,
        parents: &mut Vec<Active>,
    ) -> Suspended {
        loop {
            if let Link::Consume(consumer) = cur.frame.link {
                return match self.consume_item(consumer, v, cur, parents) {
                    Ok(()) => Suspended::Resumed,
                    Err(e) => Suspended::Raise(e),
                };
            }
            self.depth -= 1;
            let link = cur.frame.link;
            let owner = cur.frame.owner.take();
            let frame = match self.pop_parent(parents) {
                Some(p) => std::mem::replace(cur, p).frame,
                None => {
                    let frame = std::mem::replace(&mut cur.frame, self.placeholder_frame());
                    self.suspend(owner, frame);
                    return Suspended::Halt(v);
                }
            };
            self.suspend(owner, frame);
            match link {
                Link::ForIter => {
                    cur.frame.push(v);
                    return Suspended::Resumed;
                }
                Link::YieldFrom => {
                    // The delegating frame suspends too, on its YieldFrom.
                    cur.frame.ip -= 1;
                    if cur.frame.link == Link::Base {
                        self.depth -= 1;
                        let owner = cur.frame.owner.take();
                        let frame = std::mem::replace(&mut cur.frame, self.placeholder_frame());
                        self.suspend(owner, frame);
                        return Suspended::Halt(v);
                    }
                }
                Link::Base | Link::Call | Link::Init | Link::BinaryOp | Link::Consume(_) => {
                    return Suspended::Raise(runtime_error(
                        "yield from a frame that is not a generator",
                    ));
                }
            }
        }
    }
}

/// A generator's frame returned (before the frame is recycled): the generator is done.
#[inline(always)]
pub(super) fn generator_finished(frame: &Frame) {
    if let Some(g) = &frame.owner {
        g.state.set(GenState::Done);
    }
}

/// The frame that resumed a generator by `link` (`ForIter` or `YieldFrom`) gets its return value `v`: a `for`
/// loop ends (the iterator popped, a jump past the loop), `yield from`/`await` has its
/// value (in place of the sub-iterator).
#[inline(always)]
pub(super) fn generator_returned(resumer: &mut Frame, link: Link, v: Value) {
    resumer.pop();
    if link == Link::ForIter {
        resumer.ip = match resumer.code.code.instrs[resumer.ip - 1] {
            Instr::ForIter(t) => t as usize,
            _ => resumer.ip,
        };
    } else {
        resumer.push(v);
    }
}
