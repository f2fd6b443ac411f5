//! Building the `asyncio` module: the native functions the Python half (`asyncio.py`)
//! builds on, the classes, and `install`, which runs the Python half in the module's
//! namespace and registers the module. Not the objects themselves.

use super::future::future_of;
use super::object::classes;
use super::run_loop::{self, loop_arg, require_running_loop, running_loop, EventLoop};
use super::task;
use crate::compiler::bytecode::{Code, CodeKind};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, Builtin, CodeObj, Function, NativeFn};
use crate::runtime::set::PySet;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The Python half of the module (the API in `asyncio.py`, the primitives in
/// `asyncio_sync.py`, networking in `asyncio_net.py`, streams in `asyncio_streams.py`, pipe
/// transports in `asyncio_pipes.py`,
/// signal handlers, subprocesses, the call graph and the policies after them), compiled by the interpreter and run by
/// [`install`].
pub const PRELUDE: &str = concat!(
    include_str!("asyncio.py"),
    include_str!("asyncio_sync.py"),
    include_str!("asyncio_net.py"),
    include_str!("asyncio_streams.py"),
    include_str!("asyncio_pipes.py"),
    include_str!("asyncio_signals.py"),
    include_str!("asyncio_subprocess.py"),
    include_str!("asyncio_graph.py"),
    include_str!("asyncio_policy.py"),
);

const GET_RUNNING_LOOP: Signature = Signature::no_args("_asyncio.get_running_loop");
const GET_EVENT_LOOP: Signature = Signature::no_args("_asyncio.get_event_loop");
const SET_EVENT_LOOP: Signature =
    Signature::new("set_event_loop", &["loop"]).python("set_event_loop");
const NEW_EVENT_LOOP: Signature = Signature::new("new_event_loop", &[]).python("new_event_loop");
const CURRENT_TASK: Signature = Signature::new("current_task", &["loop"])
    .required(0)
    .python("current_task");
const ALL_TASKS: Signature = Signature::new("all_tasks", &["loop"])
    .required(0)
    .python("all_tasks");
const ISFUTURE: Signature = Signature::new("isfuture", &["obj"]).python("isfuture");
const ISCOROUTINE: Signature = Signature::new("iscoroutine", &["obj"]).python("iscoroutine");
// The private natives the Python half calls: positional, counted as a tuple.
const CODE_KIND: Signature = Signature::new("_code_kind", &["f"]).positional_only("_code_kind");
const AS_COROUTINE_FUNCTION: Signature =
    Signature::new("_as_coroutine_function", &["f"]).positional_only("_as_coroutine_function");
const INSTALL: Signature =
    Signature::new("_install", &["cls", "name", "func"]).positional_only("_install");
const SET_CANCEL_HOOK: Signature =
    Signature::new("_set_cancel_hook", &["fut", "hook"]).positional_only("_set_cancel_hook");
const MAKE_CANCELLED_ERROR: Signature =
    Signature::new("_make_cancelled_error", &["fut"]).positional_only("_make_cancelled_error");
const LOOP_STATE: Signature = Signature::new("_loop_state", &[]).positional_only("_loop_state");
const SET_LOOP_STATE: Signature =
    Signature::new("_set_loop_state", &["loop", "set_called"]).positional_only("_set_loop_state");
const CANCEL_MESSAGE: Signature =
    Signature::new("_cancel_message", &["fut"]).positional_only("_cancel_message");

fn get_running_loop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    GET_RUNNING_LOOP.none(&args)?;
    Ok(require_running_loop(vm)?.value())
}

fn get_running_loop_or_none(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(running_loop(vm).map(|l| l.value()).unwrap_or(Value::None))
}

fn get_event_loop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    GET_EVENT_LOOP.none(&args)?;
    match run_loop::get_event_loop(vm) {
        Err(_) if !crate::threads::in_main_thread(vm) => Err(no_loop_in_thread(vm)),
        other => other,
    }
}

/// "There is no current event loop in thread 'NAME'." for a thread other than the main
/// one, named as `threading.current_thread()` names it.
#[cold]
fn no_loop_in_thread(vm: &mut Vm) -> crate::runtime::error::PyErr {
    let name = crate::threads::current_thread_name(vm);
    crate::runtime::error::runtime_error(format!(
        "There is no current event loop in thread '{name}'."
    ))
}

fn set_event_loop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = SET_EVENT_LOOP.bind(&args)?.req(0).clone();
    run_loop::set_event_loop(vm, v)?;
    Ok(Value::None)
}

fn new_event_loop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    NEW_EVENT_LOOP.bind(&args)?;
    Ok(EventLoop::new_value(vm))
}

