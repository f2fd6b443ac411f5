//! `list` storage: a growable vector behind a RefCell (lists are mutable and shared).
//! List methods live in the builtins; this is only the container.

use super::value::Value;
use std::cell::RefCell;

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
    pub gc: super::gc_header::GcHeader,
}

impl Drop for PyList {
    fn drop(&mut self) {
        super::drop::drop_values(std::mem::take(self.items.get_mut()));
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
            gc: Default::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `append`: a full list grows by an eighth (and a little), as CPython's
    /// `list_resize`, not by doubling: a long list built by appends keeps at most 12%
    /// spare room where a doubling `Vec` averages a third of its memory unused.
    pub fn push(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() {
            let len = items.len();
            let target = (len + 1 + ((len + 1) >> 3) + 6) & !3;
            items.reserve_exact(target - len);
        }
        items.push(v);
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}
