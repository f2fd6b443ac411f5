//! The cached paths of `LoadAttr`, `LoadMethod` and `StoreAttr` on instances: read an
//! instruction's [`AttrCache`], and on a miss take the general path of `attr.rs` and
//! record what the attribute turned out to be. Everything not an instance of a class
//! without attribute hooks goes the general way; this file adds speed, not semantics.

use super::frame::Frame;
use super::Vm;
use crate::runtime::attr_cache::{AttrCache, AttrKind, Way};
use crate::runtime::class::{Class, Instance, Payload};
use crate::runtime::error::PyResult;
use crate::runtime::function::BoundMethod;
use crate::runtime::native::NativeData;
use crate::runtime::shape::Shape;
use crate::runtime::str::{PyStr, StrRef};
use crate::runtime::value::Value;
use std::rc::Rc;

/// The result of `LoadMethod`: a method to call with the instance, a method to call
/// with another receiver (`super().m`: the instance behind the super object), or an
/// attribute.
pub(crate) enum MethodLoad {
    Method(Value),
    MethodOf(Value, Value),
    Attr(Value),
}

/// The commonest hit of a cached load, small enough for the dispatch loop to inline: an
/// instance's own attribute found at the entry's index of the entry's shape (CPython
/// 3.11's `LOAD_ATTR_INSTANCE_VALUE`). None sends the load to [`Vm::load_attr_cached`],
/// which answers every case this one does.
#[inline(always)]
pub(crate) fn instance_value_hit(cache: Option<&AttrCache>, obj: &Value) -> Option<Value> {
    let (Some(c), Value::Instance(inst)) = (cache, obj) else {
        return None;
    };
    let way = c.find(&inst.class)?;
    if way.kind.get() != AttrKind::InstanceDict {
        return None;
    }
    inst.attrs()
        .get_if_shape(way.shape.get(), way.hint.get() as usize)
}

/// The commonest hit of a cached store, small enough for the dispatch loop to inline:
/// an instance's own attribute replaced at the entry's index of the entry's shape
/// (CPython 3.11's `STORE_ATTR_INSTANCE_VALUE`), the replaced value dropped. `v` comes
/// back when the entry does not answer (another class or shape, a store that adds the
/// name, hooks): [`Vm::store_attr_cached`] answers every case then.
#[inline(always)]
pub(crate) fn instance_store_hit(
    cache: Option<&AttrCache>,
    obj: &Value,
    v: Value,
) -> Result<(), Value> {
    let (Some(c), Value::Instance(inst)) = (cache, obj) else {
        return Err(v);
    };
    let Some(way) = c.find(&inst.class) else {
        return Err(v);
    };
    if way.kind.get() != AttrKind::StoreDict {
        return Err(v);
    }
    // Without the entry's next shape only a replacement matches: a store that adds the
    // name remembers the index past the old shape's end, which misses here.
    let old = inst.attrs().store_if_shape(
        way.shape.get(),
        way.hint.get() as usize,
        None,
        v,
        &inst.class.attr_hint,
    )?;
    // Most replaced values are numbers, None or shared: no drop call.
    if let Some(old) = old {
        old.discard();
    }
    Ok(())
}

/// The commonest hit of a cached `LoadMethod`: a plain function of the class, the
/// instance's shape known not to shadow it (CPython 3.11's `LOAD_METHOD_WITH_VALUES`).
/// None sends the load to [`Vm::load_method_cached`], which answers every case.
#[inline(always)]
pub(crate) fn method_hit(cache: Option<&AttrCache>, obj: &Value) -> Option<Value> {
    let (Some(c), Value::Instance(inst)) = (cache, obj) else {
        return None;
    };
    let way = c.find(&inst.class)?;
    if way.kind.get() != AttrKind::Method {
        return None;
    }
    let shape = inst.attrs().shape_ptr();
    if shape.is_null() || shape != way.shape.get() {
        return None;
    }
    Some(way.value())
}

