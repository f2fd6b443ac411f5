//! The dispatch loop's operator instructions: `BinaryOp`, `InplaceOp`, the unary
//! operators and `CompareOp`. Two inline numbers are computed here without leaving the
//! loop; a binary dunder written in Python runs as a frame of the loop (`Flow::Enter`);
//! everything else goes through `ops`. Not the operator semantics themselves (see
//! `ops.rs`, `numeric/`).

use super::fast_arith::{fast_binary, replace_inline_pair};
use super::frame::{Frame, Link};
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::ast::{BinOp, CmpOp};
use crate::compiler::bytecode::Instr;
use crate::runtime::value::Value;

impl Vm {
    #[inline(always)]
    pub(super) fn op_binary_op(&mut self, f: &mut Frame, op: BinOp) -> Result<Flow, Raised> {
        if let [.., a, b] = f.stack.as_slice() {
            if let Some(v) = fast_binary(op, a, b) {
                replace_inline_pair(f, v);
                return Ok(Flow::Next);
            }
        }
        if let Some(frame) = self.binary_dunder_frame(f, op) {
            return Ok(Flow::Enter(Active::new(frame, None, Link::BinaryOp, None)));
        }
        let b = f.pop();
        let a = f.pop();
        let v = self.binary_op(op, &a, &b)?;
        f.push(v);
        Ok(Flow::Next)
    }

    #[inline(always)]
    pub(super) fn op_inplace_op(&mut self, f: &mut Frame, op: BinOp) -> Result<(), Raised> {
        // Inline numbers have no in-place dunders: `a op= b` is `a op b`.
        if let [.., a, b] = f.stack.as_slice() {
            if let Some(v) = fast_binary(op, a, b) {
                replace_inline_pair(f, v);
                return Ok(());
            }
        }
        let b = f.pop();
        let a = f.pop();
        let v = self.inplace_op(op, &a, &b)?;
        f.push(v);
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_unary_not(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let t = self.pop_truth(f)?;
        f.push(Value::Bool(!t));
        Ok(())
    }

    /// See `compare_ops`: the quick comparisons fused with the jump after them.
    #[inline(always)]
    pub(super) fn op_compare_op(
        &mut self,
        f: &mut Frame,
        instrs: &[Instr],
        op: CmpOp,
    ) -> Result<(), Raised> {
        Ok(self.op_compare(f, instrs, op)?)
    }
}
