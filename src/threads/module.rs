//! `_thread`, the native half of `threading`: starting a thread, the primitive lock,
//! thread identities and counts, and `sys.getswitchinterval`/`setswitchinterval`.
//! Everything with more logic (Thread objects, RLock, Condition, Event, Semaphore,
//! Barrier, Timer, local, excepthook) is Python in pylib/threading.py, as CPython's is.

use super::lock::{class as lock_class, new_lock, TIMEOUT_MAX};
use super::scheduler::spawn;
use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module(vm: &mut Vm) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    def(&m, "start_new_thread", start_new_thread);
    def(&m, "start_new", start_new_thread);
    def(&m, "allocate_lock", allocate_lock);
    def(&m, "allocate", allocate_lock);
    def(&m, "get_ident", get_ident);
    def(&m, "get_native_id", get_native_id);
    def(&m, "_count", count);
    def(&m, "_main_ident", main_ident);
    def(&m, "stack_size", stack_size);
    def(&m, "daemon_threads_allowed", |_, _| Ok(Value::Bool(true)));
    m.set_by_str("LockType", Value::Class(lock_class(vm)));
    m.set_by_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    m.set_by_str("error", Value::Class(vm.types().runtime_error.clone()));
    m
}

const START_NEW_THREAD: Signature =
    Signature::new("start_new_thread", &["function", "args", "kwargs"])
        .required(2)
        .positional_only("start_new_thread");
const ALLOCATE_LOCK: Signature = Signature::no_args("_thread.allocate_lock");
const GET_IDENT: Signature = Signature::no_args("_thread.get_ident");
const GET_NATIVE_ID: Signature = Signature::no_args("_thread.get_native_id");
const COUNT: Signature = Signature::no_args("_thread._count");
const STACK_SIZE: Signature = Signature::new("stack_size", &["size"])
    .required(0)
    .parse_tuple("stack_size");
const GETSWITCHINTERVAL: Signature = Signature::no_args("sys.getswitchinterval");
const SETSWITCHINTERVAL: Signature = Signature::one_arg("sys.setswitchinterval");

/// `start_new_thread(function, args[, kwargs])`: the new thread's ident.
fn start_new_thread(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = START_NEW_THREAD.positional(&args)?;
    let function = p[0].clone();
    if !crate::runtime::builtins::functions::is_callable(vm, &function)? {
        return Err(type_error("first arg must be callable"));
    }
    let Value::Tuple(pos) = &p[1] else {
        return Err(type_error("2nd arg must be a tuple"));
    };
    let mut all: Vec<Value> = pos.items.to_vec();
    let mut names: Vec<Value> = Vec::new();
    match p.get(2) {
        None => {}
        Some(Value::Dict(kw)) => {
            for (k, v) in kw.items() {
                names.push(k);
                all.push(v);
            }
        }
        Some(_) => return Err(type_error("optional 3rd arg must be a dictionary")),
    }
    let ident = spawn(
        vm,
        Box::new(move |vm: &mut Vm| {
            let result = vm.call(
                &function,
                Args {
                    args: &all,
                    kwnames: &names,
                },
            );
            if let Err(e) = result {
                if !e.is_instance(&vm.types().system_exit) {
                    report_ignored(vm, &function, &e);
                }
            }
        }),
    )?;
    Ok(Value::Int(ident as i64))
}

/// An exception that ended a thread started without `threading`, as CPython reports
/// it.
#[cold]
fn report_ignored(vm: &mut Vm, function: &Value, e: &PyErr) {
    let what = vm.repr(function).unwrap_or_else(|_| "<object>".into());
    let mut out = format!("Exception ignored in thread started by: {what}\n");
    out.push_str(&crate::report::render_traceback(vm, e));
    vm.out.write_stderr(&out);
}

fn allocate_lock(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ALLOCATE_LOCK.none(&args)?;
    Ok(new_lock(vm))
}

fn get_ident(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    GET_IDENT.none(&args)?;
    Ok(Value::Int(vm.threads.current_ident() as i64))
}

fn get_native_id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    GET_NATIVE_ID.none(&args)?;
    Ok(Value::Int(vm.threads.native_id() as i64))
}

fn main_ident(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.threads.main_ident() as i64))
}

/// Threads started here that have not finished (the main thread not counted).
fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    COUNT.none(&args)?;
    Ok(Value::Int(vm.threads.count() as i64 - 1))
}

/// `stack_size([size])`: the previous setting; stacks here grow on demand, so the
/// setting is only remembered.
fn stack_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = STACK_SIZE.positional(&args)?;
    let old = vm.threads.stack_size;
    if let Some(v) = p.first() {
        let size = match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_of(other).name()
                )))
            }
        };
        if size != 0 && size < 32768 {
            return Err(value_error(format!("size not valid: {size} bytes")));
        }
        vm.threads.stack_size = size;
    }
    Ok(Value::Int(old))
}

/// `sys.getswitchinterval()`.
pub fn getswitchinterval(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    GETSWITCHINTERVAL.none(&args)?;
    Ok(Value::Float(super::switch::interval().as_secs_f64()))
}

/// `sys.setswitchinterval(interval)`.
pub fn setswitchinterval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let secs = crate::runtime::builtins::float_arg(vm, SETSWITCHINTERVAL.one(&args)?)?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    super::switch::set_interval(secs);
    Ok(Value::None)
}