impl Vm {
    /// For `obj.name` where the entry says `name` is a property whose getter is a plain
    /// Python function of one parameter: the getter's frame with `obj` bound, for the
    /// dispatch loop to run as a call (its return value is the load's), instead of a
    /// nested `run` (CPython 3.12's `LOAD_ATTR_PROPERTY`); the same for a user
    /// descriptor's `__get__` (see `descriptor_get_frame`). None for every other case.
    /// An entry missing for the class is filled first, so that a site's first read of a
    /// property runs as a frame too (the getter sees its reader as its caller).
    #[inline]
    pub(crate) fn property_frame(
        &mut self,
        cache: Option<&AttrCache>,
        obj: &Value,
        name: &StrRef,
    ) -> Option<Box<Frame>> {
        let (Some(c), Value::Instance(inst)) = (cache, obj) else {
            return None;
        };
        let way = match c.find(&inst.class) {
            Some(way) => way,
            None => {
                fill_load(c, inst, name);
                c.find(&inst.class)?
            }
        };
        let kind = way.kind.get();
        if !matches!(kind, AttrKind::Property | AttrKind::UserGet)
            || self.depth >= self.recursion_limit
            || super::eval_breaker::tripped()
        {
            return None;
        }
        if kind == AttrKind::UserGet {
            return self.descriptor_get_frame(way, inst, obj, name);
        }
        let getter = way.value();
        let Value::Function(func) = &getter else {
            return None;
        };
        // `simple_argc` is set only for plain functions binding straight into locals.
        if func.code.simple_argc != 1 {
            return None;
        }
        let mut frame = self.function_frame(func);
        frame.fast[0] = Some(obj.clone());
        Some(frame)
    }

    /// `obj.name` where the class has a user descriptor under `name` (`UserGet`) and
    /// the instance dict has not: `type(descr).__get__(descr, obj, type(obj))` as a
    /// frame, when that is a plain Python function of three parameters (defaults
    /// allowed). None for every other case, the general path's.
    #[inline(never)]
    fn descriptor_get_frame(
        &mut self,
        way: &Way,
        inst: &Instance,
        obj: &Value,
        name: &StrRef,
    ) -> Option<Box<Frame>> {
        // Shadowed by the instance dict: whether the descriptor is a data descriptor
        // (and wins) is the general path's question.
        if has_own(inst, name, way) {
            return None;
        }
        let descr = way.value();
        let Value::Instance(d) = &descr else {
            return None;
        };
        let Some(Value::Function(get)) = d.class.lookup(&self.names.get) else {
            return None;
        };
        if get.code.simple_argc != 3 {
            return None;
        }
        let mut frame = self.function_frame(&get);
        frame.fast[0] = Some(descr.clone());
        frame.fast[1] = Some(obj.clone());
        frame.fast[2] = Some(Value::Class(inst.class.clone()));
        Some(frame)
    }

