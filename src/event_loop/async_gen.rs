//! Async generators as `async for` and `anext()` use them: `__aiter__`, `__anext__`,
//! `asend`, `athrow` and `aclose` on the `async_generator` type. Each returns an
//! awaitable that steps the generator's frame: an `await` inside it passes the awaited
//! future up to the task, a `yield` finishes the awaitable with the yielded value.
//! Not the frames themselves (the VM runs those).

use super::object::{downcast, wrap};
use crate::compiler::bytecode::{CodeKind, Instr};
use crate::runtime::class::{Class, Layout};
use crate::runtime::error::{runtime_error, stop_iteration, type_error, PyErr, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::resume::{GenStep, Resume};
use crate::vm::{Generator, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What the awaitable does to the generator on its first step.
enum First {
    Send(Value),
    Throw(PyErr),
    Close,
}

struct AsyncGenStep {
    gen: Rc<Generator>,
    first: RefCell<Option<First>>,
    closing: Cell<bool>,
    finished: Cell<bool>,
}

/// The class of the awaitables, made once per interpreter (see `vm::lazy_classes`).
fn step_class(vm: &Vm) -> Rc<Class> {
    vm.lazy_classes
        .async_gen_step
        .get_or_init(|| {
            let c = Class::new_builtin(
                "async_generator_asend",
                vec![vm.types().object.clone()],
                Layout::Builtin,
            );
            let d = &c.dict;
            d.set_by_str("__await__", Builtin::value("__await__", step_iter));
            d.set_by_str("__iter__", Builtin::value("__iter__", step_iter));
            d.set_by_str("__next__", Builtin::value("__next__", step_next));
            d.set_by_str("send", Builtin::value("send", step_send));
            d.set_by_str("throw", Builtin::value("throw", step_throw));
            d.set_by_str("close", Builtin::value("close", step_close));
            c
        })
        .clone()
}

/// Did the generator stop at its own `yield` (not inside an `await` it delegates to)?
fn stopped_at_own_yield(gen: &Generator) -> bool {
    gen.with_frame(|frame| match frame {
        Some(f) => !matches!(f.code.code.instrs.get(f.ip), Some(Instr::YieldFrom)),
        None => false,
    })
}

fn agen_of(args: &Args<'_>) -> PyResult<Rc<Generator>> {
    match args.pos().first() {
        Some(Value::Generator(g)) if g.kind == CodeKind::AsyncGenerator => Ok(g.clone()),
        _ => Err(type_error("an async generator was expected")),
    }
}

/// The async generator a step method is called on, its hooks consulted if this is its
/// first step (see `vm::asyncgen_hooks`).
fn agen_first(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<Generator>> {
    let g = agen_of(args)?;
    vm.asyncgen_first_iteration(&g)?;
    Ok(g)
}

fn new_step(vm: &Vm, gen: Rc<Generator>, first: First) -> Value {
    let closing = matches!(first, First::Close);
    let obj = Rc::new(AsyncGenStep {
        gen,
        first: RefCell::new(Some(first)),
        closing: Cell::new(closing),
        finished: Cell::new(false),
    });
    Value::Native(wrap(&step_class(vm), obj))
}

fn this(args: &Args<'_>) -> PyResult<Rc<AsyncGenStep>> {
    args.pos()
        .first()
        .and_then(downcast::<AsyncGenStep>)
        .ok_or_else(|| type_error("async generator step method called on another object"))
}

/// Resume the generator once and translate what it did.
fn advance(vm: &mut Vm, st: &AsyncGenStep, how: Resume) -> PyResult<Value> {
    if st.finished.get() {
        return Err(runtime_error(
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let t = &vm.types_rc();
    match vm.gen_resume(&st.gen, how) {
        Ok(GenStep::Yield(v)) => {
            if !stopped_at_own_yield(&st.gen) {
                return Ok(v);
            }
            st.finished.set(true);
            if st.closing.get() {
                return Err(runtime_error("async generator ignored GeneratorExit"));
            }
            Err(stop_iteration(v))
        }
        Ok(GenStep::Return(_)) => {
            st.finished.set(true);
            if st.closing.get() {
                return Err(stop_iteration(Value::None));
            }
            Err(PyErr::with_args(&t.stop_async_iteration, vec![]))
        }
        Err(e) => {
            st.finished.set(true);
            if st.closing.get()
                && (e.is_instance(&t.generator_exit) || e.is_instance(&t.stop_async_iteration))
            {
                return Err(stop_iteration(Value::None));
            }
            Err(e)
        }
    }
}

fn first_step(st: &AsyncGenStep, sent: Value) -> Resume {
    match st.first.borrow_mut().take() {
        Some(First::Send(v)) => Resume::Send(v),
        Some(First::Throw(e)) => Resume::Throw(e),
        Some(First::Close) => Resume::Throw(crate::runtime::error::builtin_error_args(
            crate::runtime::types::ExcKind::GeneratorExit,
            vec![],
        )),
        None => Resume::Send(sent),
    }
}

fn step_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn step_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = this(&args)?;
    let how = first_step(&st, Value::None);
    advance(vm, &st, how)
}

fn step_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = this(&args)?;
    let v = args.pos().get(1).cloned().unwrap_or(Value::None);
    let how = first_step(&st, v);
    advance(vm, &st, how)
}

const STEP_THROW: Signature = Signature::new("throw", &["type", "value", "traceback"])
    .required(1)
    .positional_only("async_generator_asend.throw");
const ASEND: Signature = Signature::one_arg("async_generator.asend");
/// CPython checks these when the awaitable first runs; coro when it is made.
const ATHROW: Signature = Signature::new("athrow", &["type", "value", "traceback"])
    .required(1)
    .positional_only("async_generator.athrow");

fn step_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = this(&args)?;
    let v = &STEP_THROW.positional_method(&args)?[0];
    let e = super::future::exception_arg(vm, v)?;
    st.first.borrow_mut().take();
    advance(vm, &st, Resume::Throw(e))
}

fn step_close(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?.finished.set(true);
    Ok(Value::None)
}

fn m_aiter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    agen_of(&args)?;
    Ok(args.pos()[0].clone())
}

fn m_anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = agen_first(vm, &args)?;
    Ok(new_step(vm, g, First::Send(Value::None)))
}

fn m_asend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ASEND.one_method(&args)?.clone();
    let g = agen_first(vm, &args)?;
    Ok(new_step(vm, g, First::Send(v)))
}

fn m_athrow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ATHROW.positional_method(&args)?[0].clone();
    let e = super::future::exception_arg(vm, &v)?;
    let g = agen_first(vm, &args)?;
    Ok(new_step(vm, g, First::Throw(e)))
}

fn m_aclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = agen_first(vm, &args)?;
    Ok(new_step(vm, g, First::Close))
}

/// Fill in the async generator protocol on the `async_generator` type.
pub fn install_methods(t: &crate::runtime::types::Types) {
    let d = &t.async_generator.dict;
    d.set_by_str("__aiter__", Builtin::value("__aiter__", m_aiter));
    d.set_by_str("__anext__", Builtin::value("__anext__", m_anext));
    d.set_by_str("asend", Builtin::value("asend", m_asend));
    d.set_by_str("athrow", Builtin::value("athrow", m_athrow));
    d.set_by_str("aclose", Builtin::value("aclose", m_aclose));
}

/// The async generator an `asend`/`athrow`/`__anext__` awaitable steps, if `v` is one:
/// how the call graph follows an `async for` into the generator it drives.
pub fn stepped_generator(v: &Value) -> Option<Rc<Generator>> {
    downcast::<AsyncGenStep>(v).map(|s| s.gen.clone())
}
