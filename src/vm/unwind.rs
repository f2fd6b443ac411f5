//! Unwinding: finding a frame's handler for an exception, chaining the exception being
//! handled as `__context__`, turning a raised value into an exception and matching it
//! against an `except` clause, and the errors of unbound names. Not the frame stack's
//! own unwinding across frames (see `run`).

use super::frame::{Block, Frame};
use super::Vm;
use crate::compiler::bytecode::Instr;
use crate::runtime::class::Class;
use crate::runtime::error::{name_error, type_error, unbound_local_error, PyErr, PyResult};
use crate::runtime::function::CodeObj;
use crate::runtime::str::PyStr;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// Find a handler for `e` in the frame. On success the frame is ready to continue.
    pub(crate) fn unwind(&mut self, f: &mut Frame, e: &PyErr) -> bool {
        while let Some(block) = f.blocks.pop() {
            match block {
                Block::Handler {
                    handler,
                    level,
                    by_kind,
                } => {
                    f.stack.truncate(level as usize);
                    if by_kind && e.made_instance().is_none() {
                        // `except NAME` clauses match a builtin kind without its
                        // instance (`pending_exc_match`): most handlers never make it.
                        let previous = self.handled.replace(e.clone());
                        f.blocks.push(Block::ExceptHandler { previous });
                        f.push(self.pending_exc.clone());
                        f.ip = handler as usize;
                        return true;
                    }
                    // The VM's first look: a builtin kind gets its class here.
                    let inst = e.instance(self.types());
                    let previous = self.handled.replace(PyErr::from_instance(inst.clone()));
                    f.blocks.push(Block::ExceptHandler { previous });
                    f.push(Value::Instance(inst));
                    f.ip = handler as usize;
                    return true;
                }
                Block::ExceptHandler { previous } => {
                    self.handled = previous;
                }
            }
        }
        false
    }

    /// Attach the exception being handled as `__context__` of a newly raised one.
    pub(super) fn chain_context(&self, e: &PyErr) {
        if let Some(h) = &self.handled {
            if PyErr::same(h, e) {
                return;
            }
            let mut d = e.data_mut();
            if d.context.is_none() {
                d.context = Some(h.value(self.types()));
            }
        }
    }

    pub(super) fn unbound_deref(&self, code: &CodeObj, i: usize) -> PyErr {
        let name = self.deref_name(code, i);
        let ncells = code.code.cellvars.len();
        if i < ncells {
            unbound_local_error(format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ))
        } else {
            name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    pub(super) fn deref_name(&self, code: &CodeObj, i: usize) -> String {
        let c = &code.code;
        if i < c.cellvars.len() {
            c.cellvars[i].to_string()
        } else {
            c.freevars
                .get(i - c.cellvars.len())
                .map(|s| s.to_string())
                .unwrap_or_default()
        }
    }

    /// `raise X`: X may be a class (instantiated with no args) or an instance.
    pub(crate) fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.is_subclass(&self.types().base_exception) => {
                let inst = self.call_args(&v, vec![])?;
                self.as_exception(inst)
            }
            Value::Instance(_) => self.as_exception(v),
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    pub(crate) fn as_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match v {
            Value::Instance(i) if i.exc_data().is_some() => Ok(PyErr::from_instance(i)),
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    pub(super) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.type_of(exc);
        class_matches(&cls, typ, self.types())
    }

    /// `JumpIfNotExcMatch` on the pending-exception marker (pushed by `unwind` for
    /// `SetupExcept`): the exception being handled is matched by its class without
    /// making its instance; a matched clause that binds it (`as`, anything but the
    /// `PopTop` of a bare clause) gets the instance in place of the marker.
    pub(super) fn pending_exc_match(
        &mut self,
        f: &mut Frame,
        typ: &Value,
        t: u32,
    ) -> Result<(), super::run::Raised> {
        let Some(h) = &self.handled else {
            f.ip = t as usize;
            return Ok(());
        };
        if !class_matches(&h.class(self.types()), typ, self.types())? {
            f.ip = t as usize;
        } else if !matches!(f.code.code.instrs.get(f.ip), Some(Instr::PopTop)) {
            let exc = h.value(self.types());
            f.pop();
            f.push(exc);
        }
        Ok(())
    }
}

/// Does an exception of class `cls` match `except typ:` (a class or a tuple of them)?
fn class_matches(cls: &Rc<Class>, typ: &Value, t: &Types) -> PyResult<bool> {
    match typ {
        Value::Class(c) => {
            if !c.is_subclass(&t.base_exception) {
                return Err(not_an_exception_class());
            }
            Ok(cls.is_subclass(c))
        }
        Value::Tuple(items) => {
            for item in items.items.iter() {
                if class_matches(cls, item, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(not_an_exception_class()),
    }
}

#[cold]
fn not_an_exception_class() -> PyErr {
    type_error("catching classes that do not inherit from BaseException is not allowed")
}

#[cold]
pub(super) fn name_not_defined(name: &PyStr) -> PyErr {
    let e = name_error(format!("name '{}' is not defined", name.as_str()));
    // `e.name`, which the uncaught report's "Did you mean" reads.
    e.set_attr("name", Value::str(name.as_str()));
    e
}
