//! A frame's slots: its fast locals and its value stack in ONE heap allocation, the
//! locals first and the stack right after them (CPython's `localsplus`). A suspended
//! coroutine keeps its frame for as long as it sleeps, so a frame pays one allocation
//! header and two small views, not two `Vec`s.
//!
//! The views are [`FastLocals`] (a slice of `Option<Value>`, `None` unbound) and
//! [`ValueStack`] (a Vec-like stack of `Value`). They do not own the buffer: the `Frame`
//! that holds both does (see `Frame::drop`, `Frame::reset`, `Frame::fit_slots`), and it
//! alone reallocates it, so both views move together. Not the frame itself (see `frame`).

use crate::runtime::tuple::{PyTuple, TupleRef};
use crate::runtime::value::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::marker::PhantomData;
use std::ptr::NonNull;

/// Both views' slot type are 16 bytes and aligned alike, so one buffer holds either.
const _: () = assert!(std::mem::size_of::<Option<Value>>() == std::mem::size_of::<Value>());
const _: () = assert!(std::mem::align_of::<Option<Value>>() == std::mem::align_of::<Value>());

/// The fast locals: `len` slots at the start of the frame's buffer, every one
/// initialised (`None` when unbound), then room for `room` stack values. (The stack's
/// room is kept here, in what would be padding, so that a frame stays 120 bytes with
/// the stack's top a pointer.)
pub struct FastLocals {
    ptr: NonNull<Option<Value>>,
    len: u32,
    room: u32,
}

/// The value stack: the initialised values from `base` (just after the locals) up to
/// `top` (one past the last), in room for `FastLocals::room` values. The top is a
/// pointer rather than a length so that a push or pop in the dispatch loop is one load
/// and one store of it, with no base to add (invariant: `base <= top <= base + room`).
/// Pushes that may go past the room are the frame's (`Frame::push_checked`), which
/// knows it.
pub struct ValueStack {
    base: NonNull<Value>,
    top: NonNull<Value>,
}

/// A new buffer of `total` slots, uninitialised (dangling when `total` is 0).
fn alloc_slots(total: usize) -> NonNull<Value> {
    if total == 0 {
        return NonNull::dangling();
    }
    let layout = slots_layout(total);
    // SAFETY: the layout has a non-zero size (`total > 0`, 16-byte slots).
    let p = unsafe { alloc(layout) } as *mut Value;
    NonNull::new(p).unwrap_or_else(|| handle_alloc_error(layout))
}

fn slots_layout(total: usize) -> Layout {
    match Layout::array::<Value>(total) {
        Ok(l) => l,
        Err(_) => too_many_slots(),
    }
}

/// A code object's locals and stack depth come from the compiler and fit easily; a
/// count past `isize::MAX` bytes would be an interpreter bug.
#[cold]
#[inline(never)]
fn too_many_slots() -> ! {
    panic!("frame slot count overflows the address space")
}

impl FastLocals {
    /// The buffer's start: the first local, and the allocation to free.
    fn start(&self) -> NonNull<Value> {
        self.ptr.cast()
    }

    /// How many values the stack after the locals has room for.
    #[inline(always)]
    pub fn stack_room(&self) -> usize {
        self.room as usize
    }
}

impl std::ops::Deref for FastLocals {
    type Target = [Option<Value>];
    #[inline(always)]
    fn deref(&self) -> &[Option<Value>] {
        // SAFETY: the first `len` slots of the buffer are initialised locals (an
        // invariant of every `Slots` operation below).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len as usize) }
    }
}

impl std::ops::DerefMut for FastLocals {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Option<Value>] {
        // SAFETY: as in `deref`; `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len as usize) }
    }
}

/// The two views of one buffer, for the frame that owns it. Every function here keeps
/// the invariant: `stack.base == fast.ptr + fast.len`, the buffer holds
/// `fast.len + fast.room` slots, the locals are initialised, and so are the stack's
/// values (`base..top`, `top <= base + room`).
pub(super) struct Slots;

