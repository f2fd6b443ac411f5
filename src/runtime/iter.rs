//! Native iterators: the state of `iter(list)`, `iter(range)`, `enumerate`, `zip`, `map`,
//! `filter`, dict views and friends. Advancing one that may call Python code (map,
//! filter, sequence iteration through `__getitem__`) is done by the VM; this module is
//! only their state.

use super::dict::PyDict;
use super::list::PyList;
use super::set::PySet;
use super::str::PyStr;
use super::tuple::PyTuple;
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

pub enum IterState {
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    List {
        list: Rc<PyList>,
        index: usize,
    },
    ListReversed {
        list: Rc<PyList>,
        index: usize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        len: usize,
        view: DictView,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
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
    Exhausted,
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
            IterState::Range { .. } => "range_iterator",
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
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
            IterState::Exhausted => "iterator",
        }
    }
}
