//! `list` storage: a growable vector behind a RefCell (lists are mutable and shared).
//! List methods live in the builtins; this is only the container.

use super::value::Value;
use std::cell::RefCell;

/// Where [`PyList::scan_known`] stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scan {
    /// The item at this index is equal.
    Equal(usize),
    /// The item at this index needs `==` asked in full.
    NeedsEq(usize),
    /// No item left in the range.
    End,
}

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

    /// Compare items `from..stop` with `x` while `known` answers their equality without
    /// running code (ints and strs by [`atomic_eq`](super::hashing::atomic_eq), the
    /// VM's identity cases by `Vm::eq_known`), under one borrow and without copies,
    /// until one is equal or one needs the general `==` (which may run Python code that
    /// changes the list, so the caller asks it item by item).
    #[inline]
    pub fn scan_known(
        &self,
        x: &Value,
        from: usize,
        stop: usize,
        known: impl Fn(&Value, &Value) -> Option<bool>,
    ) -> Scan {
        let items = self.items.borrow();
        let stop = stop.min(items.len());
        for i in from..stop {
            match known(&items[i], x) {
                Some(true) => return Scan::Equal(i),
                Some(false) => {}
                None => return Scan::NeedsEq(i),
            }
        }
        Scan::End
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}
