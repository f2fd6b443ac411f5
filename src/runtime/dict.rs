//! `dict` storage: an insertion-ordered hash table, as CPython's dict.
//!
//! Entries live in a vector in insertion order (deleted ones leave holes until the next
//! compaction); a hashbrown table maps hashes to entry positions. Keys whose hash or
//! equality needs Python code (`__hash__`/`__eq__` of user classes) go through a
//! [`KeyCx`] supplied by the caller, outside any RefCell borrow, so user code may touch
//! the dict without a borrow panic. This module knows nothing about the VM beyond that.

use super::error::PyResult;
use super::hashing::{exact_eq, exact_hash, fast_eq, fast_hash};
use super::str::{PyStr, StrRef};
use super::value::Value;
use hashbrown::HashTable;
use std::cell::{Cell, RefCell};

/// Hashing and equality that may run Python code (implemented by the VM).
pub trait KeyCx {
    fn hash_key(&mut self, key: &Value) -> PyResult<i64>;
    fn keys_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool>;
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Table {
    entries: Vec<Option<Entry>>,
    /// Entry positions by hash, 4 bytes each (CPython's dicts under 2^31 entries use
    /// 4-byte indices too): a dict of 2^32 entries would need 160 GB of entries first.
    index: HashTable<u32>,
    len: usize,
    /// Every position below this one is a hole: the room `move_to_front` fills
    /// downwards (OrderedDict's `move_to_end(key, last=False)` in O(1) amortised), and
    /// where walks over the entries start.
    head: usize,
}

/// How many writes all class namespaces have seen together (process-wide: any class of
/// any interpreter). A class recomputes its MRO stamp only when this moved, so the
/// attribute caches' version check is one load and one compare while no class changes.
/// Shared between interpreters only costs them a recomputation, never a stale stamp.
static NAMESPACE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The current [`NAMESPACE_EPOCH`].
#[inline(always)]
pub fn namespace_epoch() -> u64 {
    NAMESPACE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

#[cold]
pub(crate) fn advance_namespace_epoch() {
    NAMESPACE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

pub struct PyDict {
    table: RefCell<Table>,
    /// Bumped on every insertion of a new key or deletion: iterators compare it to
    /// report "dictionary changed size during iteration".
    version: Cell<u64>,
    /// Bumped by 2 on every write, value replacements included: class namespaces are
    /// watched through it by the method caches (see `Class::lookup`). The low bit marks
    /// a class namespace, whose writes also advance [`namespace_epoch`].
    writes: Cell<u64>,
    pub gc: super::gc_header::GcHeader,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

enum Probe {
    Found(usize),
    Missing,
    /// Entries with an equal hash whose keys need Python equality.
    Ask(Vec<(usize, Value)>),
}

/// Up to this many entry positions (holes included) a dict has no hash index: lookups
/// scan the entries, comparing the stored hashes first. Most dicts (instance namespaces,
/// keyword arguments, small records) stay this small and save the index's allocation.
const SMALL: usize = 8;

impl Table {
    #[inline]
    fn is_small(&self) -> bool {
        self.entries.len() <= SMALL
    }

    /// Positions of the live entries whose stored hash is `hash`.
    fn same_hash(&self, hash: i64) -> Vec<usize> {
        let entries = &self.entries;
        if self.is_small() {
            return (0..entries.len())
                .filter(|&i| matches!(&entries[i], Some(e) if e.hash == hash))
                .collect();
        }
        self.index
            .iter_hash(hash as u64)
            .map(|&i| i as usize)
            .filter(|&i| matches!(&entries[i], Some(e) if e.hash == hash))
            .collect()
    }

    /// The first entry position satisfying `matches` among those with this hash.
    #[inline]
    fn find_where(&self, hash: i64, mut matches: impl FnMut(&Entry) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if self.is_small() {
            return entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash && matches(e)));
        }
        self.index
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(e) => e.hash == hash && matches(e),
                None => false,
            })
            .map(|&i| i as usize)
    }