    /// `obj.name` through the instruction's cache. Kept out of the dispatch loop (its
    /// callers try [`instance_value_hit`] first).
    #[inline(never)]
    pub(crate) fn load_attr_cached(
        &mut self,
        cache: Option<&AttrCache>,
        obj: &Value,
        name: &StrRef,
    ) -> PyResult<Value> {
        let (Some(c), Value::Instance(inst)) = (cache, obj) else {
            return self.getattr_str(obj, name);
        };
        if let (kind, Some(way)) = c.kind_for(&inst.class) {
            if kind == AttrKind::Method && !has_own(inst, name, way) {
                let func = way.value();
                if !matches!(func, Value::Function(_)) {
                    // A builtin method binds as a bound builtin, as `bind` makes it.
                    return self.bind(func, obj, &inst.class);
                }
                return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func,
                    receiver: obj.clone(),
                })));
            }
            if let Some(v) = self.cached_value(way, kind, inst, obj, name) {
                return v;
            }
            if kind == AttrKind::Empty {
                // Known uncacheable under this stamp (a hook, a builtin descriptor):
                // filling it again would find the same.
                return self.getattr_str(obj, name);
            }
        }
        let v = self.getattr_str(obj, name)?;
        fill_load(c, inst, name);
        Ok(v)
    }

    /// `obj.name` for a call (`LoadMethod`): a plain function found on the class comes
    /// back unbound, so the call passes `obj` without building a bound method. Kept out
    /// of the dispatch loop (its caller tries [`method_hit`] first).
    #[inline(never)]
    pub(crate) fn load_method_cached(
        &mut self,
        cache: Option<&AttrCache>,
        obj: &Value,
        name: &StrRef,
    ) -> PyResult<MethodLoad> {
        if let (Some(c), Value::Instance(inst)) = (cache, obj) {
            if let (kind, Some(way)) = c.kind_for(&inst.class) {
                if kind == AttrKind::Method && !has_own(inst, name, way) {
                    return Ok(MethodLoad::Method(way.value()));
                }
                if let Some(v) = self.cached_value(way, kind, inst, obj, name) {
                    return v.map(MethodLoad::Attr);
                }
            }
            let found = self.load_method_uncached(obj, name)?;
            fill_load(c, inst, name);
            return Ok(found);
        }
        if let Some(found) = cache.and_then(|c| self.load_builtin_method_cached(c, obj, name)) {
            return found;
        }
        if let Value::Native(n) = obj {
            if let NativeData::Super { class, obj: inner } = &n.data {
                return self.super_method(obj, class, inner, name);
            }
        }
        self.load_method_uncached(obj, name)
    }

    fn load_method_uncached(&mut self, obj: &Value, name: &StrRef) -> PyResult<MethodLoad> {
        Ok(match self.lookup_method(obj, name)? {
            Some(m) => MethodLoad::Method(m),
            None => MethodLoad::Attr(self.getattr_str(obj, name)?),
        })
    }

    /// The hits shared by `LoadAttr` and `LoadMethod` (all kinds but `Method`); None
    /// when the entry does not answer.
    #[inline(always)]
    fn cached_value(
        &mut self,
        c: &Way,
        kind: AttrKind,
        inst: &Instance,
        obj: &Value,
        name: &StrRef,
    ) -> Option<PyResult<Value>> {
        match kind {
            AttrKind::InstanceDict => {
                let at = inst
                    .attrs()
                    .get_if_shape(c.shape.get(), c.hint.get() as usize);
                at.or_else(|| own_value_rehint(c, inst, name)).map(Ok)
            }
            AttrKind::ClassValue if !has_own(inst, name, c) => Some(Ok(c.value())),
            AttrKind::Property => {
                let getter = c.value();
                Some(self.call_args(&getter, [obj.clone()]))
            }
            _ => None,
        }
    }

    /// `obj.name = v` through the instruction's cache. Kept out of the dispatch loop (its
    /// callers try [`instance_store_hit`] first).
    #[inline(never)]
    pub(crate) fn store_attr_cached(
        &mut self,
        cache: Option<&AttrCache>,
        obj: &Value,
        name: &StrRef,
        v: Value,
    ) -> PyResult<()> {
        let (Some(c), Value::Instance(inst)) = (cache, obj) else {
            return self.setattr_str(obj, name, v);
        };
        let v = match c.kind_for(&inst.class) {
            (AttrKind::StoreDict, Some(way)) => {
                let next = way.next.borrow();
                let stored = inst.attrs().store_if_shape(
                    way.shape.get(),
                    way.hint.get() as usize,
                    next.as_ref(),
                    v,
                    &inst.class.attr_hint,
                );
                drop(next);
                match stored {
                    Ok(old) => {
                        // Most replaced values are numbers, None or shared: no drop call.
                        if let Some(old) = old {
                            old.discard();
                        }
                        return Ok(());
                    }
                    Err(v) => v,
                }
            }
            _ => v,
        };
        let before = inst.attrs().shape();
        self.setattr_str(obj, name, v)?;
        fill_store(c, inst, name, before);
        Ok(())
    }
}

/// `InstanceDict` when the instance's shape is not the one the entry remembers: find the
/// name in the shape it has, and remember that shape instead.
#[inline(never)]
fn own_value_rehint(c: &Way, inst: &Instance, name: &PyStr) -> Option<Value> {
    let Some(shape) = inst.attrs().shape() else {
        return inst.get_attr(name);
    };
    let i = shape.index_of(name)?;
    c.shape.set(Rc::as_ptr(&shape));
    c.hint.set(i as u32);
    inst.attrs().get_if_shape(Rc::as_ptr(&shape), i)
}

