//! Calling a special method found on a type (`__len__`, `__add__`, `__enter__`, ...) the
//! way CPython's type slots do: the attribute is bound through its descriptor before the
//! call, so a `staticmethod` stored as `__mul__` gets no instance, a `classmethod` gets
//! the class, and any object with `__get__` gets what that returns. This is not the
//! attribute protocol (`obj.__len__` goes through `getattr`, which may find the instance
//! dict first); the lookup here is on the type only, as CPython's is.

use super::Vm;
use crate::runtime::class::Class;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// Call the special method `m`, found on `cls` (the type of `args[0]`), with
    /// `args[0]` as its instance and the rest as its arguments. A Python function (the
    /// common case) is called directly with the instance in front, no bound method made.
    #[inline]
    pub(crate) fn call_special(
        &mut self,
        m: &Value,
        cls: &Rc<Class>,
        args: impl AsRef<[Value]>,
    ) -> PyResult<Value> {
        let args = args.as_ref();
        match m {
            Value::Function(_) => self.call_args(m, args),
            Value::Builtin(b) if b.binds_as_method() => self.call_args(m, args),
            _ => self.call_special_bound(m, cls, args),
        }
    }

    /// Anything else (a staticmethod, classmethod, property, user descriptor, or a
    /// callable that does not bind): bound to the instance first, then called with the
    /// remaining arguments.
    #[inline(never)]
    fn call_special_bound(
        &mut self,
        m: &Value,
        cls: &Rc<Class>,
        args: &[Value],
    ) -> PyResult<Value> {
        let (obj, rest) = match args.split_first() {
            Some(split) => split,
            None => return self.call_args(m, args),
        };
        let bound = self.bind(m.clone(), obj, cls)?;
        self.call_args(&bound, rest)
    }
}
