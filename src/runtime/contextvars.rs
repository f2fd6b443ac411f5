//! The interpreter's half of `contextvars`: which Context is current (a field of the
//! `Vm`), entering one for the length of a call (`Context.run`, a task's step, a loop
//! callback), and the copy a task or callback takes of the current one when it is made.
//!
//! The classes themselves (Context, ContextVar, Token) are Python, in
//! `pylib/contextvars.py`. A Context keeps its variables in the dict `_data`, which it never
//! changes in place (`ContextVar.set` gives the Context a new dict), so a copy shares the
//! dict and costs one small object, as CPython's immutable mappings make it cheap. "No
//! context yet" is `None`: a program that never touches context variables pays nothing,
//! and a Context is made the first time a variable is set.

use super::class::Instance;
use super::dict::PyDict;
use super::error::{runtime_error, type_error, PyResult};
use super::function::Args;
use super::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The current Context: None until something sets a variable.
pub struct ContextState {
    pub current: Value,
}

impl Default for ContextState {
    fn default() -> Self {
        ContextState {
            current: Value::None,
        }
    }
}

/// A copy of the current Context, for a task or a callback to run in: None when there is
/// none yet (the callback then starts from an empty one, as a copy of an empty one would).
pub fn copy_current(vm: &Vm) -> Value {
    match &vm.context.current {
        Value::Instance(ctx) => {
            let copy = Instance::new(ctx.class.clone());
            if let Some(data) = ctx.get_attr_by_str("_data") {
                copy.set_attr_by_str("_data", data);
            }
            copy.set_attr_by_str("_entered", Value::Bool(false));
            Value::Instance(copy)
        }
        _ => Value::None,
    }
}

/// Run `f` with `ctx` current (None: an empty context), then make the previous one current
/// again; gives back the context `f` left current, which is `ctx` or, when `ctx` was None
/// and `f` set a variable, the Context made for it (a task keeps it for its next step).
pub fn run_in<R>(vm: &mut Vm, ctx: Value, f: impl FnOnce(&mut Vm) -> R) -> (R, Value) {
    let prev = std::mem::replace(&mut vm.context.current, ctx);
    let r = f(vm);
    let left = std::mem::replace(&mut vm.context.current, prev);
    (r, left)
}

/// The natives `contextvars.py` is built on.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_contextvars"));
    super::builtins::def(&m, "current", current);
    super::builtins::def(&m, "set_current", set_current);
    // A method of `Context` (the Python class takes it as `run`): made as a method so
    // that it binds to the instance, which a module's function would not.
    m.set_by_str(
        "run",
        super::builtins::method_value("_contextvars.Context", "run", run),
    );
    m
}

fn current(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::signature::module_positional(&args, "_contextvars", "current", 0, 0)?;
    Ok(vm.context.current.clone())
}

fn set_current(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ctx =
        super::signature::module_positional(&args, "_contextvars", "set_current", 1, 1)?[0].clone();
    vm.context.current = ctx;
    Ok(Value::None)
}

/// `Context.run(callable, *args, **kwargs)`: native, so that no frame of its own shows
/// in tracebacks (CPython's is C).
fn run(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Instance(ctx)) = pos.first() else {
        return Err(type_error(
            "descriptor 'run' requires a '_contextvars.Context' object",
        ));
    };
    if pos.len() < 2 {
        return Err(type_error("run() missing 1 required positional argument"));
    }
    if matches!(ctx.get_attr_by_str("_entered"), Some(Value::Bool(true))) {
        return Err(already_entered(vm, &pos[0]));
    }
    let f = pos[1].clone();
    let rest = Args {
        args: &args.args[2..],
        kwnames: args.kwnames,
    };
    ctx.set_attr_by_str("_entered", Value::Bool(true));
    let (r, _) = run_in(vm, pos[0].clone(), |vm| vm.call(&f, rest));
    ctx.set_attr_by_str("_entered", Value::Bool(false));
    r
}

#[cold]
fn already_entered(vm: &mut Vm, ctx: &Value) -> super::error::PyErr {
    match vm.repr(ctx) {
        Ok(r) => runtime_error(format!("cannot enter context: {r} is already entered")),
        Err(e) => e,
    }
}

#[cfg(test)]
#[path = "contextvars_tests.rs"]
mod tests;
