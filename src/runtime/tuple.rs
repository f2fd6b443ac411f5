//! `tuple` storage: an immutable array of values in one allocation, as CPython's.
//!
//! The allocation is a 40-byte head (the strong count, the collector's header, the
//! length) followed by the items. [`TupleRef`] is the counted pointer to it (what
//! `Rc<PyTuple>` was, with the items in a second, boxed allocation): a pair is one
//! 80-byte glibc chunk where it took a 64-byte and a 48-byte one. [`PyTuple`] is the
//! allocation seen as a struct whose last field is the items' slice, so `t.items` reads
//! as before; it exists only behind a `TupleRef` and cannot be made or moved by value.
//!
//! Not here: the tuple methods (`runtime::builtins`), the collector's untracking of
//! tuples that hold no containers (`vm::gc::collect`).

use super::gc_header::GcHeader;
use super::value::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// A tuple's allocation: the head, then `len` items.
#[repr(C)]
pub struct PyTuple {
    /// The strong count, first in the allocation as an `Rc`'s is (`Value`'s clone and
    /// discard count every heap object through that word).
    strong: Cell<usize>,
    pub gc: GcHeader,
    len: usize,
    pub items: [Value],
}

/// The sized part of [`PyTuple`], for its layout.
#[repr(C)]
struct Head {
    strong: Cell<usize>,
    gc: GcHeader,
    len: usize,
}

/// Where the items start (no padding: `Value` is word-aligned).
const ITEMS_AT: usize = std::mem::size_of::<Head>();
const _: () = assert!(ITEMS_AT == 40);
const _: () = assert!(std::mem::align_of::<Value>() <= std::mem::align_of::<Head>());
/// Where the collector's header sits in the allocation.
pub(crate) const GC_AT: usize = std::mem::offset_of!(Head, gc);

fn layout(len: usize) -> Layout {
    Layout::array::<Value>(len)
        .and_then(|items| Layout::from_size_align(ITEMS_AT + items.size(), 8))
        .unwrap_or_else(|_| too_long())
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
    /// The tuple of `items`, moved into its own allocation.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(mut items: Vec<Value>) -> TupleRef {
        let len = items.len();
        let layout = layout(len);
        // SAFETY: the layout is not zero-sized (the head); the head and all `len` items
        // are written before the pointer is handed out; the items are moved (the `Vec`
        // forgets them before it is freed).
        unsafe {
            let Some(ptr) = NonNull::new(alloc(layout) as *mut Head) else {
                handle_alloc_error(layout)
            };
            ptr.as_ptr().write(Head {
                strong: Cell::new(1),
                gc: GcHeader::default(),
                len,
            });
            let at = (ptr.as_ptr() as *mut u8).add(ITEMS_AT) as *mut Value;
            std::ptr::copy_nonoverlapping(items.as_ptr(), at, len);
            items.set_len(0);
            TupleRef {
                ptr,
                _not_send: PhantomData,
            }
        }
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
            let len = this.ptr.as_ref().len;
            let at = (this.ptr.as_ptr() as *mut u8).add(ITEMS_AT) as *mut Value;
            Some(std::slice::from_raw_parts_mut(at, len))
        }
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
        // SAFETY: a strong reference keeps the allocation alive; it is a head followed
        // by `len` items, which is `PyTuple`'s layout with an items slice of `len`.
        unsafe {
            let len = self.ptr.as_ref().len;
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
/// `ptr` is a tuple's allocation that no reference points to any more.
#[inline(never)]
unsafe fn free(ptr: NonNull<Head>) {
    let head = ptr.as_ptr();
    std::ptr::drop_in_place(&mut (*head).gc);
    let len = (*head).len;
    let at = (head as *mut u8).add(ITEMS_AT) as *mut Value;
    super::drop::drop_in_place_values(std::ptr::slice_from_raw_parts_mut(at, len));
    dealloc(head as *mut u8, layout(len));
}

impl std::fmt::Debug for TupleRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &self.items)
    }
}

#[cfg(test)]
#[path = "tuple_tests.rs"]
mod tests;
