//! The superinstructions' ops (see `compiler::fuse`): each runs its group's first
//! instruction, steps `ip` over the next (which stays in the code after it) and runs
//! that, so an error in any part is reported at its own instruction. Not the groups'
//! choice (the compiler's) nor the single ops they are made of (`ops_names`,
//! `ops_stack`, `ops_attr`).

use super::attr_fast::instance_value_hit;
use super::compare_ops::jump_or_push;
use super::fast_arith::fast_binary;
use super::frame::{forget_or_drop, Frame};
use super::ops_names::{fast_value, unbound_local};
use super::protocol::{seq_index, store_subscript_fast, subscript_fast};
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::ast::{BinOp, CmpOp};
use crate::compiler::bytecode::Instr;
use crate::runtime::function::CodeObj;
use crate::runtime::value::Value;

impl Vm {
    /// `LoadFast(a); LoadAttr(b)`: the attribute of a local, read from the local in
    /// place (no reference count taken, no push and pop of the object); a property whose
    /// getter is Python code enters the getter's frame, as `LoadAttr` does.
    #[inline(always)]
    pub(super) fn op_load_fast_load_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<Flow, Raised> {
        if fast_value(f, a.into()).is_none() {
            return Err(unbound_local(code, a.into()));
        }
        f.ip += 1;
        // The LoadAttr's own index: its cache, and its line for a traceback.
        let cache = code.attr_caches.at(f.ip - 1);
        let v = match fast_value(f, a.into()) {
            // The local cannot change in between: the frame is borrowed here alone.
            Some(obj) => match instance_value_hit(cache, obj) {
                Some(v) => v,
                None => {
                    // Indexed only here: the hit needs no name (nor its bounds test).
                    let name = &code.names[b as usize];
                    if let Some(frame) = self.property_frame(cache, obj, name) {
                        return Ok(Flow::Enter(Active::call(frame)));
                    }
                    self.load_attr_cached(cache, obj, name)?
                }
            },
            None => return Err(unbound_local(code, a.into())),
        };
        f.push(v);
        Ok(Flow::Next)
    }

    /// `LoadFast(a); LoadFast(b)`.
    #[inline(always)]
    pub(super) fn op_load_fast_load_fast(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        self.op_load_fast(f, code, a.into())?;
        f.ip += 1;
        self.op_load_fast(f, code, b.into())
    }

    /// `LoadFast(a); LoadConst(b)`.
    #[inline(always)]
    pub(super) fn op_load_fast_load_const(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        self.op_load_fast(f, code, a.into())?;
        f.ip += 1;
        self.op_load_const(f, code, b.into());
        Ok(())
    }

    /// `StoreFast(a); LoadFast(b)`.
    #[inline(always)]
    pub(super) fn op_store_fast_load_fast(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        self.op_store_fast(f, a.into());
        f.ip += 1;
        self.op_load_fast(f, code, b.into())
    }

