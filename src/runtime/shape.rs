//! Shapes (hidden classes): which attribute name lives at which index of an instance's
//! value array, shared by all instances of a class that added the same attributes in the
//! same order (CPython's key-sharing dicts, V8's hidden classes).
//!
//! Each class owns the root (empty) shape of a tree; adding an attribute to an instance
//! moves it to the child shape for that name, made once and then shared. A shape never
//! changes, so caches may remember "shape S has `x` at index 2" by S's address while the
//! class (which owns the tree) lives. The tree is bounded: past [`MAX_ATTRS`] names or
//! [`MAX_SHAPES`] shapes per class the instance falls back to a real dict
//! (`instance_attrs.rs`). This module only maps names to indices; it holds no values.

use super::str::{PyStr, StrRef};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// An instance with more attributes than this keeps them in a dict.
pub const MAX_ATTRS: usize = 48;
/// The shapes one class may make; instances that would need more use dicts.
const MAX_SHAPES: u32 = 512;

pub struct Shape {
    /// The attribute names, in the order they were added (the value array's order).
    names: Box<[StrRef]>,
    /// The shapes one more name leads to, each ending in that name.
    children: RefCell<Vec<Rc<Shape>>>,
    /// How many more shapes the tree may make (shared by the whole tree of a class).
    budget: Rc<Cell<u32>>,
}

impl Shape {
    /// The empty shape at the root of a class's tree.
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape {
            names: Box::new([]),
            children: RefCell::new(Vec::new()),
            budget: Rc::new(Cell::new(MAX_SHAPES)),
        })
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn names(&self) -> &[StrRef] {
        &self.names
    }

    /// Where `name` lives: one pointer comparison per attribute for the interned names
    /// of the bytecode, then text comparison for names made at run time.
    #[inline]
    pub fn index_of(&self, name: &PyStr) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|n| std::ptr::eq(&**n, name)) {
            return Some(i);
        }
        self.index_by_text(name)
    }

    #[inline(never)]
    fn index_by_text(&self, name: &PyStr) -> Option<usize> {
        let hash = name.hash();
        self.names
            .iter()
            .position(|n| n.hash() == hash && n.as_str() == name.as_str())
    }

    /// The shape already made for adding `name` to this one, if any.
    pub fn existing_child(&self, name: &PyStr) -> Option<Rc<Shape>> {
        let last_is = |c: &Rc<Shape>| {
            let last = &c.names[c.names.len() - 1];
            std::ptr::eq(&**last, name) || last.as_str() == name.as_str()
        };
        self.children.borrow().iter().find(|c| last_is(c)).cloned()
    }

    /// The shape of an instance of this shape that adds `name` (not in this shape); None
    /// when the tree is full and the instance should use a dict instead.
    pub fn child(&self, name: &StrRef) -> Option<Rc<Shape>> {
        if let Some(c) = self.existing_child(name) {
            return Some(c);
        }
        if self.names.len() >= MAX_ATTRS || self.budget.get() == 0 {
            return None;
        }
        self.budget.set(self.budget.get() - 1);
        let mut names = Vec::with_capacity(self.names.len() + 1);
        names.extend(self.names.iter().cloned());
        names.push(name.clone());
        let child = Rc::new(Shape {
            names: names.into_boxed_slice(),
            children: RefCell::new(Vec::new()),
            budget: self.budget.clone(),
        });
        self.children.borrow_mut().push(child.clone());
        Some(child)
    }
}

impl Drop for Shape {
    /// A long chain of shapes would otherwise drop recursively, one frame per attribute.
    fn drop(&mut self) {
        let mut pending = std::mem::take(self.children.get_mut());
        while let Some(c) = pending.pop() {
            if let Ok(mut c) = Rc::try_unwrap(c) {
                pending.append(c.children.get_mut());
            }
        }
    }
}
