//! Natively implemented objects that have no `Value` variant of their own: modules,
//! ranges, slices, cells, code objects, descriptors (property, staticmethod,
//! classmethod), `super` objects, functools objects and singletons such as Ellipsis.
//! Each carries the class `type()` reports for it.

use super::class::Class;
use super::dict::PyDict;
use super::function::{CellObj, CodeObj};
use super::types::Types;
use super::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct NativeObj {
    /// Replaced only by a module's `__class__` assignment (see `ClassSlot`).
    pub class: super::class::ClassSlot,
    pub data: NativeData,
}

pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<PyDict>,
}

pub enum NativeData {
    Module(Module),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not all fit an i64.
    BigRange(Box<crate::runtime::builtins::range_big::BigRange>),
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Cell(Rc<CellObj>),
    Code(Rc<CodeObj>),
    /// A property: the getter and setter inline, read on every access; the rest boxed,
    /// so that every native object (tasks and futures by the hundred thousand among
    /// them) stays small.
    Property {
        fget: Value,
        fset: Value,
        more: Box<PropertyMore>,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        class: Rc<Class>,
        obj: Value,
    },
    Partial {
        func: Value,
        /// Boxed, not a `Vec`: with the property's boxed parts this keeps every native
        /// object at 56 bytes.
        args: Box<[Value]>,
        kwargs: Rc<PyDict>,
    },
    LruCache(Rc<LruCache>),
    Bytes(Rc<[u8]>),
    /// A bytearray: bytes that change in place.
    ByteArray(super::memoryview::ByteArrayData),
    /// A memoryview (see `runtime::memoryview`).
    MemoryView(Box<super::memoryview::MemView>),
    /// A `complex` number (see `runtime::complex`).
    Complex(crate::numeric::complex::Complex),
    /// Ellipsis, NotImplemented: identity-only singletons.
    Singleton(&'static str),
    /// State of an object defined by a module built on the runtime (the event loop's
    /// loops, futures, tasks and handles); the module downcasts it back.
    Extension(Rc<dyn std::any::Any>),
}

/// The parts of a property read only by `del`, `__doc__` and error messages.
pub struct PropertyMore {
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name `__set_name__` gave it (None until then), for messages.
    pub name: RefCell<Value>,
}

impl PropertyMore {
    pub fn new(fdel: Value, doc: Value, name: Value) -> Box<PropertyMore> {
        Box::new(PropertyMore {
            fdel,
            doc,
            name: RefCell::new(name),
        })
    }
}

/// `functools.lru_cache` state.
pub struct LruCache {
    pub func: Value,
    pub maxsize: Option<usize>,
    /// `typed=True`: arguments of different types are cached apart (3 and 3.0).
    pub typed: bool,
    pub cache: Rc<PyDict>,
    pub hits: std::cell::Cell<u64>,
    pub misses: std::cell::Cell<u64>,
    pub attrs: Rc<PyDict>,
    pub order: RefCell<Vec<Value>>,
}

impl NativeObj {
    pub fn value(class: Rc<Class>, data: NativeData) -> Value {
        Value::Native(Rc::new(NativeObj {
            class: super::class::ClassSlot::new(class),
            data,
        }))
    }

    /// A closure variable's storage as a Python `cell` object (`f.__closure__`'s items,
    /// `types.CellType(...)`, a referent `gc` reports): reads and writes through it are
    /// the variable's.
    pub fn cell(cell_class: &Rc<Class>, cell: Rc<CellObj>) -> Value {
        NativeObj::value(cell_class.clone(), NativeData::Cell(cell))
    }

    /// The `code` object of `code`: the one already handed out while it lives, so
    /// `f.__code__ is f.__code__` as in CPython.
    pub fn code(t: &Types, code: Rc<CodeObj>) -> Value {
        if let Some(held) = code.wrapper.borrow().upgrade() {
            return Value::Native(held);
        }
        let wrapper = Rc::new(NativeObj {
            class: super::class::ClassSlot::new(t.code.clone()),
            data: NativeData::Code(code.clone()),
        });
        *code.wrapper.borrow_mut() = Rc::downgrade(&wrapper);
        Value::Native(wrapper)
    }

    pub fn module(t: &Types, name: &str, dict: Rc<PyDict>) -> Value {
        NativeObj::value(
            t.module.clone(),
            NativeData::Module(Module {
                name: name.into(),
                dict,
            }),
        )
    }
}

pub fn bytes_value(t: &crate::runtime::types::Types, b: &[u8]) -> Value {
    NativeObj::value(t.bytes.clone(), NativeData::Bytes(b.into()))
}

pub fn bytearray_value(t: &crate::runtime::types::Types, b: Vec<u8>) -> Value {
    NativeObj::value(
        t.bytearray.clone(),
        NativeData::ByteArray(super::memoryview::ByteArrayData::new(b)),
    )
}