impl Slots {
    /// A buffer for `nlocals` unbound locals and a stack of `depth` values.
    pub(super) fn alloc(nlocals: usize, depth: usize) -> (FastLocals, ValueStack) {
        let total = nlocals + depth;
        let start = alloc_slots(total);
        let fast = start.cast::<Option<Value>>();
        for i in 0..nlocals {
            // SAFETY: slot `i < total` is allocated; writing initialises it.
            unsafe { fast.as_ptr().add(i).write(None) };
        }
        (
            FastLocals {
                ptr: fast,
                len: nlocals as u32,
                room: depth as u32,
            },
            {
                // SAFETY: `nlocals <= total`, so the offset stays inside (or one past)
                // the allocation.
                let base = unsafe { NonNull::new_unchecked(start.as_ptr().add(nlocals)) };
                ValueStack { base, top: base }
            },
        )
    }

    /// Repartition an emptied buffer (no stack values, every local unbound) for
    /// `nlocals` locals and a stack of at least `depth`; a new buffer only when the
    /// old one is too small.
    #[inline(always)]
    pub(super) fn reuse(
        fast: &mut FastLocals,
        stack: &mut ValueStack,
        nlocals: usize,
        depth: usize,
    ) {
        debug_assert!(stack.is_empty() && fast.iter().all(Option::is_none));
        let total = fast.len as usize + fast.room as usize;
        let old = fast.len as usize;
        if nlocals == old && fast.room as usize >= depth {
            return;
        }
        if nlocals + depth > total {
            Self::free(fast, stack);
            (*fast, *stack) = Self::alloc(nlocals, depth);
            return;
        }
        for i in old..nlocals {
            // SAFETY: `i < nlocals <= total`: allocated; the old stack part holds no
            // values (the stack is empty), so nothing is overwritten unfreed.
            unsafe { fast.ptr.as_ptr().add(i).write(None) };
        }
        // Locals past the new count were unbound (None needs no drop): they become
        // stack room.
        fast.len = nlocals as u32;
        // SAFETY: `nlocals <= total`.
        stack.base = unsafe { NonNull::new_unchecked(fast.start().as_ptr().add(nlocals)) };
        stack.top = stack.base;
        fast.room = (total - nlocals) as u32;
    }

    /// Move the locals and the stack's values into a buffer with room for `cap` stack
    /// values (at least the stack's length).
    pub(super) fn regrow(fast: &mut FastLocals, stack: &mut ValueStack, cap: usize) {
        let len = stack.len();
        debug_assert!(cap >= len);
        let nlocals = fast.len as usize;
        let start = alloc_slots(nlocals + cap);
        // SAFETY: the new buffer has room for both parts; the old parts are initialised
        // for `nlocals` and `len` slots and are moved (the old buffer is freed
        // without dropping them).
        unsafe {
            std::ptr::copy_nonoverlapping(fast.start().as_ptr(), start.as_ptr(), nlocals);
            let base = start.as_ptr().add(nlocals);
            std::ptr::copy_nonoverlapping(stack.base.as_ptr(), base, len);
            Self::dealloc_buffer(fast, stack);
            fast.ptr = start.cast();
            stack.base = NonNull::new_unchecked(base);
            stack.top = NonNull::new_unchecked(base.add(len));
        }
        fast.room = cap as u32;
    }

    /// Drop every value and free the buffer (the views are left dangling: the caller
    /// replaces them or is dropping the frame).
    pub(super) fn free(fast: &mut FastLocals, stack: &mut ValueStack) {
        stack.clear();
        // SAFETY: the locals are initialised; after dropping them the buffer is freed
        // and never read again through these views.
        unsafe {
            std::ptr::drop_in_place(&mut **fast as *mut [Option<Value>]);
            Self::dealloc_buffer(fast, stack);
        }
    }

    /// # Safety
    /// The buffer's values must have been dropped or moved out.
    unsafe fn dealloc_buffer(fast: &FastLocals, stack: &ValueStack) {
        let _ = stack;
        let total = fast.len as usize + fast.room as usize;
        if total != 0 {
            dealloc(fast.start().as_ptr() as *mut u8, slots_layout(total));
        }
    }
}

impl ValueStack {
    #[inline(always)]
    pub fn len(&self) -> usize {
        // SAFETY: `base <= top`, both in (or one past) one allocation.
        unsafe { self.top.as_ptr().offset_from(self.base.as_ptr()) as usize }
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.top == self.base
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const Value {
        self.base.as_ptr()
    }

    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut Value {
        self.base.as_ptr()
    }

    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        self
    }

    /// Set the length without dropping or initialising anything.
    ///
    /// # Safety
    /// `n` within the room, the first `n` slots initialised, any slots cut off already
    /// moved out or forgotten.
    #[inline(always)]
    pub unsafe fn set_len(&mut self, n: usize) {
        self.top = NonNull::new_unchecked(self.base.as_ptr().add(n));
    }

