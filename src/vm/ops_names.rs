//! The dispatch loop's name instructions: locals (`*Fast`), closure cells (`*Deref`,
//! `LoadClosure`, `LoadClassDeref`), globals and builtins (`*Global`), the names of a
//! module or class body (`*Name`) and `SetupAnnotations`. Rebinding a name can drop a
//! coroutine that never ran, so those report pending "never awaited" warnings. Not
//! attributes (see `ops_attr`).

use super::frame::{forget_or_drop, Frame};
use super::run::Raised;
use super::unwind::name_not_defined;
use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::error::unbound_local_error;
use crate::runtime::function::CodeObj;
use crate::runtime::native::NativeData;
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use std::rc::Rc;

/// "cannot access local variable ...": a local read or deleted before assignment.
#[cold]
pub(super) fn unbound_local(code: &CodeObj, i: u32) -> Raised {
    Raised::New(unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        code.varnames[i as usize].as_str()
    )))
}

#[cold]
fn not_defined(name: &PyStr) -> Raised {
    Raised::New(name_not_defined(name))
}

/// Fast local `i` of the running frame, without a bounds test: `LoadFast`/`StoreFast`
/// run on every few instructions of function code.
#[inline(always)]
pub(super) fn fast_slot(f: &mut Frame, i: u32) -> &mut Option<Value> {
    debug_assert!((i as usize) < f.fast.len());
    // SAFETY: `i < f.fast.len()`: the bytecode verifier (`compiler::verify`'s
    // `check_operands`, run by `CodeObj::new` on every code object the VM can run)
    // refuses a `LoadFast`/`StoreFast` whose index is not below `varnames.len()`, and a
    // frame's fast locals have exactly `code.varnames.len()` slots (`Frame::new`,
    // `Frame::reset`; `fit_slots`/`reserve_stack` keep the count).
    unsafe { f.fast.get_unchecked_mut(i as usize) }
}

/// Fast local `i`, shared: None when unbound.
#[inline(always)]
pub(super) fn fast_value(f: &Frame, i: u32) -> Option<&Value> {
    debug_assert!((i as usize) < f.fast.len());
    // SAFETY: as in `fast_slot`.
    unsafe { f.fast.get_unchecked(i as usize) }.as_ref()
}

impl Vm {
    #[inline(always)]
    pub(super) fn op_load_fast(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        match fast_slot(f, i) {
            Some(v) => {
                let v = v.clone();
                f.push(v);
                Ok(())
            }
            None => Err(unbound_local(code, i)),
        }
    }

    #[inline(always)]
    pub(super) fn op_store_fast(&mut self, f: &mut Frame, i: u32) {
        let v = f.pop();
        self.store_fast_value(f, i, v);
    }

    /// `v` into local `i` (`StoreFast`'s work, for it and the superinstructions ending
    /// in it).
    #[inline(always)]
    pub(super) fn store_fast_value(&mut self, f: &mut Frame, i: u32, v: Value) {
        if let Some(old) = fast_slot(f, i).replace(v) {
            forget_or_drop(old);
        }
        if self.mailbox.due() {
            self.report_unawaited(f);
        }
    }