    fn probe_fast(&self, hash: i64, key: &Value) -> Probe {
        let mut ask = false;
        let found = self.find_where(hash, |e| {
            if e.key.is(key) {
                return true;
            }
            match fast_eq(&e.key, key) {
                Some(b) => b,
                None => {
                    ask = true;
                    false
                }
            }
        });
        if let Some(i) = found {
            return Probe::Found(i);
        }
        if !ask {
            return Probe::Missing;
        }
        let candidates = self
            .same_hash(hash)
            .into_iter()
            .filter_map(|i| self.entries[i].as_ref().map(|e| (i, e.key.clone())))
            .collect();
        Probe::Ask(candidates)
    }

    /// The entry position of an exact int or str key (see [`exact_hash`]) with its hash,
    /// or None inside when missing; None when an entry of that hash holds a key of
    /// another type (the general probe compares those).
    #[inline]
    fn find_exact(&self, key: &Value) -> Option<(i64, Option<usize>)> {
        let hash = exact_hash(key)?;
        let mut general = false;
        let found = self.find_where(hash, |e| match exact_eq(&e.key, key) {
            Some(equal) => equal,
            None => {
                general = true;
                false
            }
        });
        match found {
            None if general => None,
            found => Some((hash, found)),
        }
    }

    /// The entry position of a string key (no Python code can be involved).
    #[inline]
    fn find_str(&self, key: &PyStr) -> Option<usize> {
        let hash = key.hash() as i64;
        let text = key.as_str();
        self.find_where(hash, |e| {
            matches!(&e.key, Value::Str(s) if {
                let t = s.as_str();
                (t.as_ptr() == text.as_ptr() && t.len() == text.len()) || t == text
            })
        })
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        if self.is_small() {
            return;
        }
        let entries = &self.entries;
        let hasher = |&i: &u32| entries[i as usize].as_ref().map_or(0, |e| e.hash as u64);
        if pos == SMALL {
            // Just outgrew the scan: index every entry so far.
            self.index.clear();
            for (i, e) in entries.iter().enumerate() {
                if let Some(e) = e {
                    self.index.insert_unique(e.hash as u64, i as u32, hasher);
                }
            }
        } else {
            self.index.insert_unique(hash as u64, pos as u32, hasher);
        }
    }

    fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let small = self.is_small();
        let e = self.entries.get_mut(pos)?.take()?;
        if pos == self.head {
            // Popping from the front (`popitem(last=False)`) keeps finding the first
            // entry at once.
            self.head += 1;
        }
        if !small {
            if let Ok(slot) = self.index.find_entry(e.hash as u64, |&i| i as usize == pos) {
                slot.remove();
            }
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index.clear();
        self.len = 0;
        self.head = 0;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
    }
}

impl Table {
    /// Put the entry at `pos` before every other entry: into the hole below `head`,
    /// after opening room there (half the length again, so the moves between two
    /// openings pay for them) when there is none.
    fn move_to_front(&mut self, pos: usize) {
        if self.first_live() == Some(pos) {
            return;
        }
        let mut pos = pos;
        if self.head == 0 {
            let Some(e) = self.entries[pos].as_ref() else {
                return;
            };
            let (hash, key) = (e.hash, e.key.clone());
            self.open_front();
            match self.find_where(hash, |e| e.key.is(&key)) {
                Some(p) => pos = p,
                None => return,
            }
        }
        let Some(e) = self.entries[pos].take() else {
            return;
        };
        let hash = e.hash;
        self.head -= 1;
        let front = self.head;
        self.entries[front] = Some(e);
        if !self.is_small() {
            if let Ok(slot) = self.index.find_entry(hash as u64, |&i| i as usize == pos) {
                *slot.into_mut() = front as u32;
            }
        }
    }

    /// The position of the first live entry.
    fn first_live(&self) -> Option<usize> {
        (self.head..self.entries.len()).find(|&i| self.entries[i].is_some())
    }

