//! `Value`: what a Python expression evaluates to.
//!
//! Small immutable values (None, bool, int, float) are stored inline; everything else is a
//! reference-counted heap object. This module defines the enum and the cheap questions
//! that need no interpreter (identity, the Python type name). Operations that may run
//! Python code (`__eq__`, `__repr__`, ...) live in the VM's operator modules.

use super::class::Class;
use super::dict::PyDict;
use super::function::{BoundMethod, Builtin, Function};
use super::iter::IterObj;
use super::list::PyList;
use super::native::NativeObj;
use super::set::PySet;
use super::str::{PyStr, StrRef};
use super::tuple::{PyTuple, TupleRef};
use crate::runtime::instance_ref::InstanceRef;
use crate::vm::Generator;
use num_bigint::BigInt;
use std::rc::Rc;

/// `#[repr(u8)]` fixes the layout (a tag byte numbered in declaration order, the payload
/// at offset 8), so [`Value::discard`] can tell inline values from references with one
/// compare instead of a jump over every variant.
#[repr(u8)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits in i64; larger ints are `BigInt`, never both for one number.
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(StrRef),
    List(Rc<PyList>),
    Tuple(TupleRef),
    Dict(Rc<PyDict>),
    /// set and frozenset.
    Set(Rc<PySet>),
    Function(Rc<Function>),
    BoundMethod(Rc<BoundMethod>),
    Builtin(Rc<Builtin>),
    Class(Rc<Class>),
    /// Instances of user classes, and of builtin classes that have no variant of their
    /// own (exceptions, object()).
    Instance(InstanceRef),
    Generator(Rc<Generator>),
    Iter(Rc<IterObj>),
    /// Everything else implemented natively: modules, range, slice, cells, property, ...
    Native(Rc<NativeObj>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
// Fast locals are `Option<Value>`: the tag's unused values still make its `None`.
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

/// Tags below this are the inline variants (None, Bool, Int, Float), which hold no
/// reference; every later variant holds one `Rc`.
const FIRST_HEAP_TAG: u8 = 4;
const _: () = {
    let last_inline = std::mem::ManuallyDrop::new(Value::Float(0.0));
    // SAFETY: as in `Value::tag`.
    let tag = unsafe { *(&last_inline as *const std::mem::ManuallyDrop<Value> as *const u8) };
    assert!(tag + 1 == FIRST_HEAP_TAG);
};

/// Apply `$body` to the `Rc` of whichever heap variant `$v` is (`$r` names it); the
/// inline variants are excluded by the caller. Every arm compiles to the same machine
/// code (the count sits at the start of each `Rc`'s allocation), which the optimiser
/// merges into one, so no jump over the variants is left.
macro_rules! with_rc {
    ($v:expr, $r:ident => $body:expr) => {
        match $v {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                // SAFETY: the caller tested `tag() >= FIRST_HEAP_TAG`.
                unsafe { std::hint::unreachable_unchecked() }
            }
            Value::BigInt($r) => $body,
            Value::Str($r) => $body,
            Value::List($r) => $body,
            Value::Tuple($r) => $body,
            Value::Dict($r) => $body,
            Value::Set($r) => $body,
            Value::Function($r) => $body,
            Value::BoundMethod($r) => $body,
            Value::Builtin($r) => $body,
            Value::Class($r) => $body,
            Value::Instance($r) => $body,
            Value::Generator($r) => $body,
            Value::Iter($r) => $body,
            Value::Native($r) => $body,
        }
    };
}

/// The strong count as `Value`'s clone and discard use it, for each heap variant's
/// pointer: an `Rc`, or the strings' and the instances' own (`StrRef`, `InstanceRef`,
/// whose counts sit where an `Rc`'s does, so every arm still compiles to the same code).
trait Counted {
    fn count(&self) -> usize;
}

impl<T: ?Sized> Counted for Rc<T> {
    #[inline(always)]
    fn count(&self) -> usize {
        Rc::strong_count(self)
    }
}

impl Counted for StrRef {
    #[inline(always)]
    fn count(&self) -> usize {
        StrRef::strong_count(self)
    }
}

impl Counted for TupleRef {
    #[inline(always)]
    fn count(&self) -> usize {
        TupleRef::strong_count(self)
    }
}

impl Counted for InstanceRef {
    #[inline(always)]
    fn count(&self) -> usize {
        InstanceRef::strong_count(self)
    }
}

impl Clone for Value {
    /// Written out so it inlines into the dispatch loop (LoadFast, LoadConst): an inline
    /// value (None, bool, int, float) is copied after one compare of its tag, any other
    /// gains one count on its `Rc` (the same code for every variant, so no jump over the
    /// variants is left either way).
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_inline() {
            // SAFETY: the tag was just tested.
            std::mem::forget(Rc::clone(unsafe { self.counted() }));
        }
        // SAFETY: an inline variant owns nothing, so its bits are a complete copy; a heap
        // variant's one `Rc` was counted once more just above, and the copy owns that
        // count.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// The variant's tag byte.
    #[inline(always)]
    fn tag(&self) -> u8 {
        // SAFETY: a `#[repr(u8)]` enum with fields is laid out as a `repr(C)` union of
        // `repr(C)` structs that each start with the `u8` tag (the primitive
        // representation, RFC 2195), so the first byte of any `Value` is its tag.
        unsafe { *(self as *const Value as *const u8) }
    }

