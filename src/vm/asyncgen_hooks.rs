//! Async-generator hooks (PEP 525): `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks`,
//! the `firstiter` hook called on an async generator's first `__anext__`, `asend`,
//! `athrow` or `aclose`, and the `finalizer` hook (the one current then, remembered by
//! the generator) called instead of closing it when it is dropped unfinished. An event
//! loop sets both while it runs, so an abandoned generator is closed by a task on the
//! loop (its `finally` may `await`) and `loop.shutdown_asyncgens()` closes the rest.
//!
//! Not the loop's hooks themselves (asyncio.py) nor the generators (`generator`).

use super::{Generator, Vm};
use crate::compiler::bytecode::CodeKind;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use std::rc::Rc;

/// The hooks of this interpreter (None: not set).
pub struct Hooks {
    firstiter: Value,
    finalizer: Value,
}

impl Default for Hooks {
    fn default() -> Hooks {
        Hooks {
            firstiter: Value::None,
            finalizer: Value::None,
        }
    }
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument not given keeps
/// its hook; None removes it.
pub fn set_asyncgen_hooks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(too_many(pos.len()));
    }
    let mut firstiter = pos.first().cloned();
    let mut finalizer = pos.get(1).cloned();
    for (name, v) in args.kw() {
        match name {
            "firstiter" if firstiter.is_none() => firstiter = Some(v.clone()),
            "finalizer" if finalizer.is_none() => finalizer = Some(v.clone()),
            "firstiter" | "finalizer" => {
                return Err(type_error(format!(
                    "argument for set_asyncgen_hooks() given by name ('{name}') and position"
                )))
            }
            _ => {
                return Err(type_error(format!(
                    "set_asyncgen_hooks() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    // Both are checked before either is set, as CPython.
    for (what, hook) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(h) = hook {
            if !h.is_none() && !crate::runtime::builtins::functions::is_callable(vm, h)? {
                let t = crate::runtime::builtins::type_name(vm, h);
                return Err(type_error(format!("callable {what} expected, got {t}")));
            }
        }
    }
    if let Some(f) = finalizer {
        vm.asyncgen_hooks.finalizer = f;
    }
    if let Some(f) = firstiter {
        vm.asyncgen_hooks.firstiter = f;
    }
    Ok(Value::None)
}

#[cold]
fn too_many(n: usize) -> crate::runtime::error::PyErr {
    type_error(format!("function takes at most 2 arguments ({n} given)"))
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
pub fn get_asyncgen_hooks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.check_pos("get_asyncgen_hooks", 0, 0)?;
    let fields = vec![
        vm.asyncgen_hooks.firstiter.clone(),
        vm.asyncgen_hooks.finalizer.clone(),
    ];
    crate::runtime::os::structseq(vm, "asyncgen_hooks", fields)
}

impl Vm {
    /// While an event loop runs, its hooks (`loop` is its value), as CPython's
    /// `run_forever`; the hooks it replaced, to put back after.
    pub fn asyncgen_loop_hooks(&mut self, event_loop: &Value) -> PyResult<Hooks> {
        let firstiter = self.getattr(event_loop, "_asyncgen_firstiter_hook")?;
        let finalizer = self.getattr(event_loop, "_asyncgen_finalizer_hook")?;
        let hooks = Hooks {
            firstiter,
            finalizer,
        };
        Ok(std::mem::replace(&mut self.asyncgen_hooks, hooks))
    }

    /// Put back the hooks an event loop replaced.
    pub fn asyncgen_restore_hooks(&mut self, hooks: Hooks) {
        self.asyncgen_hooks = hooks;
    }

    /// Before an async generator's first step: remember the finalizer hook and call the
    /// firstiter hook, once per generator.
    pub fn asyncgen_first_iteration(&mut self, gen: &Rc<Generator>) -> PyResult<()> {
        if gen.kind != CodeKind::AsyncGenerator || gen.ag_hooks_inited() {
            return Ok(());
        }
        gen.set_ag_finalizer(self.asyncgen_hooks.finalizer.clone());
        let firstiter = self.asyncgen_hooks.firstiter.clone();
        if !firstiter.is_none() {
            self.call_args(&firstiter, vec![Value::Generator(gen.clone())])?;
        }
        Ok(())
    }

    /// An unfinished async generator was dropped (or found in a garbage cycle): hand it
    /// to its finalizer hook.
    pub(crate) fn asyncgen_finalize(&mut self, gen: Rc<Generator>, hook: Value) {
        let v = Value::Generator(gen);
        if let Err(e) = self.call_args(&hook, vec![v]) {
            self.print_ignored_exception("Exception ignored in", &hook, &e);
        }
    }
}
