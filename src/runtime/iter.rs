//! Native iterators: the state of `iter(list)`, `iter(range)`, `enumerate`, `zip`, `map`,
//! `filter`, dict views and friends. Advancing one that may call Python code (map,
//! filter, sequence iteration through `__getitem__`) is done by the VM; this module is
//! only their state.

use super::dict::PyDict;
use super::list::PyList;
use super::set::PySet;
use super::str::StrRef;
use super::tuple::{PyTuple, TupleRef};
use super::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct IterObj {
    pub state: RefCell<IterState>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// A range iterator: the next value and how many are left, as CPython's
/// `rangeiterobject`. Counting instead of comparing with `stop` keeps it exact at the
/// i64 limits: each step adds with wrapping, which is exact for every value the range
/// yields, and the value past the last is never read.
pub struct RangeIter {
    next: i64,
    left: u64,
    step: i64,
}

impl RangeIter {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeIter {
        let left = crate::runtime::builtins::range::range_count(start, stop, step);
        RangeIter {
            next: start,
            left,
            step,
        }
    }

    /// The values of `range(start, stop, step)` from the last to the first.
    pub fn reversed(start: i64, stop: i64, step: i64) -> RangeIter {
        let left = crate::runtime::builtins::range::range_count(start, stop, step);
        let last = (start as i128 + (left as i128 - 1).max(0) * step as i128) as i64;
        RangeIter {
            next: last,
            left,
            step: step.wrapping_neg(),
        }
    }

    #[inline(always)]
    pub fn next_value(&mut self) -> Option<i64> {
        if self.left == 0 {
            return None;
        }
        let v = self.next;
        self.left -= 1;
        self.next = v.wrapping_add(self.step);
        Some(v)
    }

    pub fn remaining(&self) -> u64 {
        self.left
    }
}

/// An iterator over a deque, as CPython's `dequeiterobject`: the position of the next
/// item (counted from the left end, or from the right one when `reverse`), how many
/// items are left, and the deque's mutation counter when the walk began. Any append or
/// pop since then is "deque mutated during iteration"; `d[i] = x` and `reverse()` are
/// not, and the walk sees their items.
pub struct DequeWalk {
    pub deque: super::instance_ref::InstanceRef,
    pub next: usize,
    pub left: usize,
    pub state: u64,
    pub reverse: bool,
}

/// The state of `itertools.groupby`, as CPython's `groupbyobject`: the source, the key
/// function (None for the items themselves), the key of the group last handed out
/// (`target`), and the item read ahead with its key (`key`, `value`; None once a group
/// consumed it). `group` numbers the current group; a grouper of an older one is done.
pub struct GroupBy {
    pub it: Value,
    pub keyfunc: Value,
    pub target: Option<Value>,
    pub key: Option<Value>,
    pub value: Option<Value>,
    pub group: u64,
}

pub enum IterState {
    Range(RangeIter),
    /// A range past the i64 limits (`longrange_iterator`).
    BigRange(Box<crate::runtime::builtins::range_big::BigRangeIter>),
    List {
        list: Rc<PyList>,
        index: usize,
    },
    ListReversed {
        list: Rc<PyList>,
        index: usize,
    },
    Tuple {
        tuple: TupleRef,
        index: usize,
    },
    /// `reversed(tuple)`: `left` items remain, the next is `tuple[left - 1]`.
    TupleReversed {
        tuple: TupleRef,
        left: usize,
    },
    /// `iter(bytes)` and `reversed(bytes)` over the immutable bytes object `bytes`: the
    /// next item is byte `index` (from the end when `reverse`), made when asked for.
    Bytes {
        bytes: Value,
        index: usize,
        reverse: bool,
    },
    /// `reversed(str)`: the next character ends at byte `end`.
    StrReversed {
        s: StrRef,
        end: usize,
    },
    Str {
        s: StrRef,
        byte: usize,
    },
    /// `len` is the size at the start (a change is "changed size"), `left` how many
    /// entries may still come: one more means keys were replaced at the same size
    /// (CPython's `di_len`).
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        len: usize,
        left: usize,
        view: DictView,
        /// The last `items()` pair, refilled when nothing else holds it.
        last: Option<TupleRef>,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: i64,
        /// The last pair yielded, refilled when nothing else holds it.
        last: Option<TupleRef>,
    },
    /// The iterators are shared with each step (a step may run Python code that
    /// advances this zip again).
    Zip {
        iters: Rc<[Value]>,
        strict: bool,
        /// The last tuple yielded, refilled when nothing else holds it.
        last: Option<TupleRef>,
    },
    Map {
        func: Value,
        /// Shared, so that each step holds them without copying the list.
        iters: Rc<[Value]>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// Old-style iteration through `__getitem__` with 0, 1, 2, ... until IndexError.
    Sequence {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A fixed list of values (reversed() of a sequence, sorted snapshots, ...).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    /// `itertools.permutations`, `combinations`, `combinations_with_replacement` and
    /// `product`: an index walk over a snapshot of the pools.
    Combinatoric(Box<super::combinatorics::Combinatoric>),
    /// `iter(deque)` and `reversed(deque)` (see [`DequeWalk`]).
    Deque(Box<DequeWalk>),
    /// `itertools.count(start, step)`: the value the next call yields.
    Count {
        next: Value,
        step: Value,
    },
    /// `itertools.groupby` (see [`GroupBy`]).
    GroupBy(Box<GroupBy>),
    /// A group of a groupby: valid while `parent`'s current group is number `id`.
    Grouper {
        parent: Rc<IterObj>,
        key: Value,
        id: u64,
    },
    /// `itertools.islice` over any iterator: `count` items consumed so far, the next one
    /// yielded is number `next` (never past `stop`).
    Islice {
        inner: Value,
        count: usize,
        next: usize,
        stop: Option<usize>,
        step: usize,
    },
    /// `itertools.zip_longest`: the iterators not yet exhausted (`None` once one is, its
    /// place then filled with `fill`), and how many are left.
    ZipLongest(Box<ZipLongest>),
    /// `chain`, `repeat`, `cycle`, `accumulate`, `starmap`, the predicate filters,
    /// `compress` and `pairwise` (see [`super::itertools_tools::Tool`]).
    Tool(Box<super::itertools_tools::Tool>),
    Exhausted,
}

/// The state of an `itertools.zip_longest` (see `IterState::ZipLongest`).
pub struct ZipLongest {
    pub iters: Vec<Option<Value>>,
    pub fill: Value,
    pub active: usize,
    /// The last tuple yielded, refilled when nothing else holds it.
    pub last: Option<TupleRef>,
}

/// A tuple of `items` for an iterator's next result, in the tuple `last` yielded before
/// when nothing else holds that one any more (the consumer unpacked and dropped it), as
/// CPython's enumerate, zip and dict items iterators do: `for i, x in enumerate(xs)`
/// then allocates nothing per step.
pub fn refill_tuple<I>(last: &mut Option<TupleRef>, items: I) -> Value
where
    I: IntoIterator<Item = Value>,
    I::IntoIter: ExactSizeIterator,
{
    let items = items.into_iter();
    if let Some(t) = last {
        if let Some(inner) = TupleRef::get_mut(t) {
            if inner.len() == items.len() {
                for (slot, v) in inner.iter_mut().zip(items) {
                    std::mem::replace(slot, v).discard();
                }
                if t.has_gc() || !PyTuple::needs_gc(&t.items) {
                    return Value::Tuple(t.clone());
                }
                // A container went into a tuple made without the collector's header:
                // its items move to a new tuple that has one.
                let inner = TupleRef::get_mut(t).unwrap_or_default();
                let moved = inner
                    .iter_mut()
                    .map(|v| std::mem::replace(v, Value::None))
                    .collect();
                let t = PyTuple::new(moved);
                *last = Some(t.clone());
                return Value::Tuple(t);
            }
        }
    }
    // Gathered on the stack: a `Vec` would be one more allocation, freed at once.
    let t = PyTuple::collect(items);
    *last = Some(t.clone());
    Value::Tuple(t)
}

impl IterObj {
    pub fn new_value(state: IterState) -> Value {
        Value::Iter(Rc::new(IterObj {
            state: RefCell::new(state),
        }))
    }

    /// The Python type name of the iterator, as `type(it).__name__` shows it.
    pub fn type_name(&self) -> &'static str {
        match &*self.state.borrow() {
            IterState::Range(_) => "range_iterator",
            IterState::BigRange(_) => "longrange_iterator",
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::TupleReversed { .. } | IterState::StrReversed { .. } => "reversed",
            IterState::Bytes { reverse: true, .. } => "reversed",
            IterState::Bytes {
                bytes: Value::Native(n),
                ..
            } if matches!(n.data, crate::runtime::native::NativeData::ByteArray(_)) => {
                "bytearray_iterator"
            }
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Dict { view, .. } => match view {
                DictView::Keys => "dict_keyiterator",
                DictView::Values => "dict_valueiterator",
                DictView::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Sequence { .. } => "iterator",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Values { .. } => "iterator",
            IterState::Combinatoric(c) => c.type_name(),
            IterState::Islice { .. } => "islice",
            IterState::ZipLongest(_) => "zip_longest",
            IterState::Tool(t) => t.type_name(),
            IterState::Deque(w) if w.reverse => "_deque_reverse_iterator",
            IterState::Deque(_) => "_deque_iterator",
            IterState::Count { .. } => "count",
            IterState::GroupBy(_) => "groupby",
            IterState::Grouper { .. } => "_grouper",
            IterState::Exhausted => "iterator",
        }
    }
}
