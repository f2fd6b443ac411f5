//! Per-instruction attribute caches: what `obj.name` meant the last time one `LoadAttr`,
//! `LoadMethod` or `StoreAttr` instruction ran on an instance, as CPython 3.11's
//! specialised `LOAD_ATTR_INSTANCE_VALUE` / `LOAD_METHOD` / `STORE_ATTR` do.
//!
//! An entry is keyed by the instance's class and that class's MRO stamp (see
//! `Class::mro_stamp`): any write to a namespace along the MRO changes the stamp and the
//! entry misses. What it remembers is the outcome of the descriptor analysis (plain instance
//! attribute, method, class constant, property) plus the instance shape and the index in
//! its value array where the attribute was last found (CPython 3.11 keys this on the
//! shared keys' version; here shapes never change, so their address is the version). This module holds the data; the VM's `attr_fast` fills and
//! reads it. It is not the per-class method cache (`method_cache.rs`).

use super::class::Class;
use super::dict::{namespace_epoch, PyDict};
use super::dunder_site::DunderSite;
use super::shape::Shape;
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// What a cached attribute instruction does on a hit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AttrKind {
    /// Nothing cached (or not cacheable: hooks, user descriptors, non-instances).
    Empty,
    /// The attribute lives in the instance dict (the class has nothing under the name).
    InstanceDict,
    /// The class has a plain function under the name and the instance dict does not
    /// shadow it: `LoadMethod` pushes the function and the instance.
    Method,
    /// The class has a value that is no descriptor (a constant): the instance dict may
    /// still shadow it.
    ClassValue,
    /// The class has a property with a getter (a data descriptor: the dict never wins).
    Property,
    /// The class has an instance of a class with a Python `__get__` (a user descriptor):
    /// the value is the descriptor. Its `__get__` is looked up on each hit, and the
    /// instance dict checked, so the entry holds whatever the descriptor's class becomes.
    UserGet,
    /// `StoreAttr`: no data descriptor and no `__setattr__` hook; store into the dict.
    StoreDict,
}

/// One remembered class at a site.
pub struct Way {
    /// The class the entry is for, compared by address; `keep` pins the address.
    class: Cell<*const Class>,
    keep: RefCell<Weak<Class>>,
    stamp: Cell<u64>,
    /// The namespace epoch (see `dict::namespace_epoch`) at which `stamp` was last seen
    /// to be the class's: while no namespace anywhere is written, the entry holds
    /// without asking the class for its stamp (`u64::MAX`: not checked yet).
    checked: Cell<u64>,
    pub kind: Cell<AttrKind>,
    /// Where the name was last found: the index in the value array of instances of shape
    /// `shape` (or, for a store, the index written).
    pub hint: Cell<u32>,
    /// The instance shape the entry's facts hold for, compared by address (null: none).
    /// For `InstanceDict` and `StoreDict`, the shape whose values have the name at `hint`
    /// (for a store that adds the name, the shape before it); for `Method` and
    /// `ClassValue`, a shape known not to have the name. Shapes live as long as their
    /// class, which `keep` pins while the entry is for it.
    pub shape: Cell<*const Shape>,
    /// For a store that adds the name: the shape the instance moves to.
    pub next: RefCell<Option<Rc<Shape>>>,
    /// The method, class value, property getter or descriptor of the `Method`,
    /// `ClassValue`, `Property` and `UserGet` kinds.
    value: RefCell<Value>,
}

impl Default for Way {
    fn default() -> Self {
        Way {
            class: Cell::new(std::ptr::null()),
            keep: RefCell::new(Weak::new()),
            stamp: Cell::new(0),
            checked: Cell::new(u64::MAX),
            kind: Cell::new(AttrKind::Empty),
            hint: Cell::new(u32::MAX),
            shape: Cell::new(std::ptr::null()),
            next: RefCell::new(None),
            value: RefCell::new(Value::None),
        }
    }
}

impl Way {
    #[inline]
    pub fn value(&self) -> Value {
        self.value.borrow().clone()
    }

    /// Some namespace was written since the entry was last checked: compare the class's
    /// stamp, and remember the epoch it held at. The epoch is read first, so a write
    /// meanwhile leaves the entry to be checked again.
    #[inline(never)]
    fn recheck(&self, class: &Rc<Class>) -> Option<&Way> {
        let epoch = namespace_epoch();
        if self.stamp.get() != class.mro_stamp() {
            return None;
        }
        self.checked.set(epoch);
        Some(self)
    }
}

/// How many classes one site remembers: a call site such as `task.run()` over a few
/// subclasses stays cached (CPython backs its single entry with a per-type cache; here
/// the per-class method cache is that second level).
const WAYS: usize = 4;

#[derive(Default)]
pub struct AttrCache {
    ways: [Way; WAYS],
    /// The way the next fill replaces.
    next: Cell<u8>,
}

