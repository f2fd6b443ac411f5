//! Operator dunders written in Python, run as frames of the dispatch loop: `a + b` on an
//! instance whose class defines `__add__` pushes that function's frame, as a plain call
//! does, instead of calling it through a nested `Vm::run` from the operator protocol.
//!
//! Which function a `BinaryOp` ran is remembered per instruction (`DunderSite`, guarded
//! by the class and its MRO stamp). Only the cases where CPython's protocol would call
//! the left operand's method first and alone come here (see
//! [`Vm::binary_dunder_frame`]); the others, and every
//! NotImplemented answer, go through `ops::binary_op`'s general path, so this file adds
//! speed, not semantics.

use super::frame::Frame;
use super::Vm;
use crate::ast::BinOp;
use crate::compiler::bytecode::Instr;
use crate::runtime::class::Layout;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;

impl Vm {
    /// For `BinaryOp(op)` with operands `a`, `b` on top of the stack: a frame running
    /// `type(a).__op__(a, b)` when that is a plain Python function taking two
    /// positional parameters and the protocol would try it first. The operands stay on
    /// the stack (for [`Self::binary_dunder_returned`]).
    ///
    /// "First" holds when `b` is an instance of the same class (its reflected method is
    /// never tried first) or an inline number or None (whose types are no subclass of a
    /// user class).
    #[inline]
    pub(super) fn binary_dunder_frame(&mut self, f: &Frame, op: BinOp) -> Option<Box<Frame>> {
        let [.., a, b] = f.stack.as_slice() else {
            return None;
        };
        let Value::Instance(_) = a else {
            return None;
        };
        if self.depth >= self.recursion_limit || super::eval_breaker::tripped() {
            return None;
        }
        let cls = self.type_of(a);
        if cls.is_builtin || cls.layout != Layout::Object {
            return None;
        }
        match b {
            Value::Instance(_) if std::rc::Rc::ptr_eq(&self.type_of(b), &cls) => {}
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {}
            _ => return None,
        }
        let site = f.code.attr_caches.dunder_at(f.ip - 1);
        let func = match site.and_then(|site| site.get(&cls)) {
            Some(func) => func,
            None => {
                let Some(Value::Function(func)) = cls.lookup(&self.names.binary(op)[0]) else {
                    return None;
                };
                // `simple_argc` is set only for plain functions binding straight into
                // locals.
                if func.code.simple_argc != 2 {
                    return None;
                }
                if let Some(site) = site {
                    site.fill(&cls, &func);
                }
                func
            }
        };
        let mut frame = self.function_frame(&func);
        frame.fast[0] = Some(a.clone());
        frame.fast[1] = Some(b.clone());
        Some(frame)
    }

    /// A dunder frame of [`Self::binary_dunder_frame`] returned `result` to `caller`,
    /// whose stack ends with the two operands and whose last instruction is the
    /// `BinaryOp`: replace the operands by the result, or finish the operator protocol
    /// when the method answered NotImplemented.
    pub(super) fn binary_dunder_returned(
        &mut self,
        caller: &mut Frame,
        result: Value,
    ) -> PyResult<()> {
        let b = caller.pop();
        let a = caller.pop();
        if !result.is(&self.types().not_implemented) {
            caller.push(result);
            return Ok(());
        }
        let op = match caller.code.code.instrs[caller.ip - 1] {
            Instr::BinaryOp(op) => op,
            _ => unreachable!("a binary dunder frame returns to its BinaryOp"),
        };
        let v = self.binary_op_declined(op, &a, &b)?;
        caller.push(v);
        Ok(())
    }
}
