//! `exc.__traceback__` as Python traceback objects: the VM records where an exception
//! passed as `TbEntry`s (innermost first); reading `__traceback__` turns them into a chain
//! of `traceback` objects (made by pylib's `_frame`, cached on the exception until more
//! places are recorded), and assigning one (`__traceback__ = tb`, `with_traceback(tb)`)
//! turns the chain back into entries, so a re-raise prints and extends it.
//! Not the text of a traceback (`crate::report`).

use super::Vm;
use crate::runtime::error::{type_error, PyErr, PyResult, TbEntry};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::value::Value;

impl Vm {
    /// The `__traceback__` of an exception value (None for anything else): what a
    /// `with` block's `__exit__` receives as its third argument.
    pub(crate) fn traceback_of_value(&mut self, exc: &Value) -> PyResult<Value> {
        match exc {
            Value::Instance(i) if i.exc_data().is_some() => {
                self.traceback_object(&PyErr::from_instance(i.clone()))
            }
            _ => Ok(Value::None),
        }
    }

    /// `exc.__traceback__`: None when the exception has not been raised.
    pub(crate) fn traceback_object(&mut self, exc: &PyErr) -> PyResult<Value> {
        let places = {
            let d = exc.data();
            if d.traceback.is_empty() {
                return Ok(Value::None);
            }
            if let Some((len, tb)) = &d.traceback_object {
                if *len == d.traceback.len() {
                    return Ok(tb.clone());
                }
            }
            d.traceback
                .iter()
                .rev()
                .map(|e| {
                    Value::tuple(vec![
                        NativeObj::code(self.types(), e.code.clone()),
                        Value::Int(e.ip as i64),
                        Value::Int(e.code.code.line_of(e.ip) as i64),
                        Value::Dict(e.globals.clone()),
                    ])
                })
                .collect::<Vec<_>>()
        };
        let frames = self.import_absolute("_frame")?;
        let make = self.getattr(&frames, "_traceback_of")?;
        let tb = self.call_args(&make, vec![Value::list(places)])?;
        let mut d = exc.data_mut();
        d.traceback_object = Some((d.traceback.len(), tb.clone()));
        Ok(tb)
    }

    /// `exc.__traceback__ = tb` (and `exc.with_traceback(tb)`): a traceback or None.
    pub(crate) fn set_traceback(&mut self, exc: &PyErr, tb: Value) -> PyResult<()> {
        if tb.is_none() {
            let mut d = exc.data_mut();
            d.traceback.clear();
            d.traceback_object = None;
            return Ok(());
        }
        let frames = self.import_absolute("_frame")?;
        let class = self.getattr(&frames, "traceback")?;
        let is_traceback = match &class {
            Value::Class(c) => self.isinstance(&tb, c),
            _ => false,
        };
        if !is_traceback {
            return Err(type_error("__traceback__ must be a traceback or None"));
        }
        let entries_of = self.getattr(&frames, "_entries_of")?;
        let places = self.call_args(&entries_of, vec![tb.clone()])?;
        let mut entries = Vec::new();
        for place in self.collect(&places)? {
            let Value::Tuple(t) = &place else { continue };
            let (Some(Value::Native(code)), Some(Value::Int(ip)), Some(Value::Dict(globals))) =
                (t.items.first(), t.items.get(1), t.items.get(2))
            else {
                continue;
            };
            let NativeData::Code(code) = &code.data else {
                continue;
            };
            entries.push(TbEntry {
                code: code.clone(),
                ip: (*ip).max(0) as usize,
                globals: globals.clone(),
            });
        }
        entries.reverse();
        let mut d = exc.data_mut();
        d.traceback_object = Some((entries.len(), tb));
        d.traceback = entries;
        Ok(())
    }
}
