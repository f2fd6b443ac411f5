//! Classes and instances: the user-visible type system.
//!
//! Every type — builtin or defined by a `class` statement — is a [`Class`] with a name,
//! bases, a C3 method resolution order and a namespace dict. An [`Instance`] is an object
//! of a user class (or of a builtin class with no `Value` variant of its own, such as the
//! exceptions); its [`Payload`] holds the native state a builtin base class needs.

use super::dict::PyDict;
use super::error::{exc_payload, type_error, ExcData, PyResult};
use super::instance_attrs::{AttrView, InstanceAttrs};
use super::instance_ref::InstanceRef;
use super::method_cache::MethodCache;
use super::shape::Shape;
use super::str::{PyStr, StrRef};
use super::value::Value;
use super::value_array::ValueArray;
use std::cell::{Cell, OnceCell, RefCell, UnsafeCell};

/// The builtin classes CPython does not let a class statement derive from (their
/// `Py_TPFLAGS_BASETYPE` is unset).
const FINAL_BUILTINS: &[&str] = &[
    "bool",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "range",
    "slice",
    "memoryview",
    "function",
    "builtin_function_or_method",
    "method",
    "generator",
    "coroutine",
    "async_generator",
    "code",
    "cell",
    "mappingproxy",
];
use std::rc::Rc;

/// The native layout a class's instances have, inherited from its builtin bases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain `object`: only a `__dict__`.
    Object,
    /// BaseException and its subclasses: args, traceback, chaining.
    Exception,
    /// Builtin types whose instances are their own `Value` variants (int, str, list, ...):
    /// user subclasses of these keep the builtin value in [`Payload::Base`].
    Builtin,
    /// `collections.deque` and its subclasses: the ring buffer in [`Payload::Deque`].
    Deque,
}

pub struct Class {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<Rc<Class>>>,
    /// The MRO without the class itself (storing itself would be a reference cycle).
    pub mro_tail: RefCell<Vec<Rc<Class>>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    /// Defined natively (its methods are builtins; attributes cannot be set).
    pub is_builtin: bool,
    /// The attribute names instances may have when every class in the MRO declares
    /// `__slots__` (so instances have no `__dict__`); None when attributes are free.
    pub slots: Option<Vec<Rc<str>>>,
    /// The metaclass when it is not `type` (None for plain classes, so instance creation
    /// and attribute lookup test one pointer for the common case).
    pub meta: Option<Rc<Class>>,
    pub weakrefs: super::weakref::WeakList,
    /// The classes that name this one among their bases, oldest first, held weakly as
    /// CPython's `tp_subclasses` (what `__subclasses__()` answers).
    subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    pub gc: super::gc_header::GcHeader,
    /// The VM's finalizer queue, once the class has a `__del__` (see `vm::gc::finalize`).
    pub finalizer: std::cell::OnceCell<Rc<crate::vm::mailbox::Mailbox>>,
    /// What `lookup` found along the MRO, valid while no namespace in the MRO changes.
    pub(crate) cache: MethodCache,
    /// (namespace epoch, MRO stamp): the stamp as computed when the epoch last had
    /// that value (no class namespace written since, so it still holds).
    stamp_memo: Cell<(u64, u64)>,
    /// Added to the namespaces' write sum, so that the stamp still changes when the MRO
    /// itself is replaced (`__bases__` assignment, [`Class::replace_mro`]).
    stamp_offset: Cell<u64>,
    /// The empty shape at the root of the tree of this class's instance layouts.
    pub shape_root: Rc<Shape>,
    /// The most attributes an instance of the class has had: new value arrays get this
    /// capacity at once.
    pub attr_hint: Cell<u32>,
    /// Whether calling the class is object's `__new__` and a plain Python `__init__`.
    pub(crate) init_memo: super::init_memo::InitMemo,
    /// The MRO stamp under which the class was found to have neither `__bool__` nor
    /// `__len__` (its instances are all true); `u64::MAX` when not known.
    pub(crate) always_true: Cell<u64>,
    /// (MRO stamp, answer): whether the class keeps `object`'s `__eq__` and `__ne__`
    /// (its instances compare by identity), as found under that stamp; `u64::MAX` when
    /// not known.
    pub(crate) identity_eq: Cell<(u64, bool)>,
}

