//! The natives behind the async call graph (`asyncio.capture_call_graph` and friends,
//! as CPython 3.14 defines them; the API itself is Python in `asyncio_graph.py`): the
//! frames of the running task read from the VM's caller trail, the await chain of a
//! suspended coroutine read from its frames, and the "awaited by" edges of a future.
//!
//! A task's own `await fut` is not recorded anywhere new: the task's waiter already says
//! what it waits for, so the tasks awaiting a future are found by looking at the waiters
//! of the loop's tasks when someone asks (nothing is paid on the hot path). Edges that a
//! waiter does not show (TaskGroup's children, gather's and shield's inner futures,
//! `wait`'s futures) are recorded by `future_add_to_awaited_by`.
//!
//! Not frame objects: each frame is a tuple `(code, line, generator or None, globals)`
//! that the Python half wraps in its minimal frame type.

use super::future::future_of;
use super::task::Waiter;
use crate::compiler::bytecode::{CodeKind, Instr};
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, CodeObj};
use crate::runtime::native::NativeObj;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::{Generator, Vm};
use std::rc::Rc;

fn frame_tuple(
    t: &crate::runtime::types::Types,
    code: &Rc<CodeObj>,
    line: usize,
    owner: Option<&Rc<Generator>>,
    globals: Value,
) -> Value {
    Value::tuple(vec![
        NativeObj::code(t, code.clone()),
        Value::Int(line as i64),
        owner.map_or(Value::None, |g| Value::Generator(g.clone())),
        globals,
    ])
}

/// Frames of coroutines and async generators (not of plain generators, which run
/// inside a plain call and do not end a task's stack).
fn is_async(owner: Option<&Rc<Generator>>) -> bool {
    owner.is_some_and(|g| matches!(g.kind, CodeKind::Coroutine | CodeKind::AsyncGenerator))
}

// Private natives of the Python half, and 3.14's edge functions: positional, counted
// as a tuple.
const CALL_GRAPH_STACK: Signature =
    Signature::new("_call_graph_stack", &["depth"]).positional_only("_call_graph_stack");
const CALL_GRAPH_CHAIN: Signature =
    Signature::new("_call_graph_chain", &["coro"]).positional_only("_call_graph_chain");
const AWAITED_BY: Signature =
    Signature::new("_awaited_by", &["fut"]).positional_only("_awaited_by");
const ADD_TO_AWAITED_BY: Signature = Signature::new("future_add_to_awaited_by", &["fut", "waiter"])
    .positional_only("future_add_to_awaited_by");
const DISCARD_FROM_AWAITED_BY: Signature =
    Signature::new("future_discard_from_awaited_by", &["fut", "waiter"])
        .positional_only("future_discard_from_awaited_by");

/// `_call_graph_stack(depth)`: the frames from the caller `depth` levels up from the
/// Python function calling this, innermost first, down to the coroutine the running task
/// steps (an async frame called from a frame that is no generator's).
pub fn running_stack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = CALL_GRAPH_STACK.positional(&args)?;
    let depth = match &a[0] {
        Value::Int(d) if *d >= 1 => *d as usize,
        _ => return Err(type_error("depth must be a positive int")),
    };
    let trail = vm.caller_trail();
    let mut out = Vec::new();
    let Some(start) = trail.len().checked_sub(depth) else {
        return Err(crate::runtime::error::value_error(
            "call stack is not deep enough",
        ));
    };
    let mut i = Some(start);
    while let Some(n) = i {
        let c = &trail[n];
        out.push(frame_tuple(
            vm.types(),
            c.code(),
            c.line(),
            c.owner(),
            Value::Dict(c.globals().clone()),
        ));
        let back = n.checked_sub(1);
        if is_async(c.owner()) && back.is_some_and(|b| trail[b].owner().is_none()) {
            break;
        }
        i = back;
    }
    Ok(Value::list(out))
}

/// What a suspended frame delegates to with `await`/`yield from`: the generator it
/// steps (through an async generator's `asend` awaitable too), if any.
pub fn awaited_generator(g: &Generator) -> Option<Rc<Generator>> {
    g.with_frame(|f| {
        let f = f?;
        if !matches!(f.code.code.instrs.get(f.ip), Some(Instr::YieldFrom)) {
            return None;
        }
        match f.top() {
            Value::Generator(sub) => Some(sub.clone()),
            other => super::async_gen::stepped_generator(other),
        }
    })
}

/// `_call_graph_chain(coro)`: the await chain of a suspended coroutine, outermost
/// first, as far as there are Python frames (a native awaitable, such as `sleep`, ends it).
pub fn await_chain(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = CALL_GRAPH_CHAIN.positional(&args)?;
    let mut out = Vec::new();
    let mut next = match &a[0] {
        Value::Generator(g) => Some(g.clone()),
        _ => None,
    };
    while let Some(g) = next.take() {
        let Some(code) = g.code() else { break };
        let Some((line, globals)) =
            g.with_frame(|f| f.map(|f| (f.current_line(), Value::Dict(f.globals.clone()))))
        else {
            // Running (the current task's coroutine): its frame is on the caller trail,
            // and, as CPython's running coroutine, it awaits nothing yet.
            let trail = vm.caller_trail();
            let running = trail
                .iter()
                .rev()
                .find(|c| c.owner().is_some_and(|o| Rc::ptr_eq(o, &g)));
            if let Some(c) = running {
                let globals = Value::Dict(c.globals().clone());
                out.push(frame_tuple(vm.types(), code, c.line(), Some(&g), globals));
            }
            break;
        };
        out.push(frame_tuple(vm.types(), code, line, Some(&g), globals));
        next = awaited_generator(&g);
    }
    Ok(Value::list(out))
}

/// `_awaited_by(fut)`: the futures recorded as awaiting `fut`, then the loop's tasks
/// whose `await` waits for it, each once.
pub fn awaited_by(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = AWAITED_BY.positional(&args)?;
    let Some(fut) = future_of(&a[0]) else {
        return Ok(Value::list(Vec::new()));
    };
    let mut out = fut.awaited_by();
    for t in super::task::all_tasks(&fut.lp) {
        let Some(task) = future_of(&t) else { continue };
        let Some(st) = &task.task else { continue };
        let waits = matches!(st.waiter(), Waiter::Future(w) if Rc::ptr_eq(&w, &fut));
        let known = out.iter().any(|v| v.is(&t));
        if waits && !known {
            out.push(t);
        }
    }
    Ok(Value::list(out))
}

fn awaited_by_edge(args: &Args<'_>, sig: &Signature, on: bool) -> PyResult<Value> {
    let a = sig.positional(args)?;
    // Anything but two futures: no effect, as CPython's.
    if let (Some(fut), Value::Native(waiter)) = (future_of(&a[0]), &a[1]) {
        if future_of(&a[1]).is_some() {
            fut.set_awaited_by(waiter, on);
        }
    }
    Ok(Value::None)
}

/// `future_add_to_awaited_by(future, waiter)`.
pub fn add_to_awaited_by(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    awaited_by_edge(&args, &ADD_TO_AWAITED_BY, true)
}

/// `future_discard_from_awaited_by(future, waiter)`.
pub fn discard_from_awaited_by(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    awaited_by_edge(&args, &DISCARD_FROM_AWAITED_BY, false)
}
