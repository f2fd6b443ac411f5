//! An instance's attributes: values addressed through a shared [`Shape`], or, once
//! anybody asks for the instance's `__dict__` (or the shape tree gives up), a real dict
//! that is from then on the only truth.
//!
//! The values live inline, after the instance in its one allocation
//! (`runtime::instance_ref`), as many as the class's instances usually have when the
//! instance is made (`Class::attr_hint`). An instance that gets more moves all of them
//! to a growable array in its rare box (spilled); the dict too lives in the rare box,
//! the instance's shape word being `None` then. So a plain instance is one allocation
//! of 56 bytes plus its values.
//!
//! The storage is read and written through `UnsafeCell`s rather than `RefCell`s (borrow
//! flags would cost words in every instance). That is sound because no method here
//! hands out a reference into the storage or runs anything but plain Rust while it holds
//! one: values are cloned out, and replaced values are dropped after the storage is
//! released (a drop may free other objects, never this one's storage, but it must not
//! see a half-written state). Attribute lookup semantics (descriptors, slots, hooks) are
//! the VM's (`vm/attr.rs`); this module only stores.

use super::class::Instance;
use super::dict::PyDict;
use super::instance_ref::inline_values_of;
use super::shape::Shape;
use super::str::{PyStr, StrRef};
use super::value::Value;
use super::value_array::ValueArray;
use std::cell::Cell;
use std::rc::Rc;

/// The bit of the instance's capacity byte saying its values moved to the rare box.
const SPILLED: u8 = 1 << 7;
// The shape tree stops at MAX_ATTRS names, so a class's usual count fits beside the bit.
const _: () = assert!(super::shape::MAX_ATTRS < SPILLED as usize);

/// The attribute storage of one instance (a view: `Instance::attrs`).
#[derive(Clone, Copy)]
pub struct InstanceAttrs<'a>(pub(super) &'a Instance);

/// The storage as the methods here see it.
enum Store<'a> {
    Shaped {
        shape: &'a mut Rc<Shape>,
        /// All the room: the first `shape.len()` are the attributes (in the shape's
        /// order), the rest `None`.
        values: &'a mut [Value],
    },
    Dict(&'a Rc<PyDict>),
}

/// The storage as the cycle collector sees it (see [`InstanceAttrs::view`]).
pub enum AttrView<'a> {
    /// The values of a shaped instance (no dict exists).
    Values(&'a [Value]),
    /// The materialised `__dict__`.
    Dict(&'a Rc<PyDict>),
}

/// What a cached `StoreAttr` needs to repeat a store without looking the name up: the
/// shape the instance had, the index written, and for an added attribute the shape it
/// moved to.
pub struct StoreTrace {
    pub from: *const Shape,
    pub index: usize,
    pub to: Option<Rc<Shape>>,
}

impl Instance {
    /// How many values follow the instance in its allocation (fixed when it is made).
    #[inline(always)]
    pub(crate) fn inline_capacity(&self) -> usize {
        (self.gc.spare_byte() & !SPILLED) as usize
    }

    pub(crate) fn set_inline_capacity(&self, n: u8) {
        debug_assert!(n & SPILLED == 0);
        self.gc.set_spare_byte(n);
    }

    #[inline(always)]
    fn spilled(&self) -> bool {
        self.gc.spare_byte() & SPILLED != 0
    }

    /// The instance's inline values, all of them.
    ///
    /// # Safety
    /// As `InstanceAttrs::with`: no other reference into the storage lives meanwhile.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    unsafe fn inline_values(&self) -> &mut [Value] {
        std::slice::from_raw_parts_mut(inline_values_of(self), self.inline_capacity())
    }

    /// The values wherever they are (inline, or spilled to the rare box).
    ///
    /// # Safety
    /// As `inline_values`.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    unsafe fn values(&self) -> &mut [Value] {
        if !self.spilled() {
            return self.inline_values();
        }
        let rare = self
            .rare
            .get()
            .expect("spilled values live in the rare box");
        &mut *rare.spill.get()
    }

    /// Drop the inline values (the instance is being dropped).
    pub(super) fn drop_inline_values(&mut self) {
        let n = self.inline_capacity();
        if n == 0 {
            return;
        }
        // SAFETY: each value is read out once, last first; nothing reads them after
        // (the instance is being dropped, or they were all moved out and replaced).
        unsafe {
            let at = inline_values_of(self);
            super::drop::drop_each((0..n).rev().map(|i| at.add(i).read()))
        }
    }

    /// Move this (dying) instance's attributes into `to`, made with the same inline
    /// capacity: a finalizer revives the contents in a new instance.
    pub(super) fn move_attrs_to(&mut self, to: &Instance) {
        debug_assert_eq!(self.inline_capacity(), to.inline_capacity());
        // SAFETY: `self` is exclusively held; `to` is new and unshared.
        unsafe {
            std::ptr::swap(self.shape.get(), to.shape.get());
            for (a, b) in self.inline_values().iter_mut().zip(to.inline_values()) {
                std::mem::swap(a, b);
            }
        }
        to.gc.set_spare_byte(self.gc.spare_byte());
    }
}

