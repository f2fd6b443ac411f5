//! An owned array of [`Value`]s in one allocation headed by its capacity, held by one
//! thin pointer where a boxed slice takes two words: where an instance's attribute
//! values go once they outgrow the room inline in the instance (`instance_attrs`). The
//! capacity word is free under glibc's allocator, whose chunks grow by 16 bytes and
//! carry an 8-byte header, so `8 + 16n` bytes take the same chunk as `16n`.
//!
//! What it is not: a vector. It has no length (the owner's shape knows how many of the
//! values are attributes; the rest are `None`), and only grows when asked.

use super::value::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::ptr::NonNull;

/// The capacity, followed in the same allocation by that many values.
#[repr(C)]
struct Head {
    cap: usize,
}

/// The head every empty array points to: nothing is allocated for no values.
static EMPTY: Head = Head { cap: 0 };

/// Where the values start, past the head (`Value`'s alignment is a word's).
const DATA_OFFSET: usize = std::mem::size_of::<Head>();
const _: () = assert!(std::mem::align_of::<Value>() <= std::mem::align_of::<Head>());

pub struct ValueArray(NonNull<Head>);

impl ValueArray {
    pub fn empty() -> ValueArray {
        ValueArray(NonNull::from(&EMPTY))
    }

    /// `cap` values, all `None`.
    pub fn with_capacity(cap: usize) -> ValueArray {
        if cap == 0 {
            return ValueArray::empty();
        }
        let layout = layout(cap);
        // SAFETY: the layout is non-zero-sized; the head and every value are written
        // before the array is used.
        unsafe {
            let head = alloc(layout) as *mut Head;
            let Some(head) = NonNull::new(head) else {
                handle_alloc_error(layout)
            };
            head.as_ptr().write(Head { cap });
            let data = data_of(head);
            for i in 0..cap {
                data.add(i).write(Value::None);
            }
            ValueArray(head)
        }
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        // SAFETY: the head is always initialised (the static one for empty arrays).
        unsafe { (*self.0.as_ptr()).cap }
    }

    /// Move to a capacity of `cap` (at least the current one): the values move to a new
    /// allocation, the new ones are `None`.
    pub fn grow(&mut self, cap: usize) {
        let old_cap = self.capacity();
        debug_assert!(cap >= old_cap);
        if cap == old_cap {
            return;
        }
        let grown = ValueArray::with_capacity(cap);
        // SAFETY: the old values move into the new array's first slots (whose `None`s
        // need no drop), then the old allocation is freed without dropping them.
        unsafe {
            std::ptr::copy_nonoverlapping(data_of(self.0), data_of(grown.0), old_cap);
            let mut old = std::mem::replace(self, grown);
            old.free_without_dropping();
        }
    }

    /// The values, moved out (the array is left empty).
    pub fn take_all(&mut self) -> Vec<Value> {
        let mut taken = std::mem::take(self);
        let cap = taken.capacity();
        let mut out = Vec::with_capacity(cap);
        // SAFETY: each value is read once, then the allocation is freed without dropping.
        unsafe {
            let data = data_of(taken.0);
            for i in 0..cap {
                out.push(data.add(i).read());
            }
            taken.free_without_dropping();
            std::mem::forget(taken);
        }
        out
    }

    /// Free the allocation, leaving its values to whoever read them out. The array is
    /// left empty.
    unsafe fn free_without_dropping(&mut self) {
        let cap = self.capacity();
        if cap != 0 {
            dealloc(self.0.as_ptr() as *mut u8, layout(cap));
        }
        self.0 = NonNull::from(&EMPTY);
    }
}

impl Default for ValueArray {
    fn default() -> Self {
        ValueArray::empty()
    }
}

impl std::ops::Deref for ValueArray {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `capacity` initialised values follow the head.
        unsafe { std::slice::from_raw_parts(data_of(self.0), self.capacity()) }
    }
}

impl std::ops::DerefMut for ValueArray {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as `deref`, and the array is owned (the empty one has no values to
        // write).
        unsafe { std::slice::from_raw_parts_mut(data_of(self.0), self.capacity()) }
    }
}

impl Drop for ValueArray {
    /// The values drop through `drop_each`, last first (as `drop_values` drops a
    /// `Vec`), so that a linked chain of a million instances does not drop recursively.
    fn drop(&mut self) {
        let cap = self.capacity();
        if cap == 0 {
            return;
        }
        // SAFETY: each value is read out once, last first; the allocation is freed after.
        unsafe {
            let data = data_of(self.0);
            super::drop::drop_each((0..cap).rev().map(|i| data.add(i).read()));
            self.free_without_dropping();
        }
    }
}

fn layout(cap: usize) -> Layout {
    let values = Layout::array::<Value>(cap).expect("attribute count fits in memory");
    Layout::from_size_align(DATA_OFFSET + values.size(), std::mem::align_of::<Head>())
        .expect("attribute count fits in memory")
}

/// The first value of the array at `head`.
#[inline(always)]
unsafe fn data_of(head: NonNull<Head>) -> *mut Value {
    (head.as_ptr() as *mut u8).add(DATA_OFFSET) as *mut Value
}
