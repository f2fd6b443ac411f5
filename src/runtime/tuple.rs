//! `tuple` storage: an immutable array of values in one allocation, as CPython's.
//!
//! The allocation is a 16-byte head (the strong count, the length) followed by the
//! items, and, before the head, the collector's 24-byte header unless the items are
//! all numbers, strings or such tuples (which cannot make a cycle: CPython untracks
//! them). [`TupleRef`] is the counted pointer to the head (what `Rc<PyTuple>` was, with
//! the items in a second, boxed allocation): a pair of a string and a number is one
//! 64-byte glibc chunk where it took a 64-byte and a 48-byte one, a pair holding a list
//! an 80-byte one. [`PyTuple`] is the allocation from the head on, seen as a struct whose
//! last field is the items' slice, so `t.items` reads as before; it exists only behind a
//! `TupleRef` and cannot be made or moved by value.
//!
//! Not here: the tuple methods (`runtime::builtins`), the collector's untracking of
//! tuples that hold no containers (`vm::gc::collect`).

use super::gc_header::GcHeader;
use super::value::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// A tuple's allocation from its count on: the head, then `len` items. A tuple that may
/// take part in a cycle has the collector's header just before it, in the same
/// allocation; one that holds only values the collector does not follow (numbers,
/// strings, such tuples) has none, as CPython untracks those.
#[repr(C)]
pub struct PyTuple {
    /// The strong count, where the counted pointer points, as an `Rc`'s is (`Value`'s
    /// clone and discard count every heap object through that word).
    strong: Cell<usize>,
    /// The length, shifted left once; the low bit says whether the header is there.
    meta: usize,
    pub items: [Value],
}

/// The sized part of [`PyTuple`], for its layout.
#[repr(C)]
struct Head {
    strong: Cell<usize>,
    meta: usize,
}

const HAS_GC: usize = 1;
/// The collector's header, when there is one, this far before the head.
const GC_SIZE: usize = std::mem::size_of::<GcHeader>();
/// Where the items start after the head (no padding: `Value` is word-aligned).
const ITEMS_AT: usize = std::mem::size_of::<Head>();
const _: () = assert!(ITEMS_AT == 16 && GC_SIZE == 24);
const _: () = assert!(std::mem::align_of::<Value>() <= std::mem::align_of::<Head>());
const _: () = assert!(std::mem::align_of::<GcHeader>() <= std::mem::align_of::<Head>());

/// The allocation of `len` items, with the collector's header or without.
fn layout(len: usize, gc: bool) -> Layout {
    let head = ITEMS_AT + if gc { GC_SIZE } else { 0 };
    Layout::array::<Value>(len)
        .and_then(|items| Layout::from_size_align(head + items.size(), 8))
        .unwrap_or_else(|_| too_long())
}

/// Whether a tuple holding `v` can be left out of the collector (so need no header):
/// `v` is a number, a string, or a tuple left out itself. Nothing else is, not even
/// containers that hold nothing yet.
#[inline(always)]
fn left_out(v: &Value) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_) => true,
        Value::Tuple(t) => !t.has_gc(),
        _ => false,
    }
}

#[cold]
fn too_long() -> ! {
    // The items were already in memory (a `Vec`), so only the head could tip them over.
    panic!("tuple of more than isize::MAX bytes")
}

#[cold]
fn count_overflow() -> ! {
    std::process::abort()
}

/// A strong reference to a tuple.
pub struct TupleRef {
    ptr: NonNull<Head>,
    _not_send: PhantomData<*const Head>,
}

impl PyTuple {
    /// The tuple of `items`, moved into its own allocation (with the collector's
    /// header when an item could make it part of a cycle).
    #[allow(clippy::new_ret_no_self)]
    pub fn new(mut items: Vec<Value>) -> TupleRef {
        // SAFETY: the items are initialised, and forgotten by the `Vec` once moved.
        unsafe {
            let t = PyTuple::move_from(items.as_ptr(), items.len());
            items.set_len(0);
            t
        }
    }

    /// The tuple of `items`, gathered on the stack when they are few (an itertools
    /// result per step): one allocation, the tuple's.
    pub fn collect(items: impl Iterator<Item = Value>) -> TupleRef {
        let mut buf: smallvec::SmallVec<[Value; 16]> = items.collect();
        // SAFETY: the items are initialised, and forgotten by the buffer once moved.
        unsafe {
            let t = PyTuple::move_from(buf.as_ptr(), buf.len());
            buf.set_len(0);
            t
        }
    }

    /// The tuple of clones of `items`: one allocation, no buffer in between (a call's
    /// extra positional arguments gathered into its `*args`).
    pub fn from_slice(items: &[Value]) -> TupleRef {
        for v in items {
            // The reference each bitwise copy made below owns.
            std::mem::forget(v.clone());
        }
        // SAFETY: the items are initialised, and each copy owns the reference just taken.
        unsafe { PyTuple::move_from(items.as_ptr(), items.len()) }
    }

    /// The tuple of the `len` values at `src`, moved (bitwise) into its allocation: a
    /// tuple built straight from the value stack needs no `Vec` in between.
    ///
    /// # Safety
    /// The values are initialised, and the caller neither reads nor drops them again.
    pub unsafe fn move_from(src: *const Value, len: usize) -> TupleRef {
        let gc = PyTuple::needs_gc(std::slice::from_raw_parts(src, len));
        let layout = layout(len, gc);
        // The layout is not zero-sized (the head); the header, the head and all `len`
        // items are written before the pointer is handed out.
        let mut at = alloc(layout);
        if at.is_null() {
            handle_alloc_error(layout)
        }
        if gc {
            (at as *mut GcHeader).write(GcHeader::default());
            at = at.add(GC_SIZE);
        }
        (at as *mut Head).write(Head {
            strong: Cell::new(1),
            meta: len << 1 | gc as usize,
        });
        std::ptr::copy_nonoverlapping(src, at.add(ITEMS_AT) as *mut Value, len);
        TupleRef {
            ptr: NonNull::new_unchecked(at as *mut Head),
            _not_send: PhantomData,
        }
    }

