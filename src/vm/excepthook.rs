//! `sys.excepthook`: how an exception nobody caught is reported. The built-in hook
//! (also `sys.__excepthook__`) prints CPython's traceback to `sys.stderr`; a script may
//! replace it, and then an uncaught exception is handed to its hook instead, as
//! CPython's `PyErr_PrintEx` does (with its messages when the hook is missing or fails).
//!
//! What it is not: the traceback renderer (`crate::report`) or the REPL's loop.

use super::Vm;
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::io::std_streams::write_stderr;
use crate::runtime::value::Value;

/// Put the built-in hook in `sys` as `excepthook` and `__excepthook__`.
pub fn install(sys: &PyDict) {
    def(sys, "excepthook", excepthook);
    let hook = sys.get_by_str("excepthook").unwrap_or(Value::None);
    sys.set_by_str("__excepthook__", hook);
}

/// `sys.excepthook(type, value, traceback)`: the traceback (or, with `traceback` None,
/// only the exception's line) on `sys.stderr`.
fn excepthook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [_, value, tb] = args.pos() else {
        return Err(type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.pos().len()
        )));
    };
    let text = match value {
        Value::Instance(i) if i.class.is_subclass(&vm.types().base_exception) => {
            let e = PyErr::from_instance(i.clone());
            if tb.is_none() {
                crate::report::exception_only(vm, &e)
            } else {
                crate::report::render_uncaught(vm, &e)
            }
        }
        other => format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            crate::runtime::builtins::type_name(vm, other)
        ),
    };
    write_stderr(vm, &text)?;
    Ok(Value::None)
}

impl Vm {
    /// Report an exception that ended the program (not SystemExit) through
    /// `sys.excepthook`.
    #[cold]
    pub fn report_uncaught(&mut self, e: &PyErr) {
        let builtin = self.std_streams.current("__excepthook__");
        let text = match self.std_streams.current("excepthook") {
            None => {
                let tb = crate::report::render_uncaught(self, e);
                format!("sys.excepthook is missing\n{tb}")
            }
            Some(hook) if builtin.is_some_and(|b| b.is(&hook)) => {
                crate::report::render_uncaught(self, e)
            }
            Some(hook) => match self.call_user_hook(&hook, e) {
                Ok(()) => return,
                Err(failure) => {
                    let hook_tb = crate::report::render_uncaught(self, &failure);
                    let tb = crate::report::render_uncaught(self, e);
                    format!("Error in sys.excepthook:\n{hook_tb}\nOriginal exception was:\n{tb}")
                }
            },
        };
        if write_stderr(self, &text).is_err() {
            self.out.write_stderr(&text);
        }
    }

    fn call_user_hook(&mut self, hook: &Value, e: &PyErr) -> PyResult<()> {
        let value = e.value(self.types());
        let tb = self.getattr(&value, "__traceback__")?;
        let cls = Value::Class(e.class(self.types()));
        self.call_args(hook, vec![cls, value, tb])?;
        Ok(())
    }
}
