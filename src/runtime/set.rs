//! `set` and `frozenset` storage: an open-addressing table laid out exactly as CPython's
//! setobject.c lays it out (same probe sequence, fill limits and resize sizes), so that
//! iteration order — what `print({3, 1, 2})` shows — matches CPython's.
//!
//! Keys whose equality needs Python code go through a [`KeyCx`], called with no borrow
//! held. This is storage only; set algebra lives in the builtins.
//!
//! Beside the slots, one control byte per slot (empty, dummy, or 7 bits of an active
//! slot's hash) lets a probe walk the long runs that small consecutive ints and removals
//! build without reading the 24-byte slots it passes.

use super::dict::KeyCx;
use super::error::PyResult;
use super::hashing::{exact_eq, exact_hash, fast_eq, fast_hash};
use super::value::Value;
use smallvec::{smallvec, SmallVec};
use std::cell::{Cell, RefCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

/// Control byte of an empty slot.
const CTRL_EMPTY: u8 = 0;
/// Control byte of a dummy (removed) slot.
const CTRL_DUMMY: u8 = 1;

/// A byte of value 1 in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `w` that is zero. Exact for the lowest zero byte; a
/// byte above a zero one may be flagged wrongly, which the probe (taking flags lowest
/// first and checking each) never acts on.
#[inline]
fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(ONES) & !w & (ONES << 7)
}

/// Control byte of an active slot: its hash's low 7 bits with the high bit set.
#[inline]
fn ctrl_of(hash: i64) -> u8 {
    0x80 | (hash as u8 & 0x7f)
}

/// A set's slots: the first table's 8 inline, as CPython's `smalltable`, so that a set
/// comprehension of a few elements allocates one table (its 32 slots), not two.
type Slots = SmallVec<[Slot; MIN_SIZE]>;

/// `n` empty slots, each written as the bare tag (`vec![Slot::Empty; n]` runs the
/// derived `Clone`'s match for every slot): inline for the first table, else collected
/// into a `Vec` of the exact size, whose buffer the small vector then takes (collecting
/// into it directly pushes slot by slot).
fn empty_slots(n: usize) -> Slots {
    if n == MIN_SIZE {
        return Slots::from_buf(std::array::from_fn(|_| Slot::Empty));
    }
    Slots::from_vec((0..n).map(|_| Slot::Empty).collect())
}

pub struct SetTable {
    slots: Slots,
    /// `slots[i]`'s kind (and, when active, its hash's low bits), kept in step with it;
    /// inline up to the 32 slots of a set of up to 10 elements, so that small sets
    /// allocate no more than before.
    ctrl: SmallVec<[u8; 32]>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

impl Drop for SetTable {
    /// Drops the values of the active slots that own something, found by their control
    /// bytes a word at a time; the rest (empty, dummy, inline numbers) need nothing, and
    /// the slots' own drop would match on every one of them.
    fn drop(&mut self) {
        let slots = self.slots.as_mut_slice();
        for (at, chunk) in self.ctrl.chunks_exact(8).enumerate() {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            let mut active = word & (ONES << 7);
            while active != 0 {
                let j = at * 8 + (active.trailing_zeros() / 8) as usize;
                if let Some(slot) = slots.get_mut(j) {
                    if matches!(slot, Slot::Active(_, v) if !v.is_inline()) {
                        *slot = Slot::Empty;
                    }
                }
                active &= active - 1;
            }
        }
        // SAFETY: what is left is empty and dummy slots and inline numbers, none of which
        // owns anything, so forgetting them leaks nothing.
        unsafe { self.slots.set_len(0) };
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            ctrl: smallvec![CTRL_EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }
}

pub struct PySet {
    table: RefCell<SetTable>,
    pub frozen: bool,
    /// Bumped on every structural change, for iterators and for restarting a probe after
    /// a user `__eq__` ran.
    version: Cell<u64>,
    /// Where the next `pop` starts scanning (CPython's `finger`): it belongs to the set
    /// object, not its table, so it survives resizes and swapped bodies as in CPython.
    finger: Cell<usize>,
    /// hash(frozenset), once computed (-1: not yet; Python hashes are never -1). Reset by
    /// every change, so a frozenset still being filled cannot keep a stale one.
    hash: Cell<i64>,
    pub weakrefs: super::weakref::WeakList,
    pub gc: super::gc_header::GcHeader,
}

enum AddProbe {
    Present,
    /// (Exact keys only) a key on the path needs the general comparison.
    General,
    /// Insert at this slot index; `true` when it was a dummy (fill unchanged).
    Insert(usize, bool),
    /// Compare with this key using Python code, then probe again from scratch.
    Ask(Value),
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Turn the active slot `idx` into a dummy, returning what it held.
    fn remove_at(&mut self, idx: usize) -> Slot {
        self.used -= 1;
        self.ctrl[idx] = CTRL_DUMMY;
        std::mem::replace(&mut self.slots[idx], Slot::Dummy)
    }

