//! An instance's attributes: values in an array addressed through a shared [`Shape`], or,
//! once anybody asks for the instance's `__dict__` (or the shape tree gives up), a real
//! dict that is from then on the only truth.
//!
//! The storage sits in an `UnsafeCell` rather than a `RefCell` (the borrow flag would push
//! every instance into the next allocation size class). That is sound because no method
//! here hands out a reference into the storage or runs anything but plain Rust while it
//! holds one: values are cloned out, and replaced values are dropped after the storage is
//! released (a drop may free other objects, never this one's storage, but it must not see
//! a half-written state). Attribute lookup semantics (descriptors, slots, hooks) are the
//! VM's (`vm/attr.rs`); this module only stores.

use super::dict::PyDict;
use super::shape::Shape;
use super::str::PyStr;
use super::value::Value;
use super::value_array::ValueArray;
use std::cell::{Cell, UnsafeCell};
use std::rc::Rc;

enum Store {
    Shaped {
        shape: Rc<Shape>,
        /// Room for the values: the first `shape.len()` are the attributes (in the
        /// shape's order), the rest `None`. One thin pointer, not a `Vec`: the array
        /// holds its capacity and the shape knows the rest, which keeps `Instance` small.
        values: ValueArray,
    },
    Dict(Rc<PyDict>),
}

pub struct InstanceAttrs(UnsafeCell<Store>);

// Two words: the dict variant fits beside the shape pointer's niche.
const _: () = assert!(std::mem::size_of::<InstanceAttrs>() == 16);

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

impl InstanceAttrs {
    /// Empty storage with room for `room` values: the array is made with the instance,
    /// at the size instances of the class usually reach, so that it sits next to the
    /// instance rather than in a gap the temporaries of `__init__` leave.
    pub fn new(root: Rc<Shape>, room: u32) -> InstanceAttrs {
        InstanceAttrs(UnsafeCell::new(Store::Shaped {
            shape: root,
            values: ValueArray::with_capacity(room as usize),
        }))
    }

