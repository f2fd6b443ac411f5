//! The `atexit` module: functions the interpreter calls, last registered first, when the
//! program ends (after the main module's traceback, if any, as CPython does). The list
//! belongs to the Vm. Not signal handling: a process killed by a signal runs nothing.

use super::dict::PyDict;
use super::error::{type_error, PyResult};
use super::function::Args;
use super::signature::Signature;
use super::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// One registered call: the function, its positional then keyword values, and the
/// keyword names.
pub struct ExitCall {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("atexit"));
    super::builtins::def(&m, "register", register);
    super::builtins::def(&m, "unregister", unregister);
    super::builtins::def(&m, "_run_exitfuncs", run_exitfuncs);
    super::builtins::def(&m, "_clear", clear);
    super::builtins::def(&m, "_ncallbacks", ncallbacks);
    m
}

fn register(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(func) = args.pos().first().cloned() else {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    };
    if !super::builtins::functions::is_callable(vm, &func)? {
        return Err(type_error("the first argument must be callable"));
    }
    vm.atexit.push(ExitCall {
        func: func.clone(),
        args: args.args[1..].to_vec(),
        kwnames: args.kwnames.to_vec(),
    });
    Ok(func)
}

/// METH_O in CPython: one positional argument, named with the module in messages.
const UNREGISTER: Signature = Signature::one_arg("atexit.unregister");

fn unregister(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let func = UNREGISTER.bind(&args)?.req(0).clone();
    let mut kept = Vec::new();
    for call in std::mem::take(&mut vm.atexit) {
        if !(call.func.is(&func) || vm.eq(&call.func, &func)?) {
            kept.push(call);
        }
    }
    vm.atexit = kept;
    Ok(Value::None)
}

fn run_exitfuncs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("atexit._run_exitfuncs").none(&args)?;
    vm.run_atexit();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("atexit._clear").none(&args)?;
    vm.atexit.clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("atexit._ncallbacks").none(&args)?;
    Ok(Value::Int(vm.atexit.len() as i64))
}

impl Vm {
    /// Call the registered exit functions, last first; an exception in one is printed
    /// and the others still run.
    pub fn run_atexit(&mut self) {
        self.run_weak_callbacks();
        while let Some(call) = self.atexit.pop() {
            let args = Args {
                args: &call.args,
                kwnames: &call.kwnames,
            };
            if let Err(e) = self.call(&call.func, args) {
                self.print_ignored_exception(
                    "Exception ignored in atexit callback",
                    &call.func,
                    &e,
                );
            }
            self.run_weak_callbacks();
        }
    }
}
