//! What the cycle collector needs from each container: the strong references it holds
//! ([`Traverse::traverse`], CPython's `tp_traverse`) and a way to drop them
//! ([`Traverse::clear`], `tp_clear`), for every payload that holds `Value`s.
//!
//! Traversal visits references without cloning them (the collector reads
//! `Rc::strong_count`, which a clone would change) and never blocks: an object whose
//! contents are borrowed right now answers `false`, and the collector then treats it as
//! reachable from outside. Clearing only drops references; no Python code runs here.
//!
//! Not the collector (`vm::gc`), which decides what is garbage.

use super::class::{Class, Instance, Payload};
use super::dict::PyDict;
use super::function::{BoundMethod, Builtin, CellObj, Function};
use super::instance_attrs::AttrView;
use super::list::PyList;
use super::native::{NativeData, NativeObj};
use super::set::PySet;
use super::tuple::TupleRef;
use super::value::Value;
use crate::runtime::instance_ref::InstanceRef;
use crate::vm::{Frame, Generator};
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// Receives the references an object holds.
pub trait Visitor {
    fn value(&mut self, v: &Value);
    /// A closure cell: a container the collector sees although it has no `Value` variant.
    fn cell(&mut self, c: &Rc<CellObj>);
}

pub trait Traverse {
    /// Show every reference this object holds to `vis`; false when its contents are
    /// borrowed right now and could not be read.
    fn traverse(&self, vis: &mut dyn Visitor) -> bool;
    /// Drop the references that can be dropped (the collector breaks garbage cycles so).
    fn clear(&self);
}

/// Visit an `Rc` field as the `Value` it would be, without touching its count.
pub fn visit_rc<T>(vis: &mut dyn Visitor, rc: &Rc<T>, wrap: fn(Rc<T>) -> Value) {
    // SAFETY: the Rc made from the raw pointer is never dropped (ManuallyDrop), so the
    // strong count is unchanged, and it does not outlive `rc`, which keeps the object alive.
    let v = ManuallyDrop::new(wrap(unsafe { Rc::from_raw(Rc::as_ptr(rc)) }));
    vis.value(&v);
}

/// `visit_rc` for a tuple.
pub fn visit_tuple(vis: &mut dyn Visitor, t: &TupleRef) {
    // SAFETY: as in `visit_rc`: the reference is never dropped, `t` keeps it alive.
    let v = ManuallyDrop::new(Value::Tuple(unsafe {
        TupleRef::from_raw(TupleRef::as_ptr(t))
    }));
    vis.value(&v);
}

/// `visit_rc` for an instance.
pub fn visit_instance(vis: &mut dyn Visitor, inst: &InstanceRef) {
    // SAFETY: as in `visit_rc`: the reference is never dropped, `inst` keeps it alive.
    let v = ManuallyDrop::new(Value::Instance(unsafe {
        InstanceRef::from_raw(InstanceRef::as_ptr(inst))
    }));
    vis.value(&v);
}

pub fn visit_dict(vis: &mut dyn Visitor, d: &Rc<PyDict>) {
    visit_rc(vis, d, Value::Dict);
}

pub fn visit_class(vis: &mut dyn Visitor, c: &Rc<Class>) {
    visit_rc(vis, c, Value::Class);
}

/// A namespace dict only its owner holds (an instance's or a function's `__dict__` that
/// nobody asked for) is part of the owner, as in CPython where such dicts are not
/// separate objects until asked for: its entries are visited directly. A shared one, or
/// one that `__dict__` showed (which tracks it), is a container of its own.
fn visit_owned_dict(vis: &mut dyn Visitor, d: &Rc<PyDict>) -> bool {
    if Rc::strong_count(d) == 1 && !d.gc.is_tracked() {
        d.try_for_each(|v| vis.value(v))
    } else {
        visit_dict(vis, d);
        true
    }
}

/// Clear a namespace dict owned as [`visit_owned_dict`] sees it.
fn clear_owned_dict(d: &Rc<PyDict>) {
    if Rc::strong_count(d) == 1 && !d.gc.is_tracked() {
        d.clear();
    }
}

impl Traverse for PyList {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        let Ok(items) = self.items.try_borrow() else {
            return false;
        };
        items.iter().for_each(|v| vis.value(v));
        true
    }

    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let old = std::mem::take(&mut *items);
            drop(items);
            super::drop::drop_values(old);
        }
    }
}

impl Traverse for TupleRef {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        self.items.iter().for_each(|v| vis.value(v));
        true
    }

    /// Tuples are immutable: a cycle through one is broken at its mutable members.
    fn clear(&self) {}
}

