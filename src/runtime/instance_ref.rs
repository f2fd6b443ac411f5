//! The counted pointers to an [`Instance`]: [`InstanceRef`] (strong) and [`WeakInstance`],
//! what `Rc<Instance>` and `Weak<Instance>` were, over one allocation that holds the two
//! counts, the instance and, after it, the instance's inline attribute values (CPython's
//! inline values). An `Rc` cannot have a tail of a size chosen at run time; this can,
//! so an instance with three attributes is one malloc chunk, not two.
//!
//! The strong count is a word at the start of the allocation, as in an `Rc` (so that
//! `Value`'s clone and discard are the same machine code for every heap variant); the
//! weak count (32 bits: reaching `u32::MAX` aborts) and the number of inline values sit
//! in the padding of the instance's collector header, which keeps the allocation's
//! header at 56 bytes. How many values follow is the instance's `inline_capacity`,
//! fixed at allocation (`Instance::new`).
//!
//! What it is not: the attribute logic (`runtime::instance_attrs`) or the instance's
//! fields (`runtime::class`). Like `Rc` it is neither `Send` nor `Sync`.

use super::class::Instance;
use super::value::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// The allocation: the counts, the instance, then `inline_capacity` values.
#[repr(C)]
struct InstanceBox {
    strong: Cell<usize>,
    inst: Instance,
}

impl InstanceBox {
    /// The weak pointers, plus one held by all the strong ones together (as `Rc`).
    #[inline(always)]
    fn weak(&self) -> u32 {
        self.inst.gc.spare()
    }

    #[inline(always)]
    fn set_weak(&self, n: u32) {
        self.inst.gc.set_spare(n)
    }
}

/// The values start where the box ends (no padding between: `Value` is word-aligned).
const VALUES_AT: usize = std::mem::size_of::<InstanceBox>();
const _: () = assert!(VALUES_AT == 56);
const _: () =
    assert!(std::mem::offset_of!(InstanceBox, inst) + std::mem::size_of::<Instance>() == VALUES_AT);
const _: () = assert!(std::mem::align_of::<Value>() <= std::mem::align_of::<InstanceBox>());

fn layout(inline: usize) -> Layout {
    let values = Layout::array::<Value>(inline).expect("attribute count fits in memory");
    Layout::from_size_align(
        VALUES_AT + values.size(),
        std::mem::align_of::<InstanceBox>(),
    )
    .expect("attribute count fits in memory")
}

/// A strong reference to an instance. Transparent: `PyErr` holds one as its word.
#[repr(transparent)]
pub struct InstanceRef {
    ptr: NonNull<InstanceBox>,
    _not_send: PhantomData<*const Instance>,
}

/// A weak reference to an instance: keeps the allocation, not the instance, alive.
pub struct WeakInstance {
    ptr: NonNull<InstanceBox>,
    _not_send: PhantomData<*const Instance>,
}

/// The first inline value of the instance at `inst` (inside an `InstanceBox`).
///
/// # Safety
/// `inst` is the `inst` field of an `InstanceBox`.
#[inline(always)]
pub(crate) unsafe fn inline_values_of(inst: *const Instance) -> *mut Value {
    (inst as *mut u8).add(std::mem::size_of::<Instance>()) as *mut Value
}

#[cold]
fn count_overflow() -> ! {
    std::process::abort()
}

impl InstanceRef {
    /// Put `inst` in a new allocation followed by `inline` values, all `None`; the
    /// instance records `inline` as its inline capacity.
    pub(crate) fn new(inst: Instance, inline: u8) -> InstanceRef {
        let layout = layout(inline as usize);
        // SAFETY: the layout is not zero-sized; every field and value is written before
        // the pointer is handed out.
        unsafe {
            let Some(ptr) = NonNull::new(alloc(layout) as *mut InstanceBox) else {
                handle_alloc_error(layout)
            };
            ptr.as_ptr().write(InstanceBox {
                strong: Cell::new(1),
                inst,
            });
            let b = &*ptr.as_ptr();
            b.set_weak(1);
            let inst = &b.inst;
            inst.set_inline_capacity(inline);
            let values = inline_values_of(inst);
            for i in 0..inline as usize {
                values.add(i).write(Value::None);
            }
            InstanceRef {
                ptr,
                _not_send: PhantomData,
            }
        }
    }

    #[inline(always)]
    fn boxed(&self) -> &InstanceBox {
        // SAFETY: a strong reference keeps the box and the instance alive.
        unsafe { self.ptr.as_ref() }
    }

    #[inline(always)]
    pub fn ptr_eq(a: &InstanceRef, b: &InstanceRef) -> bool {
        a.ptr == b.ptr
    }

