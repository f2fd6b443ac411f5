//! What calling a class comes to, remembered per class: whether `C(args)` is object's
//! `__new__` followed by a plain Python `__init__` (so the dispatch loop can make the
//! instance and push `__init__`'s frame at once, as CPython 3.11's specialised call of a
//! class does), valid while the class's MRO stamp is unchanged. It holds the `__init__`
//! weakly: the class's namespace owns it, and a strong reference here would hide a
//! reference from the cycle collector. It decides nothing itself (`vm::call_fast` does).

use super::function::Function;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

pub struct InitMemo {
    /// The MRO stamp the answer was found under; `u64::MAX` before the first call.
    stamp: Cell<u64>,
    /// The plain `__init__`, or an empty `Weak` when calls take the general path.
    init: RefCell<Weak<Function>>,
}

impl Default for InitMemo {
    fn default() -> Self {
        InitMemo {
            stamp: Cell::new(u64::MAX),
            init: RefCell::new(Weak::new()),
        }
    }
}

impl InitMemo {
    /// The remembered answer under `stamp`: `Some(None)` when calls are known to take
    /// the general path, `None` when nothing is remembered for this stamp.
    #[inline]
    pub fn get(&self, stamp: u64) -> Option<Option<Rc<Function>>> {
        (self.stamp.get() == stamp).then(|| self.init.borrow().upgrade())
    }

    pub fn set(&self, stamp: u64, init: Option<&Rc<Function>>) {
        *self.init.borrow_mut() = init.map(Rc::downgrade).unwrap_or_default();
        self.stamp.set(stamp);
    }
}