fn loop_kw(args: &Args<'_>, sig: &Signature) -> PyResult<Option<Rc<EventLoop>>> {
    match sig.bind(args)?.get(0) {
        None => Ok(None),
        Some(v) => Ok(Some(loop_arg(v)?)),
    }
}

fn current_task(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    task::current_task(vm, loop_kw(&args, &CURRENT_TASK)?)
}

/// `all_tasks(loop=None)` as a list, oldest first (the Python half makes the set).
fn all_tasks_list(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = match loop_kw(&args, &ALL_TASKS)? {
        Some(l) => l,
        None => require_running_loop(vm)?,
    };
    Ok(Value::list(task::all_tasks(&lp)))
}

fn all_tasks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = all_tasks_list(vm, args)?;
    let set = PySet::new(false);
    if let Value::List(l) = list {
        for t in l.snapshot() {
            set.add(vm, t)?;
        }
    }
    Ok(Value::Set(Rc::new(set)))
}

fn isfuture(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ISFUTURE.bind(&args)?.req(0);
    Ok(Value::Bool(future_of(v).is_some()))
}

fn iscoroutine(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ISCOROUTINE.bind(&args)?.req(0);
    Ok(Value::Bool(task::as_coroutine(v).is_some()))
}

fn code_of(v: &Value) -> Option<Rc<Function>> {
    match v {
        Value::Function(f) => Some(f.clone()),
        Value::BoundMethod(m) => code_of(&m.func),
        _ => None,
    }
}

/// "coroutine", "generator", "async_generator", "function", or None for non-Python
/// callables.
fn code_kind(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = &CODE_KIND.positional(&args)?[0];
    Ok(match code_of(v) {
        Some(f) => Value::str(match f.code.code.kind {
            CodeKind::Coroutine => "coroutine",
            CodeKind::Generator => "generator",
            CodeKind::AsyncGenerator => "async_generator",
            CodeKind::Function => "function",
        }),
        None => Value::None,
    })
}

/// The generator function `f` turned into a coroutine function with the same body, as
/// `types.coroutine` flags one: its `yield from` may then delegate to coroutines.
fn as_coroutine_function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = &AS_COROUTINE_FUNCTION.positional(&args)?[0];
    let Some(Value::Function(f)) = Some(v.clone()) else {
        return Err(type_error("a generator function was expected"));
    };
    let c = &f.code.code;
    let code = Code {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        source: c.source.clone(),
        kind: CodeKind::Coroutine,
        scope: c.scope,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        has_varargs: c.has_varargs,
        has_varkw: c.has_varkw,
        instrs: c.instrs.clone(),
        spans: c.spans.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        cell_params: c.cell_params.clone(),
        freevars: c.freevars.clone(),
        closure_from: c.closure_from.clone(),
        span: c.span,
        doc: c.doc.clone(),
    };
    let func = Function {
        code: CodeObj::new(vm.types(), Rc::new(code), &vm.interned),
        globals: f.globals.clone(),
        defaults: RefCell::new(f.defaults.borrow().clone()),
        kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
        annotations: RefCell::new(f.annotations.borrow().clone()),
        closure: f.closure.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        dict: match f.dict_if_any() {
            Some(d) => Rc::new(d.copy()).into(),
            None => Default::default(),
        },
        weakrefs: Default::default(),
        gc: Default::default(),
    };
    Ok(Value::Function(Rc::new(func)))
}

/// `_install(cls, name, func)`: a Python-defined method of a native class.
fn install_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = INSTALL.positional(&args)?;
    match (&a[0], &a[1]) {
        (Value::Class(c), Value::Str(n)) => {
            c.dict.set_str(n.clone(), a[2].clone());
            Ok(Value::None)
        }
        _ => Err(type_error("_install(cls, name, func)")),
    }
}

/// `_set_cancel_hook(fut, hook)`: `fut.cancel(msg)` calls `hook(msg)` instead (gather).
fn set_cancel_hook(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = SET_CANCEL_HOOK.positional(&args)?;
    let f = future_of(&a[0]).ok_or_else(|| type_error("a future was expected"))?;
    f.set_cancel_hook(a[1].clone());
    Ok(Value::None)
}

fn make_cancelled_error(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = MAKE_CANCELLED_ERROR.positional(&args)?;
    let f = future_of(&a[0]).ok_or_else(|| type_error("a future was expected"))?;
    Ok(f.make_cancelled_error().value(vm.types()))
}

