//! The cycle collector's header in each container object it can track: two pointers
//! that link the object into its generation's list (CPython's `PyGC_Head`), and a byte
//! of flags: tracked, finalized (PEP 442), the object's kind, and the marks of a
//! running collection.
//!
//! The lists are intrusive and circular, each headed by a sentinel header the `Vm`'s
//! collector owns: registering an object is linking it at a tail, an object that dies
//! unlinks itself in its `Drop` (it only touches its two neighbours, so no `Vm` is
//! needed there), and moving a whole generation is a splice. While a collection
//! examines an object, `prev` holds its count of outside references instead (as
//! CPython keeps `gc_refs` there); nothing drops during that phase.
//!
//! Not the collector's decisions (`vm::gc`), nor the traversal of the object's
//! references (`runtime::traverse`). An object must not move while linked: headers are
//! only linked inside an `Rc`.

use std::cell::Cell;
use std::ptr;

const TRACKED: u8 = 1;
const FINALIZED: u8 = 2;
/// In the object set of a running collection: `prev` holds the reference count.
const COLLECTING: u8 = 4;
/// Found reachable by the running collection.
const REACHABLE: u8 = 8;
/// Passed by the running collection's walk of what is reachable.
const VISITED: u8 = 128;
const KIND_SHIFT: u8 = 4;
/// The marks a collection leaves on the objects it examines.
const MARKS: u8 = COLLECTING | REACHABLE | VISITED;

/// Which container type a tracked header sits in (how to get from the header back to
/// its object).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    List,
    Tuple,
    Dict,
    Set,
    Function,
    Class,
    Instance,
    Generator,
}

const KINDS: [Kind; 8] = [
    Kind::List,
    Kind::Tuple,
    Kind::Dict,
    Kind::Set,
    Kind::Function,
    Kind::Class,
    Kind::Instance,
    Kind::Generator,
];

pub struct GcHeader {
    prev: Cell<*const GcHeader>,
    next: Cell<*const GcHeader>,
    flags: Cell<u8>,
    /// Not the collector's: the rest of the third word, which padding would otherwise
    /// waste, for the owning object (an instance keeps its inline value count in the
    /// byte and its weak count in the word).
    spare_byte: Cell<u8>,
    spare: Cell<u32>,
}

const _: () = assert!(std::mem::size_of::<GcHeader>() == 24);

impl Default for GcHeader {
    fn default() -> Self {
        GcHeader {
            prev: Cell::new(ptr::null()),
            next: Cell::new(ptr::null()),
            flags: Cell::new(0),
            spare_byte: Cell::new(0),
            spare: Cell::new(0),
        }
    }
}

impl GcHeader {
    #[inline]
    pub fn is_tracked(&self) -> bool {
        self.flags.get() & TRACKED != 0
    }

    /// Whether the finalizer ran (it runs at most once per object).
    #[inline]
    pub fn is_finalized(&self) -> bool {
        self.flags.get() & FINALIZED != 0
    }

    #[inline]
    pub fn set_finalized(&self) {
        self.flags.set(self.flags.get() | FINALIZED);
    }

    /// The owning object's word (see the field); the collector never touches it.
    #[inline(always)]
    pub(crate) fn spare(&self) -> u32 {
        self.spare.get()
    }

    #[inline(always)]
    pub(crate) fn set_spare(&self, v: u32) {
        self.spare.set(v)
    }

    /// The owning object's byte (see the field); the collector never touches it.
    #[inline(always)]
    pub(crate) fn spare_byte(&self) -> u8 {
        self.spare_byte.get()
    }

    #[inline(always)]
    pub(crate) fn set_spare_byte(&self, v: u8) {
        self.spare_byte.set(v)
    }

    /// The kind given when the object was linked.
    #[inline]
    pub(crate) fn kind(&self) -> Kind {
        KINDS[(self.flags.get() >> KIND_SHIFT) as usize & 7]
    }

    /// An empty list: a sentinel linked to itself (boxed: its address must not change).
    pub(crate) fn new_list() -> Box<GcHeader> {
        let head = Box::new(GcHeader::default());
        let me: *const GcHeader = &*head;
        head.prev.set(me);
        head.next.set(me);
        head
    }

    /// Link this (untracked, not moving) object at the tail of `list`, marked tracked.
    #[inline]
    pub(crate) fn link_tail(&self, list: &GcHeader, kind: Kind) {
        debug_assert!(!self.is_tracked());
        let keep = self.flags.get() & FINALIZED;
        self.flags
            .set(keep | TRACKED | ((kind as u8) << KIND_SHIFT));
        self.attach_tail(list);
    }

    #[inline]
    fn attach_tail(&self, list: &GcHeader) {
        let last = list.prev.get();
        self.prev.set(last);
        self.next.set(list);
        // SAFETY: `last` is the list's tail (or its sentinel): a live header, since
        // linked objects unlink themselves before they are freed.
        unsafe { (*last).next.set(self) };
        list.prev.set(self);
    }

    /// Take the object out of its list; it is untracked from then on.
    #[inline]
    pub(crate) fn unlink(&self) {
        let (prev, next) = (self.prev.get(), self.next.get());
        if !prev.is_null() {
            // SAFETY: the neighbours of a linked header are live headers.
            unsafe {
                (*prev).next.set(next);
                (*next).prev.set(prev);
            }
        }
        self.forget();
    }

    /// Untracked, with no links (its list is being dismantled as a whole).
    #[inline]
    fn forget(&self) {
        self.prev.set(ptr::null());
        self.next.set(ptr::null());
        self.flags.set(self.flags.get() & !(TRACKED | MARKS));
    }

