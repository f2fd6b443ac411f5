//! `_inspect`, what `inspect` needs to know of coro's own objects that Python cannot see:
//! the life stage of a generator or coroutine (`getgeneratorstate`,
//! `getcoroutinestate`). It reads the VM's generator state; it changes nothing.

use super::def;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::signature::module_positional;
use crate::runtime::value::Value;
use crate::vm::generator::GenState;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_inspect` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_inspect"));
    def(&m, "generator_state", generator_state);
    m
}

/// `_inspect.generator_state(obj, coroutine)`: "CREATED", "RUNNING", "SUSPENDED" or
/// "CLOSED" for a generator (or with `coroutine` true, a coroutine); None for anything
/// else, which inspect then asks for the gi_*/cr_* attributes as CPython does.
fn generator_state(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_inspect", "generator_state", 2, 2)?;
    let want = if vm.truthy(&p[1])? {
        CodeKind::Coroutine
    } else {
        CodeKind::Generator
    };
    let Value::Generator(g) = &p[0] else {
        return Ok(Value::None);
    };
    if g.kind != want {
        return Ok(Value::None);
    }
    Ok(Value::str(match g.state.get() {
        GenState::Created => "CREATED",
        GenState::Running => "RUNNING",
        GenState::Suspended => "SUSPENDED",
        GenState::Done => "CLOSED",
    }))
}
