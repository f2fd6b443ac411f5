//! `tuple` storage: an immutable boxed slice.

use super::value::Value;

pub struct PyTuple {
    pub items: Box<[Value]>,
    pub gc: super::gc_header::GcHeader,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        let items = std::mem::take(&mut self.items);
        super::drop::drop_values(items.into_vec());
    }
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
            gc: Default::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