    /// The first element of the list this sentinel heads (the sentinel itself if empty).
    #[inline]
    pub(crate) fn first(&self) -> *const GcHeader {
        self.next.get()
    }

    /// The element after this one.
    #[inline]
    pub(crate) fn next(&self) -> *const GcHeader {
        self.next.get()
    }

    pub(crate) fn is_empty_list(&self) -> bool {
        ptr::eq(self.next.get(), self)
    }

    /// Walk the list this sentinel heads. Nothing may be linked or unlinked meanwhile.
    pub(crate) fn for_each(&self, mut f: impl FnMut(&GcHeader)) {
        let mut h = self.first();
        while !ptr::eq(h, self) {
            // SAFETY: elements of a list are live headers, and none leaves it during
            // the walk (the caller's contract).
            let hr = unsafe { &*h };
            f(hr);
            h = hr.next();
        }
    }

    pub(crate) fn list_len(&self) -> usize {
        let mut n = 0;
        self.for_each(|_| n += 1);
        n
    }

    /// Move every element of `other` (a sentinel) to the tail of this list, in order.
    pub(crate) fn append_list(&self, other: &GcHeader) {
        if other.is_empty_list() {
            return;
        }
        let (first, last) = (other.next.get(), other.prev.get());
        let tail = self.prev.get();
        // SAFETY: all four are live headers of the two lists.
        unsafe {
            (*tail).next.set(first);
            (*first).prev.set(tail);
            (*last).next.set(self);
        }
        self.prev.set(last);
        let me: *const GcHeader = other;
        other.next.set(me);
        other.prev.set(me);
    }

    /// Unlink every element of the list this sentinel heads (they become untracked):
    /// the list's owner is going away, and objects still alive must not point at it.
    pub(crate) fn dismantle(&self) {
        let mut h = self.first();
        while !ptr::eq(h, self) {
            // SAFETY: as in `for_each`; each element is forgotten after its successor
            // was read.
            let hr = unsafe { &*h };
            h = hr.next();
            hr.forget();
        }
        let me: *const GcHeader = self;
        self.next.set(me);
        self.prev.set(me);
    }

    // The marks of a running collection. `prev` holds the object's count of references
    // from outside the examined set while COLLECTING is set; the list is walked by
    // `next` only meanwhile, and `rebuild_from` restores the `prev` links.

    #[inline]
    pub(crate) fn is_collecting(&self) -> bool {
        self.flags.get() & COLLECTING != 0
    }

    /// Mark as examined, with `refs` references so far.
    #[inline]
    pub(crate) fn start_collecting(&self, refs: isize) {
        self.flags.set(self.flags.get() | COLLECTING);
        self.set_refs(refs);
    }

    #[inline]
    pub(crate) fn refs(&self) -> isize {
        self.prev.get() as isize
    }

    #[inline]
    pub(crate) fn set_refs(&self, refs: isize) {
        self.prev.set(refs as *const GcHeader);
    }

    #[inline]
    pub(crate) fn is_reachable(&self) -> bool {
        self.flags.get() & REACHABLE != 0
    }

    #[inline]
    pub(crate) fn set_reachable(&self) {
        self.flags.set(self.flags.get() | REACHABLE);
    }

    #[inline]
    pub(crate) fn is_visited(&self) -> bool {
        self.flags.get() & VISITED != 0
    }

    #[inline]
    pub(crate) fn set_visited(&self) {
        self.flags.set(self.flags.get() | VISITED);
    }

    /// Link an object met during a collection (untracked so far) at the tail of the
    /// examined set, whose `prev` links are not kept meanwhile.
    pub(crate) fn adopt(&self, set: &GcHeader, kind: Kind, refs: isize) {
        let keep = self.flags.get() & FINALIZED;
        self.flags
            .set(keep | TRACKED | COLLECTING | ((kind as u8) << KIND_SHIFT));
        self.set_refs(refs);
        self.next.set(set);
        let last = set.prev.get();
        // SAFETY: `last` is the set's tail: a live header (or the sentinel).
        unsafe { (*last).next.set(self) };
        set.prev.set(self);
    }

    /// After a collection's examination: walk the set this sentinel heads, ending each
    /// element's marks; `keep(h)` says whether it stays in the list (else it is
    /// unlinked and untracked, after `keep` saw it). Restores the `prev` links.
    pub(crate) fn rebuild_from(&self, mut keep: impl FnMut(&GcHeader) -> bool) {
        let mut tail: *const GcHeader = self;
        let mut h = self.first();
        while !ptr::eq(h, self) {
            // SAFETY: elements of the set are live (nothing drops during the walk:
            // `keep` only reads and takes strong references).
            let hr = unsafe { &*h };
            h = hr.next();
            let stays = keep(hr);
            if stays {
                hr.flags.set(hr.flags.get() & !MARKS);
                hr.prev.set(tail);
                // SAFETY: `tail` is the sentinel or an element kept before.
                unsafe { (*tail).next.set(hr) };
                tail = hr;
            } else {
                hr.forget();
            }
        }
        // SAFETY: as above.
        unsafe { (*tail).next.set(self) };
        self.prev.set(tail);
    }
}

impl Drop for GcHeader {
    fn drop(&mut self) {
        // An object that dies leaves its generation (nothing is dropped while a
        // collection examines objects, so none dies while COLLECTING).
        debug_assert!(!self.is_collecting());
        if self.is_tracked() {
            self.unlink();
        }
    }
}
