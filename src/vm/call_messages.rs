//! The messages CPython 3.11 gives when a call's `*args` or `**kwargs` cannot be
//! unpacked: naming the callee as `_PyObject_FunctionStr` does (`__main__.f()`,
//! `__main__.A.m()`, `print()`, `list.append()`), "argument after * must be an iterable",
//! "argument after ** must be a mapping", "got multiple values for keyword argument".
//! Only error paths live here; binding arguments to parameters is elsewhere (call.rs).

use super::Vm;
use crate::runtime::error::{type_error, PyErr};
use crate::runtime::value::Value;

impl Vm {
    /// How CPython names a callee in call errors: `module.qualname()`, just `qualname()`
    /// for built-ins, else the object's `str()`.
    #[cold]
    pub(crate) fn function_str(&mut self, func: &Value) -> String {
        let qualname = match self.getattr_opt(func, "__qualname__") {
            Ok(Some(q)) => q.as_pystr().map(|s| s.as_str().to_string()),
            _ => None,
        };
        let Some(qualname) = qualname else {
            return self
                .str(func)
                .unwrap_or_else(|_| format!("{} object", self.type_of(func).name()));
        };
        let module = match self.getattr_opt(func, "__module__") {
            Ok(Some(m)) => m.as_pystr().map(|s| s.as_str().to_string()),
            _ => None,
        };
        match module {
            Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// Whether a failed iteration of `value` failed because its type cannot be iterated
    /// at all (no `__iter__`, no `__getitem__`), rather than inside its `__iter__`.
    fn not_iterable(&self, error: &PyErr, value: &Value) -> bool {
        let cls = self.type_of(value);
        error.is_instance(&self.types().type_error)
            && cls.lookup_str("__iter__").is_none()
            && cls.lookup_str("__getitem__").is_none()
    }

    /// `f(*x)` with `x` not iterable (`callee` named), or `[*x]`, `f(a, *x)` (`None`).
    #[cold]
    pub(crate) fn star_unpack_error(
        &mut self,
        error: PyErr,
        value: &Value,
        callee: Option<&Value>,
    ) -> PyErr {
        if !self.not_iterable(&error, value) {
            return error;
        }
        let type_name = self.type_of(value).name().to_string();
        match callee {
            Some(func) => type_error(format!(
                "{} argument after * must be an iterable, not {type_name}",
                self.function_str(func)
            )),
            None => type_error(format!(
                "Value after * must be an iterable, not {type_name}"
            )),
        }
    }

    /// `f(**x)` with `x` not a mapping.
    #[cold]
    pub(crate) fn double_star_not_mapping(&mut self, value: &Value, callee: &Value) -> PyErr {
        type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            self.function_str(callee),
            self.type_of(value).name()
        ))
    }

    /// `f(a=1, **{'a': 2})`.
    #[cold]
    pub(crate) fn repeated_keyword(&mut self, key: &Value, callee: &Value) -> PyErr {
        let key = key
            .as_pystr()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        type_error(format!(
            "{} got multiple values for keyword argument '{key}'",
            self.function_str(callee)
        ))
    }
}
