//! Dropping deep structures without deep Rust recursion.
//!
//! A list nested a million levels deep would drop recursively, one Rust frame per level,
//! and overflow the stack. Containers hand their contents to [`drop_values`] instead: the
//! outermost drop runs a work loop, and any container dropped inside it only appends its
//! contents to the pending list, so the stack depth stays constant.

use super::value::Value;
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::tuple::TupleRef;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

// Not interpreter state: the drop trampoline stands in for one drop's Rust call stack,
// per OS thread as that stack is, and is empty whenever no drop runs (see ARCHITECTURE,
// "Interpreter state and thread-locals").
thread_local! {
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drop these values, iteratively when nested inside another container's drop.
pub fn drop_values(values: Vec<Value>) {
    // Nothing here frees a container (numbers, strings, objects others still hold: a
    // tuple of ints, `enumerate`'s pairs): the plain drop cannot recurse, so it skips
    // the trampoline's thread-local round trips.
    if !values.iter().any(frees_a_container) {
        drop(values);
        return;
    }
    // Last first, as the work loop pops.
    drop_each(values.into_iter().rev());
}

/// Drop the values of an array inside another allocation (a tuple's items) in place,
/// iteratively when nested inside another container's drop, as [`drop_values`].
///
/// # Safety
/// `items` points to initialised values that nothing reads or drops afterwards.
pub unsafe fn drop_in_place_values(items: *mut [Value]) {
    if !(*items).iter().any(frees_a_container) {
        std::ptr::drop_in_place(items);
        return;
    }
    let at = items as *mut Value;
    drop_each((0..items.len()).rev().map(|i| at.add(i).read()));
}

/// Drop the values `each` yields (an array that is not a `Vec` reads them out one at a
/// time), iteratively when nested inside another container's drop.
pub fn drop_each(mut each: impl Iterator<Item = Value>) {
    // During thread exit the thread-locals may be gone: then drop plainly.
    let Ok(draining) = DRAINING.try_with(|d| d.replace(true)) else {
        each.for_each(drop);
        return;
    };
    if draining {
        let _ = PENDING.try_with(|p| {
            // Only what would free a container can recurse; the rest (numbers,
            // strings, references others still hold) drops here, so tearing down a
            // million instances does not queue their three million attribute values.
            let mut p = p.borrow_mut();
            for v in &mut each {
                if frees_a_container(&v) {
                    p.push(v);
                }
            }
        });
        each.for_each(drop);
        return;
    }
    // Outermost: drop these (containers freed meanwhile queue their contents), then
    // what was queued.
    each.for_each(drop);
    loop {
        let mut work = PENDING
            .try_with(|p| std::mem::take(&mut *p.borrow_mut()))
            .unwrap_or_default();
        if work.is_empty() {
            break;
        }
        while let Some(v) = work.pop() {
            drop(v);
        }
    }
    let _ = DRAINING.try_with(|d| d.set(false));
}

/// Dropping `v` would free a container (whose own drop could recurse further).
#[inline]
pub(crate) fn frees_a_container(v: &Value) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_) => false,
        Value::List(r) => Rc::strong_count(r) == 1,
        Value::Tuple(r) => TupleRef::strong_count(r) == 1,
        Value::Dict(r) => Rc::strong_count(r) == 1,
        Value::Set(r) => Rc::strong_count(r) == 1,
        Value::Function(r) => Rc::strong_count(r) == 1,
        Value::BoundMethod(r) => Rc::strong_count(r) == 1,
        Value::Builtin(r) => Rc::strong_count(r) == 1,
        Value::Class(r) => Rc::strong_count(r) == 1,
        Value::Instance(r) => InstanceRef::strong_count(r) == 1,
        Value::Generator(r) => Rc::strong_count(r) == 1,
        Value::Iter(r) => Rc::strong_count(r) == 1,
        Value::Native(r) => Rc::strong_count(r) == 1 && !wraps_a_shared_cell(r),
    }
}

/// `r` is a cell object whose cell others still hold (a frame, a function): the
/// closure tuple `LoadClosure`s build for each genexpr or nested function holds such
/// fresh wrappers, and dropping one frees only the wrapper, which cannot recurse.
#[inline]
fn wraps_a_shared_cell(r: &NativeObj) -> bool {
    matches!(&r.data, NativeData::Cell(c) if Rc::strong_count(c) > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deeply_nested_list_drops_without_overflow() {
        let mut x = Value::list(vec![]);
        for _ in 0..1_000_000 {
            x = Value::list(vec![x]);
        }
        let mut t = Value::tuple(vec![]);
        for _ in 0..1_000_000 {
            t = Value::tuple(vec![t, Value::Int(1)]);
        }
        drop(x);
        drop(t);
    }
}