impl Traverse for PyDict {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        self.try_for_each(|v| vis.value(v))
    }

    fn clear(&self) {
        let entries = self.take_all();
        drop(entries);
    }
}

impl Traverse for PySet {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        self.try_for_each(|v| vis.value(v))
    }

    fn clear(&self) {
        PySet::clear(self);
    }
}

impl Traverse for Instance {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        visit_class(vis, &self.class);
        // Plain instances (most) have no payload: no call for them.
        let payload = self.payload();
        (matches!(payload, Payload::None) || traverse_payload(payload, vis))
            && self.view_attrs(|attrs| match attrs {
                AttrView::Values(values) => {
                    values.iter().for_each(|v| vis.value(v));
                    true
                }
                AttrView::Dict(d) => visit_owned_dict(vis, d),
            })
    }

    fn clear(&self) {
        self.clear_attrs();
        match self.payload() {
            Payload::None => {}
            Payload::Exception(data) => {
                if let Ok(mut d) = data.try_borrow_mut() {
                    let old = (d.cause.take(), d.context.take(), d.group.take());
                    drop(d);
                    drop(old);
                }
            }
            Payload::Base(v) => {
                if let Ok(mut v) = v.try_borrow_mut() {
                    let old = std::mem::replace(&mut *v, Value::None);
                    drop(v);
                    drop(old);
                }
            }
            Payload::Deque(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    let old = d.take_all();
                    drop(d);
                    super::drop::drop_values(old.into());
                }
            }
        }
    }
}

/// The native state of an instance (exception data, a builtin base's value).
fn traverse_payload(payload: &Payload, vis: &mut dyn Visitor) -> bool {
    match payload {
        Payload::None => true,
        Payload::Exception(data) => {
            let Ok(d) = data.try_borrow() else {
                return false;
            };
            vis.value(&d.args);
            d.cause.iter().chain(&d.context).for_each(|v| vis.value(v));
            if let Some(group) = &d.group {
                vis.value(&group.message);
                vis.value(&group.exceptions);
            }
            true
        }
        Payload::Base(v) => {
            let Ok(v) = v.try_borrow() else {
                return false;
            };
            vis.value(&v);
            true
        }
        Payload::Deque(d) => {
            let Ok(d) = d.try_borrow() else {
                return false;
            };
            d.items.iter().for_each(|v| vis.value(v));
            true
        }
    }
}

impl Traverse for Class {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        visit_dict(vis, &self.dict);
        let (Ok(bases), Ok(mro)) = (self.bases.try_borrow(), self.mro_tail.try_borrow()) else {
            return false;
        };
        bases
            .iter()
            .chain(mro.iter())
            .for_each(|c| visit_class(vis, c));
        if let Some(m) = &self.meta {
            visit_class(vis, m);
        }
        self.cache.try_for_each(|v| vis.value(v))
    }

    /// The namespace is a container of its own (cleared as such); the bases stay, so a
    /// cleared class still answers lookups.
    fn clear(&self) {
        self.cache.forget();
    }
}

impl Traverse for Function {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        visit_dict(vis, &self.globals);
        let (Ok(defaults), Ok(kw), Ok(ann)) = (
            self.defaults.try_borrow(),
            self.kwdefaults.try_borrow(),
            self.annotations.try_borrow(),
        ) else {
            return false;
        };
        defaults.iter().for_each(|v| vis.value(v));
        kw.iter().chain(ann.iter()).for_each(|d| visit_dict(vis, d));
        self.closure.iter().for_each(|c| vis.cell(c));
        self.dict_if_any().is_none_or(|d| visit_owned_dict(vis, d))
    }

    fn clear(&self) {
        let defaults = self
            .defaults
            .try_borrow_mut()
            .map(|mut d| std::mem::take(&mut *d));
        let kw = self.kwdefaults.try_borrow_mut().map(|mut d| d.take());
        let ann = self.annotations.try_borrow_mut().map(|mut d| d.take());
        if let Some(d) = self.dict_if_any() {
            clear_owned_dict(d);
        }
        drop((defaults, kw, ann));
    }
}

impl Traverse for CellObj {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        let Ok(v) = self.try_borrow() else {
            return false;
        };
        v.iter().for_each(|v| vis.value(v));
        true
    }

    fn clear(&self) {
        let old = self.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

impl Traverse for BoundMethod {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        vis.value(&self.func);
        vis.value(&self.receiver);
        true
    }

    fn clear(&self) {}
}

impl Traverse for Builtin {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        self.bound.iter().for_each(|v| vis.value(v));
        true
    }

    fn clear(&self) {}
}

