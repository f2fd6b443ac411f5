//! `_traceback`, the native half of tracebacks for Python code: the report an uncaught
//! exception gets (chained exceptions, every frame with its file, line and source, the
//! last line), as text. Used by `doctest` for "Exception raised:" and by `traceback`.
//! The report itself is `crate::report`'s; this only exposes it.

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_traceback` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    def(&m, "format_exception", format_exception);
    m
}

/// `_traceback.format_exception(exc)`: the text CPython prints for `exc` uncaught.
fn format_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.check_pos("format_exception", 1, 1)?;
    match &p[0] {
        Value::Instance(i) if i.exc_data().is_some() => {
            let text = crate::report::traceback_text(vm, &PyErr(i.clone()));
            Ok(Value::from_string(text))
        }
        other => Err(type_error(format!(
            "format_exception() argument must be an exception, not {}",
            other.kind_name()
        ))),
    }
}
