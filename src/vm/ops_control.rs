//! The dispatch loop's jumps and `for` loops: `Jump` (a backward one serves the eval
//! breaker), the conditional jumps (and `not` fused with `and`/`or`'s), `GetIter` and `ForIter` (range and list iteration
//! inline; a Python generator's frame is pushed on the loop, `Flow::Leave`). Not
//! exception handling (see `ops_except`).

use super::frame::{forget_or_drop, Frame, Link};
use super::resume::{Resume, Taken};
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::error::PyResult;
use crate::runtime::iter::IterState;
use crate::runtime::value::Value;

impl Vm {
    #[inline(always)]
    pub(super) fn op_jump(&mut self, f: &mut Frame, t: u32) -> Result<(), Raised> {
        // Backward jumps close every loop: the place to serve the breaker
        // (Ctrl-C, signal handlers).
        if (t as usize) < f.ip && super::eval_breaker::tripped() {
            self.handle_breaker().map_err(Raised::New)?;
        }
        f.ip = t as usize;
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_pop_jump_if_false(&mut self, f: &mut Frame, t: u32) -> Result<(), Raised> {
        let truth = self.pop_truth(f)?;
        if !truth {
            f.ip = t as usize;
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_pop_jump_if_true(&mut self, f: &mut Frame, t: u32) -> Result<(), Raised> {
        let truth = self.pop_truth(f)?;
        if truth {
            f.ip = t as usize;
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_jump_if_false_or_pop(&mut self, f: &mut Frame, t: u32) -> Result<(), Raised> {
        if !self.top_truth(f)? {
            f.ip = t as usize;
        } else {
            f.pop();
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_jump_if_true_or_pop(&mut self, f: &mut Frame, t: u32) -> Result<(), Raised> {
        if self.top_truth(f)? {
            f.ip = t as usize;
        } else {
            f.pop();
        }
        Ok(())
    }

    /// `UnaryNot; JumpIfFalseOrPop(t)` (`jump_when` false) or `UnaryNot;
    /// JumpIfTrueOrPop(t)` (true): the negated truth is pushed only when the jump keeps
    /// it as the expression's value. A truth test's error is the `UnaryNot`'s.
    #[inline(always)]
    pub(super) fn op_unary_not_jump_or_pop(
        &mut self,
        f: &mut Frame,
        t: u32,
        jump_when: bool,
    ) -> Result<(), Raised> {
        let negated = !self.pop_truth(f)?;
        f.ip += 1;
        if negated == jump_when {
            f.push(Value::Bool(negated));
            f.ip = t as usize;
        }
        Ok(())
    }

    /// Pop the condition of a conditional jump: a bool, int or None without drop glue,
    /// a list (`while todo:`) without a call, anything else through `truthy`.
    #[inline(always)]
    pub(super) fn pop_truth(&mut self, f: &mut Frame) -> PyResult<bool> {
        let inline = match f.stack.last() {
            Some(Value::Bool(b)) => Some(*b),
            Some(Value::Int(i)) => Some(*i != 0),
            Some(Value::None) => Some(false),
            Some(Value::List(l)) => {
                // As `truthy` answers a list; the pop below drops its reference.
                let full = !l.is_empty();
                forget_or_drop(f.pop());
                return Ok(full);
            }
            _ => None,
        };
        match inline {
            Some(b) => {
                // Inline values have no drop glue.
                std::mem::forget(f.stack.pop());
                Ok(b)
            }
            None => match f.stack.pop() {
                Some(other) => self.truthy(&other),
                None => Ok(false),
            },
        }
    }

    /// The truth of the top of the stack, left there (`and` / `or`): inline values
    /// without a clone, anything else through `truthy`.
    #[inline(always)]
    fn top_truth(&mut self, f: &mut Frame) -> PyResult<bool> {
        match f.stack.last() {
            Some(Value::Bool(b)) => Ok(*b),
            Some(Value::Int(i)) => Ok(*i != 0),
            Some(Value::None) => Ok(false),
            Some(other) => {
                let v = other.clone();
                self.truthy(&v)
            }
            None => Ok(false),
        }
    }

    #[inline(always)]
    pub(super) fn op_get_iter(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let v = f.pop();
        let it = self.get_iter(&v)?;
        f.push(it);
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_for_iter(&mut self, f: &mut Frame, t: u32) -> Result<Flow, Raised> {
        // The hot cases inline, on the iterator where it lies (no reference count taken
        // and dropped per item): range, list and tuple iteration.
        if let Some(next) = fast_next(f.top()) {
            match next {
                Some(v) => f.push(v),
                None => {
                    f.pop();
                    f.ip = t as usize;
                }
            }
            return Ok(Flow::Next);
        }
        let it = f.top().clone();
        match &it {
            Value::Iter(_) => match self.next(&it)? {
                Some(v) => f.push(v),
                None => {
                    f.pop();
                    f.ip = t as usize;
                }
            },
            Value::Generator(g) if g.kind == CodeKind::Generator => {
                let g = g.clone();
                match self.take_frame_to_resume(&g, Resume::Send(Value::None))? {
                    Taken::Frame(frame, _) => {
                        let active = Active::new(frame, Some(g), Link::ForIter, None);
                        return Ok(self.enter_generator(active));
                    }
                    Taken::Finished(_) => {
                        f.pop();
                        f.ip = t as usize;
                    }
                    Taken::Yielded(v) => f.push(v),
                }
            }
            _ => match self.next(&it)? {
                Some(v) => f.push(v),
                None => {
                    f.pop();
                    f.ip = t as usize;
                }
            },
        }
        Ok(Flow::Next)
    }
}

/// The next item of a range, list or tuple iterator (`Some(None)` when exhausted), read
/// without calling out; None for every other iterable.
#[inline(always)]
fn fast_next(it: &Value) -> Option<Option<Value>> {
    let Value::Iter(iter) = it else {
        return None;
    };
    let mut st = iter.state.borrow_mut();
    match &mut *st {
        IterState::Range(r) => Some(r.next_value().map(Value::Int)),
        IterState::List { list, index } => {
            let item = list.get(*index);
            if item.is_some() {
                *index += 1;
            }
            Some(item)
        }
        IterState::Tuple { tuple, index } => {
            let item = tuple.items.get(*index).cloned();
            if item.is_some() {
                *index += 1;
            }
            Some(item)
        }
        _ => None,
    }
}
