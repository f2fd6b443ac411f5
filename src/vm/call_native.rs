//! Calls of native functions from the dispatch loop without the general call path:
//! `len(x)`, `isinstance(x, C)`, and the builtin methods `LoadMethod` leaves unbound
//! (`items.append(x)`, `d.get(k)`, `sep.join(parts)`) run their Rust function on the
//! arguments where they lie on the value stack, as CPython 3.11's `PRECALL_BUILTIN_*`
//! and `PRECALL_NO_KW_METHOD_DESCRIPTOR_*` do. Not for the builtins that read the
//! calling frame (`eval`, `exec`, and `globals`/`locals`/`vars`/`dir` without
//! arguments), bound builtins, or debug mode's noting of call sites: those stay on
//! `call_on_stack_kw`. This file adds speed, not semantics: the function called, its
//! arguments and its errors are the general path's.

use super::frame::Frame;
use super::Vm;
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::value::Value;

impl Vm {
    /// `Call`/`CallMethod` with `argc` positional arguments above a native function:
    /// call it and leave its result in place of the callee and arguments. None when the
    /// callee is anything else (the general path takes it).
    #[inline(always)]
    pub(super) fn native_call(&mut self, f: &mut Frame, argc: usize) -> Option<PyResult<()>> {
        let func_pos = f.stack.len().checked_sub(argc + 1)?;
        let Value::Builtin(b) = &f.stack[func_pos] else {
            return None;
        };
        if argc == 0 || b.bound.is_some() || reads_frame(b.name) || self.coro_origins.is_some() {
            return None;
        }
        let func = b.func;
        let result = func(
            self,
            Args {
                args: &f.stack[func_pos + 1..],
                kwnames: &[],
            },
        );
        Some(result.map(|v| {
            f.stack.truncate(func_pos);
            f.push(v);
        }))
    }
}

/// The builtins that need the calling frame with arguments too (`frame_builtins` and
/// `eval_exec` serve them in the general path).
#[inline(always)]
fn reads_frame(name: &str) -> bool {
    matches!(name, "eval" | "exec")
}
