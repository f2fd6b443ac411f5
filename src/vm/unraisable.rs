//! `sys.unraisablehook`: how an exception that has nowhere to go is reported (one raised
//! by `__del__`, a weakref callback, an atexit function, a generator's `finally` run by
//! its finalizer, ...). The built-in hook (also `sys.__unraisablehook__`) prints CPython's
//! "Exception ignored in: <object>" and the traceback on `sys.stderr`; a script may
//! replace it, and then each such exception is handed to its hook as an
//! `UnraisableHookArgs` (made by pylib `_sys_info`, kept as the module `_unraisable`), as
//! CPython's `PyErr_WriteUnraisable` does.
//!
//! What it is not: `sys.excepthook` (uncaught exceptions that end the program:
//! `excepthook.rs`) or the traceback renderer (`crate::report`).

use super::Vm;
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::io::std_streams::write_stderr;
use crate::runtime::value::Value;

/// The message CPython's hook is given as `err_msg=None`, and prints when it is None.
const DEFAULT_MESSAGE: &str = "Exception ignored in";

/// Put the built-in hook in `sys` as `unraisablehook` and `__unraisablehook__`.
pub fn install(sys: &PyDict) {
    def(sys, "unraisablehook", unraisablehook);
    let hook = sys.get_by_str("unraisablehook").unwrap_or(Value::None);
    sys.set_by_str("__unraisablehook__", hook);
}

/// Keep `UnraisableHookArgs` (made with sys's named-tuple facts) where the reports find
/// it: `sys.modules['_unraisable']`.
pub fn register_args_type(vm: &mut Vm, args_type: Value) {
    let dict = std::rc::Rc::new(PyDict::new());
    dict.set_by_str("__name__", Value::str(ARGS_MODULE));
    dict.set_by_str("UnraisableHookArgs", args_type);
    let module = crate::runtime::native::NativeObj::module(vm.types(), ARGS_MODULE, dict);
    vm.modules.set_by_str(ARGS_MODULE, module);
}

/// The module that holds `UnraisableHookArgs`.
const ARGS_MODULE: &str = "_unraisable";

/// `sys.unraisablehook(unraisable)`: the built-in report of an `UnraisableHookArgs`.
fn unraisablehook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [arg] = args.pos() else {
        return Err(type_error(format!(
            "sys.unraisablehook() takes exactly one argument ({} given)",
            args.pos().len()
        )));
    };
    let arg = arg.clone();
    let class = vm.unraisable_args_class()?;
    if !matches!(&class, Value::Class(c) if vm.isinstance(&arg, c)) {
        return Err(type_error(
            "sys.unraisablehook argument type must be UnraisableHookArgs",
        ));
    }
    let field = |vm: &mut Vm, name: &str| vm.getattr(&arg, name);
    let value = field(vm, "exc_value")?;
    let traceback = field(vm, "exc_traceback")?;
    let message = match field(vm, "err_msg")? {
        Value::None => None,
        m => Some(vm.str(&m)?),
    };
    let object = field(vm, "object")?;
    let exception = match &value {
        Value::Instance(i) if i.class.is_subclass(&vm.types().base_exception) => {
            Some(PyErr::from_instance(i.clone()))
        }
        _ => None,
    };
    let text = report_text(
        vm,
        message.as_deref(),
        &object,
        exception.as_ref(),
        !traceback.is_none(),
    );
    write_stderr(vm, &text)?;
    Ok(Value::None)
}

/// The built-in hook's report, in CPython's layout: "<message>: <repr>" when there is an
/// object, "<message>:" when there is only a message, then the traceback (or only the
/// exception's line).
fn report_text(
    vm: &mut Vm,
    message: Option<&str>,
    object: &Value,
    exception: Option<&PyErr>,
    with_traceback: bool,
) -> String {
    let mut text = match (object, message) {
        (Value::None, None) => String::new(),
        (Value::None, Some(m)) => format!("{m}:\n"),
        (o, m) => {
            let r = vm
                .repr(o)
                .unwrap_or_else(|_| "<object repr() failed>".into());
            format!("{}: {r}\n", m.unwrap_or(DEFAULT_MESSAGE))
        }
    };
    if let Some(e) = exception {
        text.push_str(&if with_traceback {
            crate::report::render_traceback(vm, e)
        } else {
            crate::report::exception_only(vm, e)
        });
    }
    text
}

impl Vm {
    /// `UnraisableHookArgs`, the type of the hook's argument (CPython does not name it in
    /// `sys` either).
    fn unraisable_args_class(&mut self) -> PyResult<Value> {
        let module = self.import_absolute(ARGS_MODULE)?;
        self.getattr(&module, "UnraisableHookArgs")
    }

    /// Report `e`, which has nowhere to be raised, through `sys.unraisablehook`: `what`
    /// is the message ("Exception ignored in", or a longer one such as atexit's) and
    /// `obj` what raised it.
    #[cold]
    pub(crate) fn print_ignored_exception(&mut self, what: &str, obj: &Value, e: &PyErr) {
        self.out.flush();
        let builtin = self.std_streams.current("__unraisablehook__");
        match self.std_streams.current("unraisablehook") {
            Some(hook) if !builtin.is_some_and(|b| b.is(&hook)) => {
                if let Err(failure) = self.call_unraisable_hook(&hook, what, obj, e) {
                    self.write_unraisable(
                        "Exception ignored in sys.unraisablehook",
                        &hook,
                        &failure,
                    );
                }
            }
            _ => self.write_unraisable(what, obj, e),
        }
    }

    /// The built-in hook's report, written without building its argument.
    fn write_unraisable(&mut self, what: &str, obj: &Value, e: &PyErr) {
        let text = report_text(self, Some(what), obj, Some(e), true);
        if write_stderr(self, &text).is_err() {
            self.out.write_stderr(&text);
        }
    }

    fn call_unraisable_hook(
        &mut self,
        hook: &Value,
        what: &str,
        obj: &Value,
        e: &PyErr,
    ) -> PyResult<()> {
        let class = self.unraisable_args_class()?;
        let value = e.value(self.types());
        let tb = self.getattr(&value, "__traceback__")?;
        let message = if what == DEFAULT_MESSAGE {
            Value::None
        } else {
            Value::str(what)
        };
        let fields = Value::tuple(vec![
            Value::Class(e.class(self.types())),
            value,
            tb,
            message,
            obj.clone(),
        ]);
        let unraisable = self.call_args(&class, vec![fields])?;
        self.call_args(hook, vec![unraisable])?;
        Ok(())
    }
}