fn cancel_message(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = CANCEL_MESSAGE.positional(&args)?;
    let f = future_of(&a[0]).ok_or_else(|| type_error("a future was expected"))?;
    Ok(f.cancel_message())
}

/// `_loop_state()`: the thread's current loop (or None) and whether set_event_loop was
/// called, the state the installed policy owns (asyncio_policy.py swaps it).
fn loop_state(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    LOOP_STATE.positional(&args)?;
    let (current, set_called) = run_loop::loop_state(vm);
    Ok(Value::tuple(vec![current, Value::Bool(set_called)]))
}

/// `_set_loop_state(loop, set_called)`: install a policy's saved state.
fn set_loop_state(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = SET_LOOP_STATE.positional(&args)?;
    let set_called = vm.truthy(&a[1])?;
    run_loop::set_loop_state(vm, a[0].clone(), set_called)?;
    Ok(Value::None)
}

fn virtual_time(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.virtual_time))
}

/// Install the asyncio module: natives first, then the Python half run over them.
pub fn install(vm: &mut Vm, prelude: Rc<CodeObj>) -> PyResult<Rc<PyDict>> {
    let c = classes(vm);
    super::handle::install_methods(&c);
    super::async_gen::install_methods(vm.types());
    super::future::install_methods(&c);
    super::task::install_methods(&c);
    run_loop::install_methods(&c);
    super::net::install_methods(&c);
    let t = vm.types();
    for c in [&t.cancelled_error, &t.invalid_state_error] {
        *c.module.borrow_mut() = "asyncio.exceptions".into();
    }
    let d = Rc::new(PyDict::new());
    d.set_by_str("__name__", Value::str("asyncio"));
    let natives: [(&'static str, NativeFn); 30] = [
        ("_source_traceback_of", super::debug::source_traceback_of),
        (
            "_get_slow_callback_duration",
            super::debug::get_slow_callback_duration,
        ),
        (
            "_set_slow_callback_duration",
            super::debug::set_slow_callback_duration,
        ),
        ("_call_graph_stack", super::call_graph::running_stack),
        ("_call_graph_chain", super::call_graph::await_chain),
        ("_awaited_by", super::call_graph::awaited_by),
        (
            "future_add_to_awaited_by",
            super::call_graph::add_to_awaited_by,
        ),
        (
            "future_discard_from_awaited_by",
            super::call_graph::discard_from_awaited_by,
        ),
        ("sleep", super::sleep::sleep),
        ("_cancel_message", cancel_message),
        ("get_running_loop", get_running_loop),
        ("_get_running_loop", get_running_loop_or_none),
        ("get_event_loop", get_event_loop),
        ("set_event_loop", set_event_loop),
        ("new_event_loop", new_event_loop),
        ("current_task", current_task),
        ("all_tasks", all_tasks),
        ("_all_tasks_list", all_tasks_list),
        ("isfuture", isfuture),
        ("iscoroutine", iscoroutine),
        ("_code_kind", code_kind),
        ("_as_coroutine_function", as_coroutine_function),
        ("_install", install_method),
        ("_set_cancel_hook", set_cancel_hook),
        ("_make_cancelled_error", make_cancelled_error),
        ("_virtual_time", virtual_time),
        ("_loop_state", loop_state),
        ("_set_loop_state", set_loop_state),
        ("_get_event_loop", get_event_loop),
        ("get_running_loop", get_running_loop),
    ];
    for (name, f) in natives {
        d.set_by_str(name, Builtin::value(name, f));
    }
    super::process::install(&d);
    d.set_by_str("Future", Value::Class(c.future.clone()));
    d.set_by_str("Task", Value::Class(c.task.clone()));
    d.set_by_str("Handle", Value::Class(c.handle.clone()));
    d.set_by_str("StreamReader", Value::Class(c.stream_reader.clone()));
    d.set_by_str("_SocketTransport", Value::Class(c.socket_transport.clone()));
    d.set_by_str(
        "_drain_done",
        Builtin::value("_drain_done", super::net::stream_reader::drain_done),
    );
    d.set_by_str("TimerHandle", Value::Class(c.timer_handle.clone()));
    d.set_by_str("AbstractEventLoop", Value::Class(c.event_loop.clone()));
    d.set_by_str("_EventLoop", Value::Class(c.event_loop.clone()));
    d.set_by_str("CancelledError", Value::Class(t.cancelled_error.clone()));
    d.set_by_str(
        "InvalidStateError",
        Value::Class(t.invalid_state_error.clone()),
    );
    d.set_by_str("TimeoutError", Value::Class(t.timeout_error.clone()));
    vm.run_code(prelude, d.clone(), None)?;
    Ok(d)
}