    /// Push without a capacity test: the caller guarantees room (see `Frame::push`).
    ///
    /// # Safety
    /// `len < room`.
    #[inline(always)]
    pub unsafe fn push_unchecked(&mut self, v: Value) {
        // The new top from the one read before the write: a write through the raw
        // pointer could alias `top` as far as the compiler knows, so `top += 1` after it
        // would load it again.
        let top = self.top.as_ptr();
        top.write(v);
        self.top = NonNull::new_unchecked(top.add(1));
    }

    /// Pop without an emptiness test: the caller guarantees a value (see `Frame::pop`).
    ///
    /// # Safety
    /// `len > 0`.
    #[inline(always)]
    pub unsafe fn pop_unchecked(&mut self) -> Value {
        // The top is cut first, so the stack no longer owns the value it moves out.
        let top = self.top.as_ptr().sub(1);
        self.top = NonNull::new_unchecked(top);
        top.read()
    }

    /// Replace the top two values by `v`: one pointer decrement and one write, no drop.
    ///
    /// # Safety
    /// `len >= 2`, and both values own nothing (inline numbers, `None`, bools).
    #[inline(always)]
    pub unsafe fn replace_inline_pair(&mut self, v: Value) {
        debug_assert!(self.len() >= 2);
        let top = self.top.as_ptr().sub(1);
        self.top = NonNull::new_unchecked(top);
        top.sub(1).write(v);
    }

    /// Replace the top value by `v`: one write, no drop.
    ///
    /// # Safety
    /// `len >= 1`, and the top value owns nothing (an inline number, `None`, a bool).
    #[inline(always)]
    pub unsafe fn replace_inline_top(&mut self, v: Value) {
        debug_assert!(!self.is_empty());
        self.top.as_ptr().sub(1).write(v);
    }

    /// Move the top value down under the `n - 1` values below it (`RotThree` is
    /// `n = 3`): one read, one move of `n - 1` slots, one write; nothing dropped.
    ///
    /// # Safety
    /// `len >= n >= 1`.
    #[inline(always)]
    pub unsafe fn rotate_top(&mut self, n: usize) {
        debug_assert!(n >= 1 && self.len() >= n);
        let top = self.top.as_ptr();
        let first = top.sub(n);
        let v = top.sub(1).read();
        std::ptr::copy(first, first.add(1), n - 1);
        first.write(v);
    }

    /// Move the top `N` values out, the lowest first: one test and one store of the
    /// top for all of them. None (nothing moved) when fewer are there.
    #[inline(always)]
    pub fn pop_n<const N: usize>(&mut self) -> Option<[Value; N]> {
        if self.len() < N {
            return None;
        }
        // SAFETY: `N` values are initialised below `top`; cutting the top first hands
        // their ownership to the array read out.
        unsafe {
            let first = self.top.as_ptr().sub(N);
            self.top = NonNull::new_unchecked(first);
            Some((first as *const [Value; N]).read())
        }
    }

    /// The top value, or None when the stack is empty.
    #[inline(always)]
    pub fn last(&self) -> Option<&Value> {
        if self.is_empty() {
            return None;
        }
        // SAFETY: the stack is not empty, so the slot below `top` is initialised.
        Some(unsafe { &*self.top.as_ptr().sub(1) })
    }

    /// Push with a room test (`room`: the frame's `FastLocals::stack_room`): beyond
    /// the code's verified depth the frame must have made room first
    /// (`Frame::reserve_stack`); running out is an interpreter bug.
    #[inline]
    pub fn push_within(&mut self, room: usize, v: Value) {
        if self.len() >= room {
            stack_full();
        }
        // SAFETY: `len < room` was just tested.
        unsafe { self.push_unchecked(v) }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        // SAFETY: the stack is not empty.
        Some(unsafe { self.pop_unchecked() })
    }

