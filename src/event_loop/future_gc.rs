//! Futures and tasks as the cycle collector and the finalizers see them.
//!
//! - Traversal: the references a future or task holds (its result, exception, done
//!   callbacks, and for a task its coroutine, the future it waits for and its context),
//!   so a pending task whose coroutine awaits a future that only the coroutine knows
//!   (task -> coroutine frame -> future -> wake-up callback -> task) is a cycle the
//!   collector frees, as CPython's.
//! - CPython's `Task.__del__` and `Future.__del__`: "Task was destroyed but it is
//!   pending!" for a pending task that dies, and "Future exception was never retrieved"
//!   / "Task exception was never retrieved" for one that dies with an exception nobody
//!   looked at, reported through the loop's exception handler with the object itself in
//!   the context. An object in a garbage cycle is reported by the collector before the
//!   cycle is cleared (its repr still shows what it waited for); one whose last
//!   reference goes is revived by its `Drop` and reported at the next safe point.
//!
//! Not the futures themselves (`future`, `task`) nor the collector (`vm::gc`).

use super::future::{future_of, DoneCallback, FutState, FutureObj};
use super::task::Waiter;
use crate::runtime::native::NativeData;
use crate::runtime::traverse::{visit_rc, Visitor};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

/// The future behind an extension object, if it is one.
pub fn as_future(ext: &Rc<dyn Any>) -> Option<&FutureObj> {
    ext.downcast_ref::<FutureObj>()
}

/// Show the references a future or task holds; false if some are borrowed right now.
pub fn traverse(f: &FutureObj, vis: &mut dyn Visitor) -> bool {
    let (Ok(callbacks), Ok(rare)) = (f.callbacks.try_borrow(), f.rare.try_borrow()) else {
        return false;
    };
    let result = f.result.replace(Value::None);
    vis.value(&result);
    f.result.set(result);
    f.with_exception(|exc| {
        if let Some(e) = exc {
            e.0.visit(vis);
        }
    });
    for cb in callbacks.iter() {
        match cb {
            DoneCallback::Py(func, context) => {
                vis.value(func);
                vis.value(context);
            }
            DoneCallback::Wakeup(task) => visit_rc(vis, task.wrapper_rc(), Value::Native),
        }
    }
    if let Some(r) = rare.as_deref() {
        vis.value(&r.cancel_message);
        vis.value(&r.cancel_hook);
        if let Some(e) = &r.cancelled_exc {
            e.visit(vis);
        }
    }
    let Some(t) = &f.task else { return true };
    visit_rc(vis, &t.coro, Value::Generator);
    t.with_waiter(|w| {
        if let Waiter::Future(w) = w {
            visit_rc(vis, w.wrapper_rc(), Value::Native);
        }
    });
    let context = t.context.replace(Value::None);
    vis.value(&context);
    t.context.set(context);
    true
}

/// Drop the references that keep a garbage cycle alive (the coroutine clears itself).
pub fn clear(f: &FutureObj) {
    let callbacks = f
        .callbacks
        .try_borrow_mut()
        .map(|mut c| std::mem::take(&mut *c));
    let result = f.result.replace(Value::None);
    let exception = f.exception.take();
    let waiter = f.task.as_ref().map(|t| t.take_waiter());
    drop((callbacks, result, exception, waiter));
}

/// Whether the death of this future must be reported.
pub fn needs_report(f: &FutureObj) -> bool {
    let destroyed_pending = f
        .task
        .as_ref()
        .is_some_and(|t| t.log_destroy_pending.get() && f.state.get() == FutState::Pending);
    destroyed_pending || (f.log_traceback.get() && f.has_exception())
}

/// From a future's `Drop`: move its contents into a new future (`revived`) and report
/// that one at the next safe point.
pub fn queue_revived(revived: FutureObj) {
    // Wrapped only when reported: a `Drop` may run while the thread is torn down.
    let fut = Rc::new(revived);
    // The loop's interpreter's mailbox (see `vm::mailbox`).
    let mailbox = fut.lp.mailbox.clone();
    let queued = mailbox
        .futures
        .try_borrow_mut()
        .map(|mut d| d.push(fut.clone()))
        .is_ok();
    if queued {
        crate::vm::gc::finalize::wake(&mailbox);
    } else {
        // Nothing is reported then, and the revived future must not be revived again
        // when it drops.
        silence(&fut);
    }
}

/// Make a future's drop report nothing (so it is not revived again).
fn silence(fut: &FutureObj) {
    fut.log_traceback.set(false);
    if let Some(t) = &fut.task {
        t.log_destroy_pending.set(false);
    }
}

/// Report the futures revived by their `Drop` (then let them go for good); whether
/// there were any.
pub fn report_dropped(vm: &mut Vm) -> bool {
    let mut any = false;
    loop {
        let due = std::mem::take(&mut *vm.mailbox.futures.borrow_mut());
        if due.is_empty() {
            return any;
        }
        any = true;
        // In the order they died; each dropped after its report.
        for fut in due {
            let wrapped = fut.fut_ref();
            report(vm, &fut, wrapped.value());
        }
    }
}

/// Let go of the futures revived by their `Drop` without reporting them (an interpreter
/// being dropped, see `vm::teardown`); how many there were.
pub fn discard_dropped(mailbox: &crate::vm::mailbox::Mailbox) -> usize {
    let due = std::mem::take(&mut *mailbox.futures.borrow_mut());
    // Silenced first: a revived future that still needed its report would be revived
    // again by its drop, and the teardown's drain would never end.
    for fut in &due {
        silence(fut);
    }
    due.len()
}

/// The collector's finalizer for a garbage object: report it if it is a future whose
/// death CPython reports; whether anything ran.
pub fn finalize(vm: &mut Vm, v: &Value) -> bool {
    let Value::Native(n) = v else { return false };
    let NativeData::Extension(ext) = &n.data else {
        return false;
    };
    let Some(f) = as_future(ext) else {
        return false;
    };
    if !needs_report(f) {
        return false;
    }
    let Some(fut) = future_of(v) else {
        return false;
    };
    report(vm, &fut, v.clone());
    true
}

/// CPython's `Task.__del__` then `Future.__del__`, each at most once.
fn report(vm: &mut Vm, fut: &Rc<FutureObj>, value: Value) {
    let source = fut
        .source_traceback()
        .map(|tb| super::debug::source_traceback_value(Some(tb)));
    if let Some(t) = &fut.task {
        if t.log_destroy_pending.replace(false) && fut.state.get() == FutState::Pending {
            let mut extra = vec![("task", value.clone())];
            extra.extend(source.clone().map(|s| ("source_traceback", s)));
            let message = "Task was destroyed but it is pending!";
            if let Err(e) = fut.lp.report(vm, message, extra, None) {
                vm.print_ignored_exception("Exception ignored in", &value, &e);
            }
        }
    }
    if !fut.log_traceback.replace(false) {
        return;
    }
    let error = fut.with_exception(|exc| {
        exc.map(|(e, tb)| {
            e.data_mut().traceback = tb.clone();
            e.clone()
        })
    });
    let Some(error) = error else {
        return;
    };
    let what = match &value {
        Value::Native(n) => n.class.name().to_string(),
        _ => "Future".to_string(),
    };
    let mut extra = vec![("future", value.clone())];
    extra.extend(source.map(|s| ("source_traceback", s)));
    let message = format!("{what} exception was never retrieved");
    if let Err(e) = fut.lp.report(vm, &message, extra, Some(error)) {
        vm.print_ignored_exception("Exception ignored in", &value, &e);
    }
}
