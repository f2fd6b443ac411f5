//! The superinstructions' ops (see `compiler::fuse`): each runs its group's first
//! instruction, steps `ip` over the next (which stays in the code after it) and runs
//! that, so an error in any part is reported at its own instruction. Not the groups'
//! choice (the compiler's) nor the single ops they are made of (`ops_names`,
//! `ops_stack`, `ops_attr`).

use super::attr_fast::instance_value_hit;
use super::frame::Frame;
use super::ops_names::{fast_value, unbound_local};
use super::protocol::subscript_fast;
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::runtime::function::CodeObj;

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
        let name = &code.names[b as usize];
        let v = match fast_value(f, a.into()) {
            // The local cannot change in between: the frame is borrowed here alone.
            Some(obj) => match instance_value_hit(cache, obj) {
                Some(v) => v,
                None => {
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
        self.op_load_fast_load_fast(f, code, a, b)?;
        f.ip += 1;
        self.op_binary_subscr(f)
    }
}
