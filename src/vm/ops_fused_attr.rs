//! The attribute superinstructions' ops (see `compiler::fuse`): a store into a local's
//! attribute (`self.x = v`, `self.x = x`) and a local's attribute stored into a local
//! (`k = self.kernel`) with the instance read from the local in place, a local's
//! method, and the read and write halves of `obj.x op= v` without the `DupTop` and
//! `RotTwo` around them. Each answers an instance's own attribute through the
//! instruction's cache inline (`attr_fast`), and otherwise runs its instructions one by
//! one, so errors keep their own instruction. Not the other superinstructions
//! (`ops_fused`) nor the single attribute ops (`ops_attr`).

use super::attr_fast::{instance_store_hit, instance_value_hit};
use super::frame::Frame;
use super::ops_names::{fast_value, unbound_local};
use super::run::{Flow, Raised};
use super::Vm;
use crate::runtime::function::CodeObj;

impl Vm {
    /// `LoadFast(a); StoreAttr(b)`: the value on top of the stack stored into the
    /// local's attribute, the instance read in place (no reference count taken, no push
    /// and pop of it).
    #[inline(always)]
    pub(super) fn op_load_fast_store_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        if fast_value(f, a.into()).is_none() {
            return Err(unbound_local(code, a.into()));
        }
        // The StoreAttr's own index: its cache, and its line for a traceback.
        f.ip += 1;
        let v = f.pop();
        self.store_into_local(f, code, a, b, v)
    }

    /// `LoadFast(a); LoadFast(b); StoreAttr(c)`: local `a` stored into local `b`'s
    /// attribute, neither pushed.
    #[inline(always)]
    pub(super) fn op_load_fast_fast_store_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        c: u16,
    ) -> Result<(), Raised> {
        let Some(v) = fast_value(f, a.into()) else {
            return Err(unbound_local(code, a.into()));
        };
        let v = v.clone();
        f.ip += 1;
        if fast_value(f, b.into()).is_none() {
            return Err(unbound_local(code, b.into()));
        }
        f.ip += 1;
        self.store_into_local(f, code, b, c, v)
    }

    /// `local_a.<name b> = v`, at the StoreAttr `f.ip - 1`; the local is bound.
    #[inline(always)]
    fn store_into_local(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        v: crate::runtime::value::Value,
    ) -> Result<(), Raised> {
        let cache = code.attr_caches.at(f.ip - 1);
        let Some(obj) = fast_value(f, a.into()) else {
            return Err(unbound_local(code, a.into()));
        };
        if let Err(v) = instance_store_hit(cache, obj, v) {
            // The local cannot change meanwhile: the frame is borrowed here alone.
            self.store_attr_cached(cache, obj, &code.names[b as usize], v)?;
        }
        Ok(())
    }

    /// `LoadFast(a); LoadAttr(b); StoreFast(c)` (`k = self.kernel`): an instance's own
    /// value read from the local in place and stored into local `c`, never pushed;
    /// anything else runs the pair, then the store (after a property getter's frame
    /// returns, as a plain instruction).
    #[inline(always)]
    pub(super) fn op_load_fast_load_attr_store_fast(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        c: u16,
    ) -> Result<Flow, Raised> {
        let cache = code.attr_caches.at(f.ip);
        if let Some(v) = fast_value(f, a.into()).and_then(|obj| instance_value_hit(cache, obj)) {
            f.ip += 2;
            self.store_fast_value(f, c.into(), v);
            return Ok(Flow::Next);
        }
        self.op_load_fast_load_attr_store_fast_slow(f, code, a, b, c)
    }

    /// Everything but the fast case: the pair, then the store unless a frame was entered.
    #[inline(never)]
    fn op_load_fast_load_attr_store_fast_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
        c: u16,
    ) -> Result<Flow, Raised> {
        let flow = self.op_load_fast_load_attr(f, code, a, b)?;
        if !matches!(flow, Flow::Next) {
            return Ok(flow);
        }
        f.ip += 1;
        self.op_store_fast(f, c.into());
        Ok(Flow::Next)
    }

    /// `LoadFast(a); LoadMethod(b)`: the method of a local, one dispatch for both.
    #[inline(always)]
    pub(super) fn op_load_fast_load_method(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u16,
        b: u16,
    ) -> Result<(), Raised> {
        self.op_load_fast(f, code, a.into())?;
        f.ip += 1;
        self.op_load_method(f, code, b.into())
    }

    /// `DupTop; LoadAttr(a)` (`obj.x op= v` reading `obj.x`): the attribute of the top
    /// read in place and pushed above it; anything else runs the two one by one.
    #[inline(always)]
    pub(super) fn op_dup_top_load_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
    ) -> Result<Flow, Raised> {
        let cache = code.attr_caches.at(f.ip);
        if let Some(v) = f
            .stack
            .last()
            .and_then(|obj| instance_value_hit(cache, obj))
        {
            f.ip += 1;
            f.push(v);
            return Ok(Flow::Next);
        }
        self.op_dup_top_load_attr_slow(f, code, a)
    }

    /// Everything but the fast case: the two instructions one by one.
    #[inline(never)]
    fn op_dup_top_load_attr_slow(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
    ) -> Result<Flow, Raised> {
        self.op_dup_top(f);
        f.ip += 1;
        self.op_load_attr(f, code, a)
    }

    /// `RotTwo; StoreAttr(a)` (`obj.x op= v` writing back): the top stored into the
    /// attribute of the value under it, without rotating them.
    #[inline(always)]
    pub(super) fn op_rot_two_store_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        a: u32,
    ) -> Result<(), Raised> {
        f.ip += 1;
        let [obj, v] = f.pop_n();
        let cache = code.attr_caches.at(f.ip - 1);
        if let Err(v) = instance_store_hit(cache, &obj, v) {
            self.store_attr_cached(cache, &obj, &code.names[a as usize], v)?;
        }
        obj.discard();
        Ok(())
    }
}