    /// The instance's address (what `Rc::as_ptr` answered), for identity.
    #[inline(always)]
    pub fn as_ptr(this: &InstanceRef) -> *const Instance {
        &this.boxed().inst
    }

    #[inline(always)]
    pub fn strong_count(this: &InstanceRef) -> usize {
        this.boxed().strong.get()
    }

    pub fn downgrade(this: &InstanceRef) -> WeakInstance {
        let b = this.boxed();
        b.set_weak(b.weak().checked_add(1).unwrap_or_else(|| count_overflow()));
        WeakInstance {
            ptr: this.ptr,
            _not_send: PhantomData,
        }
    }

    /// Give up the reference without dropping it, answering the instance's address
    /// (take it back with [`InstanceRef::from_raw`]).
    pub fn into_raw(this: InstanceRef) -> *const Instance {
        let p = InstanceRef::as_ptr(&this);
        std::mem::forget(this);
        p
    }

    /// The reference given up by [`InstanceRef::into_raw`] (or, wrapped in
    /// `ManuallyDrop`, a borrowed view of a live instance).
    ///
    /// # Safety
    /// `inst` is the address of a live instance inside an `InstanceBox`, and the
    /// caller owns one strong count of it (or never drops the answer).
    pub unsafe fn from_raw(inst: *const Instance) -> InstanceRef {
        let at = (inst as *const u8).sub(std::mem::offset_of!(InstanceBox, inst));
        InstanceRef {
            ptr: NonNull::new_unchecked(at as *mut InstanceBox),
            _not_send: PhantomData,
        }
    }
}

impl Clone for InstanceRef {
    #[inline(always)]
    fn clone(&self) -> InstanceRef {
        let b = self.boxed();
        let n = b.strong.get().wrapping_add(1);
        if n == 0 {
            count_overflow();
        }
        b.strong.set(n);
        InstanceRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl Drop for InstanceRef {
    #[inline]
    fn drop(&mut self) {
        let b = self.boxed();
        let n = b.strong.get() - 1;
        b.strong.set(n);
        if n == 0 {
            // SAFETY: the last strong reference: the instance is dropped once, then the
            // strong references' shared weak count goes.
            unsafe { drop_last(self.ptr) }
        }
    }
}

/// The last strong reference went: drop the instance (its `Drop` drops the inline
/// values), and free the allocation unless weak references remain.
#[inline(never)]
unsafe fn drop_last(ptr: NonNull<InstanceBox>) {
    std::ptr::drop_in_place(&mut (*ptr.as_ptr()).inst);
    release_weak(ptr);
}

/// One weak count fewer; the last frees the allocation. The instance was dropped
/// already, but its inline capacity is still readable: it lives in a plain integer
/// (the collector header's spare word) that dropping does not touch.
unsafe fn release_weak(ptr: NonNull<InstanceBox>) {
    let b = ptr.as_ref();
    let n = b.weak() - 1;
    b.set_weak(n);
    if n == 0 {
        let inline = b.inst.inline_capacity();
        dealloc(ptr.as_ptr() as *mut u8, layout(inline));
    }
}

impl std::ops::Deref for InstanceRef {
    type Target = Instance;
    #[inline(always)]
    fn deref(&self) -> &Instance {
        &self.boxed().inst
    }
}

impl WeakInstance {
    /// The instance, if a strong reference still holds it.
    pub fn upgrade(&self) -> Option<InstanceRef> {
        // SAFETY: a weak reference keeps the allocation (and so the counts) alive.
        let b = unsafe { self.ptr.as_ref() };
        match b.strong.get() {
            0 => return None,
            usize::MAX => count_overflow(),
            n => b.strong.set(n + 1),
        }
        Some(InstanceRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        })
    }

    /// How many strong references the instance has (0 once it is dead).
    pub fn strong_count(&self) -> usize {
        // SAFETY: as in `upgrade`.
        unsafe { self.ptr.as_ref() }.strong.get()
    }

    pub fn ptr_eq(&self, other: &WeakInstance) -> bool {
        self.ptr == other.ptr
    }
}

impl Clone for WeakInstance {
    fn clone(&self) -> WeakInstance {
        // SAFETY: as in `upgrade`.
        let b = unsafe { self.ptr.as_ref() };
        b.set_weak(b.weak().checked_add(1).unwrap_or_else(|| count_overflow()));
        WeakInstance {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl Drop for WeakInstance {
    fn drop(&mut self) {
        // SAFETY: this weak count is given back once.
        unsafe { release_weak(self.ptr) }
    }
}
