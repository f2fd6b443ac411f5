//! The dispatch loop's attribute and item instructions: `LoadAttr`, `StoreAttr`,
//! `DeleteAttr`, `LoadMethod` (through the per-instruction caches of `attr_fast`) and
//! `BinarySubscr`, `StoreSubscr`, `DeleteSubscr` (list, tuple and dict inline, the rest
//! through `protocol`). Not names (see `ops_names`).

use super::attr_fast::{instance_store_hit, instance_value_hit, method_hit, MethodLoad};
use super::frame::{forget_or_drop, Frame};
use super::protocol::{store_subscript_fast, subscript_fast};
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::runtime::function::CodeObj;
use crate::runtime::value::Value;

impl Vm {
    /// `LoadAttr`: an instance's own value inline; a property whose getter is Python
    /// code enters the getter's frame (`Flow::Enter`), whose return value is the load's.
    #[inline(always)]
    pub(super) fn op_load_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<Flow, Raised> {
        let obj = f.pop();
        let cache = code.attr_caches.at(f.ip - 1);
        let v = match instance_value_hit(cache, &obj) {
            Some(v) => v,
            None => {
                let name = &code.names[i as usize];
                if let Some(frame) = self.property_frame(cache, &obj, name) {
                    forget_or_drop(obj);
                    return Ok(Flow::Enter(Active::call(frame)));
                }
                self.load_attr_cached(cache, &obj, name)?
            }
        };
        forget_or_drop(obj);
        f.push(v);
        Ok(Flow::Next)
    }

    #[inline(always)]
    pub(super) fn op_store_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let obj = f.pop();
        let v = f.pop();
        let cache = code.attr_caches.at(f.ip - 1);
        if let Err(v) = instance_store_hit(cache, &obj, v) {
            self.store_attr_cached(cache, &obj, &code.names[i as usize], v)?;
        }
        forget_or_drop(obj);
        Ok(())
    }

    pub(super) fn op_delete_attr(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let obj = f.pop();
        self.delattr(&obj, code.names[i as usize].as_str())?;
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_load_method(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let obj = f.pop();
        let cache = code.attr_caches.at(f.ip - 1);
        if let Some(m) = method_hit(cache, &obj) {
            f.push(m);
            f.push(obj);
            return Ok(());
        }
        match self.load_method_cached(cache, &obj, &code.names[i as usize])? {
            MethodLoad::Method(m) => {
                f.push(m);
                f.push(obj);
            }
            MethodLoad::MethodOf(m, receiver) => {
                f.push(m);
                f.push(receiver);
            }
            MethodLoad::Attr(v) => {
                f.push(v);
                f.push(self.null.clone());
            }
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_binary_subscr(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let [obj, key] = f.pop_n();
        let v = match subscript_fast(&obj, &key) {
            Some(v) => v,
            None => self.getitem(&obj, &key)?,
        };
        forget_or_drop(key);
        forget_or_drop(obj);
        f.push(v);
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_store_subscr(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let [v, obj, key] = f.pop_n();
        if let Value::List(_) | Value::Dict(_) = &obj {
            // A list native code built, or a dict, is tracked once it
            // holds a container (CPython's lazy tracking).
            self.gc.track_if_holds(&obj, &v);
        }
        let Err(v) = store_subscript_fast(&obj, &key, v) else {
            forget_or_drop(key);
            forget_or_drop(obj);
            return Ok(());
        };
        self.setitem(&obj, &key, v)?;
        Ok(())
    }

    pub(super) fn op_delete_subscr(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let key = f.pop();
        let obj = f.pop();
        self.delitem(&obj, &key)?;
        Ok(())
    }
}