impl AttrCache {
    /// The entry for this class under its current stamp, if any.
    #[inline(always)]
    pub fn find(&self, class: &Rc<Class>) -> Option<&Way> {
        let ptr = Rc::as_ptr(class);
        let way = self.ways.iter().find(|w| w.class.get() == ptr)?;
        if way.checked.get() == namespace_epoch() {
            return Some(way);
        }
        way.recheck(class)
    }

    /// The cached kind for this class (`Empty` when nothing valid is cached).
    #[inline(always)]
    pub fn kind_for(&self, class: &Rc<Class>) -> (AttrKind, Option<&Way>) {
        match self.find(class) {
            Some(w) => (w.kind.get(), Some(w)),
            None => (AttrKind::Empty, None),
        }
    }

    /// Remember `kind` (with its value) for `class` under `stamp`, in the class's own way
    /// if it has one, else in the next way round. The way's shape facts start empty.
    pub fn fill(&self, class: &Rc<Class>, stamp: u64, kind: AttrKind, value: Value) -> &Way {
        let ptr = Rc::as_ptr(class);
        let way = match self.ways.iter().find(|w| w.class.get() == ptr) {
            Some(w) => w,
            None => {
                let i = self.next.get() as usize % WAYS;
                self.next.set(((i + 1) % WAYS) as u8);
                let w = &self.ways[i];
                w.class.set(ptr);
                *w.keep.borrow_mut() = Rc::downgrade(class);
                w.hint.set(u32::MAX);
                w
            }
        };
        way.stamp.set(stamp);
        way.checked.set(u64::MAX);
        way.kind.set(kind);
        way.shape.set(std::ptr::null());
        let old = (way.value.replace(value), way.next.take());
        drop(old);
        way
    }
}

/// Which cache an instruction has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SiteKind {
    None,
    /// `LoadAttr`, `LoadMethod`, `StoreAttr`: an [`AttrCache`].
    Attr,
    /// `BinaryOp`: a [`DunderSite`].
    Dunder,
}

/// The caches of one code object, with the map from instruction index to cache.
pub struct AttrCaches {
    /// Per instruction: its index among the caches of its kind, or `u32::MAX` for
    /// instructions without one.
    slot: Box<[u32]>,
    caches: Box<[AttrCache]>,
    dunders: Box<[DunderSite]>,
}

impl AttrCaches {
    /// One cache per instruction, of the kind `kind` gives it.
    pub fn new<T>(instrs: &[T], kind: impl Fn(&T) -> SiteKind) -> AttrCaches {
        let (mut attrs, mut dunders) = (0u32, 0u32);
        let slot = instrs
            .iter()
            .map(|i| {
                let counter = match kind(i) {
                    SiteKind::None => return u32::MAX,
                    SiteKind::Attr => &mut attrs,
                    SiteKind::Dunder => &mut dunders,
                };
                *counter += 1;
                *counter - 1
            })
            .collect();
        let caches = (0..attrs).map(|_| AttrCache::default()).collect();
        let dunders = (0..dunders).map(|_| DunderSite::default()).collect();
        AttrCaches {
            slot,
            caches,
            dunders,
        }
    }

    /// The cache of the attribute instruction at `ip`.
    #[inline(always)]
    pub fn at(&self, ip: usize) -> Option<&AttrCache> {
        let s = *self.slot.get(ip)?;
        self.caches.get(s as usize)
    }

    /// The cache of the operator instruction at `ip`.
    #[inline(always)]
    pub fn dunder_at(&self, ip: usize) -> Option<&DunderSite> {
        let s = *self.slot.get(ip)?;
        self.dunders.get(s as usize)
    }
}

/// `LoadGlobal`'s memory that a name is absent from a globals dict, so that a builtin
/// (`len`, `range`, ...) costs one hinted probe of the builtins instead of a missed probe
/// of the globals first (CPython's `LOAD_GLOBAL_BUILTIN` with its dict-version guard).
/// Valid while that dict's key set is unchanged: any insertion or deletion changes its
/// `version`.
pub struct AbsentGuard {
    dict: Cell<*const PyDict>,
    keep: RefCell<Weak<PyDict>>,
    version: Cell<u64>,
    /// Where the name was last found in the builtins.
    pub builtin_hint: Cell<u32>,
}

impl Default for AbsentGuard {
    fn default() -> Self {
        AbsentGuard {
            dict: Cell::new(std::ptr::null()),
            keep: RefCell::new(Weak::new()),
            version: Cell::new(0),
            builtin_hint: Cell::new(u32::MAX),
        }
    }
}

impl AbsentGuard {
    /// The name is known to be absent from `globals`.
    #[inline(always)]
    pub fn absent_from(&self, globals: &Rc<PyDict>) -> bool {
        self.dict.get() == Rc::as_ptr(globals) && self.version.get() == globals.version()
    }

    /// Remember that the name is absent from `globals` as it is now.
    pub fn remember(&self, globals: &Rc<PyDict>) {
        if self.dict.get() != Rc::as_ptr(globals) {
            self.dict.set(Rc::as_ptr(globals));
            *self.keep.borrow_mut() = Rc::downgrade(globals);
        }
        self.version.set(globals.version());
    }
}