    /// A heap value's `Rc`, seen as an `Rc<()>`: only its strong count may be used
    /// (never its value, never its last drop). Every heap variant's payload is one
    /// pointer at offset 8 (`#[repr(u8)]`) to an allocation that starts with the strong
    /// count: an `Rc`'s (`#[repr(C)]`, the counts first for every payload type) or an
    /// `InstanceRef`'s (which puts its count there for this), and the strong count is all
    /// `Rc<()>`'s clone, `strong_count` and a non-final decrement touch. `with_rc!` does the same
    /// through one arm per variant, which the optimiser merges for a read of the count
    /// but not for its increment or decrement (a jump over the 14 variants after the
    /// count's test): `clone` and `discard` count through this instead. The unit tests
    /// (`value_tests.rs`) check the counts against `Rc::strong_count` of every variant.
    ///
    /// # Safety
    /// The value must be a heap variant (`!self.is_inline()`).
    #[inline(always)]
    unsafe fn counted(&self) -> &std::mem::ManuallyDrop<Rc<()>> {
        debug_assert!(!self.is_inline());
        debug_assert_eq!(
            with_rc!(self, r => r.count()),
            // SAFETY: the caller's contract.
            Rc::strong_count(unsafe {
                &*(self as *const Value as *const u8)
                    .add(8)
                    .cast::<std::mem::ManuallyDrop<Rc<()>>>()
            }),
            "a heap variant's count is not where an Rc keeps it"
        );
        // SAFETY: see above; `ManuallyDrop` keeps the alias from ever dropping.
        unsafe {
            &*(self as *const Value as *const u8)
                .add(8)
                .cast::<std::mem::ManuallyDrop<Rc<()>>>()
        }
    }

    /// Whether the value is inline (None, bool, int, float): no reference to count.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        self.tag() < FIRST_HEAP_TAG
    }

    /// Drop the value, inline in the caller for the common cases: an inline value is
    /// forgotten after one compare, a shared reference loses one count; only the last
    /// reference to an object goes out of line to the full drop.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_inline() {
            std::mem::forget(self);
            return;
        }
        // SAFETY: the tag was just tested.
        let counted = unsafe { self.counted() };
        if Rc::strong_count(counted) > 1 {
            // SAFETY: `self` owns one of the more than one strong references counted, so
            // giving that one up (and forgetting `self`, which would give it up again)
            // leaves the object alive with the count right; a count above one never
            // reaches `Rc<()>`'s deallocation.
            unsafe { Rc::decrement_strong_count(Rc::as_ptr(counted)) };
            std::mem::forget(self);
            return;
        }
        drop_last_reference(self);
    }

    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(PyStr::new(s))
    }

    #[inline]
    pub fn from_string(s: String) -> Value {
        Value::Str(PyStr::from_string(s))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(PyTuple::new(items))
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// `a is b`. Inlined (the dispatch loop's `is None` tests, `CallMethod`'s test for
    /// its NULL marker): two heap values of one variant are the same object when their
    /// pointers (at offset 8, see `counted`) are equal.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        if self.is_inline() || other.is_inline() {
            return match (self, other) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                // Small ints are cached singletons in CPython; treating equal ints as
                // identical matches what scripts observe for the values they compare
                // with `is`.
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
                _ => false,
            };
        }
        if self.tag() == other.tag() {
            // SAFETY: both are heap variants (tested above); only the pointers are read.
            return unsafe { Rc::ptr_eq(self.counted(), other.counted()) };
        }
        self.heap_ptr() == other.heap_ptr()
    }

    /// The address of the heap object, for identity and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        Some(match self {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => return None,
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => StrRef::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => TupleRef::as_ptr(r) as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => InstanceRef::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Native(r) => Rc::as_ptr(r) as *const u8 as usize,
        })
    }

    /// `id(x)`: heap address, or a stable number for inline values.
    pub fn id(&self) -> i64 {
        match self.heap_ptr() {
            Some(p) => p as i64,
            None => match self {
                Value::None => 0x1000,
                Value::Bool(b) => 0x1010 + *b as i64,
                Value::Int(i) => 0x2000_0000_0000 ^ i.wrapping_mul(16),
                Value::Float(f) => 0x3000_0000_0000 ^ (f.to_bits() as i64 >> 4),
                _ => 0,
            },
        }
    }

    pub fn as_pystr(&self) -> Option<&StrRef> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
}

/// The out-of-line end of [`Value::discard`]: the object dies (and may run `__del__`,
/// free children, ...).
#[inline(never)]
fn drop_last_reference(v: Value) {
    drop(v);
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            Value::List(l) => write!(f, "{:?}", &*l.items.borrow()),
            Value::Tuple(t) => write!(f, "{:?}", &t.items),
            Value::Class(c) => write!(f, "<class {}>", c.name()),
            other => write!(f, "<{} object>", other.kind_name()),
        }
    }
}

impl Value {
    /// A short internal name for debugging output (not Python's type name).
    /// The type named in argument parsers' "must be X, not Y" errors: CPython's clinic
    /// (`_PyArg_BadArgument`) and getargs name None itself, anything else by its type.
    pub fn arg_kind_name(&self) -> &'static str {
        if self.is_none() {
            "None"
        } else {
            self.kind_name()
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(s) if s.frozen => "frozenset",
            Value::Set(_) => "set",
            Value::Function(_) => "function",
            Value::BoundMethod(_) => "method",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Class(_) => "type",
            Value::Instance(_) => "instance",
            Value::Generator(_) => "generator",
            Value::Iter(_) => "iterator",
            Value::Native(_) => "native",
        }
    }
}
