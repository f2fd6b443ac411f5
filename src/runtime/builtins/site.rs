//! The builtins that are not in CPython's `builtins` C module but that every script finds
//! there: `exit` and `quit` (which CPython's `site` adds), `__debug__`, and `aiter` /
//! `anext`. The REPL replaces `exit`/`quit` with objects whose repr tells how to leave
//! (repl/session.rs); a script only calls them.
//! Not `help`, `copyright`, `credits` or `license`: pydoc and site texts are not here.

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(b: &PyDict) {
    def(b, "exit", quit);
    def(b, "quit", quit);
    def(b, "aiter", aiter);
    def(b, "anext", anext);
    b.set_by_str("__debug__", Value::Bool(true));
}

/// `exit(code=None)` / `quit(code=None)`: `SystemExit(code)`.
fn quit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython's exit is a Quitter instance, called as a Python method.
    const QUIT: Signature = Signature::new("__call__", &["code"])
        .required(0)
        .python_method("Quitter.__call__");
    let code = QUIT.bind(&args)?.given(0).cloned();
    Err(crate::runtime::error::builtin_error_args(
        crate::runtime::types::ExcKind::SystemExit,
        vec![code.unwrap_or(Value::None)],
    ))
}

/// `aiter(async_iterable)`: its `__aiter__()`, which must be an async iterator.
fn aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterable = Signature::one_arg("aiter").one(&args)?;
    let Some(method) = vm.getattr_opt(iterable, "__aiter__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_of(iterable).name()
        )));
    };
    let iterator = vm.call_args(&method, vec![])?;
    if vm.getattr_opt(&iterator, "__anext__")?.is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_of(&iterator).name()
        )));
    }
    Ok(iterator)
}

/// `anext(async_iterator[, default])`: the awaitable of its `__anext__()`; with a default,
/// an awaitable that gives the default for StopAsyncIteration (a coroutine from
/// `_sitebuiltins`, imported on first use).
fn anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const ANEXT: Signature = Signature::new("anext", &["aiterator", "default"])
        .required(1)
        .positional_only("anext");
    let p = ANEXT.positional(&args)?;
    let Some(method) = vm.getattr_opt(&p[0], "__anext__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_of(&p[0]).name()
        )));
    };
    let awaitable = vm.call_args(&method, vec![])?;
    let Some(default) = p.get(1) else {
        return Ok(awaitable);
    };
    let module = vm.import_absolute("_sitebuiltins")?;
    let with_default = vm.getattr(&module, "anext_or_default")?;
    vm.call_args(&with_default, vec![awaitable, default.clone()])
}