impl Class {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// The name CPython's messages show for the class (its `tp_name`): `collections.deque`
    /// for deque, which CPython defines in C under its module's name, the plain name for
    /// every other class here.
    pub fn tp_name(&self) -> Rc<str> {
        if self.is_builtin && self.layout == Layout::Deque || self.stands_in_for_c_type() {
            return format!("{}.{}", self.module.borrow(), self.name.borrow()).into();
        }
        self.name()
    }

    /// A class of an embedded module that CPython writes in C (`datetime.date`,
    /// `decimal.Decimal`, `functools.partial`): its messages name it with its module,
    /// as a C type's `tp_name` does.
    fn stands_in_for_c_type(&self) -> bool {
        let module = self.module.borrow();
        match &**module {
            "datetime" | "decimal" | "array" | "itertools" | "operator" => true,
            "functools" => matches!(&**self.name.borrow(), "partial"),
            "collections" => matches!(&**self.name.borrow(), "OrderedDict" | "defaultdict"),
            _ => false,
        }
    }

    /// Whether instances can have attributes of their own: not those of `object()` or
    /// of a natively defined class such as `deque` (a subclass made by a `class`
    /// statement can).
    #[inline]
    pub fn instances_have_dict(&self) -> bool {
        !(self.is_builtin && matches!(self.layout, Layout::Object | Layout::Deque))
    }

    pub fn new_builtin(name: &str, bases: Vec<Rc<Class>>, layout: Layout) -> Rc<Class> {
        let mro_tail = Self::linearize(&bases).unwrap_or_default();
        let dict = Rc::new(PyDict::new());
        // Every class has its own `__doc__`, so none inherits object's.
        dict.set_by_str("__doc__", Value::None);
        dict.mark_namespace();
        let class = Rc::new(Class {
            name: RefCell::new(name.into()),
            qualname: RefCell::new(name.into()),
            module: RefCell::new("builtins".into()),
            bases: RefCell::new(bases),
            mro_tail: RefCell::new(mro_tail),
            dict,
            layout,
            is_builtin: true,
            slots: None,
            meta: None,
            weakrefs: Default::default(),
            subclasses: Default::default(),
            gc: Default::default(),
            finalizer: Default::default(),
            cache: MethodCache::default(),
            stamp_memo: Cell::new((u64::MAX, 0)),
            stamp_offset: Cell::new(0),
            shape_root: Shape::root(),
            attr_hint: Cell::new(0),
            init_memo: Default::default(),
            always_true: Cell::new(u64::MAX),
            identity_eq: Cell::new((u64::MAX, false)),
        });
        class.register_with_bases();
        class
    }

    /// A class made by a `class` statement or `type(name, bases, dict)`; `meta` is its
    /// metaclass when that is not `type`.
    pub fn new_user(
        name: &str,
        qualname: &str,
        bases: Vec<Rc<Class>>,
        dict: Rc<PyDict>,
        meta: Option<Rc<Class>>,
    ) -> PyResult<Rc<Class>> {
        Self::check_bases(&bases)?;
        let mro_tail = Self::linearize(&bases)?;
        let layout = bases
            .iter()
            .map(|b| b.layout)
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        let module = match dict.get_by_str("__module__") {
            Some(Value::Str(s)) => Rc::from(s.as_str()),
            _ => Rc::from("__main__"),
        };
        let slots = Self::slot_names(name, &dict, &bases);
        // As CPython's `type.__new__`: a class without a docstring has `__doc__` None
        // of its own, so none inherits object's.
        if dict.get_by_str("__doc__").is_none() {
            dict.set_by_str("__doc__", Value::None);
        }
        dict.mark_namespace();
        let class = Rc::new(Class {
            name: RefCell::new(name.into()),
            qualname: RefCell::new(qualname.into()),
            module: RefCell::new(module),
            bases: RefCell::new(bases),
            mro_tail: RefCell::new(mro_tail),
            dict,
            layout,
            is_builtin: false,
            slots,
            meta,
            weakrefs: Default::default(),
            subclasses: Default::default(),
            gc: Default::default(),
            finalizer: Default::default(),
            cache: MethodCache::default(),
            stamp_memo: Cell::new((u64::MAX, 0)),
            stamp_offset: Cell::new(0),
            shape_root: Shape::root(),
            attr_hint: Cell::new(0),
            init_memo: Default::default(),
            always_true: Cell::new(u64::MAX),
            identity_eq: Cell::new((u64::MAX, false)),
        });
        class.register_with_bases();
        Ok(class)
    }