impl<'a> InstanceAttrs<'a> {
    /// Run `f` on the storage. `f` must only do plain Rust work: clone or move values,
    /// never drop one that may hold the last reference to something (see the module doc).
    #[inline(always)]
    fn with<R>(self, f: impl FnOnce(Store<'_>) -> R) -> R {
        // SAFETY: `with` is never re-entered: the closures passed run no Python code and
        // drop no values, so nothing can reach this instance while the borrow lives.
        unsafe {
            let inst = self.0;
            match &mut *inst.shape.get() {
                Some(shape) => f(Store::Shaped {
                    shape,
                    values: inst.values(),
                }),
                None => f(Store::Dict(self.dict_slot())),
            }
        }
    }

    /// The materialised dict (dict mode only).
    ///
    /// # Safety
    /// As `with`.
    unsafe fn dict_slot(self) -> &'a Rc<PyDict> {
        let rare = self.0.rare.get().expect("a dict lives in the rare box");
        (*rare.dict.get())
            .as_ref()
            .expect("an instance without a shape has a dict")
    }

    /// The materialised dict, if there is one (cloned out, so callers may run anything).
    #[inline]
    fn dict_if_any(self) -> Option<Rc<PyDict>> {
        self.with(|s| match s {
            Store::Dict(d) => Some(d.clone()),
            Store::Shaped { .. } => None,
        })
    }

    pub fn get(self, name: &PyStr) -> Option<Value> {
        let found = self.with(|s| match s {
            Store::Shaped { shape, values } => Ok(shape.index_of(name).map(|i| values[i].clone())),
            Store::Dict(d) => Err(d.clone()),
        });
        match found {
            Ok(v) => v,
            Err(d) => d.get_str(name),
        }
    }

    pub fn get_by_str(self, name: &str) -> Option<Value> {
        self.get(&PyStr::new(name))
    }

    /// The instance has its own attribute `name`.
    #[inline]
    pub fn has(self, name: &PyStr) -> bool {
        let found = self.with(|s| match s {
            Store::Shaped { shape, .. } => Ok(!shape.is_empty() && shape.index_of(name).is_some()),
            Store::Dict(d) => Err(d.clone()),
        });
        match found {
            Ok(b) => b,
            Err(d) => !d.is_empty() && d.get_str(name).is_some(),
        }
    }

    /// Set `name`, adding it if new. `hint` is how many values to make room for when the
    /// array must grow (the most any instance of the class has had).
    pub fn set(self, name: StrRef, v: Value, hint: &Cell<u32>) {
        self.set_traced(name, v, hint);
    }

    /// `set`, answering how a cache could repeat it (None in dict mode).
    pub fn set_traced(self, name: StrRef, v: Value, hint: &Cell<u32>) -> Option<StoreTrace> {
        enum Done {
            Replaced(Value, StoreTrace),
            Added(StoreTrace),
            NoRoom(Value, usize),
            ToDict(Value),
            Dict(Rc<PyDict>, Value),
        }
        let done = self.with(|s| match s {
            Store::Shaped { shape, values } => {
                let from = Rc::as_ptr(shape);
                if let Some(i) = shape.index_of(&name) {
                    let old = std::mem::replace(&mut values[i], v);
                    let trace = StoreTrace {
                        from,
                        index: i,
                        to: None,
                    };
                    return Done::Replaced(old, trace);
                }
                match shape.child(&name) {
                    Some(_) if shape.len() == values.len() => Done::NoRoom(v, shape.len()),
                    Some(next) => {
                        let index = shape.len();
                        // The slot held None: nothing is dropped here.
                        values[index] = v;
                        *shape = next.clone();
                        Done::Added(StoreTrace {
                            from,
                            index,
                            to: Some(next),
                        })
                    }
                    None => Done::ToDict(v),
                }
            }
            Store::Dict(d) => Done::Dict(d.clone(), v),
        });
        match done {
            Done::Replaced(old, trace) => {
                drop(old);
                Some(trace)
            }
            Done::Added(trace) => {
                note_count(hint, trace.index + 1);
                Some(trace)
            }
            Done::NoRoom(v, len) => {
                self.grow(len, hint);
                self.set_traced(name, v, hint)
            }
            Done::ToDict(v) => {
                self.dict().set_str(name, v);
                None
            }
            Done::Dict(d, v) => {
                d.set_str(name, v);
                None
            }
        }
    }

