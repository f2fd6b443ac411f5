//! Where the event loop tells the `--timeline` recorder (`crate::timeline`) what tasks
//! do. Each hook is called behind one `vm.timeline.is_some()` test at its call site, so a
//! run without the option pays that test and nothing else. Not the recorder or the
//! writers.

use super::future::{future_of, FutRef, FutState, FutureObj};
use super::task::{format_coroutine, TaskState, Waiter};
use crate::vm::Vm;
use std::rc::Rc;

/// A task's name as text.
fn name_of(st: &TaskState) -> String {
    match st.name() {
        crate::runtime::value::Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    }
}

fn state(task: &FutureObj) -> Option<&TaskState> {
    task.task.as_ref()
}

/// The trace id of the loop's running task (0: none, or not recorded).
fn current_task_id(fut: &FutureObj) -> u32 {
    let current = fut.lp.current_task.borrow().clone();
    current
        .as_ref()
        .and_then(future_of)
        .and_then(|t| t.task.as_ref().map(|s| s.trace_id.get()))
        .unwrap_or(0)
}

/// A task was created (its first step is scheduled).
#[inline(never)]
pub fn created(vm: &mut Vm, task: &FutRef) {
    let Some(st) = state(task) else { return };
    let name = name_of(st);
    let (coro, defined_at) = match st.coro.code() {
        Some(c) => (
            st.coro.qualname().to_string(),
            format!("{}:{}", c.code.source.name, c.code.first_line()),
        ),
        None => (st.coro.qualname().to_string(), String::new()),
    };
    let by = current_task_id(task);
    let ns = task.lp.now_ns();
    if let Some(tl) = vm.timeline.as_deref_mut() {
        let id = tl.task_created(name, coro, defined_at, ns, by);
        st.trace_id.set(id);
    }
}

/// A step is about to resume the task's coroutine.
#[inline(never)]
pub fn step_start(vm: &mut Vm, task: &FutRef) {
    let Some(id) = state(task).map(|s| s.trace_id.get()).filter(|id| *id > 0) else {
        return;
    };
    let ns = task.lp.now_ns();
    if let Some(tl) = vm.timeline.as_deref_mut() {
        tl.step_start(id, ns);
    }
}

/// What a waiter is, as the timeline shows it.
fn describe_waiter(w: &Waiter) -> String {
    match w {
        Waiter::Nothing => "nothing (ready again)".into(),
        Waiter::Future(f) => match &f.task {
            Some(st) => format!("Task {}", name_of(st)),
            None => "Future".into(),
        },
        Waiter::Sleep { .. } => "sleep".into(),
        Waiter::Read { .. } => "stream read".into(),
    }
}

/// The step ended: record what the task now waits for, or how it ended.
#[inline(never)]
pub fn step_end(vm: &mut Vm, task: &FutRef) {
    let Some(st) = state(task) else { return };
    let id = st.trace_id.get();
    if id == 0 {
        return;
    }
    let ns = task.lp.now_ns();
    if task.done() {
        let outcome = match task.state.get() {
            FutState::Cancelled => "cancelled".to_string(),
            _ if task.has_exception() => match task.exception_peek(vm.types()) {
                Some(e) => format!("exception={}", vm.repr(&e).unwrap_or_default()),
                None => "exception".into(),
            },
            _ => format!(
                "result={}",
                short(vm.repr(&task.result_peek()).unwrap_or_default())
            ),
        };
        let name = name_of(st);
        if let Some(tl) = vm.timeline.as_deref_mut() {
            tl.step_end(id, ns, None);
            tl.task_done(id, ns, name, outcome);
        }
        return;
    }
    let what = describe_waiter(&st.waiter());
    // The suspended coroutine's innermost frame: where the task waits.
    let line = format_coroutine(&innermost(&st.coro));
    if let Some(tl) = vm.timeline.as_deref_mut() {
        tl.step_end(id, ns, Some(crate::timeline::Wait { what, line }));
    }
}

fn innermost(g: &Rc<crate::vm::Generator>) -> Rc<crate::vm::Generator> {
    let mut g = g.clone();
    while let Some(sub) = super::call_graph::awaited_generator(&g) {
        if sub.code().is_none() {
            break;
        }
        g = sub;
    }
    g
}

fn short(mut s: String) -> String {
    if s.len() > 80 {
        let mut cut = 77;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push_str("...");
    }
    s
}

/// `task` wakes because `fut` is done.
#[inline(never)]
pub fn woke_by_future(vm: &mut Vm, task: &FutRef, fut: &FutureObj) {
    let Some(id) = state(task).map(|s| s.trace_id.get()).filter(|id| *id > 0) else {
        return;
    };
    let awaited_task = state(fut).map_or(0, |s| s.trace_id.get());
    let ns = task.lp.now_ns();
    let addr = fut as *const FutureObj as usize;
    if let Some(tl) = vm.timeline.as_deref_mut() {
        tl.woke_by_future(id, addr, awaited_task, ns);
    }
}

/// `task` wakes because the stream reader at `reader` (standing in for its waiter
/// future) got data, EOF or an exception, from the running task or from I/O.
#[inline(never)]
pub fn woke_by_read(vm: &mut Vm, task: &FutRef, reader: usize) {
    let Some(id) = state(task).map(|s| s.trace_id.get()).filter(|id| *id > 0) else {
        return;
    };
    let by = current_task_id(task);
    let ns = task.lp.now_ns();
    if let Some(tl) = vm.timeline.as_deref_mut() {
        tl.future_completed(reader, by);
        tl.woke_by_future(id, reader, 0, ns);
    }
}

/// `task` wakes because its sleep's timer fired.
#[inline(never)]
pub fn woke_by_timer(vm: &mut Vm, task: &FutRef) {
    let Some(id) = state(task).map(|s| s.trace_id.get()).filter(|id| *id > 0) else {
        return;
    };
    let ns = task.lp.now_ns();
    if let Some(tl) = vm.timeline.as_deref_mut() {
        tl.woke_by_timer(id, ns);
    }
}

/// A future some task awaits was completed: by the running task's step, or by the
/// loop (a callback, a timer, I/O) when no task runs.
#[inline(never)]
pub fn future_completed(vm: &mut Vm, fut: &FutureObj) {
    let by = current_task_id(fut);
    if let Some(tl) = vm.timeline.as_deref_mut() {
        tl.future_completed(fut as *const FutureObj as usize, by);
    }
}
