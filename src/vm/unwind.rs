//! Unwinding: finding a frame's handler for an exception, chaining the exception being
//! handled as `__context__`, turning a raised value into an exception and matching it
//! against an `except` clause, and the errors of unbound names. Not the frame stack's
//! own unwinding across frames (see `run`).

use super::frame::{Block, Frame};
use super::Vm;
use crate::runtime::error::{name_error, type_error, unbound_local_error, PyErr, PyResult};
use crate::runtime::function::CodeObj;
use crate::runtime::str::PyStr;
use crate::runtime::types::types;
use crate::runtime::value::Value;

impl Vm {
    /// Find a handler for `e` in the frame. On success the frame is ready to continue.
    pub(crate) fn unwind(&mut self, f: &mut Frame, e: &PyErr) -> bool {
        while let Some(block) = f.blocks.pop() {
            match block {
                Block::Handler { handler, level } => {
                    f.stack.truncate(level as usize);
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
            Value::Class(c) if c.is_subclass(&types().base_exception) => {
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
        match typ {
            Value::Class(c) => {
                if !c.is_subclass(&types().base_exception) {
                    return Err(type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}

#[cold]
pub(super) fn name_not_defined(name: &PyStr) -> PyErr {
    let e = name_error(format!("name '{}' is not defined", name.as_str()));
    // `e.name`, which the uncaught report's "Did you mean" reads.
    e.instance(types())
        .set_attr_by_str("name", Value::str(name.as_str()));
    e
}