    /// Make room for more than `len` values, to the class's usual count at once (so that
    /// instances of a class end up with exactly the room they need), geometrically past
    /// it. The values move out of line, to the rare box, and stay there.
    #[cold]
    #[inline(never)]
    fn grow(self, len: usize, hint: &Cell<u32>) {
        let usual = hint.get() as usize;
        let want = if usual > len {
            usual
        } else {
            len + 1 + len / 2
        };
        let inst = self.0;
        let rare = inst.rare_box();
        // SAFETY: as `with`: values are moved, none dropped (the slots they move to and
        // from hold None), nothing else runs.
        unsafe {
            let spill = &mut *rare.spill.get();
            if inst.spilled() {
                spill.grow(want);
                return;
            }
            let mut moved = ValueArray::with_capacity(want);
            for (to, from) in moved.iter_mut().zip(inst.inline_values()) {
                std::mem::swap(to, from);
            }
            let empty = std::mem::replace(spill, moved);
            debug_assert_eq!(empty.capacity(), 0);
            std::mem::forget(empty);
            inst.gc.set_spare_byte(inst.gc.spare_byte() | SPILLED);
        }
    }

    pub fn set_by_str(self, name: &str, v: Value) {
        self.set(PyStr::new(name), v, &Cell::new(0));
    }

    /// Remove `name`, answering its value. A shaped instance turns into a dict first (the
    /// shape tree only ever adds names).
    pub fn remove(self, name: &PyStr) -> Option<Value> {
        if let Some(d) = self.dict_if_any() {
            return d.del_str(name);
        }
        if !self.has(name) {
            return None;
        }
        self.dict().del_str(name)
    }

    /// The `__dict__`: made from the values on first request, and from then on the
    /// storage itself, so writes through it and through attributes agree.
    pub fn dict(self) -> Rc<PyDict> {
        if let Some(d) = self.dict_if_any() {
            return d;
        }
        let d = Rc::new(PyDict::new());
        let (names, values) = self.with(|s| match s {
            Store::Shaped { shape, values } => {
                let names: Vec<StrRef> = shape.names().to_vec();
                let taken: Vec<Value> = values[..names.len()]
                    .iter_mut()
                    .map(|v| std::mem::replace(v, Value::None))
                    .collect();
                (names, taken)
            }
            Store::Dict(_) => unreachable!("checked above"),
        });
        for (n, v) in names.into_iter().zip(values) {
            d.set_str(n, v);
        }
        let inst = self.0;
        let rare = inst.rare_box();
        // SAFETY: as `with`: two words are swapped, the old ones dropped after.
        let (old_shape, old_dict) = unsafe {
            (
                (*inst.shape.get()).take(),
                (*rare.dict.get()).replace(d.clone()),
            )
        };
        drop((old_shape, old_dict));
        d
    }

    /// The instance has no attributes of its own.
    pub fn is_empty(self) -> bool {
        match self.dict_if_any() {
            Some(d) => d.is_empty(),
            None => self.with(|s| matches!(s, Store::Shaped { shape, .. } if shape.is_empty())),
        }
    }

    /// The current shape's address (null in dict mode): what caches compare.
    #[inline(always)]
    pub fn shape_ptr(self) -> *const Shape {
        // SAFETY: as `with`: reads one pointer, runs nothing.
        match unsafe { &*self.0.shape.get() } {
            Some(shape) => Rc::as_ptr(shape),
            None => std::ptr::null(),
        }
    }

    /// The current shape (None in dict mode).
    pub fn shape(self) -> Option<Rc<Shape>> {
        // SAFETY: as `shape_ptr`.
        unsafe { (*self.0.shape.get()).clone() }
    }

    /// The value at `index` if the instance has shape `shape` (a cache's guess).
    #[inline(always)]
    pub fn get_if_shape(self, shape: *const Shape, index: usize) -> Option<Value> {
        // Written without `with`'s closure, which the compiler kept out of line in the
        // dispatch loop. SAFETY: as `with`: one value is cloned out, nothing else runs.
        unsafe {
            match &*self.0.shape.get() {
                Some(sh) if Rc::as_ptr(sh) == shape && index < sh.len() => {
                    Some(self.0.values()[index].clone())
                }
                _ => None,
            }
        }
    }