    /// Drop the values from `n` up.
    #[inline]
    pub fn truncate(&mut self, n: usize) {
        let len = self.len();
        if n >= len {
            return;
        }
        // SAFETY: slots `n..len` were initialised and are no longer counted once the
        // length is cut, which happens before any of them is dropped.
        unsafe {
            self.set_len(n);
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(
                self.base.as_ptr().add(n),
                len - n,
            ))
        };
    }

    #[inline]
    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// The values from `at` up, moved into a new Vec.
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        let len = self.len();
        assert!(at <= len, "split_off past the stack's top");
        let n = len - at;
        let mut out = Vec::with_capacity(n);
        // SAFETY: slots `at..len` are initialised; they move into `out`'s room and are
        // uncounted here first.
        unsafe {
            self.set_len(at);
            std::ptr::copy_nonoverlapping(self.base.as_ptr().add(at), out.as_mut_ptr(), n);
            out.set_len(n);
        }
        out
    }

    /// The values from `at` up, moved into a new tuple (no `Vec` in between).
    pub fn split_off_tuple(&mut self, at: usize) -> TupleRef {
        let len = self.len();
        assert!(at <= len, "split_off past the stack's top");
        // SAFETY: slots `at..len` are initialised; they are uncounted here first, then
        // moved into the tuple.
        unsafe {
            self.set_len(at);
            PyTuple::move_from(self.base.as_ptr().add(at), len - at)
        }
    }

    /// Push every item (room checked for each, see `push_within`).
    pub fn extend_within(&mut self, room: usize, items: impl IntoIterator<Item = Value>) {
        for v in items {
            self.push_within(room, v);
        }
    }

    /// Insert at `index`, moving the values above it up one (`room` as for
    /// `push_within`).
    pub fn insert_within(&mut self, room: usize, index: usize, v: Value) {
        let len = self.len();
        assert!(index <= len, "insert past the stack's top");
        if len >= room {
            stack_full();
        }
        // SAFETY: `len < room`, so the shifted values stay inside the room; slot `index`
        // is then overwritten without a drop (its value moved up).
        unsafe {
            let p = self.base.as_ptr().add(index);
            std::ptr::copy(p, p.add(1), len - index);
            p.write(v);
            self.set_len(len + 1);
        }
    }

    /// Remove the value at `index`, moving the values above it down one.
    pub fn remove(&mut self, index: usize) -> Value {
        let len = self.len();
        assert!(index < len, "remove past the stack's top");
        // SAFETY: slot `index` is initialised and read out once; the values above move
        // down over it and the length shrinks by one.
        unsafe {
            let p = self.base.as_ptr().add(index);
            let v = p.read();
            std::ptr::copy(p.add(1), p, len - index - 1);
            self.set_len(len - 1);
            v
        }
    }

    /// Move the values from `range.start` up out, in order; the stack ends at
    /// `range.start` at once (unconsumed values are dropped with the iterator).
    pub fn drain(&mut self, range: std::ops::RangeFrom<usize>) -> Drain<'_> {
        let len = self.len();
        let start = range.start;
        assert!(start <= len, "drain past the stack's top");
        // SAFETY: `start <= len`: the values above it are uncounted and handed to the
        // iterator, which moves or drops each once.
        unsafe { self.set_len(start) };
        Drain {
            // SAFETY: `start <= len`: inside or one past the room.
            next: unsafe { self.base.as_ptr().add(start) },
            left: len - start,
            _stack: PhantomData,
        }
    }
}

/// An interpreter bug: a push past the room the frame made.
#[cold]
#[inline(never)]
fn stack_full() -> ! {
    panic!("value stack overflow: a push past the frame's reserved depth")
}

impl std::ops::Deref for ValueStack {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialised.
        unsafe { std::slice::from_raw_parts(self.base.as_ptr(), self.len()) }
    }
}

impl std::ops::DerefMut for ValueStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, borrowed uniquely.
        unsafe { std::slice::from_raw_parts_mut(self.base.as_ptr(), self.len()) }
    }
}

/// The values `ValueStack::drain` moves out.
pub struct Drain<'a> {
    next: *mut Value,
    left: usize,
    _stack: PhantomData<&'a mut ValueStack>,
}

impl Iterator for Drain<'_> {
    type Item = Value;

    #[inline]
    fn next(&mut self) -> Option<Value> {
        if self.left == 0 {
            return None;
        }
        // SAFETY: `next` points at one of the `left` initialised values the stack gave
        // up; each is read once.
        unsafe {
            let v = self.next.read();
            self.next = self.next.add(1);
            self.left -= 1;
            Some(v)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Drain<'_> {}

impl Drop for Drain<'_> {
    fn drop(&mut self) {
        // SAFETY: the `left` values from `next` were not read out.
        unsafe { std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(self.next, self.left)) }
    }
}
