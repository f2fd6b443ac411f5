//! `_codeop`: how far a piece of interactive input got, for `codeop`'s compile_command
//! (whether more lines could finish it). It asks the real parser, as the REPL does
//! (`repl::input`); compiling is still the builtin `compile`'s.

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::type_error;
use crate::runtime::value::Value;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_codeop"));
    // `status(source)`: 'incomplete' (more lines could finish it), 'error' (they could
    // not), 'compound' (it parses and ends in a block statement, which more lines could
    // extend) or 'complete'.
    def(&m, "status", |_, a| {
        a.no_kw("status")?;
        let pos = a.check_pos("status", 1, 1)?;
        let Value::Str(text) = &pos[0] else {
            return Err(type_error("status() argument must be str"));
        };
        let verdict = match crate::parser::parse_module(text.as_str()) {
            Err(err) if err.incomplete => "incomplete",
            Err(_) => "error",
            Ok(module) => match module.body.last() {
                Some(last) if last.kind.is_compound() => "compound",
                _ => "complete",
            },
        };
        Ok(Value::str(verdict))
    });
    m
}