    #[inline(always)]
    pub(super) fn op_delete_fast(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        if f.fast[i as usize].take().is_none() {
            return Err(unbound_local(code, i));
        }
        if self.mailbox.due() {
            self.report_unawaited(f);
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_load_deref(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let v = f.cells[i as usize].borrow().clone();
        match v {
            Some(v) => f.push(v),
            None => return Err(Raised::New(self.unbound_deref(code, i as usize))),
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_store_deref(&mut self, f: &mut Frame, i: u32) {
        let v = f.pop();
        let old = f.cells[i as usize].replace(Some(v));
        drop(old);
    }

    #[inline(always)]
    pub(super) fn op_delete_deref(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let old = f.cells[i as usize].replace(None);
        if old.is_none() {
            return Err(Raised::New(self.unbound_deref(code, i as usize)));
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_load_closure(&mut self, f: &mut Frame, i: u32) {
        let cell = f.cells[i as usize].clone();
        f.push(crate::runtime::native::NativeObj::value(
            self.types().cell.clone(),
            NativeData::Cell(cell),
        ));
    }

    pub(super) fn op_load_class_deref(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let name = self.deref_name(code, i as usize);
        let found = match &f.extra {
            Some(_) if f.locals.is_some() => self.mapping_load(f, &PyStr::new(&name))?,
            _ => f
                .locals
                .as_ref()
                .and_then(|l| l.get_str(&PyStr::new(&name))),
        };
        match found {
            Some(v) => f.push(v),
            None => {
                let v = f.cells[i as usize].borrow().clone();
                match v {
                    Some(v) => f.push(v),
                    None => return Err(Raised::New(self.unbound_deref(code, i as usize))),
                }
            }
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_load_global(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let name = &code.names[i as usize];
        let absent = &code.absent_globals[i as usize];
        let found = if absent.absent_from(&f.globals) {
            self.builtins.get_str_hinted(name, &absent.builtin_hint)
        } else {
            match f.globals.get_str_hinted(name, &code.name_hints[i as usize]) {
                Some(v) => Some(v),
                None => {
                    absent.remember(&f.globals);
                    self.builtins.get_str_hinted(name, &absent.builtin_hint)
                }
            }
        };
        match found {
            Some(v) => f.push(v),
            None => return Err(not_defined(name)),
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_store_global(&mut self, f: &mut Frame, code: &CodeObj, i: u32) {
        let v = f.pop();
        f.globals.set_str(code.names[i as usize].clone(), v);
        if self.mailbox.due() {
            self.report_unawaited(f);
        }
    }

    pub(super) fn op_delete_global(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let name = &code.names[i as usize];
        if f.globals.del_str(name).is_none() {
            return Err(not_defined(name));
        }
        if self.mailbox.due() {
            self.report_unawaited(f);
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_load_name(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let name = &code.names[i as usize];
        let hint = &code.name_hints[i as usize];
        let found = match &f.locals {
            Some(_) if f.extra.is_some() => self.mapping_load(f, name)?,
            Some(l) => l.get_str_hinted(name, hint),
            None => None,
        };
        match found
            .or_else(|| f.globals.get_str_hinted(name, hint))
            .or_else(|| self.builtins.get_str(name))
        {
            Some(v) => f.push(v),
            None => return Err(not_defined(name)),
        }
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_store_name(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let v = f.pop();
        let name = &code.names[i as usize];
        let hint = &code.name_hints[i as usize];
        match &f.locals {
            Some(_) if f.extra.is_some() => self.mapping_store(f, name, v)?,
            Some(l) => l.set_str_hinted(name, hint, v),
            None => f.globals.set_str_hinted(name, hint, v),
        }
        if self.mailbox.due() {
            self.report_unawaited(f);
        }
        Ok(())
    }

    pub(super) fn op_delete_name(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        i: u32,
    ) -> Result<(), Raised> {
        let name = &code.names[i as usize];
        let removed = match (&f.locals, &f.extra) {
            (Some(_), Some(m)) => {
                let m = m.clone();
                self.delitem(&m, &Value::Str(name.clone()))?;
                Some(Value::None)
            }
            (Some(l), None) => l.del_str(name),
            (None, _) => f.globals.del_str(name),
        };
        if removed.is_none() {
            return Err(not_defined(name));
        }
        drop(removed);
        if self.mailbox.due() {
            self.report_unawaited(f);
        }
        Ok(())
    }

    pub(super) fn op_setup_annotations(&mut self, f: &mut Frame) {
        let namespace = f.locals.as_ref().unwrap_or(&f.globals);
        if namespace.get_by_str("__annotations__").is_none() {
            let annotations = Value::Dict(Rc::new(PyDict::new()));
            namespace.set_by_str("__annotations__", annotations);
        }
    }
}
