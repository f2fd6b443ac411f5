//! `__call__` on the classes of the built-in callables (functions, bound methods, builtin
//! functions), so that `f.__call__(x)` and `hasattr(f, "__call__")` work as in CPython.
//! Not `type.__call__`: a metaclass's `super().__call__(...)` is answered by the class
//! machinery (vm/metaclass.rs), which a plain forwarding call here would re-enter.
//! Not how the VM calls them: a call of a function never goes through this method.

use super::method;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(t: &Types) {
    for (class, name) in [
        (&t.function, "function"),
        (&t.method, "method"),
        (&t.builtin_function, "builtin_function_or_method"),
    ] {
        method(&class.dict, name, "__call__", forward_call);
    }
}

/// `callee.__call__(*args, **kwargs)`: the call itself.
fn forward_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(type_error(
            "descriptor '__call__' of 'function' object needs an argument",
        ));
    }
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    vm.call(&args.args[0], rest)
}