    /// Enter the class in each base's list of subclasses. Dead entries are dropped when
    /// the list doubles, so a base of many short-lived classes keeps a bounded list.
    pub(crate) fn register_with_bases(self: &Rc<Class>) {
        for base in self.bases.borrow().iter() {
            let mut subs = base.subclasses.borrow_mut();
            if subs.len() >= 16 && subs.len().is_power_of_two() {
                subs.retain(|w| w.strong_count() > 0);
            }
            subs.push(Rc::downgrade(self));
        }
    }

    /// Take the class out of the lists of subclasses of `bases` (its bases until
    /// `__bases__` was assigned).
    pub(crate) fn unregister_from(self: &Rc<Class>, bases: &[Rc<Class>]) {
        for base in bases {
            base.subclasses
                .borrow_mut()
                .retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(self)));
        }
    }

    /// The live subclasses that name this class among their bases, oldest first.
    pub fn subclasses(&self) -> Vec<Rc<Class>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .collect()
    }

    /// `__slots__` of the class and its bases, or None if any of them allows a `__dict__`.
    /// Private names are mangled, as the methods that set them are (`__x` in class `C`
    /// is the attribute `_C__x`).
    fn slot_names(name: &str, dict: &PyDict, bases: &[Rc<Class>]) -> Option<Vec<Rc<str>>> {
        let own: Vec<Rc<str>> = slot_items(&dict.get_by_str("__slots__")?)?
            .iter()
            .filter_map(|v| v.as_pystr().map(|s| s.as_str().into()))
            .collect();
        if own.iter().any(|s| &**s == "__dict__") {
            return None;
        }
        let mut all: Vec<Rc<str>> = own
            .iter()
            .map(|s| crate::compiler::mangle::mangle(Some(name), s))
            .collect();
        for b in bases {
            if b.is_builtin {
                // A deque's items are not attributes: its subclasses may have slots.
                if !matches!(b.layout, Layout::Object | Layout::Deque) {
                    return None;
                }
                continue;
            }
            all.extend(b.slots.clone()?);
        }
        Some(all)
    }

    /// CPython's checks on a new class's bases: no base twice, and the builtin bases whose
    /// instance layouts they carry must be one chain (`class X(int, str)` cannot be).
    /// CPython's order: each base's acceptability and the layouts first (`best_base`),
    /// the duplicates when the MRO is computed.
    pub(crate) fn check_bases(bases: &[Rc<Class>]) -> PyResult<()> {
        let mut solid: Option<Rc<Class>> = None;
        for b in bases {
            if b.is_builtin && FINAL_BUILTINS.contains(&&*b.name()) {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.tp_name()
                )));
            }
            let Some(s) = b.solid_base() else { continue };
            solid = match solid {
                None => Some(s),
                Some(cur) if s.is_subclass(&cur) => Some(s),
                Some(cur) if cur.is_subclass(&s) => Some(cur),
                Some(_) => return Err(type_error("multiple bases have instance lay-out conflict")),
            };
        }
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
                return Err(type_error(format!("duplicate base class {}", b.name())));
            }
        }
        Ok(())
    }

    /// The builtin class whose instance layout this class's instances have: the first
    /// builtin class with a value layout in the MRO (BaseException for all exceptions).
    pub(crate) fn solid_base(self: &Rc<Self>) -> Option<Rc<Class>> {
        match self.layout {
            Layout::Object => None,
            Layout::Exception => self
                .mro()
                .into_iter()
                .rev()
                .find(|c| c.is_builtin && c.layout == Layout::Exception),
            Layout::Builtin | Layout::Deque => self.mro().into_iter().find(|c| c.is_builtin),
        }
    }

    /// C3 linearization of the bases (the MRO minus the class itself).
    pub(crate) fn linearize(bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
        let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro()).collect();
        seqs.push(bases.to_vec());
        let mut out: Vec<Rc<Class>> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut picked = None;
            for s in &seqs {
                let head = &s[0];
                let in_tail = seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
                if !in_tail {
                    picked = Some(head.clone());
                    break;
                }
            }
            let Some(next) = picked else {
                // CPython names the classes still at the heads of the lists to merge.
                let mut heads: Vec<&Rc<Class>> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                        heads.push(&s[0]);
                    }
                }
                let names: Vec<String> = heads.iter().map(|h| h.name().to_string()).collect();
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &next) {
                    s.remove(0);
                }
            }
            out.push(next);
        }
    }

    /// The full MRO, the class first.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro_tail.borrow().iter().cloned());
        v
    }

    /// Look a name up along the MRO (through the class's method cache).
    #[inline]
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        let stamp = self.mro_stamp();
        match self.cache.get(stamp, name.hash(), name.as_str()) {
            Some(found) => found,
            None => {
                let found = self.lookup_uncached(name);
                // The caller's string itself, not a copy: the next lookup by the same
                // (usually interned) name then matches by address, without comparing
                // the text.
                self.cache.insert(stamp, name.hash(), name.to_ref(), &found);
                found
            }
        }
    }

    /// `lookup` by a Rust string, without allocating on a cache hit.
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        let stamp = self.mro_stamp();
        // The same hash as `PyStr::hash`, which `lookup` keys the cache by.
        let hash = super::string_hash::str_hash(name, name.is_ascii()) as u64;
        match self.cache.get(stamp, hash, name) {
            Some(found) => found,
            None => {
                let key = PyStr::new(name);
                let found = self.lookup_uncached(&key);
                self.cache.insert(stamp, hash, key, &found);
                found
            }
        }
    }

    /// A `__getattribute__` other than object's is in the MRO (assigned in the class body
    /// or later): attribute access must call it. Remembered per MRO stamp, so plain
    /// attribute access pays one comparison for the hook.
    #[inline]
    pub fn getattribute_hook(&self) -> bool {
        let stamp = self.mro_stamp();
        if let Some(hook) = self.cache.hook(stamp) {
            return hook;
        }
        let found = self.lookup_uncached(&PyStr::new("__getattribute__"));
        let hook = matches!(found, Some(v) if !matches!(v, Value::Builtin(_)));
        self.cache.set_hook(stamp, hook);
        hook
    }

    /// The walk along the MRO's namespaces that the cache saves.
    fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in self.mro_tail.borrow().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// A number that changes whenever any namespace along the MRO is written: the sum of
    /// their write counters (each only grows, so any write changes the sum). This is the
    /// version tag the method cache and the instruction caches are checked against.
    #[inline]
    pub fn mro_stamp(&self) -> u64 {
        let epoch = super::dict::namespace_epoch();
        let (seen, stamp) = self.stamp_memo.get();
        if seen == epoch {
            return stamp;
        }
        let stamp = self
            .namespace_writes()
            .wrapping_add(self.stamp_offset.get());
        self.stamp_memo.set((epoch, stamp));
        stamp
    }

    /// The sum of the write counters of the namespaces along the MRO.
    fn namespace_writes(&self) -> u64 {
        let mut sum = self.dict.writes();
        for c in self.mro_tail.borrow().iter() {
            sum = sum.wrapping_add(c.dict.writes());
        }
        sum
    }

    /// Give the class new bases and the MRO computed from them, answering the old pair.
    /// The stamp moves on by one, whatever the new MRO's namespaces have counted, so
    /// nothing cached under the old MRO is found again.
    pub(crate) fn replace_mro(
        &self,
        bases: Vec<Rc<Class>>,
        tail: Vec<Rc<Class>>,
    ) -> (Vec<Rc<Class>>, Vec<Rc<Class>>) {
        let before = self.mro_stamp();
        let old_bases = std::mem::replace(&mut *self.bases.borrow_mut(), bases);
        let old_tail = std::mem::replace(&mut *self.mro_tail.borrow_mut(), tail);
        let offset = before.wrapping_add(1).wrapping_sub(self.namespace_writes());
        self.stamp_offset.set(offset);
        super::dict::advance_namespace_epoch();
        (old_bases, old_tail)
    }

    /// The class in the MRO whose dict holds `name`.
    pub fn lookup_owner(self: &Rc<Self>, name: &PyStr) -> Option<Rc<Class>> {
        self.mro()
            .into_iter()
            .find(|c| c.dict.get_str(name).is_some())
    }

    pub fn is_subclass(&self, other: &Rc<Class>) -> bool {
        if std::ptr::eq(self, Rc::as_ptr(other)) {
            return true;
        }
        self.mro_tail.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// An instance's class: read as an `Rc<Class>` (through `Deref`), replaced only by
/// `__class__` assignment ([`Instance::set_class`]).
///
/// A `Cell` cannot lend the `&Rc<Class>` every attribute lookup wants, so the slot is an
/// `UnsafeCell`. Replacing it while such a reference lives is sound in practice because
/// the replaced class is never freed while the interpreter runs: `set_class` hands it back
/// and the VM keeps it (`Vm::retired_classes`), so a reference read before the assignment
/// still points at a live class.
pub struct ClassSlot(UnsafeCell<Rc<Class>>);

impl ClassSlot {
    pub fn new(class: Rc<Class>) -> ClassSlot {
        ClassSlot(UnsafeCell::new(class))
    }

    /// Put `class` in the slot, answering the class it held, which the caller must keep
    /// alive for the interpreter's life (`Vm::retire_class`).
    #[must_use]
    pub fn replace(&self, class: Rc<Class>) -> Rc<Class> {
        // SAFETY: see the type's doc: the old class goes back to the caller, not dropped.
        unsafe { std::mem::replace(&mut *self.0.get(), class) }
    }
}

impl std::ops::Deref for ClassSlot {
    type Target = Rc<Class>;
    #[inline(always)]
    fn deref(&self) -> &Rc<Class> {
        // SAFETY: see the type's doc: the slot is written only by `Instance::set_class`,
        // whose caller keeps the class it replaces alive.
        unsafe { &*self.0.get() }
    }
}

/// Native state of an instance, decided by its class's [`Layout`].
pub enum Payload {
    None,
    /// Only exceptions pay for the exception state. Boxed, as the deque's items are, so
    /// that the rare box of a subclass of a builtin (a namedtuple's instance) stays small.
    Exception(Box<RefCell<ExcData>>),
    /// The builtin value a subclass of int/str/list/dict/... wraps.
    Base(RefCell<Value>),
    /// The items of a deque (or of an instance of a deque subclass).
    Deque(Box<RefCell<super::deque::DequeData>>),
}

/// What `Instance::payload` answers for plain instances, which store no payload at all.
const NO_PAYLOAD: &Payload = &Payload::None;

/// An instance of a class: 48 bytes, followed in its allocation by its inline attribute
/// values, with the 8 bytes of counts before it (`runtime::instance_ref`: a plain
/// instance with three attributes is one 112-byte malloc chunk). The attributes are
/// addressed through a shape (`runtime::instance_attrs`); the payload, the weak-reference
/// list, a materialised `__dict__` and values that outgrew the inline room share one box
/// that plain instances never allocate.
pub struct Instance {
    pub class: ClassSlot,
    /// The attributes' shape; None once the attributes are a dict (in the rare box).
    pub(super) shape: UnsafeCell<Option<Rc<Shape>>>,
    pub(super) rare: OnceCell<Box<Rare>>,
    /// The collector's links; its spare word holds the inline value count.
    pub gc: super::gc_header::GcHeader,
}

const _: () = assert!(std::mem::size_of::<Instance>() == 48);

/// What only some instances need: a payload (exceptions, subclasses of builtins and
/// deques, from creation), weak references (from the first `weakref.ref`), the
/// `__dict__` once asked for, and the values once they outgrow the inline room.
pub(super) struct Rare {
    payload: Payload,
    weakrefs: super::weakref::WeakList,
    pub(super) dict: UnsafeCell<Option<Rc<PyDict>>>,
    pub(super) spill: UnsafeCell<ValueArray>,
}

// One 64-byte malloc chunk at most: every instance of a subclass of a builtin has one.
const _: () = assert!(std::mem::size_of::<Rare>() <= 56);

impl Rare {
    pub(super) fn new(payload: Payload) -> Rare {
        Rare {
            payload,
            weakrefs: Default::default(),
            dict: UnsafeCell::new(None),
            spill: UnsafeCell::new(ValueArray::empty()),
        }
    }

    fn with_payload(payload: Payload) -> OnceCell<Box<Rare>> {
        OnceCell::from(Box::new(Rare::new(payload)))
    }
}

impl Instance {
    #[allow(clippy::new_ret_no_self)] // the instance lives in its own counted allocation
    pub fn new(class: Rc<Class>) -> InstanceRef {
        let rare = match class.layout {
            Layout::Exception => Rare::with_payload(exc_payload(Value::tuple(vec![]))),
            Layout::Builtin => Rare::with_payload(Payload::Base(RefCell::new(Value::None))),
            Layout::Deque => Rare::with_payload(Payload::Deque(Box::default())),
            Layout::Object => OnceCell::new(),
        };
        Instance::with_rare(class, rare)
    }

    pub fn new_exception(class: Rc<Class>, args: Value) -> InstanceRef {
        Instance::with_rare(class, Rare::with_payload(exc_payload(args)))
    }

    /// An exception instance holding `data` (a pending error given its class).
    pub fn new_exception_data(class: Rc<Class>, data: super::error::ExcData) -> InstanceRef {
        let payload = Payload::Exception(Box::new(std::cell::RefCell::new(data)));
        Instance::with_rare(class, Rare::with_payload(payload))
    }

    /// An instance of `class` with room inline for as many attributes as its instances
    /// usually have (so that they sit in the instance's own allocation).
    fn with_rare(class: Rc<Class>, rare: OnceCell<Box<Rare>>) -> InstanceRef {
        // The hint never passes the shape tree's limit, which fits a byte.
        let room = class.attr_hint.get().min(super::shape::MAX_ATTRS as u32) as u8;
        InstanceRef::new(
            Instance {
                shape: UnsafeCell::new(Some(class.shape_root.clone())),
                class: ClassSlot::new(class),
                rare,
                gc: Default::default(),
            },
            room,
        )
    }

    /// A bare instance of `object` whose attributes start at `root`, with `room` inline
    /// values (for the attribute storage's tests).
    #[cfg(test)]
    pub(crate) fn for_test(root: Rc<Shape>, room: u8) -> InstanceRef {
        InstanceRef::new(
            Instance {
                shape: UnsafeCell::new(Some(root)),
                class: ClassSlot::new(Class::new_builtin("object", vec![], Layout::Object)),
                rare: OnceCell::new(),
                gc: Default::default(),
            },
            room,
        )
    }

    /// The rare box, made on first need.
    pub(super) fn rare_box(&self) -> &Rare {
        self.rare.get_or_init(|| Box::new(Rare::new(Payload::None)))
    }

    #[inline]
    pub fn payload(&self) -> &Payload {
        match self.rare.get() {
            Some(rare) => &rare.payload,
            None => NO_PAYLOAD,
        }
    }

    /// The weak pointers to this instance (the list is made on first request).
    pub fn weakrefs(&self) -> &super::weakref::WeakList {
        &self.rare_box().weakrefs
    }

    /// The items of a deque (or deque subclass instance).
    #[inline]
    pub fn deque(&self) -> Option<&RefCell<super::deque::DequeData>> {
        match self.payload() {
            Payload::Deque(d) => Some(d),
            _ => None,
        }
    }

    pub fn exc_data(&self) -> Option<&RefCell<ExcData>> {
        match self.payload() {
            Payload::Exception(d) => Some(d),
            _ => None,
        }
    }

    /// The attribute storage (values through shapes, or the materialised dict).
    #[inline(always)]
    pub fn attrs(&self) -> InstanceAttrs<'_> {
        InstanceAttrs(self)
    }

    /// The instance's own attribute `name` (what its `__dict__` holds).
    #[inline]
    pub fn get_attr(&self, name: &PyStr) -> Option<Value> {
        self.attrs().get(name)
    }

    pub fn get_attr_by_str(&self, name: &str) -> Option<Value> {
        self.attrs().get_by_str(name)
    }

    /// Set the instance's own attribute `name`.
    #[inline]
    pub fn set_attr(&self, name: StrRef, v: Value) {
        self.attrs().set(name, v, &self.class.attr_hint)
    }

    pub fn set_attr_by_str(&self, name: &str, v: Value) {
        self.set_attr(PyStr::new(name), v)
    }

    /// Remove the instance's own attribute `name`, answering its value.
    pub fn del_attr(&self, name: &PyStr) -> Option<Value> {
        self.attrs().remove(name)
    }

    /// The instance's `__dict__`, made on first request and kept as the storage from then
    /// on (writes through it are attribute writes).
    pub fn dict(&self) -> Rc<PyDict> {
        self.attrs().dict()
    }

    /// The references the attributes hold, for the cycle collector; `f` must run no
    /// Python code.
    pub fn view_attrs<R>(&self, f: impl FnOnce(AttrView<'_>) -> R) -> R {
        self.attrs().view(f)
    }

    /// `__class__ = class`, the checks done (`vm::class_assign`): the attributes move to
    /// the new class's shape tree, so attribute caches, which key on class and shape,
    /// see exactly what an instance made by `class` would show. Answers the class
    /// replaced, which the caller must keep alive (see [`ClassSlot`]).
    #[must_use]
    pub fn set_class(&self, class: Rc<Class>) -> Rc<Class> {
        self.attrs().rehome(&class.shape_root, &class.attr_hint);
        self.class.replace(class)
    }

    /// Drop every attribute (the cycle collector breaks cycles so).
    pub fn clear_attrs(&self) {
        self.attrs().clear(&self.class.shape_root)
    }
}

impl Drop for Instance {
    /// The last reference went away: a class with `__del__` gets the contents back in a
    /// new instance, queued for its finalizer (no Python code runs inside a `Drop`).
    /// The inline values are not fields: they drop here.
    fn drop(&mut self) {
        if let Some(queue) = self.class.finalizer.get().cloned() {
            if !self.gc.is_finalized() {
                self.revive(queue);
            }
        }
        self.drop_inline_values();
    }
}

impl Instance {
    /// Move the contents to a new instance queued for `__del__`. The payload, a dict and
    /// spilled values move with the attributes; the weak references stay here and are
    /// told of this one's death.
    fn revive(&mut self, queue: Rc<crate::vm::mailbox::Mailbox>) {
        let rare = match self.rare.get_mut() {
            Some(rare) => {
                let mut moved = Rare::new(std::mem::replace(&mut rare.payload, Payload::None));
                std::mem::swap(&mut moved.dict, &mut rare.dict);
                std::mem::swap(&mut moved.spill, &mut rare.spill);
                OnceCell::from(Box::new(moved))
            }
            None => OnceCell::new(),
        };
        let revived = InstanceRef::new(
            Instance {
                class: ClassSlot::new(self.class.clone()),
                shape: UnsafeCell::new(None),
                rare,
                gc: Default::default(),
            },
            self.inline_capacity() as u8,
        );
        self.move_attrs_to(&revived);
        revived.gc.set_finalized();
        crate::vm::gc::finalize::queue(&queue, crate::vm::gc::finalize::Pending::Del(revived));
    }
}

/// The items of a `__slots__` value as the class statement gave them (a str is one name;
/// a dict's keys, as statistics.NormalDist declares its slots with docstrings); None for
/// kinds the class machinery does not read as slots.
pub fn slot_items(slots: &Value) -> Option<Vec<Value>> {
    Some(match slots {
        Value::Str(_) => vec![slots.clone()],
        Value::Tuple(t) => t.items.to_vec(),
        Value::List(l) => l.snapshot().to_vec(),
        Value::Dict(d) => d.keys(),
        _ => return None,
    })
}