    /// Run `f` on the storage. `f` must only do plain Rust work: clone or move values,
    /// never drop one that may hold the last reference to something (see the module doc).
    #[inline(always)]
    fn with<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        // SAFETY: `with` is never re-entered: the closures passed run no Python code and
        // drop no values, so nothing can reach this instance while the borrow lives.
        f(unsafe { &mut *self.0.get() })
    }

    /// The materialised dict, if there is one (cloned out, so callers may run anything).
    #[inline]
    fn dict_if_any(&self) -> Option<Rc<PyDict>> {
        self.with(|s| match s {
            Store::Dict(d) => Some(d.clone()),
            Store::Shaped { .. } => None,
        })
    }

    pub fn get(&self, name: &PyStr) -> Option<Value> {
        let found = self.with(|s| match s {
            Store::Shaped { shape, values } => Ok(shape.index_of(name).map(|i| values[i].clone())),
            Store::Dict(d) => Err(d.clone()),
        });
        match found {
            Ok(v) => v,
            Err(d) => d.get_str(name),
        }
    }

    pub fn get_by_str(&self, name: &str) -> Option<Value> {
        self.get(&PyStr::new(name))
    }

    /// The instance has its own attribute `name`.
    #[inline]
    pub fn has(&self, name: &PyStr) -> bool {
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
    pub fn set(&self, name: Rc<PyStr>, v: Value, hint: &Cell<u32>) {
        self.set_traced(name, v, hint);
    }

    /// `set`, answering how a cache could repeat it (None in dict mode).
    pub fn set_traced(&self, name: Rc<PyStr>, v: Value, hint: &Cell<u32>) -> Option<StoreTrace> {
        enum Done {
            Replaced(Value, StoreTrace),
            Added(StoreTrace),
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
                    Some(next) => {
                        let index = shape.len();
                        push_value(values, index, v, hint);
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
            Done::Added(trace) => Some(trace),
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

    pub fn set_by_str(&self, name: &str, v: Value) {
        self.set(Rc::new(PyStr::new(name)), v, &Cell::new(0));
    }

    /// Remove `name`, answering its value. A shaped instance turns into a dict first (the
    /// shape tree only ever adds names).
    pub fn remove(&self, name: &PyStr) -> Option<Value> {
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
    pub fn dict(&self) -> Rc<PyDict> {
        if let Some(d) = self.dict_if_any() {
            return d;
        }
        let d = Rc::new(PyDict::new());
        let (names, values) = self.with(|s| match s {
            Store::Shaped { shape, values } => {
                let names: Vec<Rc<PyStr>> = shape.names().to_vec();
                (names, values.take_all())
            }
            Store::Dict(_) => unreachable!("checked above"),
        });
        for (n, v) in names.into_iter().zip(values) {
            d.set_str(n, v);
        }
        let old = self.with(|s| std::mem::replace(s, Store::Dict(d.clone())));
        drop(old);
        d
    }

    /// The instance has no attributes of its own.
    pub fn is_empty(&self) -> bool {
        match self.dict_if_any() {
            Some(d) => d.is_empty(),
            None => self.with(|s| matches!(s, Store::Shaped { shape, .. } if shape.is_empty())),
        }
    }

    /// The current shape's address (null in dict mode): what caches compare.
    #[inline(always)]
    pub fn shape_ptr(&self) -> *const Shape {
        // SAFETY: as `with`: reads one pointer, runs nothing.
        match unsafe { &*self.0.get() } {
            Store::Shaped { shape, .. } => Rc::as_ptr(shape),
            Store::Dict(_) => std::ptr::null(),
        }
    }

    /// The current shape (None in dict mode).
    pub fn shape(&self) -> Option<Rc<Shape>> {
        self.with(|s| match s {
            Store::Shaped { shape, .. } => Some(shape.clone()),
            Store::Dict(_) => None,
        })
    }

    /// The value at `index` if the instance has shape `shape` (a cache's guess).
    #[inline(always)]
    pub fn get_if_shape(&self, shape: *const Shape, index: usize) -> Option<Value> {
        // Written without `with`'s closure, which the compiler kept out of line in the
        // dispatch loop. SAFETY: as `with`: one value is cloned out, nothing else runs.
        match unsafe { &*self.0.get() } {
            Store::Shaped { shape: sh, values } if Rc::as_ptr(sh) == shape && index < sh.len() => {
                Some(values[index].clone())
            }
            _ => None,
        }
    }

    /// Repeat a traced store (see [`StoreTrace`]) if the instance has shape `from`:
    /// replace the value at `index`, or with `to`, append it and move to shape `to`.
    /// Answers the replaced value (to drop after), or gives `v` back when the shape is
    /// another (nothing was written then).
    #[inline(always)]
    pub fn store_if_shape(
        &self,
        from: *const Shape,
        index: usize,
        to: Option<&Rc<Shape>>,
        v: Value,
        hint: &Cell<u32>,
    ) -> Result<Option<Value>, Value> {
        // SAFETY: as `with` (written without its closure, which the compiler kept out of
        // line): the replaced value is handed back to be dropped after, nothing runs here.
        match unsafe { &mut *self.0.get() } {
            Store::Shaped { shape, values } if Rc::as_ptr(shape) == from => match to {
                None if index < shape.len() => Ok(Some(std::mem::replace(&mut values[index], v))),
                None => Err(v),
                Some(next) => {
                    push_value(values, shape.len(), v, hint);
                    *shape = next.clone();
                    Ok(None)
                }
            },
            _ => Err(v),
        }
    }

    /// The storage for the cycle collector. `f` must run no Python code and drop nothing.
    pub fn view<R>(&self, f: impl FnOnce(AttrView<'_>) -> R) -> R {
        self.with(|s| match s {
            Store::Shaped { shape, values } => f(AttrView::Values(&values[..shape.len()])),
            Store::Dict(d) => f(AttrView::Dict(d)),
        })
    }

    /// Move a shaped instance's attributes to another class's shape tree (`__class__`
    /// assignment): the same names in the same order, from `root`. A dict stays as it is.
    pub fn rehome(&self, root: &Rc<Shape>, hint: &Cell<u32>) {
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
    /// lets its array go whole (clearing allocates nothing, which matters when a million
    /// objects are cleared at exit). A materialised dict is let go, not cleared: whoever
    /// else holds it keeps it intact.
    pub fn clear(&self, root: &Rc<Shape>) {
        // Taken out under the borrow, dropped after it.
        let (values, shape, dict) = self.with(|s| match s {
            Store::Shaped { shape, values } => (
                std::mem::take(values),
                Some(std::mem::replace(shape, root.clone())),
                None,
            ),
            Store::Dict(d) => (
                ValueArray::empty(),
                None,
                Some(std::mem::replace(d, Rc::new(PyDict::new()))),
            ),
        });
        drop((values, shape, dict));
    }
}

/// Append to a value array, growing it to the class's usual size at once so that
/// instances of a class end up with exactly the capacity they need.
#[inline]
fn push_value(values: &mut ValueArray, len: usize, v: Value, hint: &Cell<u32>) {
    if len == values.len() {
        let usual = hint.get() as usize;
        // Past the usual size grow geometrically, as an ordinary vector.
        let want = if usual > len {
            usual
        } else {
            len + 1 + len / 2
        };
        values.grow(want);
    }
    // The slot held None: nothing is dropped here.
    values[len] = v;
    if len as u32 + 1 > hint.get() {
        hint.set(len as u32 + 1);
    }
}
