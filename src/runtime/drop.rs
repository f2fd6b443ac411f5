//! Dropping deep structures without deep Rust recursion.
//!
//! A list nested a million levels deep would drop recursively, one Rust frame per level,
//! and overflow the stack. Containers hand their contents to [`drop_values`] instead: the
//! outermost drop runs a work loop, and any container dropped inside it only appends its
//! contents to the pending list, so the stack depth stays constant.

use super::value::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drop these values, iteratively when nested inside another container's drop.
pub fn drop_values(values: Vec<Value>) {
    if values.is_empty() {
        return;
    }
    // During thread exit the thread-locals may be gone: then drop plainly.
    let Ok(draining) = DRAINING.try_with(|d| d.replace(true)) else {
        drop(values);
        return;
    };
    if draining {
        let mut values = Some(values);
        let _ = PENDING.try_with(|p| {
            if let Some(v) = values.take() {
                p.borrow_mut().extend(v);
            }
        });
        drop(values);
        return;
    }
    let mut work = values;
    loop {
        while let Some(v) = work.pop() {
            drop(v);
        }
        work = PENDING
            .try_with(|p| std::mem::take(&mut *p.borrow_mut()))
            .unwrap_or_default();
        if work.is_empty() {
            break;
        }
    }
    let _ = DRAINING.try_with(|d| d.set(false));
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
