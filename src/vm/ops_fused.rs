//! The superinstructions' ops (see `compiler::fuse`): each runs its pair's first
//! instruction, steps `ip` over the second (which stays in the code after it) and runs
//! that, so an error in either half is reported at its own instruction. Not the pairs'
//! choice (the compiler's) nor the single ops they are made of (`ops_names`,
//! `ops_stack`, `ops_attr`).

use super::frame::Frame;
use super::ops_names::{fast_value, unbound_local};
use super::run::Raised;
use super::Vm;
use crate::runtime::function::CodeObj;

impl Vm {
    /// `LoadFast(a); LoadAttr(b)`: the attribute of a local, read from the local in
    /// place (no reference count taken, no push and pop of the object).
    #[inline(always)]
    pub(super) fn op_load_fast_load_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        if fast_value(f, a.into()).is_none() {
            return Err(unbound_local(code, a.into()));
        }
        f.ip += 1;
        // The LoadAttr's own index: its cache, and its line for a traceback.
        let cache = code.attr_caches.at(f.ip - 1);
        let name = &code.names[b as usize];
        let v = match fast_value(f, a.into()) {
            // The local cannot change in between: the frame is borrowed here alone.
            Some(obj) => self.load_attr_cached(cache, obj, name)?,
            None => return Err(unbound_local(code, a.into())),
        };
        f.push(v);
        Ok(())
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
}
