//! `_bisect`: binary search and sorted insertion (`bisect`'s four functions, with
//! CPython's `_bisect` signatures and messages), native because a search in a hot loop
//! is what programs use them for. Items are compared with `<` only (Python code may run:
//! items are read afresh for each step, never held borrowed); an exact list is read
//! directly, any other sequence through `__getitem__`. Insertion into an exact list is
//! direct, otherwise through the object's `insert` method, as in CPython.

use super::{def, optional_index_arg, ssize_arg};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::{Bound, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_bisect` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_bisect"));
    def(&m, "bisect_right", |vm, a| {
        search(vm, a, &BISECT_RIGHT, Side::Right)
    });
    def(&m, "bisect_left", |vm, a| {
        search(vm, a, &BISECT_LEFT, Side::Left)
    });
    def(&m, "insort_right", |vm, a| {
        insort(vm, a, &INSORT_RIGHT, Side::Right)
    });
    def(&m, "insort_left", |vm, a| {
        insort(vm, a, &INSORT_LEFT, Side::Left)
    });
    m
}

const PARAMS: &[&str] = &["a", "x", "lo", "hi", "key"];
static BISECT_RIGHT: Signature = Signature::new("bisect_right", PARAMS).required(2).kwonly(1);
static BISECT_LEFT: Signature = Signature::new("bisect_left", PARAMS).required(2).kwonly(1);
static INSORT_RIGHT: Signature = Signature::new("insort_right", PARAMS).required(2).kwonly(1);
static INSORT_LEFT: Signature = Signature::new("insort_left", PARAMS).required(2).kwonly(1);

/// Before or after the items equal to `x`.
#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
}

fn search(vm: &mut Vm, args: Args<'_>, sig: &Signature, side: Side) -> PyResult<Value> {
    let b = sig.bind(&args)?;
    let at = position(vm, &b, b.req(1), side)?;
    Ok(Value::Int(at as i64))
}

fn insort(vm: &mut Vm, args: Args<'_>, sig: &Signature, side: Side) -> PyResult<Value> {
    let b = sig.bind(&args)?;
    let (a, x) = (b.req(0), b.req(1));
    let k = match b.get(4) {
        Some(key) => vm.call_args(key, [x.clone()])?,
        None => x.clone(),
    };
    let at = position(vm, &b, &k, side)?;
    if let Value::List(l) = a {
        let at = at.min(l.len());
        l.items.borrow_mut().insert(at, x.clone());
    } else {
        let insert = vm.getattr(a, "insert")?;
        vm.call_args(&insert, [Value::Int(at as i64), x.clone()])?;
    }
    Ok(Value::None)
}

/// Where `k` goes in `a[lo:hi]` (items mapped through `key` when given).
fn position(vm: &mut Vm, b: &Bound<'_>, k: &Value, side: Side) -> PyResult<usize> {
    let a = b.req(0);
    let mut lo = match b.given(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let mut hi = optional_index_arg(vm, b.get(3))?.unwrap_or(-1);
    if hi == -1 {
        hi = vm.len(a)? as i64;
    }
    let key = b.get(4);
    while lo < hi {
        // lo + hi cannot overflow: both are at most isize::MAX.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let item = match a {
            Value::List(l) => match l.items.borrow().get(mid as usize) {
                Some(v) => v.clone(),
                None => {
                    return Err(crate::runtime::error::index_error(
                        "list index out of range",
                    ))
                }
            },
            _ => vm.getitem(a, &Value::Int(mid))?,
        };
        let item = match key {
            Some(f) => vm.call_args(f, [item])?,
            None => item,
        };
        let goes_left = match side {
            Side::Right => vm.lt(k, &item)?,
            Side::Left => !vm.lt(&item, k)?,
        };
        if goes_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo as usize)
}