/// The instance has its own attribute `name` (which would shadow a method or class
/// value). The entry remembers one shape known not to have it.
#[inline(always)]
fn has_own(inst: &Instance, name: &PyStr, c: &Way) -> bool {
    let shape = inst.attrs().shape_ptr();
    if !shape.is_null() && shape == c.shape.get() {
        return false;
    }
    let has = inst.attrs().has(name);
    if !has && !shape.is_null() {
        c.shape.set(shape);
    }
    has
}

/// Record what `name` is on instances of `inst`'s class, for loads.
fn fill_load(c: &AttrCache, inst: &Instance, name: &PyStr) {
    let cls = &inst.class;
    let stamp = cls.mro_stamp();
    if cls.getattribute_hook() {
        c.fill(cls, stamp, AttrKind::Empty, Value::None);
        return;
    }
    let (kind, value) = match cls.lookup(name) {
        None => (AttrKind::InstanceDict, Value::None),
        Some(f @ Value::Function(_)) => (AttrKind::Method, f),
        Some(Value::Builtin(b)) if b.binds_as_method() => (AttrKind::Method, Value::Builtin(b)),
        Some(Value::Native(n)) => match &n.data {
            // A getter's AttributeError goes to `__getattr__` (the general path).
            NativeData::Property { fget, .. }
                if !fget.is_none() && cls.lookup_str("__getattr__").is_none() =>
            {
                (AttrKind::Property, fget.clone())
            }
            _ => (AttrKind::Empty, Value::None),
        },
        // A user descriptor's `__get__` raising AttributeError goes to `__getattr__`.
        Some(d @ Value::Instance(_))
            if has_python_get(&d) && cls.lookup_str("__getattr__").is_none() =>
        {
            (AttrKind::UserGet, d)
        }
        Some(v) if is_plain(&v) => (AttrKind::ClassValue, v),
        Some(_) => (AttrKind::Empty, Value::None),
    };
    c.fill(cls, stamp, kind, value);
}

/// An instance whose class has a Python `__get__` (a user descriptor).
fn has_python_get(v: &Value) -> bool {
    matches!(v, Value::Instance(d) if matches!(d.class.lookup_str("__get__"), Some(Value::Function(_))))
}

/// A class attribute that attribute access returns as it is (no descriptor, no binding).
fn is_plain(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Class(_)
            | Value::BoundMethod(_)
    )
}

/// Record whether `obj.name = v` on instances of `inst`'s class is a plain dict store:
/// no data descriptor or property under the name, no `__setattr__` hook, a `__dict__`
/// that may hold the name, and no exception state the name addresses.
fn fill_store(c: &AttrCache, inst: &Instance, name: &PyStr, before: Option<Rc<Shape>>) {
    let cls: &Rc<Class> = &inst.class;
    let stamp = cls.mro_stamp();
    let plain_class_attr = match cls.lookup(name) {
        None => true,
        Some(Value::Instance(_) | Value::Native(_)) => false,
        Some(_) => true,
    };
    let plain_setattr = matches!(
        cls.lookup_str("__setattr__"),
        None | Some(Value::Builtin(_))
    );
    let has_dict = cls.instances_have_dict()
        && cls
            .slots
            .as_ref()
            .is_none_or(|slots| slots.iter().any(|s| **s == *name.as_str()));
    // `__class__` is the class's slot, never a dict entry.
    let special = matches!(inst.payload(), Payload::Exception(_)) || name.as_str() == "__class__";
    let kind = if plain_class_attr && plain_setattr && has_dict && !special {
        AttrKind::StoreDict
    } else {
        AttrKind::Empty
    };
    let way = c.fill(cls, stamp, kind, Value::None);
    // How to repeat the store on an instance of the shape this one had.
    let Some(before) = before.filter(|_| kind == AttrKind::StoreDict) else {
        return;
    };
    if let Some(i) = before.index_of(name) {
        way.shape.set(Rc::as_ptr(&before));
        way.hint.set(i as u32);
    } else if let Some(next) = before.existing_child(name) {
        way.shape.set(Rc::as_ptr(&before));
        way.hint.set(before.len() as u32);
        *way.next.borrow_mut() = Some(next);
    }
}
