//! The cycle collector's word in each container object that it can track: whether the
//! object is in the collector's registry (so it is registered once and `gc.is_tracked`
//! can answer) and whether its finalizer (`__del__`, PEP 442) already ran.
//!
//! Not the registry itself (that is the `Vm`'s, see `vm::gc`), nor the traversal of the
//! object's references (`runtime::traverse`).

use std::cell::Cell;

const TRACKED: u8 = 1;
const FINALIZED: u8 = 2;

#[derive(Default)]
pub struct GcHeader(Cell<u8>);

impl GcHeader {
    #[inline]
    pub fn is_tracked(&self) -> bool {
        self.0.get() & TRACKED != 0
    }

    /// Mark the object registered; false when it already was.
    #[inline]
    pub fn set_tracked(&self) -> bool {
        let old = self.0.get();
        self.0.set(old | TRACKED);
        old & TRACKED == 0
    }

    #[inline]
    pub fn set_untracked(&self) {
        self.0.set(self.0.get() & !TRACKED);
    }

    /// Whether the finalizer ran (it runs at most once per object).
    #[inline]
    pub fn is_finalized(&self) -> bool {
        self.0.get() & FINALIZED != 0
    }

    #[inline]
    pub fn set_finalized(&self) {
        self.0.set(self.0.get() | FINALIZED);
    }
}
