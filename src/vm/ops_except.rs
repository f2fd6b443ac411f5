//! The dispatch loop's exception and `with` instructions: the handler blocks
//! (`SetupFinally`, `PopBlock`, `PopExcept`), raising and re-raising, matching an
//! `except` clause and an `except*` group, and entering and leaving a `with` block.
//! Not the unwinding to a handler (see `unwind`).

use super::frame::{Block, Frame};
use super::run::Raised;
use super::Vm;
use crate::runtime::error::{runtime_error, type_error, PyErr, PyResult};
use crate::runtime::value::Value;

impl Vm {
    #[inline(always)]
    pub(super) fn op_setup_finally(&mut self, f: &mut Frame, t: u32) {
        f.blocks.push(Block::Handler {
            handler: t,
            level: f.stack.len() as u32,
            by_kind: false,
        });
    }

    #[inline(always)]
    pub(super) fn op_setup_except(&mut self, f: &mut Frame, t: u32) {
        f.blocks.push(Block::Handler {
            handler: t,
            level: f.stack.len() as u32,
            by_kind: true,
        });
    }

    #[inline(always)]
    pub(super) fn op_pop_block(&mut self, f: &mut Frame) {
        f.blocks.pop();
    }

    pub(super) fn op_pop_except(&mut self, f: &mut Frame) {
        if let Some(Block::ExceptHandler { previous }) = f.blocks.pop() {
            self.handled = previous;
        }
    }

    pub(super) fn op_reraise(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let exc = f.pop();
        if exc.is(&self.pending_exc) {
            // No `except NAME` clause matched an error still only a kind: it is the one
            // being handled.
            if let Some(h) = &self.handled {
                return Err(Raised::Reraise(h.clone()));
            }
        }
        Err(Raised::Reraise(self.as_exception(exc)?))
    }

    pub(super) fn op_raise(&mut self, f: &mut Frame, n: u32) -> Result<(), Raised> {
        let e = match n {
            0 => match &self.handled {
                Some(h) => return Err(Raised::Reraise(h.clone())),
                None => runtime_error("No active exception to reraise"),
            },
            1 => {
                let exc = f.pop();
                self.make_exception(exc)?
            }
            _ => {
                let cause = f.pop();
                let exc = f.pop();
                let e = self.make_exception(exc)?;
                let cause = if cause.is_none() {
                    None
                } else {
                    Some(self.make_cause(cause)?.value(self.types()))
                };
                let mut d = e.data_mut();
                d.cause = cause;
                d.suppress_context = true;
                drop(d);
                e
            }
        };
        Err(Raised::New(e))
    }

    /// The exception `raise ... from X` names as the cause: as `raise X` makes it, but a
    /// non-exception gets CPython's "exception causes must derive from BaseException".
    fn make_cause(&mut self, cause: Value) -> PyResult<PyErr> {
        let is_exception_class =
            matches!(&cause, Value::Class(c) if c.is_subclass(&self.types().base_exception));
        let is_exception = matches!(&cause, Value::Instance(i) if i.exc_data().is_some());
        if !is_exception_class && !is_exception {
            return Err(type_error(
                "exception causes must derive from BaseException",
            ));
        }
        self.make_exception(cause)
    }

    pub(super) fn op_jump_if_not_exc_match(&mut self, f: &mut Frame, t: u32) -> Result<(), Raised> {
        let typ = f.pop();
        if f.top().is(&self.pending_exc) {
            return self.pending_exc_match(f, &typ, t);
        }
        let exc = f.top().clone();
        if !self.exception_matches(&exc, &typ)? {
            f.ip = t as usize;
        }
        Ok(())
    }

    pub(super) fn op_check_eg_match(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let typ = f.pop();
        let rest = f.pop();
        let (rest, matched) = self.check_eg_match(rest, &typ)?;
        f.push(rest);
        f.push(matched);
        Ok(())
    }

    pub(super) fn op_enter_star_handler(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let matched = self.as_exception(f.top().clone())?;
        let previous = self.handled.replace(matched);
        f.blocks.push(Block::ExceptHandler { previous });
        Ok(())
    }

    pub(super) fn op_reraise_star(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let rest = f.pop();
        let raised = f.pop();
        let orig = f.pop();
        if let Some(e) = self.reraise_star(&orig, &raised, rest)? {
            return Err(Raised::Reraise(e));
        }
        Ok(())
    }

    pub(super) fn op_setup_with(&mut self, f: &mut Frame, t: u32) -> Result<(), Raised> {
        let mgr = f.pop();
        let exit = self.special_method(&mgr, "__exit__", "__enter__")?;
        let enter = self.special_method(&mgr, "__enter__", "__exit__")?;
        f.push(exit);
        let level = f.stack.len() as u32;
        let entered = self.call_args(&enter, vec![])?;
        f.blocks.push(Block::Handler {
            handler: t,
            level,
            by_kind: false,
        });
        f.push(entered);
        Ok(())
    }

    pub(super) fn op_with_except_start(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let exc = f.peek(0).clone();
        let exit = f.peek(1).clone();
        let typ = Value::Class(self.type_of(&exc));
        let tb = self.traceback_of_value(&exc)?;
        let res = self.call_args(&exit, vec![typ, exc, tb])?;
        f.push(res);
        Ok(())
    }

    pub(super) fn op_load_assertion_error(&mut self, f: &mut Frame) {
        f.push(Value::Class(self.types().assertion_error.clone()))
    }
}
