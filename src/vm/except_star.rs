//! The run-time half of `except*` (PEP 654): checking a clause's type and splitting what
//! is left of the caught exception by it, and, after the clauses, working out what to
//! raise (CPython's rules: re-raised parts keep the original group's shape, newly raised
//! exceptions join them in a new group). The bytecode is made in
//! compiler/codegen/try_star.rs; splitting itself is the exception group's.

use super::Vm;
use crate::runtime::builtins::exception_group::{
    members, new_group, project_leaves, same_metadata, split_by_type,
};
use crate::runtime::class::Class;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::value::Value;
use std::rc::Rc;

#[cold]
fn not_exception_class() -> PyErr {
    type_error("catching classes that do not inherit from BaseException is not allowed")
}

#[cold]
fn group_class() -> PyErr {
    type_error("catching ExceptionGroup with except* is not allowed. Use except instead.")
}

/// The classes an `except*` clause names: exception classes, none of them a group.
fn clause_classes(t: &crate::runtime::types::Types, typ: &Value) -> PyResult<Vec<Rc<Class>>> {
    let one = |v: &Value| match v {
        Value::Class(c) if c.is_subclass(&t.base_exception_group) => Err(group_class()),
        Value::Class(c) if c.is_subclass(&t.base_exception) => Ok(c.clone()),
        _ => Err(not_exception_class()),
    };
    match typ {
        Value::Tuple(t) => t.items.iter().map(one).collect(),
        other => Ok(vec![one(other)?]),
    }
}

impl Vm {
    /// CheckEgMatch: `(rest', match)`, None where there is nothing.
    pub(crate) fn check_eg_match(&mut self, rest: Value, typ: &Value) -> PyResult<(Value, Value)> {
        let classes = clause_classes(self.types(), typ)?;
        if rest.is_none() {
            return Ok((Value::None, Value::None));
        }
        let (matched, rest) = split_by_type(self, &rest, &classes)?;
        Ok((rest.unwrap_or(Value::None), matched.unwrap_or(Value::None)))
    }

    /// ReraiseStar: the exception to raise after the clauses, or None when they handled
    /// everything. `raised` is the list of what the clauses raised; `rest` is unmatched.
    pub(crate) fn reraise_star(
        &mut self,
        orig: &Value,
        raised: &Value,
        rest: Value,
    ) -> PyResult<Option<PyErr>> {
        let mut excs: Vec<Value> = match raised {
            Value::List(l) => l.snapshot(),
            _ => Vec::new(),
        };
        excs.push(rest);
        excs.retain(|e| !e.is_none());
        if excs.is_empty() {
            return Ok(None);
        }
        if members(orig).is_none() {
            // A plain exception was caught (and wrapped): one clause at most ran.
            return self.as_exception(excs.swap_remove(0)).map(Some);
        }
        let (reraised, mut new): (Vec<Value>, Vec<Value>) =
            excs.into_iter().partition(|e| same_metadata(e, orig));
        let reraised = project_leaves(self, orig, &reraised)?;
        let result = match reraised {
            Some(r) if new.is_empty() => r,
            reraised => {
                new.extend(reraised);
                if new.len() == 1 {
                    new.swap_remove(0)
                } else {
                    new_group(self, Value::str(""), Value::list(new))?
                }
            }
        };
        self.as_exception(result).map(Some)
    }
}
