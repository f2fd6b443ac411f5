//! The unary operators (`-x`, `+x`, `~x`) and `abs(x)` in the dispatch loop. On an
//! instance whose class defines the dunder (`__neg__`, `__pos__`, `__invert__`,
//! `__abs__`) as a plain Python function of one parameter, the dunder's frame is pushed
//! like a call's (its result is the operator's, unchanged), instead of running it in a
//! nested `Vm::run` from the operator protocol, as binary operators do in
//! `dunder_frames`. Everything else goes through `ops::unary_*` and the `abs` builtin;
//! this file adds speed, not semantics. The dunder is looked up on the class, as
//! CPython's type slots are.

use super::frame::Frame;
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::compiler::bytecode::{CodeKind, Instr};
use crate::runtime::class::Layout;
use crate::runtime::function::Builtin;
use crate::runtime::str::StrRef;
use crate::runtime::value::Value;

impl Vm {
    /// `UnaryNegative`, `UnaryPositive` or `UnaryInvert` (`instr`) on the top of `f`'s
    /// stack: done here, or the dunder's frame entered as a call (its operand moved
    /// into it).
    #[inline]
    pub(super) fn op_unary(&mut self, f: &mut Frame, instr: Instr) -> Result<Flow, Raised> {
        // `-x` on an inline number: no dunder lookup, no call.
        if instr == Instr::UnaryNegative {
            let negated = match f.stack.last() {
                Some(Value::Float(x)) => Some(Value::Float(-x)),
                Some(Value::Int(i)) if *i != i64::MIN => Some(Value::Int(-i)),
                _ => None,
            };
            if let Some(v) = negated {
                f.pop().discard();
                f.push(v);
                return Ok(Flow::Next);
            }
        }
        let name = match instr {
            Instr::UnaryNegative => &self.names.neg,
            Instr::UnaryPositive => &self.names.pos,
            _ => &self.names.invert,
        };
        if let Some(frame) = self.unary_dunder_frame(f, &name.clone()) {
            return Ok(Flow::Enter(Active::call(frame)));
        }
        let a = f.pop();
        let v = match instr {
            Instr::UnaryNegative => self.unary_neg(&a)?,
            Instr::UnaryPositive => self.unary_pos(&a)?,
            _ => self.unary_invert(&a)?,
        };
        f.push(v);
        Ok(Flow::Next)
    }

    /// For `Call(argc)` of the builtin `abs` with an instance: `__abs__`'s frame, the
    /// callee and its argument moved off the stack.
    #[inline]
    pub(super) fn abs_dunder_frame(&mut self, f: &mut Frame, argc: usize) -> Option<Box<Frame>> {
        let [.., Value::Builtin(b), Value::Instance(_)] = f.stack.as_slice() else {
            return None;
        };
        if argc != 1 || !is_plain_abs(b) {
            return None;
        }
        let frame = self.unary_dunder_frame(f, &self.names.abs.clone())?;
        drop(f.pop());
        Some(frame)
    }

    /// A frame running `type(x).name(x)` for the instance `x` at the top of `f`'s
    /// stack (popped into the frame), when `name` is a plain Python function of one
    /// parameter on a class of plain instances.
    fn unary_dunder_frame(&mut self, f: &mut Frame, name: &StrRef) -> Option<Box<Frame>> {
        let Some(Value::Instance(inst)) = f.stack.last() else {
            return None;
        };
        if self.depth >= self.recursion_limit || super::eval_breaker::tripped() {
            return None;
        }
        let cls = &inst.class;
        if cls.is_builtin || cls.layout != Layout::Object || cls.meta.is_some() {
            return None;
        }
        let Some(Value::Function(func)) = cls.lookup(name) else {
            return None;
        };
        // `simple_argc` is set only for plain functions binding straight into locals.
        if func.code.simple_argc != 1 || func.code.code.kind != CodeKind::Function {
            return None;
        }
        let mut frame = self.function_frame(&func);
        frame.fast[0] = f.stack.pop();
        Some(frame)
    }
}

/// The builtin `abs` itself (not a method bound to anything).
#[inline]
fn is_plain_abs(b: &Builtin) -> bool {
    b.bound.is_none()
        && std::ptr::fn_addr_eq(
            b.func,
            crate::runtime::builtins::functions::abs as crate::runtime::function::NativeFn,
        )
}