/// A frame's references: what a suspended generator keeps alive.
pub fn traverse_frame(f: &Frame, vis: &mut dyn Visitor) {
    f.stack.iter().for_each(|v| vis.value(v));
    f.fast.iter().flatten().for_each(|v| vis.value(v));
    f.cells.iter().for_each(|c| vis.cell(c));
    visit_dict(vis, &f.globals);
    if let Some(l) = &f.locals {
        visit_dict(vis, l);
    }
    for b in &f.blocks {
        if let crate::vm::frame::Block::ExceptHandler {
            previous: Some(e), ..
        } = b
        {
            e.visit(vis);
        }
    }
    if let Some(o) = &f.owner {
        visit_rc(vis, o, Value::Generator);
    }
    f.extra.iter().for_each(|v| vis.value(v));
}

impl Traverse for Generator {
    /// A running generator's frame is on the VM's stack (held from outside); a native
    /// coroutine's state is opaque: both show nothing.
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        self.with_frame(|f| {
            if let Some(f) = f {
                traverse_frame(f, vis);
            }
        });
        true
    }

    /// A coroutine that never ran stays "created", so its drop still reports it as
    /// never awaited.
    fn clear(&self) {
        use crate::vm::GenState;
        let state = self.state.get();
        if state != GenState::Running {
            let frame = self.frame.take();
            if frame.is_some() && state != GenState::Created {
                self.state.set(GenState::Done);
            }
            drop(frame);
        }
    }
}

impl Traverse for NativeObj {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        match &self.data {
            NativeData::Module(m) => visit_dict(vis, &m.dict),
            NativeData::Slice { start, stop, step } => {
                [start, stop, step].iter().for_each(|v| vis.value(v))
            }
            NativeData::Cell(c) => vis.cell(c),
            NativeData::Property { fget, fset, more } => [fget, fset, &more.fdel, &more.doc]
                .iter()
                .for_each(|v| vis.value(v)),
            NativeData::StaticMethod(v) | NativeData::ClassMethod(v) => vis.value(v),
            NativeData::Super { class, obj } => {
                visit_class(vis, class);
                vis.value(obj);
            }
            NativeData::Partial { func, args, kwargs } => {
                vis.value(func);
                args.iter().for_each(|v| vis.value(v));
                visit_dict(vis, kwargs);
            }
            NativeData::LruCache(c) => {
                vis.value(&c.func);
                visit_dict(vis, &c.cache);
                visit_dict(vis, &c.attrs);
                let Ok(order) = c.order.try_borrow() else {
                    return false;
                };
                order.iter().for_each(|v| vis.value(v));
            }
            NativeData::Extension(e) => {
                if let Some(f) = crate::event_loop::future_gc::as_future(e) {
                    return crate::event_loop::future_gc::traverse(f, vis);
                }
            }
            NativeData::Range { .. }
            | NativeData::BigRange(_)
            | NativeData::Code(_)
            | NativeData::Bytes(_)
            | NativeData::ByteArray(_)
            | NativeData::MemoryView(_)
            | NativeData::Singleton(_)
            | NativeData::Complex(_) => {}
        }
        true
    }

    fn clear(&self) {
        if let NativeData::Extension(e) = &self.data {
            if let Some(f) = crate::event_loop::future_gc::as_future(e) {
                crate::event_loop::future_gc::clear(f);
            }
        }
        if let NativeData::LruCache(c) = &self.data {
            c.cache.clear();
            let old = c
                .order
                .try_borrow_mut()
                .map(|mut o| std::mem::take(&mut *o));
            drop(old);
        }
    }
}

