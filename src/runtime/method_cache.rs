//! The per-class method cache: what a name resolved to along a class's MRO (found or
//! not), so that a lookup costs one probe instead of one dict probe per class in the MRO.
//!
//! This is CPython's `_PyType_Lookup` cache, kept per class. Validity is checked against a
//! stamp the class computes from the write counters of every namespace in its MRO (see
//! `Class::mro_stamp`): a different stamp empties the cache. It is not the instruction-level
//! cache of `LoadAttr` (that lives with the code object) and knows nothing about descriptors.

use super::str::StrRef;
use super::value::Value;
use hashbrown::HashTable;
use std::cell::{Cell, RefCell};

struct Entry {
    hash: u64,
    /// Held so its text cannot be freed and its address reused while the entry lives:
    /// interned names then match by pointer.
    name: StrRef,
    found: Option<Value>,
}

#[derive(Default)]
pub struct MethodCache {
    /// The MRO stamp the entries were computed under.
    stamp: Cell<u64>,
    entries: RefCell<HashTable<Entry>>,
    /// Whether the class has a `__getattribute__` hook, and the stamp it was decided under.
    hook: Cell<Option<(u64, bool)>>,
}

/// More distinct names than this in one class's cache (a program looking up computed names)
/// and the cache starts over rather than grow without bound.
const MAX_ENTRIES: usize = 1024;

impl MethodCache {
    /// The remembered result for a name (`Some(None)`: known to be absent), or None when
    /// the name is not cached under this stamp.
    #[inline]
    pub fn get(&self, stamp: u64, hash: u64, name: &str) -> Option<Option<Value>> {
        if self.stamp.get() != stamp {
            return None;
        }
        let entries = self.entries.borrow();
        entries
            .find(hash, |e| same_text(e.name.as_str(), name))
            .map(|e| e.found.clone())
    }

    /// Show every remembered value to `f` (the cycle collector's traversal: the cache
    /// holds what it found); false when the cache is being written.
    pub fn try_for_each(&self, mut f: impl FnMut(&Value)) -> bool {
        let Ok(entries) = self.entries.try_borrow() else {
            return false;
        };
        entries
            .iter()
            .filter_map(|e| e.found.as_ref())
            .for_each(&mut f);
        true
    }

    /// Forget everything (the collector breaking a garbage class's cycles).
    pub fn forget(&self) {
        if let Ok(mut entries) = self.entries.try_borrow_mut() {
            let old = std::mem::take(&mut *entries);
            drop(entries);
            drop(old);
        }
    }

    /// The remembered `__getattribute__` answer for this stamp.
    #[inline]
    pub fn hook(&self, stamp: u64) -> Option<bool> {
        match self.hook.get() {
            Some((s, hook)) if s == stamp => Some(hook),
            _ => None,
        }
    }

    pub fn set_hook(&self, stamp: u64, hook: bool) {
        self.hook.set(Some((stamp, hook)));
    }

    /// Remember what `name` resolved to under `stamp`, dropping entries of an older stamp.
    pub fn insert(&self, stamp: u64, hash: u64, name: StrRef, found: &Option<Value>) {
        let stale = {
            let mut entries = self.entries.borrow_mut();
            let stale = if self.stamp.get() != stamp || entries.len() >= MAX_ENTRIES {
                self.stamp.set(stamp);
                std::mem::take(&mut *entries)
            } else {
                HashTable::new()
            };
            let entry = Entry {
                hash,
                name,
                found: found.clone(),
            };
            entries.insert_unique(hash, entry, |e| e.hash);
            stale
        };
        // Dropped outside the borrow: dropping values may run code that looks names up.
        drop(stale);
    }
}

/// String equality that answers at once for the same interned text.
#[inline(always)]
fn same_text(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}