    /// Repeat a traced store (see [`StoreTrace`]) if the instance has shape `from`:
    /// replace the value at `index`, or with `to`, append it and move to shape `to`.
    /// Answers the replaced value (to drop after), or gives `v` back when the shape is
    /// another or the values have no room for one more (nothing was written then).
    #[inline(always)]
    pub fn store_if_shape(
        self,
        from: *const Shape,
        index: usize,
        to: Option<&Rc<Shape>>,
        v: Value,
        hint: &Cell<u32>,
    ) -> Result<Option<Value>, Value> {
        // SAFETY: as `with` (written without its closure, which the compiler kept out of
        // line): the replaced value is handed back to be dropped after, nothing runs here.
        unsafe {
            let inst = self.0;
            match &mut *inst.shape.get() {
                Some(shape) if Rc::as_ptr(shape) == from => {
                    let values = inst.values();
                    match to {
                        None if index < shape.len() => {
                            Ok(Some(std::mem::replace(&mut values[index], v)))
                        }
                        Some(next) if shape.len() < values.len() => {
                            let len = shape.len();
                            values[len] = v;
                            *shape = next.clone();
                            note_count(hint, len + 1);
                            Ok(None)
                        }
                        _ => Err(v),
                    }
                }
                _ => Err(v),
            }
        }
    }

    /// The storage for the cycle collector. `f` must run no Python code and drop nothing.
    pub fn view<R>(self, f: impl FnOnce(AttrView<'_>) -> R) -> R {
        self.with(|s| match s {
            Store::Shaped { shape, values } => f(AttrView::Values(&values[..shape.len()])),
            Store::Dict(d) => f(AttrView::Dict(d)),
        })
    }

    /// Move a shaped instance's attributes to another class's shape tree (`__class__`
    /// assignment): the same names in the same order, from `root`. A dict stays as it is.
    pub fn rehome(self, root: &Rc<Shape>, hint: &Cell<u32>) {
        let moved = self.with(|s| match s {
            Store::Shaped { shape, values } => {
                let names = shape.names().to_vec();
                let taken: Vec<Value> = values[..names.len()]
                    .iter_mut()
                    .map(|v| std::mem::replace(v, Value::None))
                    .collect();
                Some((names, taken, std::mem::replace(shape, root.clone())))
            }
            Store::Dict(_) => None,
        });
        let Some((names, values, old_shape)) = moved else {
            return;
        };
        drop(old_shape);
        for (name, value) in names.into_iter().zip(values) {
            self.set(name, value, hint);
        }
    }

    /// Drop every attribute value (the cycle collector breaks cycles so), leaving no
    /// attributes: a shaped instance goes back to `root`, its class's empty shape, and
    /// drops its values where they are (clearing allocates nothing, which matters when
    /// a million objects are cleared at exit). A materialised dict is let go, not
    /// cleared: whoever else holds it keeps it intact.
    pub fn clear(self, root: &Rc<Shape>) {
        let inst = self.0;
        // SAFETY: as `with`: the storage is put in its empty state first, and what it
        // held is dropped after, from outside it.
        unsafe {
            match &mut *inst.shape.get() {
                Some(shape) => {
                    let old = std::mem::replace(shape, root.clone());
                    if inst.spilled() {
                        let rare = inst
                            .rare
                            .get()
                            .expect("spilled values live in the rare box");
                        let spill = std::mem::take(&mut *rare.spill.get());
                        inst.gc.set_spare_byte(inst.gc.spare_byte() & !SPILLED);
                        drop((old, spill));
                    } else {
                        // Each value is replaced by None as it is taken (the drops may
                        // free other objects, which do not reach this storage).
                        let at = inline_values_of(inst);
                        let n = old.len().min(inst.inline_capacity());
                        drop(old);
                        super::drop::drop_each(
                            (0..n)
                                .rev()
                                .map(|i| std::mem::replace(&mut *at.add(i), Value::None)),
                        );
                    }
                }
                None => {
                    let rare = inst.rare_box();
                    let old = (*rare.dict.get()).replace(Rc::new(PyDict::new()));
                    drop(old);
                }
            }
        }
    }
}

/// Record that an instance of the class reached `count` attributes.
#[inline(always)]
fn note_count(hint: &Cell<u32>, count: usize) {
    if count as u32 > hint.get() {
        hint.set(count as u32);
    }
}
