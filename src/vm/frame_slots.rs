//! A frame's slots: its fast locals and its value stack in ONE heap allocation, the
//! locals first and the stack right after them (CPython's `localsplus`). A suspended
//! coroutine keeps its frame for as long as it sleeps, so a frame pays one allocation
//! header and two small views, not two `Vec`s.
//!
//! The views are [`FastLocals`] (a slice of `Option<Value>`, `None` unbound) and
//! [`ValueStack`] (a Vec-like stack of `Value`). They do not own the buffer: the `Frame`
//! that holds both does (see `Frame::drop`, `Frame::reset`, `Frame::fit_slots`), and it
//! alone reallocates it, so both views move together. Not the frame itself (see `frame`).

use crate::runtime::value::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::marker::PhantomData;
use std::ptr::NonNull;

/// Both views' slot type are 16 bytes and aligned alike, so one buffer holds either.
const _: () = assert!(std::mem::size_of::<Option<Value>>() == std::mem::size_of::<Value>());
const _: () = assert!(std::mem::align_of::<Option<Value>>() == std::mem::align_of::<Value>());

/// The fast locals: `len` slots at the start of the frame's buffer, every one
/// initialised (`None` when unbound).
pub struct FastLocals {
    ptr: NonNull<Option<Value>>,
    len: u32,
}

/// The value stack: `len` initialised values from `base` (just after the locals), room
/// for `cap`.
pub struct ValueStack {
    base: NonNull<Value>,
    len: u32,
    cap: u32,
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
/// `fast.len + stack.cap` slots, the locals are initialised, and so are the stack's
/// first `stack.len`.
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
            },
            ValueStack {
                // SAFETY: `nlocals <= total`, so the offset stays inside (or one past)
                // the allocation.
                base: unsafe { NonNull::new_unchecked(start.as_ptr().add(nlocals)) },
                len: 0,
                cap: depth as u32,
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
        debug_assert!(stack.len == 0 && fast.iter().all(Option::is_none));
        let total = fast.len as usize + stack.cap as usize;
        let old = fast.len as usize;
        if nlocals == old && stack.cap as usize >= depth {
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
        stack.cap = (total - nlocals) as u32;
    }

    /// Move the locals and the stack's values into a buffer with room for `cap` stack
    /// values (at least the stack's length).
    pub(super) fn regrow(fast: &mut FastLocals, stack: &mut ValueStack, cap: usize) {
        debug_assert!(cap >= stack.len as usize);
        let nlocals = fast.len as usize;
        let start = alloc_slots(nlocals + cap);
        // SAFETY: the new buffer has room for both parts; the old parts are initialised
        // for `nlocals` and `stack.len` slots and are moved (the old buffer is freed
        // without dropping them).
        unsafe {
            std::ptr::copy_nonoverlapping(fast.start().as_ptr(), start.as_ptr(), nlocals);
            let base = start.as_ptr().add(nlocals);
            std::ptr::copy_nonoverlapping(stack.base.as_ptr(), base, stack.len as usize);
            Self::dealloc_buffer(fast, stack);
            fast.ptr = start.cast();
            stack.base = NonNull::new_unchecked(base);
        }
        stack.cap = cap as u32;
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
        let total = fast.len as usize + stack.cap as usize;
        if total != 0 {
            dealloc(fast.start().as_ptr() as *mut u8, slots_layout(total));
        }
    }
}

impl ValueStack {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.cap as usize
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
    /// `n <= capacity`, the first `n` slots initialised, any slots cut off already
    /// moved out or forgotten.
    #[inline(always)]
    pub unsafe fn set_len(&mut self, n: usize) {
        debug_assert!(n <= self.cap as usize);
        self.len = n as u32;
    }

    /// Push without a capacity test: the caller guarantees room (see `Frame::push`).
    ///
    /// # Safety
    /// `len < capacity`.
    #[inline(always)]
    pub unsafe fn push_unchecked(&mut self, v: Value) {
        // The new length from the one read before the write: a write through the raw
        // pointer could alias `len` as far as the compiler knows, so `len += 1` after it
        // would load it again.
        let len = self.len;
        self.base.as_ptr().add(len as usize).write(v);
        self.len = len + 1;
    }

    /// Push with a capacity test: beyond the code's verified depth the frame must have
    /// made room first (`Frame::reserve_stack`); running out is an interpreter bug.
    #[inline]
    pub fn push(&mut self, v: Value) {
        if self.len >= self.cap {
            stack_full();
        }
        // SAFETY: `len < cap` was just tested.
        unsafe { self.push_unchecked(v) }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Option<Value> {
        let len = self.len;
        if len == 0 {
            return None;
        }
        self.len = len - 1;
        // SAFETY: slot `len - 1` (the old top) is initialised and no longer counted, so
        // it moves out exactly once.
        Some(unsafe { self.base.as_ptr().add(len as usize - 1).read() })
    }

    /// Drop the values from `n` up.
    #[inline]
    pub fn truncate(&mut self, n: usize) {
        let len = self.len as usize;
        if n >= len {
            return;
        }
        self.len = n as u32;
        // SAFETY: slots `n..len` were initialised and are no longer counted.
        unsafe {
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
        let len = self.len as usize;
        assert!(at <= len, "split_off past the stack's top");
        let n = len - at;
        let mut out = Vec::with_capacity(n);
        // SAFETY: slots `at..len` are initialised; they move into `out`'s room and are
        // uncounted here first.
        unsafe {
            self.len = at as u32;
            std::ptr::copy_nonoverlapping(self.base.as_ptr().add(at), out.as_mut_ptr(), n);
            out.set_len(n);
        }
        out
    }

    /// Push every item (room checked for each, see `push`).
    pub fn extend(&mut self, items: impl IntoIterator<Item = Value>) {
        for v in items {
            self.push(v);
        }
    }

    /// Insert at `index`, moving the values above it up one.
    pub fn insert(&mut self, index: usize, v: Value) {
        let len = self.len as usize;
        assert!(index <= len, "insert past the stack's top");
        if self.len >= self.cap {
            stack_full();
        }
        // SAFETY: `len < cap`, so the shifted values stay inside the room; slot `index`
        // is then overwritten without a drop (its value moved up).
        unsafe {
            let p = self.base.as_ptr().add(index);
            std::ptr::copy(p, p.add(1), len - index);
            p.write(v);
        }
        self.len += 1;
    }

    /// Remove the value at `index`, moving the values above it down one.
    pub fn remove(&mut self, index: usize) -> Value {
        let len = self.len as usize;
        assert!(index < len, "remove past the stack's top");
        // SAFETY: slot `index` is initialised and read out once; the values above move
        // down over it and the length shrinks by one.
        unsafe {
            let p = self.base.as_ptr().add(index);
            let v = p.read();
            std::ptr::copy(p.add(1), p, len - index - 1);
            self.len -= 1;
            v
        }
    }

    /// Move the values from `range.start` up out, in order; the stack ends at
    /// `range.start` at once (unconsumed values are dropped with the iterator).
    pub fn drain(&mut self, range: std::ops::RangeFrom<usize>) -> Drain<'_> {
        let len = self.len as usize;
        let start = range.start;
        assert!(start <= len, "drain past the stack's top");
        self.len = start as u32;
        Drain {
            // SAFETY: `start <= len <= cap`: inside or one past the room.
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
        unsafe { std::slice::from_raw_parts(self.base.as_ptr(), self.len as usize) }
    }
}

impl std::ops::DerefMut for ValueStack {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, borrowed uniquely.
        unsafe { std::slice::from_raw_parts_mut(self.base.as_ptr(), self.len as usize) }
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