    /// `LoadFast(a); LoadConst(b); BinarySubscr`: an item of a list, tuple or dict read
    /// from the local in place (no reference count taken on the container, no pushes
    /// and pops); any other case runs the three instructions one by one.
    #[inline(always)]
    pub(super) fn op_load_fast_const_subscr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        debug_assert!((b as usize) < code.consts.len());
        if let Some(obj) = fast_value(f, a.into()) {
            // SAFETY: the `LoadConst(b)` after this instruction is the verifier's, which
            // checked its index against the constant count (see `op_load_const`).
            let key = unsafe { code.consts.get_unchecked(b as usize) };
            if let Some(v) = subscript_fast(obj, key) {
                f.ip += 2;
                f.push(v);
                return Ok(());
            }
        }
        self.op_load_fast_const_subscr_slow(f, code, a, b)
    }

    /// Everything but the fast case: the three instructions one by one.
    #[inline(never)]
    fn op_load_fast_const_subscr_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        self.op_load_fast_load_const(f, code, a, b)?;
        f.ip += 1;
        self.op_binary_subscr(f)
    }

    /// `LoadFast(a); LoadFast(b); BinarySubscr`, as `op_load_fast_const_subscr`.
    #[inline(always)]
    pub(super) fn op_load_fast_fast_subscr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        if let (Some(obj), Some(key)) = (fast_value(f, a.into()), fast_value(f, b.into())) {
            if let Some(v) = subscript_fast(obj, key) {
                f.ip += 2;
                f.push(v);
                return Ok(());
            }
        }
        self.op_load_fast_fast_subscr_slow(f, code, a, b)
    }

    /// Everything but the fast case: the three instructions one by one.
    #[inline(never)]
    fn op_load_fast_fast_subscr_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        // `text[i]` of an ASCII string (a tokenizer's loop): its shared one-character
        // string, without the general subscript.
        if let (Some(Value::Str(s)), Some(Value::Int(i))) =
            (fast_value(f, a.into()), fast_value(f, b.into()))
        {
            if let Some(j) = s.is_ascii().then(|| seq_index(*i, s.byte_len())).flatten() {
                let v = self.names.small.char(char::from(s.as_str().as_bytes()[j]));
                f.ip += 2;
                f.push(v);
                return Ok(());
            }
        }
        self.op_load_fast_load_fast(f, code, a, b)?;
        f.ip += 1;
        self.op_binary_subscr(f)
    }

    /// `LoadFast(a); LoadFast(b); BinaryOp(op)`: two inline numbers read from the locals
    /// in place and their result pushed (no pushes and pops of the operands); anything
    /// else runs the three instructions one by one.
    #[inline(always)]
    pub(super) fn op_load_fast_fast_binary(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        if let (Some(x), Some(y)) = (fast_value(f, a.into()), fast_value(f, b.into())) {
            if let Some(v) = fast_binary(op, x, y) {
                f.ip += 2;
                f.push(v);
                return Ok(Flow::Next);
            }
        }
        self.op_load_fast_fast_binary_slow(f, code, a, b, op)
    }

    /// Everything but the fast case: the three instructions one by one.
    #[inline(never)]
    fn op_load_fast_fast_binary_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        self.op_load_fast_load_fast(f, code, a, b)?;
        f.ip += 1;
        self.op_binary_op(f, op)
    }

    /// `LoadFast(a); LoadConst(b); BinaryOp(op)`, as `op_load_fast_fast_binary`.
    #[inline(always)]
    pub(super) fn op_load_fast_const_binary(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        debug_assert!((b as usize) < code.consts.len());
        if let Some(x) = fast_value(f, a.into()) {
            // SAFETY: the `LoadConst(b)` after this instruction is the verifier's, which
            // checked its index against the constant count (see `op_load_const`).
            let y = unsafe { code.consts.get_unchecked(b as usize) };
            if let Some(v) = fast_binary(op, x, y) {
                f.ip += 2;
                f.push(v);
                return Ok(Flow::Next);
            }
        }
        self.op_load_fast_const_binary_slow(f, code, a, b, op)
    }

    /// Everything but the fast case: the three instructions one by one.
    #[inline(never)]
    fn op_load_fast_const_binary_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        self.op_load_fast_load_const(f, code, a, b)?;
        f.ip += 1;
        self.op_binary_op(f, op)
    }

    /// `LoadFast(a); BinaryOp(op)`: an inline number on top of the stack and one in a
    /// local, the result written over the top; anything else runs the two instructions
    /// one by one.
    #[inline(always)]
    pub(super) fn op_load_fast_binary(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        if let (Some(x), Some(y)) = (f.stack.last(), fast_value(f, a)) {
            if let Some(v) = fast_binary(op, x, y) {
                f.ip += 1;
                // SAFETY: `fast_binary` answers only for inline numbers: the top owns
                // nothing.
                unsafe { f.stack.replace_inline_top(v) };
                return Ok(Flow::Next);
            }
        }
        self.op_load_fast_binary_slow(f, code, a, op)
    }

    /// Everything but the fast case: the two instructions one by one.
    #[inline(never)]
    fn op_load_fast_binary_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        self.op_load_fast(f, code, a)?;
        f.ip += 1;
        self.op_binary_op(f, op)
    }

    /// `LoadConst(a); BinaryOp(op)`, as `op_load_fast_binary`.
    #[inline(always)]
    pub(super) fn op_load_const_binary(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        debug_assert!((a as usize) < code.consts.len());
        // SAFETY: the verifier checked the `LoadConst`'s index (see `op_load_const`).
        let y = unsafe { code.consts.get_unchecked(a as usize) };
        if let Some(x) = f.stack.last() {
            if let Some(v) = fast_binary(op, x, y) {
                f.ip += 1;
                // SAFETY: as in `op_load_fast_binary`.
                unsafe { f.stack.replace_inline_top(v) };
                return Ok(Flow::Next);
            }
        }
        self.op_load_const_binary_slow(f, code, a, op)
    }

    /// Everything but the fast case: the two instructions one by one.
    #[inline(never)]
    fn op_load_const_binary_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
        op: BinOp,
    ) -> Result<Flow, Raised> {
        self.op_load_const(f, code, a);
        f.ip += 1;
        self.op_binary_op(f, op)
    }

    /// `LoadConst(a); InplaceOp(op)` (`+= 1`): as `op_load_const_binary` (inline numbers
    /// have no in-place dunders).
    #[inline(always)]
    pub(super) fn op_load_const_inplace(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
        op: BinOp,
    ) -> Result<(), Raised> {
        debug_assert!((a as usize) < code.consts.len());
        // SAFETY: the verifier checked the `LoadConst`'s index (see `op_load_const`).
        let y = unsafe { code.consts.get_unchecked(a as usize) };
        if let Some(x) = f.stack.last() {
            if let Some(v) = fast_binary(op, x, y) {
                f.ip += 1;
                // SAFETY: as in `op_load_fast_binary`.
                unsafe { f.stack.replace_inline_top(v) };
                return Ok(());
            }
        }
        self.op_load_const_inplace_slow(f, code, a, op)
    }

    /// Everything but the fast case: the two instructions one by one.
    #[inline(never)]
    fn op_load_const_inplace_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
        op: BinOp,
    ) -> Result<(), Raised> {
        self.op_load_const(f, code, a);
        f.ip += 1;
        self.op_inplace_op(f, op)
    }

    /// `LoadConst(a); CompareOp(op)` (`x.link is None`, `x.kind == 1`): the top compared
    /// with the constant in place, with the conditional jump after (see `compare_ops`);
    /// anything else runs the two instructions one by one.
    #[inline(always)]
    pub(super) fn op_load_const_compare(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        instrs: &[Instr],
        a: u32,
        op: CmpOp,
    ) -> Result<(), Raised> {
        debug_assert!((a as usize) < code.consts.len());
        // SAFETY: the verifier checked the `LoadConst`'s index (see `op_load_const`).
        let y = unsafe { code.consts.get_unchecked(a as usize) };
        if let Some(x) = f.stack.last() {
            match self.quick_compare(op, x, y) {
                Ok(None) => {}
                Ok(Some(v)) => {
                    f.ip += 1;
                    f.pop().discard();
                    jump_or_push(f, instrs, v);
                    return Ok(());
                }
                Err(e) => {
                    f.ip += 1;
                    return Err(e.into());
                }
            }
        }
        self.op_load_const_compare_slow(f, code, instrs, a, op)
    }

    /// Everything but the fast case: the two instructions one by one.
    #[inline(never)]
    fn op_load_const_compare_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        instrs: &[Instr],
        a: u32,
        op: CmpOp,
    ) -> Result<(), Raised> {
        self.op_load_const(f, code, a);
        f.ip += 1;
        self.op_compare_op(f, instrs, op)
    }

    /// `DupTopTwo; BinarySubscr` (`a[k] op= v` reading `a[k]`): the item of a list or
    /// tuple read under the container and key in place, with no copies of them pushed
    /// and popped; anything else runs the two instructions one by one.
    #[inline(always)]
    pub(super) fn op_dup_top_two_subscr(&mut self, f: &mut Frame) -> Result<(), Raised> {
        if let [.., obj, key] = f.stack.as_slice() {
            if let Some(v) = subscript_fast(obj, key) {
                f.ip += 1;
                f.push(v);
                return Ok(());
            }
        }
        self.op_dup_top_two_subscr_slow(f)
    }

    /// Everything but the fast case: the two instructions one by one.
    #[inline(never)]
    fn op_dup_top_two_subscr_slow(&mut self, f: &mut Frame) -> Result<(), Raised> {
        self.op_dup_top_two(f);
        f.ip += 1;
        self.op_binary_subscr(f)
    }

    /// `InplaceOp(op); RotThree; StoreSubscr` (`a[k] op= v` writing back): two inline
    /// numbers combined and the result stored into a list at an int index in range, the
    /// four values popped together; anything else runs the three instructions one by
    /// one.
    #[inline(always)]
    pub(super) fn op_inplace_op_store_subscr(
        &mut self,
        f: &mut Frame,
        op: BinOp,
    ) -> Result<(), Raised> {
        if let [.., obj, key, x, y] = f.stack.as_slice() {
            if let Some(v) = fast_binary(op, x, y) {
                // An inline result holds no container: no collector tracking to do.
                if store_subscript_fast(obj, key, v).is_ok() {
                    f.ip += 2;
                    let [obj, key, x, y] = f.pop_n();
                    forget_or_drop(y);
                    forget_or_drop(x);
                    forget_or_drop(key);
                    forget_or_drop(obj);
                    return Ok(());
                }
            }
        }
        self.op_inplace_op_store_subscr_slow(f, op)
    }

    /// Everything but the fast case: the three instructions one by one.
    #[inline(never)]
    fn op_inplace_op_store_subscr_slow(&mut self, f: &mut Frame, op: BinOp) -> Result<(), Raised> {
        self.op_inplace_op(f, op)?;
        f.ip += 1;
        self.op_rot_three(f);
        f.ip += 1;
        self.op_store_subscr(f)
    }

    /// `LoadFast(a); LoadFast(b); CompareOp(op)`: two inline numbers or strs compared in
    /// place in the locals, with the conditional jump after (see `compare_ops`);
    /// anything else runs the three instructions one by one.
    #[inline(always)]
    pub(super) fn op_load_fast_fast_compare(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        instrs: &[Instr],
        a: u16,
        b: u16,
        op: CmpOp,
    ) -> Result<(), Raised> {
        if let (Some(x), Some(y)) = (fast_value(f, a.into()), fast_value(f, b.into())) {
            let quick = self.quick_compare(op, x, y);
            if let Some(done) = finish_compare(f, instrs, quick) {
                return done;
            }
        }
        self.op_load_fast_fast_compare_slow(f, code, instrs, a, b, op)
    }

    /// Everything but the fast case: the three instructions one by one.
    #[inline(never)]
    fn op_load_fast_fast_compare_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        instrs: &[Instr],
        a: u16,
        b: u16,
        op: CmpOp,
    ) -> Result<(), Raised> {
        self.op_load_fast_load_fast(f, code, a, b)?;
        f.ip += 1;
        self.op_compare_op(f, instrs, op)
    }

    /// `LoadFast(a); LoadConst(b); CompareOp(op)`, as `op_load_fast_fast_compare`.
    #[inline(always)]
    pub(super) fn op_load_fast_const_compare(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        instrs: &[Instr],
        a: u16,
        b: u16,
        op: CmpOp,
    ) -> Result<(), Raised> {
        debug_assert!((b as usize) < code.consts.len());
        if let Some(x) = fast_value(f, a.into()) {
            // SAFETY: as in `op_load_fast_const_binary`.
            let y = unsafe { code.consts.get_unchecked(b as usize) };
            let quick = self.quick_compare(op, x, y);
            if let Some(done) = finish_compare(f, instrs, quick) {
                return done;
            }
        }
        self.op_load_fast_const_compare_slow(f, code, instrs, a, b, op)
    }

    /// Everything but the fast case: the three instructions one by one.
    #[inline(never)]
    fn op_load_fast_const_compare_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        instrs: &[Instr],
        a: u16,
        b: u16,
        op: CmpOp,
    ) -> Result<(), Raised> {
        self.op_load_fast_load_const(f, code, a, b)?;
        f.ip += 1;
        self.op_compare_op(f, instrs, op)
    }
}

/// The end of a fused comparison answered in place: jump or push its result, or
/// raise its error (`in` on an unhashable key) at the `CompareOp`'s own index;
/// None when it was not answered (the group runs one by one).
#[inline(always)]
fn finish_compare(
    f: &mut Frame,
    instrs: &[Instr],
    quick: crate::runtime::error::PyResult<Option<bool>>,
) -> Option<Result<(), Raised>> {
    match quick {
        Ok(None) => None,
        Ok(Some(v)) => {
            f.ip += 2;
            jump_or_push(f, instrs, v);
            Some(Ok(()))
        }
        Err(e) => {
            f.ip += 2;
            Some(Err(e.into()))
        }
    }
}
