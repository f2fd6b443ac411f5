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
use crate::runtime::str::StrRef;
use crate::runtime::value::Value;

/// `s += t` on two strs in a function, followed by the store back into `s`'s local
/// (CPython's `BINARY_OP_INPLACE_ADD_UNICODE`): the local's reference is dropped first,
/// so that the str on the stack is the only one and grows in place. A loop of `+=` then
/// costs time linear in the result, not quadratic. False when the pattern is not there
/// (nothing changed).
#[inline(never)]
fn str_append_in_place(f: &mut Frame) -> bool {
    let [.., Value::Str(a), Value::Str(_)] = f.stack.as_slice() else {
        return false;
    };
    let Some(Instr::StoreFast(i)) = f.code.code.instrs.get(f.ip).copied() else {
        return false;
    };
    match f.fast.get(i as usize) {
        Some(Some(Value::Str(local))) if StrRef::ptr_eq(local, a) => {}
        _ => return false,
    }
    if StrRef::strong_count(a) != 2 {
        return false;
    }
    // The store right after this instruction puts the result in the local; nothing runs
    // in between.
    drop(f.fast[i as usize].take());
    let b = f.pop();
    let mut a = f.pop();
    if let (Value::Str(x), Value::Str(y)) = (&mut a, &b) {
        let tail_chars = y.char_len();
        let grown = StrRef::append_in_place(x, y.as_str(), tail_chars);
        if !grown {
            a = crate::runtime::str_build::concat(x, y);
        }
    }
    f.push(a);
    b.discard();
    true
}

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
        if op == BinOp::Add && str_append_in_place(f) {
            return Ok(());
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