/// A native iterator holds what it walks (`zip`, `map`, `enumerate`, a list or dict
/// iterator...): a cycle through one (`l.append(iter(l))`) is a cycle CPython collects.
impl Traverse for crate::runtime::iter::IterObj {
    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        use crate::runtime::iter::IterState as S;
        let Ok(state) = self.state.try_borrow() else {
            return false;
        };
        match &*state {
            S::List { list, .. } | S::ListReversed { list, .. } => visit_rc(vis, list, Value::List),
            S::Tuple { tuple, .. } | S::TupleReversed { tuple, .. } => visit_tuple(vis, tuple),
            S::Dict { dict, last, .. } => {
                visit_dict(vis, dict);
                visit_last(vis, last);
            }
            S::Set { set, .. } => visit_rc(vis, set, Value::Set),
            S::Enumerate { inner, last, .. } => {
                vis.value(inner);
                visit_last(vis, last);
            }
            S::Sequence { obj: inner, .. } | S::Islice { inner, .. } => vis.value(inner),
            S::ZipLongest(z) => {
                z.iters.iter().flatten().for_each(|v| vis.value(v));
                vis.value(&z.fill);
                visit_last(vis, &z.last);
            }
            S::Zip { iters, last, .. } => {
                iters.iter().for_each(|v| vis.value(v));
                visit_last(vis, last);
            }
            S::Map { func, iters } => {
                vis.value(func);
                iters.iter().for_each(|v| vis.value(v));
            }
            S::Filter { func, inner } => {
                vis.value(func);
                vis.value(inner);
            }
            S::Callable { func, sentinel } => {
                vis.value(func);
                vis.value(sentinel);
            }
            S::Values { items, .. } => items.iter().for_each(|v| vis.value(v)),
            S::Combinatoric(c) => c.for_each_value(|v| vis.value(v)),
            S::Tool(t) => t.for_each_value(|v| vis.value(v)),
            S::Deque(walk) => visit_instance(vis, &walk.deque),
            S::Count { next, step } => {
                vis.value(next);
                vis.value(step);
            }
            S::GroupBy(g) => {
                vis.value(&g.it);
                vis.value(&g.keyfunc);
                [&g.target, &g.key, &g.value]
                    .into_iter()
                    .flatten()
                    .for_each(|v| vis.value(v));
            }
            S::Grouper { parent, key, .. } => {
                visit_rc(vis, parent, Value::Iter);
                vis.value(key);
            }
            S::Range(_)
            | S::BigRange(_)
            | S::Str { .. }
            | S::StrReversed { .. }
            | S::Bytes { .. }
            | S::Exhausted => {}
        }
        true
    }

    fn clear(&self) {
        // An exhausted iterator holds nothing; the old state drops after the borrow.
        let old = self
            .state
            .try_borrow_mut()
            .map(|mut s| std::mem::replace(&mut *s, crate::runtime::iter::IterState::Exhausted));
        drop(old);
    }
}

/// The tuple an iterator keeps for reuse (see `iter::refill_tuple`).
fn visit_last(vis: &mut dyn Visitor, last: &Option<TupleRef>) {
    if let Some(t) = last {
        visit_tuple(vis, t);
    }
}

/// The traversal of a value's object; None for values that hold no references the
/// collector follows (numbers, strings, bytes).
pub fn of(v: &Value) -> Option<&dyn Traverse> {
    Some(match v {
        Value::List(l) => &**l,
        // A tuple without the collector's header holds nothing it follows.
        Value::Tuple(t) if t.has_gc() => t,
        Value::Dict(d) => &**d,
        Value::Set(s) => &**s,
        Value::Function(f) => &**f,
        Value::BoundMethod(m) => &**m,
        Value::Builtin(b) if b.bound.is_some() => &**b,
        Value::Class(c) => &**c,
        Value::Instance(i) => &**i,
        Value::Generator(g) => &**g,
        Value::Iter(it) => &**it,
        Value::Native(n) => match n.data {
            NativeData::Range { .. }
            | NativeData::BigRange(_)
            | NativeData::Code(_)
            | NativeData::Bytes(_)
            | NativeData::ByteArray(_)
            | NativeData::MemoryView(_)
            | NativeData::Singleton(_)
            | NativeData::Complex(_) => return None,
            // Of the event-loop objects, futures and tasks (see `future_gc`).
            NativeData::Extension(ref e)
                if crate::event_loop::future_gc::as_future(e).is_none() =>
            {
                return None
            }
            _ => &**n,
        },
        _ => return None,
    })
}

/// The collector's header of a value's object, for the kinds it registers.
pub fn header(v: &Value) -> Option<&super::gc_header::GcHeader> {
    Some(match v {
        Value::List(l) => &l.gc,
        Value::Tuple(t) => return t.gc(),
        Value::Dict(d) => &d.gc,
        Value::Set(s) => &s.gc,
        Value::Function(f) => &f.gc,
        Value::Class(c) => &c.gc,
        Value::Instance(i) => &i.gc,
        Value::Generator(g) => &g.gc,
        _ => return None,
    })
}

/// `Rc::strong_count` of a value's object (0 for inline values).
pub fn strong_count(v: &Value) -> usize {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => 0,
        Value::BigInt(r) => Rc::strong_count(r),
        Value::Str(r) => crate::runtime::str::StrRef::strong_count(r),
        Value::List(r) => Rc::strong_count(r),
        Value::Tuple(r) => TupleRef::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        Value::BoundMethod(r) => Rc::strong_count(r),
        Value::Builtin(r) => Rc::strong_count(r),
        Value::Class(r) => Rc::strong_count(r),
        Value::Instance(r) => InstanceRef::strong_count(r),
        Value::Generator(r) => Rc::strong_count(r),
        Value::Iter(r) => Rc::strong_count(r),
        Value::Native(r) => Rc::strong_count(r),
    }
}
