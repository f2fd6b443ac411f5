//! Per-instruction caches of operator dunders: which Python function `a + b` ran the
//! last time one `BinaryOp` instruction met an instance of a class (CPython 3.11's
//! inline cache of `BINARY_OP`, with the type version as its guard). A hit saves the
//! per-class method cache's probe (a hash, a text compare and a `RefCell` borrow) on
//! every operator applied to an instance.
//!
//! An entry is keyed, like the attribute caches (`attr_cache.rs`), by the class's
//! address and its MRO stamp: any write to a namespace along the MRO (a dunder assigned
//! or deleted on the class or a base, monkeypatching) changes the stamp, and
//! `__class__` assignment changes the class, so a stale entry misses. It holds the
//! function weakly, so the cache keeps nothing alive the collector cannot see. This
//! module holds the data; `vm::dunder_frames` fills and reads it. It is not the per-class
//! method cache (`method_cache.rs`), which stays the second level.

use super::class::Class;
use super::function::Function;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// One operator instruction's memory of the class it last ran a dunder for.
pub struct DunderSite {
    /// The class, compared by address; `keep` pins the address while the entry is for
    /// it (a dead class's allocation is not reused while a weak reference remains).
    class: Cell<*const Class>,
    keep: RefCell<Weak<Class>>,
    stamp: Cell<u64>,
    func: RefCell<Weak<Function>>,
}

impl Default for DunderSite {
    fn default() -> Self {
        DunderSite {
            class: Cell::new(std::ptr::null()),
            keep: RefCell::new(Weak::new()),
            stamp: Cell::new(0),
            func: RefCell::new(Weak::new()),
        }
    }
}

impl DunderSite {
    /// The function remembered for `class` under its current stamp, if any.
    #[inline(always)]
    pub fn get(&self, class: &Rc<Class>) -> Option<Rc<Function>> {
        if self.class.get() != Rc::as_ptr(class) || self.stamp.get() != class.mro_stamp() {
            return None;
        }
        self.func.borrow().upgrade()
    }

    /// Remember that `class`, under its current stamp, has `func` as the dunder.
    pub fn fill(&self, class: &Rc<Class>, func: &Rc<Function>) {
        self.class.set(Rc::as_ptr(class));
        self.stamp.set(class.mro_stamp());
        let old = (
            self.keep.replace(Rc::downgrade(class)),
            self.func.replace(Rc::downgrade(func)),
        );
        drop(old);
    }
}