    /// Rebuild the entries with holes in front of them (and without the others).
    fn open_front(&mut self) {
        let room = self.len / 2 + 4;
        let old = std::mem::take(&mut self.entries);
        let mut entries = Vec::with_capacity(room + self.len);
        entries.resize_with(room, || None);
        entries.extend(old.into_iter().flatten().map(Some));
        self.entries = entries;
        self.head = room;
        self.index.clear();
        if self.is_small() {
            return;
        }
        let entries = &self.entries;
        let hasher = |&i: &u32| entries[i as usize].as_ref().map_or(0, |e| e.hash as u64);
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                self.index.insert_unique(e.hash as u64, i as u32, hasher);
            }
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        // An empty dict (a call's `**kw`, most often) holds no values: its table's
        // own drop frees what it allocated.
        if self.table.get_mut().len == 0 {
            return;
        }
        let t = std::mem::take(self.table.get_mut());
        // Numbers, strings and shared objects cannot recurse: the table drops as it
        // is, without gathering its keys and values into a vector first (that was
        // most of a dict copy's cost).
        let frees = super::drop::frees_a_container;
        if !t
            .entries
            .iter()
            .flatten()
            .any(|e| frees(&e.key) || frees(&e.value))
        {
            return;
        }
        let mut values = Vec::with_capacity(t.len * 2);
        for e in t.entries.into_iter().flatten() {
            values.push(e.key);
            values.push(e.value);
        }
        super::drop::drop_values(values);
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: RefCell::new(Table::default()),
            version: Cell::new(0),
            writes: Cell::new(0),
            gc: Default::default(),
        }
    }

    /// A dict with room for `n` keys (a dict display's): no regrowth while it fills.
    pub fn with_capacity(n: usize) -> PyDict {
        let d = PyDict::new();
        {
            let mut t = d.table.borrow_mut();
            t.entries.reserve_exact(n);
            if n > SMALL {
                let entries = &t.entries;
                let hasher = |&i: &u32| entries[i as usize].as_ref().map_or(0, |e| e.hash as u64);
                let mut index = HashTable::new();
                index.reserve(n, hasher);
                t.index = index;
            }
        }
        d
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// How many writes this dict has seen: any insertion, replacement or deletion
    /// changes it.
    #[inline]
    pub fn writes(&self) -> u64 {
        self.writes.get()
    }

    /// A key was added or removed.
    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        self.touch();
    }

    /// A value was replaced (or the dict otherwise written).
    #[inline]
    fn touch(&self) {
        let writes = self.writes.get() + 2;
        self.writes.set(writes);
        if writes & 1 != 0 {
            advance_namespace_epoch();
        }
    }

    /// This dict is (now) a class's namespace: its writes advance [`namespace_epoch`].
    pub fn mark_namespace(&self) {
        self.writes.set(self.writes.get() | 1);
        advance_namespace_epoch();
    }

    fn hash_of(cx: &mut dyn KeyCx, key: &Value) -> PyResult<i64> {
        match fast_hash(key) {
            Some(h) => Ok(h),
            None => cx.hash_key(key),
        }
    }

    /// Find the entry position of `key`.
    fn find(&self, cx: &mut dyn KeyCx, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        let probe = self.table.borrow().probe_fast(hash, key);
        match probe {
            Probe::Found(i) => Ok(Some(i)),
            Probe::Missing => Ok(None),
            Probe::Ask(candidates) => {
                for (i, k) in candidates {
                    if cx.keys_equal(&k, key)? {
                        // The user's __eq__ may have mutated the dict: check the entry.
                        let t = self.table.borrow();
                        if let Some(Some(e)) = t.entries.get(i) {
                            if e.key.is(&k) {
                                return Ok(Some(i));
                            }
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn get_item(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<Option<Value>> {
        {
            let t = self.table.borrow();
            if let Some((_, found)) = t.find_exact(key) {
                return Ok(found.and_then(|i| t.entries[i].as_ref().map(|e| e.value.clone())));
            }
        }
        let hash = Self::hash_of(cx, key)?;
        Ok(self.find(cx, hash, key)?.and_then(|i| {
            self.table.borrow().entries[i]
                .as_ref()
                .map(|e| e.value.clone())
        }))
    }

    /// `key in d` for an exact int or str key, in one probe that cannot run Python
    /// code; None for other keys, or when a key of the same hash is of another type.
    #[inline]
    pub fn contains_exact(&self, key: &Value) -> Option<bool> {
        Some(self.table.borrow().find_exact(key)?.1.is_some())
    }

    pub fn contains(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<bool> {
        if let Some(found) = self.contains_exact(key) {
            return Ok(found);
        }
        let hash = Self::hash_of(cx, key)?;
        Ok(self.find(cx, hash, key)?.is_some())
    }

    pub fn set_item(&self, cx: &mut dyn KeyCx, key: Value, value: Value) -> PyResult<()> {
        let exact = self.table.borrow().find_exact(&key);
        let (hash, found) = match exact {
            Some(probed) => probed,
            None => {
                let hash = Self::hash_of(cx, &key)?;
                (hash, self.find(cx, hash, &key)?)
            }
        };
        match found {
            Some(i) => {
                if let Some(e) = self.table.borrow_mut().entries[i].as_mut() {
                    // Keep the old value alive until the borrow ends: its drop may run code.
                    let old = std::mem::replace(&mut e.value, value);
                    self.touch();
                    drop(old);
                }
            }
            None => {
                self.table.borrow_mut().insert_new(hash, key, value);
                self.bump();
            }
        }
        Ok(())
    }

    /// Move `key`'s entry before all others (`OrderedDict.move_to_end(key, last=False)`,
    /// O(1) amortised as CPython's); false when the key is absent.
    pub fn move_to_front(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<bool> {
        let hash = Self::hash_of(cx, key)?;
        let Some(pos) = self.find(cx, hash, key)? else {
            return Ok(false);
        };
        self.table.borrow_mut().move_to_front(pos);
        self.bump();
        Ok(true)
    }

    pub fn del_item(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<Option<Value>> {
        let hash = Self::hash_of(cx, key)?;
        match self.find(cx, hash, key)? {
            Some(i) => {
                let e = self.table.borrow_mut().remove_at(i);
                self.bump();
                Ok(e.map(|e| e.value))
            }
            None => Ok(None),
        }
    }

    /// Lookup by a string key: no Python code can run, so no context is needed.
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        let i = t.find_str(key)?;
        t.entries[i].as_ref().map(|e| e.value.clone())
    }

    /// `set_str` with a remembered slot, as [`PyDict::get_str_hinted`]: StoreName's
    /// per-instruction cache. Replacing the value of an existing key changes neither
    /// the order nor the version, so the hinted write is the same as the probed one.
    #[inline]
    pub fn set_str_hinted(&self, key: &StrRef, hint: &Cell<u32>, value: Value) {
        let mut t = self.table.borrow_mut();
        if let Some(Some(e)) = t.entries.get_mut(hint.get() as usize) {
            if matches!(&e.key, Value::Str(s) if StrRef::ptr_eq(s, key) || s.as_str() == key.as_str())
            {
                let old = std::mem::replace(&mut e.value, value);
                drop(t);
                self.touch();
                drop(old);
                return;
            }
        }
        drop(t);
        let pos = self.set_str_at(key.clone(), value);
        hint.set(pos as u32);
    }

    /// `get_str` with a remembered slot: LoadGlobal's per-instruction cache. The hint is
    /// only a guess, verified against the key every time.
    #[inline(always)]
    pub fn get_str_hinted(&self, key: &StrRef, hint: &Cell<u32>) -> Option<Value> {
        {
            let t = self.table.borrow();
            if let Some(Some(e)) = t.entries.get(hint.get() as usize) {
                if let Value::Str(s) = &e.key {
                    if StrRef::ptr_eq(s, key) {
                        return Some(e.value.clone());
                    }
                }
            }
        }
        self.get_str_rehint(key, hint)
    }

    /// `get_str_hinted` when the hint is not the interned key's slot: probe, and
    /// remember where the key was found.
    #[inline(never)]
    fn get_str_rehint(&self, key: &StrRef, hint: &Cell<u32>) -> Option<Value> {
        let t = self.table.borrow();
        if let Some(Some(e)) = t.entries.get(hint.get() as usize) {
            if let Value::Str(s) = &e.key {
                if s.as_str() == key.as_str() {
                    return Some(e.value.clone());
                }
            }
        }
        let found = t.find_str(key)?;
        hint.set(found as u32);
        t.entries[found].as_ref().map(|e| e.value.clone())
    }

    pub fn get_by_str(&self, key: &str) -> Option<Value> {
        self.get_str(&PyStr::new(key))
    }

    /// Insert or replace under a string key.
    pub fn set_str(&self, key: StrRef, value: Value) {
        self.set_str_at(key, value);
    }

    /// `set_str`, answering the entry position the key now has.
    fn set_str_at(&self, key: StrRef, value: Value) -> usize {
        let hash = key.hash() as i64;
        let mut t = self.table.borrow_mut();
        match t.find_str(&key) {
            Some(i) => {
                let old = t.entries[i]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value));
                drop(t);
                self.touch();
                drop(old);
                i
            }
            None => {
                t.insert_new(hash, Value::Str(key), value);
                let pos = t.entries.len() - 1;
                drop(t);
                self.bump();
                pos
            }
        }
    }

    pub fn set_by_str(&self, key: &str, value: Value) {
        self.set_str(PyStr::new(key), value)
    }

    pub fn del_str(&self, key: &PyStr) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        let found = t.find_str(key)?;
        let e = t.remove_at(found);
        drop(t);
        self.bump();
        e.map(|e| e.value)
    }

    /// The entry at position `pos` or the next live one after it: `(position, key, value)`.
    /// Iterators walk the dict with this, so they never hold a borrow.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        t.entries
            .iter()
            .enumerate()
            .skip(pos.max(t.head))
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key.clone(), e.value.clone())))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Swap each string key for the equal string `intern` answers (same text, so the
    /// same hash and position): a namespace filled by native code (builtins) then
    /// holds the interpreter's identifier objects, which `get_str_hinted` compares by
    /// pointer.
    pub fn intern_str_keys(&self, intern: impl Fn(&StrRef) -> StrRef) {
        for e in self.table.borrow_mut().entries.iter_mut().flatten() {
            if let Value::Str(k) = &e.key {
                let shared = intern(k);
                debug_assert_eq!(shared.as_str(), k.as_str());
                e.key = Value::Str(shared);
            }
        }
    }

    /// Entries with their hashes, for copying into another dict without rehashing.
    pub fn entries(&self) -> Vec<Entry> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .cloned()
            .collect()
    }

    /// Insert an entry whose hash is known and whose key is known to be absent.
    pub fn insert_fresh(&self, e: Entry) {
        self.table.borrow_mut().insert_new(e.hash, e.key, e.value);
        self.bump();
    }

    pub fn copy(&self) -> PyDict {
        let d = PyDict::new();
        d.fill_from(self);
        d
    }

    /// Copy `src`'s entries into this dict, which is empty and not `src`: their hashes
    /// are known and their keys distinct, so nothing is hashed or compared.
    pub fn fill_from(&self, src: &PyDict) {
        debug_assert!(self.is_empty() && !std::ptr::eq(self, src));
        {
            let mut t = self.table.borrow_mut();
            let from = src.table.borrow();
            if from.len == from.entries.len() {
                // No holes: the entries and their index are copied as they are.
                t.entries = from.entries.clone();
                t.index = from.index.clone();
                t.len = from.len;
            } else {
                for e in from.entries.iter().flatten() {
                    t.insert_new(e.hash, e.key.clone(), e.value.clone());
                }
            }
        }
        self.bump();
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Remove and return the last inserted entry (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.table.borrow_mut();
        let pos = t.entries.iter().rposition(|e| e.is_some())?;
        let e = t.remove_at(pos)?;
        // As CPython's popitem, the entries end where the removed one was: the next
        // popitem finds its entry at once instead of walking the holes left behind.
        if let Some(last) = t.entries.iter().rposition(|e| e.is_some()) {
            t.entries.truncate(last + 1);
        } else {
            t.entries.clear();
            t.head = 0;
        }
        drop(t);
        self.bump();
        Some((e.key, e.value))
    }

    /// Show every key and value to `f` without cloning them (the cycle collector's
    /// traversal); false when the table is borrowed for writing right now.
    pub fn try_for_each(&self, mut f: impl FnMut(&Value)) -> bool {
        let Ok(t) = self.table.try_borrow() else {
            return false;
        };
        for e in t.entries.iter().flatten() {
            f(&e.key);
            f(&e.value);
        }
        true
    }

    /// Move every value out (used when dropping deep structures iteratively).
    pub fn take_all(&self) -> Vec<Entry> {
        self.bump();
        let t = std::mem::take(&mut *self.table.borrow_mut());
        t.entries.into_iter().flatten().collect()
    }
}