    /// Whether a tuple of `items` needs the collector's header.
    #[inline]
    pub fn needs_gc(items: &[Value]) -> bool {
        !items.iter().all(left_out)
    }

    #[inline(always)]
    pub fn has_gc(&self) -> bool {
        self.meta & HAS_GC != 0
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl TupleRef {
    #[inline(always)]
    pub fn ptr_eq(a: &TupleRef, b: &TupleRef) -> bool {
        a.ptr == b.ptr
    }

    /// The tuple's address, for identity (and [`TupleRef::from_raw`]).
    #[inline(always)]
    pub fn as_ptr(this: &TupleRef) -> *const u8 {
        this.ptr.as_ptr() as *const u8
    }

    #[inline(always)]
    pub fn strong_count(this: &TupleRef) -> usize {
        // SAFETY: a strong reference keeps the allocation alive.
        unsafe { this.ptr.as_ref() }.strong.get()
    }

    /// The items, if this is the only reference (what `Rc::get_mut` answered).
    #[inline]
    pub fn get_mut(this: &mut TupleRef) -> Option<&mut [Value]> {
        if TupleRef::strong_count(this) != 1 {
            return None;
        }
        // SAFETY: the only reference, held mutably: no one else reads the items.
        unsafe {
            let len = this.ptr.as_ref().meta >> 1;
            let at = (this.ptr.as_ptr() as *mut u8).add(ITEMS_AT) as *mut Value;
            Some(std::slice::from_raw_parts_mut(at, len))
        }
    }

    /// The collector's header, if the tuple has one (see [`PyTuple`]). Reached from
    /// the counted pointer, which covers the whole allocation, not from a `&PyTuple`,
    /// which covers only the head and the items.
    #[inline(always)]
    pub fn gc(&self) -> Option<&GcHeader> {
        if !self.has_gc() {
            return None;
        }
        // SAFETY: such a tuple's allocation starts with its header, just before the head.
        Some(unsafe { &*((self.ptr.as_ptr() as *const u8).sub(GC_SIZE) as *const GcHeader) })
    }

    /// The tuple whose collector's header is `h`, as [`TupleRef::from_raw`].
    ///
    /// # Safety
    /// As `from_raw`, for `h` the header of a live tuple.
    #[inline(always)]
    pub unsafe fn from_gc_header(h: *const GcHeader) -> TupleRef {
        TupleRef::from_raw((h as *const u8).add(GC_SIZE))
    }

    /// The reference at `at` (an address [`TupleRef::as_ptr`] answered), owning a count
    /// (or, wrapped in `ManuallyDrop`, a borrowed view of a live tuple).
    ///
    /// # Safety
    /// `at` is the address of a live tuple's allocation, and the caller owns one strong
    /// count of it (or never drops the answer).
    #[inline(always)]
    pub unsafe fn from_raw(at: *const u8) -> TupleRef {
        TupleRef {
            ptr: NonNull::new_unchecked(at as *mut Head),
            _not_send: PhantomData,
        }
    }
}

impl std::ops::Deref for TupleRef {
    type Target = PyTuple;

    #[inline(always)]
    fn deref(&self) -> &PyTuple {
        // SAFETY: a strong reference keeps the allocation alive; from the head on it is
        // the head followed by `len` items, which is `PyTuple`'s layout with an items slice of `len`.
        unsafe {
            let len = self.ptr.as_ref().meta >> 1;
            &*(std::ptr::slice_from_raw_parts(self.ptr.as_ptr() as *const u8, len)
                as *const PyTuple)
        }
    }
}

impl Clone for TupleRef {
    #[inline(always)]
    fn clone(&self) -> TupleRef {
        // SAFETY: a strong reference keeps the allocation alive.
        let strong = unsafe { &self.ptr.as_ref().strong };
        let n = strong.get().wrapping_add(1);
        if n == 0 {
            count_overflow();
        }
        strong.set(n);
        TupleRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl Drop for TupleRef {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: a strong reference keeps the allocation alive.
        let strong = unsafe { &self.ptr.as_ref().strong };
        let n = strong.get() - 1;
        strong.set(n);
        if n == 0 {
            // SAFETY: the last reference: nothing reads the tuple after this.
            unsafe { free(self.ptr) }
        }
    }
}

/// Free a tuple whose last reference went: out of the collector's list first (a
/// finalizer an item runs may collect, and must not find a half-dropped tuple), then
/// the items (iteratively, for deep nesting), then the allocation.
///
/// # Safety
/// `ptr` is a tuple's head that no reference points to any more.
#[inline(never)]
unsafe fn free(ptr: NonNull<Head>) {
    let head = ptr.as_ptr() as *mut u8;
    let meta = (*ptr.as_ptr()).meta;
    let (len, gc) = (meta >> 1, meta & HAS_GC != 0);
    let start = if gc {
        let h = head.sub(GC_SIZE);
        std::ptr::drop_in_place(h as *mut GcHeader);
        h
    } else {
        head
    };
    let at = head.add(ITEMS_AT) as *mut Value;
    super::drop::drop_in_place_values(std::ptr::slice_from_raw_parts_mut(at, len));
    dealloc(start, layout(len, gc));
}

impl std::fmt::Debug for TupleRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &self.items)
    }
}

#[cfg(test)]
#[path = "tuple_tests.rs"]
mod tests;