    /// CPython's set_add_entry probe. `skip_ask` lists keys already found unequal.
    fn probe_add(&self, hash: i64, key: &Value, skip_ask: &[Value]) -> AddProbe {
        self.probe_add_with(hash, |k| {
            if k.is(key) {
                return Some(AddProbe::Present);
            }
            match fast_eq(k, key) {
                Some(true) => Some(AddProbe::Present),
                Some(false) => None,
                None if skip_ask.iter().any(|s| s.is(k)) => None,
                None => Some(AddProbe::Ask(k.clone())),
            }
        })
    }

    /// The add probe's walk: `at_equal_hash` is shown each active key whose hash is
    /// `hash` and answers (or None to go on).
    #[inline(always)]
    fn probe_add_with(
        &self,
        hash: i64,
        mut at_equal_hash: impl FnMut(&Value) -> Option<AddProbe>,
    ) -> AddProbe {
        // Slices taken once: each index into the small vectors would test where they are.
        let (ctrl, slots) = (&self.ctrl[..], &self.slots[..]);
        let mask = ctrl.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        let tag = ctrl_of(hash);
        // Slot `j`'s test when its control byte is the key's tag.
        let mut test = |j: usize| match &slots[j] {
            Slot::Active(h, k) if *h == hash => at_equal_hash(k),
            _ => None,
        };
        loop {
            // The slots left for one at a time: the last two of the 10 linear probes,
            // or the one slot when the run would pass the table's end.
            let (mut j, last) = if i + LINEAR_PROBES <= mask {
                // The first 8 of the 10 linear probes a word at a time. Below the first
                // empty byte (flagged exactly: see `zero_bytes`) the dummy flags are
                // exact and a wrong tag flag is an active slot of another hash.
                let word = u64::from_le_bytes(ctrl[i..i + 8].try_into().unwrap_or([0; 8]));
                let empty = zero_bytes(word);
                let stop = empty & empty.wrapping_neg();
                let before = stop.wrapping_sub(1);
                let mut cand = zero_bytes(word ^ (tag as u64 * ONES)) & before;
                while cand != 0 {
                    if let Some(answer) = test(i + (cand.trailing_zeros() / 8) as usize) {
                        return answer;
                    }
                    cand &= cand - 1;
                }
                // The last dummy on the probe path, not the first: CPython's
                // set_add_entry overwrites its free slot at every dummy.
                let dummies = zero_bytes(word ^ ONES) & before;
                if dummies != 0 {
                    freeslot = Some(i + (63 - dummies.leading_zeros() as usize) / 8);
                }
                if stop != 0 {
                    let at = i + (stop.trailing_zeros() / 8) as usize;
                    return match freeslot {
                        Some(f) => AddProbe::Insert(f, true),
                        None => AddProbe::Insert(at, false),
                    };
                }
                (i + 8, i + LINEAR_PROBES)
            } else {
                (i, i)
            };
            while j <= last {
                let c = ctrl[j];
                if c == CTRL_EMPTY {
                    return match freeslot {
                        Some(f) => AddProbe::Insert(f, true),
                        None => AddProbe::Insert(j, false),
                    };
                }
                if c == CTRL_DUMMY {
                    freeslot = Some(j);
                } else if c == tag {
                    if let Some(answer) = test(j) {
                        return answer;
                    }
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Find the slot holding an equal key (for lookup and discard).
    fn probe_find(
        &self,
        hash: i64,
        key: &Value,
        skip_ask: &[Value],
    ) -> Result<Option<usize>, Value> {
        self.scan(hash, Ok(None), |_, j| {
            self.slot_match(j, hash, key, skip_ask)
        })
    }

    /// `probe_find` for an exact int or str key (see [`exact_hash`]): the slot, or None
    /// inside when missing; None when a key on the path needs the general comparison.
    #[inline(always)]
    fn probe_find_exact(&self, hash: i64, key: &Value) -> Option<Option<usize>> {
        self.scan(hash, Some(None), |slots, j| {
            let Slot::Active(h, k) = &slots[j] else {
                return None;
            };
            if *h != hash {
                return None;
            }
            match exact_eq(k, key) {
                Some(true) => Some(Some(Some(j))),
                Some(false) => None,
                None => Some(None),
            }
        })
    }

    /// The find probe's walk: `at_tag` is shown the slots and each index whose control
    /// byte is the hash's tag, and answers (or None to go on); `missing` is the answer
    /// at an empty slot.
    #[inline(always)]
    fn scan<R>(
        &self,
        hash: i64,
        missing: R,
        mut at_tag: impl FnMut(&[Slot], usize) -> Option<R>,
    ) -> R {
        // Slices taken once: each index into the small vectors would test where they are.
        let (ctrl, slots) = (&self.ctrl[..], &self.slots[..]);
        let mask = ctrl.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let tag = ctrl_of(hash);
        loop {
            // The slots left for one at a time: the last two of the 10 linear probes,
            // or the one slot when the run would pass the table's end.
            let (mut j, last) = if i + LINEAR_PROBES <= mask {
                // The first 8 of the 10 linear probes a word at a time: the slots whose
                // control byte is empty or the key's tag, in probe order.
                let word = u64::from_le_bytes(ctrl[i..i + 8].try_into().unwrap_or([0; 8]));
                let mut cand = zero_bytes(word) | zero_bytes(word ^ (tag as u64 * ONES));
                while cand != 0 {
                    let j = i + (cand.trailing_zeros() / 8) as usize;
                    if ctrl[j] == CTRL_EMPTY {
                        return missing;
                    }
                    if let Some(found) = at_tag(slots, j) {
                        return found;
                    }
                    cand &= cand - 1;
                }
                (i + 8, i + LINEAR_PROBES)
            } else {
                (i, i)
            };
            while j <= last {
                let c = ctrl[j];
                if c == CTRL_EMPTY {
                    return missing;
                }
                if c == tag {
                    if let Some(found) = at_tag(slots, j) {
                        return found;
                    }
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `probe_find`'s test of slot `j`, whose control byte matched the key's tag: the
    /// answer if the slot holds the key (or needs Python code to say), None to go on.
    /// Out of line, so that the scan around it keeps its registers.
    #[inline(never)]
    fn slot_match(
        &self,
        j: usize,
        hash: i64,
        key: &Value,
        skip_ask: &[Value],
    ) -> Option<Result<Option<usize>, Value>> {
        let Slot::Active(h, k) = &self.slots[j] else {
            return None;
        };
        if *h != hash {
            return None;
        }
        if k.is(key) {
            return Some(Ok(Some(j)));
        }
        match fast_eq(k, key) {
            Some(true) => Some(Ok(Some(j))),
            Some(false) => None,
            None if skip_ask.iter().any(|s| s.is(k)) => None,
            None => Some(Err(k.clone())),
        }
    }

    /// The first empty slot on `hash`'s probe path: where a key no element equals goes
    /// in a table without dummies (a resize's copy, a filter into a new set).
    fn first_empty(ctrl: &[u8], hash: i64) -> usize {
        let mask = ctrl.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if ctrl[i] == CTRL_EMPTY {
                return i;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(j) = ctrl[i + 1..=i + LINEAR_PROBES]
                    .iter()
                    .position(|&c| c == CTRL_EMPTY)
                {
                    return i + 1 + j;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let i = Self::first_empty(&self.ctrl, hash);
        self.slots[i] = Slot::Active(hash, key);
        self.ctrl[i] = ctrl_of(hash);
    }

    /// The table size for `minused` active slots (CPython's `set_table_resize`).
    fn size_for(minused: usize) -> usize {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        newsize
    }

    /// What merging `src` into `dst`, a table without active or dummy slots, makes
    /// (CPython's `set_merge` into an empty set): the size its up-front resize picks;
    /// then `src`'s slots copied where they are when that is `src`'s size and `src` has
    /// no dummies, else each element at the first empty slot of its probe path. The
    /// elements of one set are distinct, so no key is compared and no Python code runs,
    /// and no intermediate table is made.
    fn merged_into_empty(dst: &SetTable, src: &SetTable) -> SetTable {
        let incoming = src.used;
        let size = if incoming * 5 >= dst.mask() * 3 {
            Self::size_for(incoming * 2)
        } else {
            dst.slots.len()
        };
        if size == src.slots.len() && src.fill == src.used {
            let slots = src.slots.iter().map(|slot| match slot {
                Slot::Active(h, k) => Slot::Active(*h, k.clone()),
                _ => Slot::Empty,
            });
            return SetTable {
                slots: if size == MIN_SIZE {
                    slots.collect()
                } else {
                    Slots::from_vec(slots.collect())
                },
                ctrl: src.ctrl.clone(),
                fill: incoming,
                used: incoming,
            };
        }
        let mut out = SetTable {
            slots: empty_slots(size),
            ctrl: smallvec![CTRL_EMPTY; size],
            fill: incoming,
            used: incoming,
        };
        for slot in src.slots.iter() {
            if let Slot::Active(h, k) = slot {
                out.insert_clean(*h, k.clone());
            }
        }
        out
    }

    fn resize(&mut self, minused: usize) {
        let newsize = Self::size_for(minused);
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.ctrl = smallvec![CTRL_EMPTY; newsize];
        self.fill = self.used;
        for s in old {
            if let Slot::Active(h, k) = s {
                self.insert_clean(h, k);
            }
        }
    }

    /// Add a key no element of this table equals (an element of another set, into a
    /// table with no dummies): where `probe_add` would put it, with no key compared.
    fn insert_distinct(&mut self, hash: i64, key: Value) {
        let at = Self::first_empty(&self.ctrl, hash);
        self.insert_at(at, false, hash, key);
    }

    fn insert_at(&mut self, idx: usize, was_dummy: bool, hash: i64, key: Value) {
        self.slots[idx] = Slot::Active(hash, key);
        self.ctrl[idx] = ctrl_of(hash);
        self.used += 1;
        if !was_dummy {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let n = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(n);
            }
        }
    }
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            table: RefCell::new(SetTable::default()),
            frozen,
            version: Cell::new(0),
            finger: Cell::new(0),
            hash: Cell::new(-1),
            weakrefs: Default::default(),
            gc: Default::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// A structural change: iterators and probes notice it, the cached hash is dropped.
    fn changed(&self) {
        self.version.set(self.version.get() + 1);
        self.hash.set(-1);
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The size of the hash table (CPython's `mask + 1`), which `sys.getsizeof` shows.
    pub fn table_slots(&self) -> usize {
        self.table.borrow().slots.len()
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    #[inline]
    fn hash_of(cx: &mut dyn KeyCx, key: &Value) -> PyResult<i64> {
        // Ints, the commonest keys, without the general function's call and prologue.
        if let Value::Int(i) = key {
            return Ok(super::hashing::int_hash(*i));
        }
        match fast_hash(key) {
            Some(h) => Ok(h),
            None => cx.hash_key(key),
        }
    }

    /// Add a key; returns whether it was new.
    pub fn add(&self, cx: &mut dyn KeyCx, key: Value) -> PyResult<bool> {
        if let Some(added) = self.add_exact(&key) {
            return Ok(added);
        }
        let hash = Self::hash_of(cx, &key)?;
        self.add_hashed(cx, hash, key)
    }

    pub fn add_hashed(&self, cx: &mut dyn KeyCx, hash: i64, key: Value) -> PyResult<bool> {
        let mut unequal: Vec<Value> = Vec::new();
        loop {
            let probe = self.table.borrow().probe_add(hash, &key, &unequal);
            match probe {
                AddProbe::Present => return Ok(false),
                AddProbe::Insert(idx, dummy) => {
                    self.table.borrow_mut().insert_at(idx, dummy, hash, key);
                    self.changed();
                    return Ok(true);
                }
                AddProbe::General => unreachable!("only the exact probe answers General"),
                AddProbe::Ask(other) => {
                    if cx.keys_equal(&other, &key)? {
                        return Ok(false);
                    }
                    unequal.push(other);
                }
            }
        }
    }

    /// `key in s` for an exact int or str key, in one probe that cannot run Python
    /// code; None for other keys, or when a key on the path is of another type (the
    /// general path answers those).
    #[inline]
    pub fn contains_exact(&self, key: &Value) -> Option<bool> {
        let hash = exact_hash(key)?;
        Some(self.table.borrow().probe_find_exact(hash, key)?.is_some())
    }

    /// `s.add(key)` for an exact int or str key (see [`PySet::contains_exact`]):
    /// whether it was new; None when the general path must add it.
    #[inline]
    pub fn add_exact(&self, key: &Value) -> Option<bool> {
        let hash = exact_hash(key)?;
        let mut t = self.table.borrow_mut();
        let probe = t.probe_add_with(hash, |k| match exact_eq(k, key) {
            Some(true) => Some(AddProbe::Present),
            Some(false) => None,
            None => Some(AddProbe::General),
        });
        match probe {
            AddProbe::Present => Some(false),
            AddProbe::Insert(idx, dummy) => {
                t.insert_at(idx, dummy, hash, key.clone());
                drop(t);
                self.changed();
                Some(true)
            }
            _ => None,
        }
    }

    /// `s.discard(key)` for an exact int or str key (see [`PySet::contains_exact`]):
    /// whether it was present; None when the general path must remove it.
    #[inline]
    pub fn discard_exact(&self, key: &Value) -> Option<bool> {
        let hash = exact_hash(key)?;
        let mut t = self.table.borrow_mut();
        let Some(idx) = t.probe_find_exact(hash, key)? else {
            return Some(false);
        };
        let old = t.remove_at(idx);
        drop(t);
        self.changed();
        drop(old);
        Some(true)
    }

    fn find(&self, cx: &mut dyn KeyCx, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        let mut unequal: Vec<Value> = Vec::new();
        loop {
            let probe = self.table.borrow().probe_find(hash, key, &unequal);
            match probe {
                Ok(found) => return Ok(found),
                Err(other) => {
                    if cx.keys_equal(&other, key)? {
                        // Look again: it is now answered by `is`-free equality? No: record
                        // it as equal by finding its slot directly.
                        let t = self.table.borrow();
                        let pos = t
                            .slots
                            .iter()
                            .position(|s| matches!(s, Slot::Active(_, k) if k.is(&other)));
                        return Ok(pos);
                    }
                    unequal.push(other);
                }
            }
        }
    }

    pub fn contains(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<bool> {
        let hash = Self::hash_of(cx, key)?;
        Ok(self.find(cx, hash, key)?.is_some())
    }

    /// `key in s`: `contains`, except that a set (unhashable) is looked up as the
    /// frozenset of its elements, as CPython's `set_contains` retries it after the
    /// TypeError (`{1} in {frozenset({1})}`).
    pub fn contains_member(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<bool> {
        if let Some(found) = self.contains_exact(key) {
            return Ok(found);
        }
        let (hash, probe) = Self::member_key(cx, key)?;
        Ok(self
            .find(cx, hash, probe.as_ref().unwrap_or(key))?
            .is_some())
    }

    /// `s.remove(key)`/`s.discard(key)`: `discard`, with a set key looked up as
    /// [`PySet::contains_member`] does (CPython's `set_discard`; its bulk removals,
    /// `difference_update`, do not retry).
    pub fn discard_member(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<bool> {
        if let Some(removed) = self.discard_exact(key) {
            return Ok(removed);
        }
        let (hash, probe) = Self::member_key(cx, key)?;
        self.discard_hashed(cx, hash, probe.as_ref().unwrap_or(key))
    }

    /// The hash `key` is looked up by, and the probe key to compare when it is not
    /// `key` itself (a set retried as a frozenset).
    #[inline]
    fn member_key(cx: &mut dyn KeyCx, key: &Value) -> PyResult<(i64, Option<Value>)> {
        match Self::hash_of(cx, key) {
            Ok(hash) => Ok((hash, None)),
            Err(e) => Self::as_frozen_key(key, e),
        }
    }

    /// The hash and probe key of a set (or a set subclass's instance) that failed to
    /// hash: the set's own elements, hashed as a frozenset of them is (a frozenset and
    /// a set of the same elements are equal, so the plain set serves as the key). Any
    /// other key keeps its error.
    #[cold]
    fn as_frozen_key(
        key: &Value,
        e: crate::runtime::error::PyErr,
    ) -> PyResult<(i64, Option<Value>)> {
        match crate::runtime::builtins::unwrap_base(key) {
            // The TypeError of unhashability (a set subclass's own `__hash__` may raise
            // something else, which stays); by name, as a vm-less test of its kind.
            Value::Set(k) if !k.frozen && &*e.class_name() == "TypeError" => {
                Ok((k.elements_hash(), Some(Value::Set(k))))
            }
            _ => Err(e),
        }
    }

    /// `contains` for a key whose hash is known (an element of another set).
    pub fn contains_hashed(&self, cx: &mut dyn KeyCx, hash: i64, key: &Value) -> PyResult<bool> {
        Ok(self.find(cx, hash, key)?.is_some())
    }

    /// Add to the empty set `out`, in table order, the elements of `self` that are in
    /// `other` (`keep_found`) or not in it (`!keep_found`): `&` and `-` without a copy
    /// of the elements, a hash computed or a key compared twice. Only when every probe
    /// of `other` is answered without Python code; false (and `out` left empty) when
    /// one needs an `__eq__`, for the caller's general loop.
    pub fn filter_native_into(&self, other: &PySet, keep_found: bool, out: &PySet) -> bool {
        let mine = self.table.borrow();
        let theirs = other.table.borrow();
        let mut dst = out.table.borrow_mut();
        for slot in &mine.slots {
            let Slot::Active(h, k) = slot else {
                continue;
            };
            match theirs.probe_find(*h, k, &[]) {
                Ok(found) => {
                    if found.is_some() == keep_found {
                        dst.insert_distinct(*h, k.clone());
                    }
                }
                Err(_) => {
                    *dst = SetTable::default();
                    return false;
                }
            }
        }
        drop(dst);
        out.changed();
        true
    }

    /// Remove a key; returns whether it was present.
    pub fn discard(&self, cx: &mut dyn KeyCx, key: &Value) -> PyResult<bool> {
        let hash = Self::hash_of(cx, key)?;
        self.discard_hashed(cx, hash, key)
    }

    /// Remove a key whose hash is known (from another set's table).
    pub fn discard_hashed(&self, cx: &mut dyn KeyCx, hash: i64, key: &Value) -> PyResult<bool> {
        match self.find(cx, hash, key)? {
            Some(idx) => {
                let old = { self.table.borrow_mut().remove_at(idx) };
                self.changed();
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Remove and return an arbitrary element, as CPython's set.pop chooses it.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let start = self.finger.get() & mask;
        let idx = (start..=mask)
            .chain(0..start)
            .find(|&i| matches!(t.slots[i], Slot::Active(..)))?;
        self.finger.set(idx + 1);
        let old = t.remove_at(idx);
        drop(t);
        self.changed();
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// After removals: resize dummies away once they are more than a quarter of the
    /// table, as the end of CPython's `set_difference_update_internal` does.
    pub fn shrink_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used <= t.mask() / 4 {
            return;
        }
        let n = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(n);
        drop(t);
        self.changed();
    }

    /// Exchange the contents of two sets (CPython's `set_swap_bodies`): an in-place
    /// operation that built its result in a new table takes that table's layout.
    pub fn swap_contents(&self, other: &PySet) {
        std::mem::swap(
            &mut *self.table.borrow_mut(),
            &mut *other.table.borrow_mut(),
        );
        self.changed();
        other.changed();
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.changed();
        drop(old);
    }

    /// Show every element to `f` without cloning it (the cycle collector's traversal);
    /// false when the table is borrowed for writing right now.
    pub fn try_for_each(&self, mut f: impl FnMut(&Value)) -> bool {
        let Ok(t) = self.table.try_borrow() else {
            return false;
        };
        for s in &t.slots {
            if let Slot::Active(_, k) = s {
                f(k);
            }
        }
        true
    }

    /// Elements in table order (CPython's iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// Elements with their hashes, in table order.
    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// The element at slot `pos` or the next one after it, for iterators.
    pub fn item_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        t.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Active(_, k) => Some((i, k.clone())),
                _ => None,
            })
    }

    /// Merge all of `other` (CPython's `set_merge`): make room once; then an empty set
    /// whose table has `other`'s size copies the slots as they are (so the layout, and
    /// the iteration order, is `other`'s); otherwise the elements are added in `other`'s
    /// slot order.
    pub fn merge_from(&self, cx: &mut dyn KeyCx, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        if self.table.borrow().fill == 0 {
            let copy = SetTable::merged_into_empty(&self.table.borrow(), &other.table.borrow());
            *self.table.borrow_mut() = copy;
            self.changed();
            return Ok(());
        }
        self.reserve_for_merge(other.len());
        for (h, k) in other.hashed_items() {
            self.add_hashed(cx, h, k)?;
        }
        Ok(())
    }

    /// Make room before merging `incoming` elements, as CPython's set_update does.
    pub fn reserve_for_merge(&self, incoming: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + incoming) * 5 >= t.mask() * 3 {
            let n = (t.used + incoming) * 2;
            t.resize(n);
        }
    }

    /// Equality of two sets of natively comparable elements; `None` if Python code is needed.
    pub fn fast_eq(&self, other: &PySet) -> Option<bool> {
        if self.len() != other.len() {
            return Some(false);
        }
        let theirs = other.table.borrow();
        for (h, k) in self.hashed_items() {
            match theirs.probe_find(h, &k, &[]) {
                Ok(Some(_)) => {}
                Ok(None) => return Some(false),
                Err(_) => return None,
            }
        }
        Some(true)
    }

    /// hash(frozenset): CPython's algorithm over element hashes, computed once.
    pub fn frozen_hash(&self) -> Option<i64> {
        let cached = self.hash.get();
        if cached != -1 {
            return Some(cached);
        }
        let h = self.elements_hash();
        self.hash.set(h);
        Some(h)
    }

    /// The hash a frozenset of these elements has (not cached: a set can change).
    fn elements_hash(&self) -> i64 {
        let mut hash: u64 = 0;
        let table = self.table.borrow();
        for slot in table.slots.iter() {
            if let Slot::Active(h, _) = slot {
                let h = *h as u64;
                hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
            }
        }
        let used = table.used as u64;
        hash ^= (used + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        if h == -1 {
            590923713
        } else {
            h
        }
    }
}
