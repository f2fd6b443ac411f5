//! `_heapq`: the heap operations of `heapq` on plain lists (CPython's `_heapq` C module's
//! functions and messages), native because priority queues sit in the inner loops of
//! real programs (Dijkstra, schedulers, merging). Only `<` compares items, and it may run
//! Python code: each comparison works on clones of the two items with the list released,
//! and a list whose size changed meanwhile is CPython's RuntimeError. `merge`,
//! `nsmallest` and `nlargest` stay in pylib `heapq.py`.

use super::{def, type_name, unwrap_base};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{index_error, runtime_error, type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::list::PyList;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_heapq` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_heapq"));
    def(&m, "heappush", heappush);
    def(&m, "heappop", |vm, a| pop_top(vm, a, &HEAPPOP, Order::Min));
    def(&m, "_heappop_max", |vm, a| {
        pop_top(vm, a, &HEAPPOP_MAX, Order::Max)
    });
    def(&m, "heapreplace", |vm, a| {
        replace_top(vm, a, &HEAPREPLACE, Order::Min)
    });
    def(&m, "_heapreplace_max", |vm, a| {
        replace_top(vm, a, &HEAPREPLACE_MAX, Order::Max)
    });
    def(&m, "heappushpop", heappushpop);
    def(&m, "heapify", |vm, a| heapify(vm, a, &HEAPIFY, Order::Min));
    def(&m, "_heapify_max", |vm, a| {
        heapify(vm, a, &HEAPIFY_MAX, Order::Max)
    });
    m
}

const PAIR: &[&str] = &["heap", "item"];
static HEAPPUSH: Signature = Signature::new("heappush", PAIR).positional_only("_heapq.heappush");
static HEAPPUSHPOP: Signature =
    Signature::new("heappushpop", PAIR).positional_only("_heapq.heappushpop");
static HEAPREPLACE: Signature =
    Signature::new("heapreplace", PAIR).positional_only("_heapq.heapreplace");
static HEAPREPLACE_MAX: Signature =
    Signature::new("_heapreplace_max", PAIR).positional_only("_heapq._heapreplace_max");
static HEAPPOP: Signature = Signature::one_arg("_heapq.heappop");
static HEAPPOP_MAX: Signature = Signature::one_arg("_heapq._heappop_max");
static HEAPIFY: Signature = Signature::one_arg("_heapq.heapify");
static HEAPIFY_MAX: Signature = Signature::one_arg("_heapq._heapify_max");

/// A min-heap (`a[0]` smallest) or a max-heap (the `_max` functions).
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// The function's name as its messages show it (the signature names it `_heapq.x`).
fn short(sig: &Signature) -> &str {
    sig.name.rsplit('.').next().unwrap_or(sig.name)
}

/// The heap argument: a list or an instance of a list subclass.
fn heap_arg(vm: &Vm, v: &Value, sig: &Signature, which: &str) -> PyResult<Rc<PyList>> {
    match unwrap_base(v) {
        Value::List(l) => Ok(l),
        _ => Err(not_a_list(vm, v, short(sig), which)),
    }
}

#[cold]
fn not_a_list(vm: &Vm, v: &Value, name: &str, which: &str) -> crate::runtime::error::PyErr {
    // CPython's `_PyArg_BadArgument` names None itself, not its type.
    let got = if v.is_none() {
        "None".to_string()
    } else {
        type_name(vm, v)
    };
    type_error(format!("{name}() {which} must be list, not {got}"))
}

#[cold]
fn changed_size() -> crate::runtime::error::PyErr {
    runtime_error("list changed size during iteration")
}

/// Whether `a` goes before `b` in the heap's order.
fn before(vm: &mut Vm, order: Order, a: &Value, b: &Value) -> PyResult<bool> {
    match order {
        Order::Min => vm.lt(a, b),
        Order::Max => vm.lt(b, a),
    }
}

/// The items at `i` and `j`, cloned so the list is free while they are compared.
fn pair(heap: &PyList, i: usize, j: usize) -> (Value, Value) {
    let items = heap.items.borrow();
    (items[i].clone(), items[j].clone())
}

/// Move the item at `pos` toward the root while it goes before its parent (CPython's
/// `siftdown`).
fn sift_toward_root(
    vm: &mut Vm,
    heap: &PyList,
    start: usize,
    mut pos: usize,
    order: Order,
) -> PyResult<()> {
    let size = heap.len();
    if pos >= size {
        return Err(index_error("list index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (item, up) = pair(heap, pos, parent);
        let goes_up = before(vm, order, &item, &up)?;
        if heap.len() != size {
            return Err(changed_size());
        }
        if !goes_up {
            break;
        }
        heap.items.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Move the item at `pos` down the preferred children to a leaf, then back up to its
/// place (CPython's `siftup`, Floyd's method: fewer comparisons).
fn sift_to_leaf(vm: &mut Vm, heap: &PyList, mut pos: usize, order: Order) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    if pos >= end {
        return Err(index_error("list index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (left, right) = pair(heap, child, child + 1);
            if !before(vm, order, &left, &right)? {
                child += 1;
            }
            if heap.len() != end {
                return Err(changed_size());
            }
        }
        heap.items.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_toward_root(vm, heap, start, pos, order)
}

fn heappush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = HEAPPUSH.positional(&args)?;
    let heap = heap_arg(vm, &a[0], &HEAPPUSH, "argument 1")?;
    heap.push(a[1].clone());
    sift_toward_root(vm, &heap, 0, heap.len() - 1, Order::Min)?;
    Ok(Value::None)
}

fn pop_top(vm: &mut Vm, args: Args<'_>, sig: &Signature, order: Order) -> PyResult<Value> {
    let heap = heap_arg(vm, sig.one(&args)?, sig, "argument")?;
    let last = heap.items.borrow_mut().pop();
    let Some(last) = last else {
        return Err(index_error("index out of range"));
    };
    if heap.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], last);
    sift_to_leaf(vm, &heap, 0, order)?;
    Ok(top)
}

fn replace_top(vm: &mut Vm, args: Args<'_>, sig: &Signature, order: Order) -> PyResult<Value> {
    let a = sig.positional(&args)?;
    let heap = heap_arg(vm, &a[0], sig, "argument 1")?;
    if heap.is_empty() {
        return Err(index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], a[1].clone());
    sift_to_leaf(vm, &heap, 0, order)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = HEAPPUSHPOP.positional(&args)?;
    let heap = heap_arg(vm, &a[0], &HEAPPUSHPOP, "argument 1")?;
    let item = a[1].clone();
    let top = heap.items.borrow().first().cloned();
    let Some(top) = top else {
        return Ok(item);
    };
    if !vm.lt(&top, &item)? {
        return Ok(item);
    }
    if heap.is_empty() {
        return Err(index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], item);
    sift_to_leaf(vm, &heap, 0, Order::Min)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, args: Args<'_>, sig: &Signature, order: Order) -> PyResult<Value> {
    let heap = heap_arg(vm, sig.one(&args)?, sig, "argument")?;
    // Children before parents: any such order gives CPython's layout.
    for i in (0..heap.len() / 2).rev() {
        sift_to_leaf(vm, &heap, i, order)?;
    }
    Ok(Value::None)
}
