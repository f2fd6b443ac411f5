//! Python exceptions as Rust errors.
//!
//! A raised exception is an instance of a BaseException subclass; [`PyErr`] is one word
//! pointing to it, so `Result<T, PyErr>` stays small. The instance's [`ExcData`] holds the
//! args, the traceback entries collected while it propagates, and the chaining fields.
//! The constructors here need no `Vm`: they make a pending error, a builtin [`ExcKind`]
//! with its `ExcData`, whose instance the VM makes with its own class table when it
//! first looks. Constructors are `#[cold]`: raising is never the hot path. What it is
//! not: the raising and catching themselves (`vm::unwind`) or the report (`report`).

use super::class::{Class, Instance, Layout, Payload};
use super::types::{ExcKind, Types};
use super::value::Value;
use crate::runtime::instance_ref::InstanceRef;
use std::cell::{OnceCell, RefCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::rc::Rc;

pub type PyResult<T> = Result<T, PyErr>;

/// A failed OS call as Python sees it (`FileNotFoundError: [Errno 2] ...: 'x.txt'`);
/// see `builtins::os_error`.
pub use super::builtins::os_error::{from_errno, os_error};

/// A raised exception: one word (so `Result<T, PyErr>` is as small as `T` allows),
/// either an exception instance or, for an error made where no `Vm` is at hand (the
/// constructors below), a builtin [`ExcKind`] with its data, which takes its class from
/// the interpreter's table when the VM first looks at it ([`PyErr::instance`]).
///
/// The word is an `InstanceRef`'s pointer, or an `Rc<Pending>`'s with the low bit set
/// (both point at 8-aligned allocations, so the bit is free).
#[repr(transparent)]
pub struct PyErr(NonNull<u8>);

/// A builtin exception not yet given its class: what its instance will hold, and the
/// instance once made (so every clone of the error answers the same one).
struct Pending {
    kind: ExcKind,
    data: RefCell<ExcData>,
    /// Attributes the instance gets when it is made (an AttributeError's `name` and
    /// `obj`, a NameError's `name`), so an error caught natively never makes it.
    attrs: RefCell<Vec<(&'static str, Value)>>,
    instance: OnceCell<InstanceRef>,
}

const PENDING_BIT: usize = 1;

/// What a `PyErr`'s word points at.
enum Repr<'a> {
    Raised(&'a InstanceRef),
    Pending(&'a Pending),
}

impl Clone for PyErr {
    fn clone(&self) -> PyErr {
        match self.repr() {
            Repr::Raised(inst) => PyErr::from_instance(inst.clone()),
            Repr::Pending(_) => {
                // SAFETY: the untagged word is an `Rc<Pending>` this error holds a count of.
                unsafe { Rc::increment_strong_count(self.pending_ptr()) };
                PyErr(self.0)
            }
        }
    }
}

impl Drop for PyErr {
    fn drop(&mut self) {
        if self.is_pending() {
            // SAFETY: the untagged word is an `Rc<Pending>`; this error owns one count.
            drop(unsafe { Rc::from_raw(self.pending_ptr()) });
        } else {
            // SAFETY: the word is an `InstanceRef` (same layout) this error owns.
            drop(unsafe { std::mem::transmute::<NonNull<u8>, InstanceRef>(self.0) });
        }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.class_name(), self.data().args)
    }
}

/// One traceback line: where the exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    /// The running code object (not only its bytecode), so `tb_frame.f_code` is the
    /// function's own `__code__`.
    pub code: Rc<crate::runtime::function::CodeObj>,
    pub ip: usize,
    /// The frame's globals (for NameError's "Did you mean" and `tb_frame.f_globals`).
    pub globals: Rc<crate::runtime::dict::PyDict>,
}

/// The state every exception object carries.
pub struct ExcData {
    /// `e.args`, always a tuple.
    pub args: Value,
    /// Innermost frame first (the order they are added while unwinding).
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// `message` and `exceptions` of a BaseExceptionGroup (set by its `__new__`).
    pub group: Option<Box<GroupData>>,
    /// The `__traceback__` object last made or assigned, with the number of traceback
    /// entries it shows (see `vm::traceback_objects`).
    pub traceback_object: Option<(usize, Value)>,
}

/// What a BaseExceptionGroup holds besides `args`: CPython keeps these apart from `args`,
/// so reassigning `args` changes neither.
pub struct GroupData {
    /// The message, a str.
    pub message: Value,
    /// The sub-exceptions, a non-empty tuple.
    pub exceptions: Value,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: None,
            context: None,
            suppress_context: false,
            group: None,
            traceback_object: None,
        }
    }
}

impl PyErr {
    /// Wrap an exception instance.
    pub fn from_instance(inst: InstanceRef) -> PyErr {
        // SAFETY: `InstanceRef` is a transparent non-null pointer to an 8-aligned box.
        PyErr(unsafe { std::mem::transmute::<InstanceRef, NonNull<u8>>(inst) })
    }

    /// A builtin exception of `kind` with `args` (a tuple), its class left to the
    /// interpreter that first looks at it.
    #[cold]
    pub fn pending(kind: ExcKind, args: Value) -> PyErr {
        let p = Rc::into_raw(Rc::new(Pending {
            kind,
            data: RefCell::new(ExcData::new(args)),
            attrs: RefCell::new(Vec::new()),
            instance: OnceCell::new(),
        })) as *mut u8;
        // SAFETY: `Rc::into_raw` is never null; the tag keeps the pointer's provenance.
        PyErr(unsafe { NonNull::new_unchecked(p.wrapping_byte_add(PENDING_BIT)) })
    }

    /// `cls(msg)` for a builtin exception class.
    #[cold]
    pub fn new(cls: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr::with_args(cls, vec![Value::from_string(msg)])
    }

    #[cold]
    pub fn with_args(cls: &Rc<Class>, args: Vec<Value>) -> PyErr {
        PyErr::from_instance(Instance::new_exception(cls.clone(), Value::tuple(args)))
    }

    #[inline(always)]
    fn is_pending(&self) -> bool {
        self.0.as_ptr() as usize & PENDING_BIT != 0
    }

    fn pending_ptr(&self) -> *const Pending {
        self.0.as_ptr().wrapping_byte_sub(PENDING_BIT) as *const Pending
    }

    #[inline(always)]
    fn repr(&self) -> Repr<'_> {
        if self.is_pending() {
            // SAFETY: the untagged word is an `Rc<Pending>` kept alive by this error.
            Repr::Pending(unsafe { &*self.pending_ptr() })
        } else {
            // SAFETY: `PyErr` and `InstanceRef` are both one transparent pointer.
            Repr::Raised(unsafe { &*(self as *const PyErr as *const InstanceRef) })
        }
    }

    /// The exception instance, made now (with its class from `t`) for an error that was
    /// only a builtin kind: the VM's first look at an error.
    pub fn instance(&self, t: &Types) -> InstanceRef {
        match self.repr() {
            Repr::Raised(inst) => inst.clone(),
            Repr::Pending(p) => p
                .instance
                .get_or_init(|| {
                    let data =
                        std::mem::replace(&mut *p.data.borrow_mut(), ExcData::new(Value::None));
                    let inst = Instance::new_exception_data(p.kind.class(t).clone(), data);
                    for (name, v) in p.attrs.take() {
                        inst.set_attr_by_str(name, v);
                    }
                    inst
                })
                .clone(),
        }
    }

    /// Set the exception's attribute `name`; an error still only a builtin kind keeps it
    /// for its instance.
    pub fn set_attr(&self, name: &'static str, v: Value) {
        match self.made_instance() {
            Some(inst) => inst.set_attr_by_str(name, v),
            None => {
                if let Repr::Pending(p) = self.repr() {
                    p.attrs.borrow_mut().push((name, v));
                }
            }
        }
    }

    /// Whether the exception has its own attribute `name` (set by [`PyErr::set_attr`]).
    pub fn has_attr(&self, name: &str) -> bool {
        match self.made_instance() {
            Some(inst) => inst.get_attr_by_str(name).is_some(),
            None => match self.repr() {
                Repr::Pending(p) => p.attrs.borrow().iter().any(|(n, _)| *n == name),
                Repr::Raised(_) => false,
            },
        }
    }

    /// Does the exception match `except cls:`? An error still only a builtin kind
    /// answers by its kind's class in `t`, without making its instance.
    #[inline]
    pub fn matches(&self, cls: &Rc<Class>, t: &Types) -> bool {
        match self.repr() {
            Repr::Raised(inst) => inst.class.is_subclass(cls),
            Repr::Pending(p) => match p.instance.get() {
                Some(inst) => inst.class.is_subclass(cls),
                None => p.kind.class(t).is_subclass(cls),
            },
        }
    }

    /// The same exception as an instance-backed error (what the VM keeps once it has
    /// looked at it).
    pub fn resolved(&self, t: &Types) -> PyErr {
        match self.repr() {
            Repr::Raised(_) => self.clone(),
            Repr::Pending(_) => PyErr::from_instance(self.instance(t)),
        }
    }

    /// The instance, when the error has one already (never makes it).
    pub fn made_instance(&self) -> Option<&InstanceRef> {
        match self.repr() {
            Repr::Raised(inst) => Some(inst),
            Repr::Pending(p) => p.instance.get(),
        }
    }

    /// Whether `a` and `b` are the same exception.
    pub fn same(a: &PyErr, b: &PyErr) -> bool {
        match (a.made_instance(), b.made_instance()) {
            (Some(x), Some(y)) => InstanceRef::ptr_eq(x, y),
            _ => a.0 == b.0,
        }
    }

    /// The exception's class (made as [`PyErr::instance`] makes it).
    pub fn class(&self, t: &Types) -> Rc<Class> {
        match self.repr() {
            Repr::Raised(inst) => (*inst.class).clone(),
            Repr::Pending(p) => match p.instance.get() {
                Some(inst) => (*inst.class).clone(),
                None => p.kind.class(t).clone(),
            },
        }
    }

    /// The class's name, without needing the class.
    pub fn class_name(&self) -> Rc<str> {
        match self.repr() {
            Repr::Pending(p) if p.instance.get().is_none() => p.kind.name().into(),
            _ => self
                .made_instance()
                .map(|i| i.class.name())
                .unwrap_or_default(),
        }
    }

    pub fn data(&self) -> std::cell::Ref<'_, ExcData> {
        self.data_cell().borrow()
    }

    pub fn data_mut(&self) -> std::cell::RefMut<'_, ExcData> {
        self.data_cell().borrow_mut()
    }

    /// Where the exception's state lives: its instance's payload once made, else the
    /// pending box.
    fn data_cell(&self) -> &RefCell<ExcData> {
        match self.made_instance() {
            Some(inst) => inst
                .exc_data()
                .unwrap_or_else(|| unreachable!("PyErr always wraps an exception instance")),
            None => match self.repr() {
                Repr::Pending(p) => &p.data,
                Repr::Raised(_) => unreachable!("a raised error has its instance"),
            },
        }
    }

    /// The exception object (made as [`PyErr::instance`] makes it).
    pub fn value(&self, t: &Types) -> Value {
        Value::Instance(self.instance(t))
    }

    /// Is this exception an instance of `cls` (or a subclass)? An error still only a
    /// builtin kind answers by its kind's ancestry: a builtin exception class of the same
    /// name is that kind's class in its interpreter's table.
    pub fn is_instance(&self, cls: &Rc<Class>) -> bool {
        match self.repr() {
            Repr::Raised(inst) => inst.class.is_subclass(cls),
            Repr::Pending(p) => match p.instance.get() {
                Some(inst) => inst.class.is_subclass(cls),
                None => p.is_kind(cls),
            },
        }
    }

    /// Values the collector should see through an error only one holder has; the
    /// instance when it has one.
    pub fn visit(&self, vis: &mut dyn crate::runtime::traverse::Visitor) {
        match self.repr() {
            Repr::Raised(inst) => crate::runtime::traverse::visit_instance(vis, inst),
            // A shared pending error's values are counted once, by no one holder: left
            // unvisited (they then look referenced from outside, which keeps them alive).
            Repr::Pending(p)
                if Rc::strong_count(&ManuallyDrop::new(
                    // SAFETY: not dropped, so the count is unchanged.
                    unsafe { Rc::from_raw(self.pending_ptr()) },
                )) == 1 =>
            {
                if let Some(inst) = p.instance.get() {
                    crate::runtime::traverse::visit_instance(vis, inst);
                } else if let Ok(d) = p.data.try_borrow() {
                    vis.value(&d.args);
                    d.cause
                        .iter()
                        .chain(d.context.iter())
                        .for_each(|v| vis.value(v));
                    if let Ok(attrs) = p.attrs.try_borrow() {
                        attrs.iter().for_each(|(_, v)| vis.value(v));
                    }
                }
            }
            Repr::Pending(_) => {}
        }
    }

    pub fn add_traceback(
        &self,
        code: &Rc<crate::runtime::function::CodeObj>,
        ip: usize,
        globals: &Rc<crate::runtime::dict::PyDict>,
    ) {
        if crate::runtime::pylib::stands_in_for_c(&code.code.source.name) {
            return;
        }
        self.data_mut().traceback.push(TbEntry {
            code: code.clone(),
            ip,
            globals: globals.clone(),
        });
    }

    /// The first argument rendered as the message (for internal diagnostics).
    pub fn first_arg(&self) -> Option<Value> {
        match &self.data().args {
            Value::Tuple(t) => t.items.first().cloned(),
            _ => None,
        }
    }
}

impl Pending {
    /// Is a builtin exception of this kind an instance of `cls`?
    fn is_kind(&self, cls: &Rc<Class>) -> bool {
        if !cls.is_builtin || cls.layout != Layout::Exception {
            return false;
        }
        let name = cls.name();
        let mut kind = Some(self.kind);
        while let Some(k) = kind {
            if k.name() == &*name {
                return true;
            }
            kind = k.base();
        }
        false
    }
}

pub(crate) fn exc_payload(args: Value) -> Payload {
    Payload::Exception(Box::new(RefCell::new(ExcData::new(args))))
}

macro_rules! err_ctor {
    ($($fn:ident => $kind:ident),* $(,)?) => {
        $(
            #[cold]
            pub fn $fn(msg: impl Into<String>) -> PyErr {
                builtin_error(ExcKind::$kind, msg)
            }
        )*
    };
}

err_ctor! {
    type_error => TypeError,
    value_error => ValueError,
    index_error => IndexError,
    key_error_msg => KeyError,
    attribute_error => AttributeError,
    name_error => NameError,
    unbound_local_error => UnboundLocalError,
    zero_division_error => ZeroDivisionError,
    overflow_error => OverflowError,
    runtime_error => RuntimeError,
    recursion_error => RecursionError,
    not_implemented_error => NotImplementedError,
    memory_error => MemoryError,
    import_error => ImportError,
    assertion_error => AssertionError,
    syntax_error_exc => SyntaxError,
    stop_iteration_msg => StopIteration,
}

/// `kind(msg)` for any builtin exception kind, without the class table.
#[cold]
pub fn builtin_error(kind: ExcKind, msg: impl Into<String>) -> PyErr {
    PyErr::pending(kind, Value::tuple(vec![Value::from_string(msg.into())]))
}

/// `kind(*args)` for any builtin exception kind, without the class table.
#[cold]
pub fn builtin_error_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
    PyErr::pending(kind, Value::tuple(args))
}

/// `KeyError(key)`: the key itself is the argument (its repr is the message).
#[cold]
pub fn key_error(key: Value) -> PyErr {
    PyErr::pending(ExcKind::KeyError, Value::tuple(vec![key]))
}

/// `StopIteration(value)`, carrying a generator's return value.
#[cold]
pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() { vec![] } else { vec![value] };
    PyErr::pending(ExcKind::StopIteration, Value::tuple(args))
}

/// A compile-time [`SyntaxError`](crate::syntax_error::SyntaxError) in `source` as the
/// Python exception CPython raises for it (an import of a broken file, `compile()`): the
/// class by kind, `args == (msg, (filename, lineno, offset, text, end_lineno,
/// end_offset))` and those six as attributes, offsets 1-based in characters.
#[cold]
pub fn syntax_error_from(
    err: &crate::syntax_error::SyntaxError,
    source: &crate::compiler::bytecode::SourceFile,
) -> PyErr {
    use crate::syntax_error::SyntaxErrorKind;
    let kind = match err.kind {
        SyntaxErrorKind::SyntaxError => ExcKind::SyntaxError,
        SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
        SyntaxErrorKind::TabError => ExcKind::TabError,
    };
    let text = &*source.text;
    let column = |offset: u32| -> (usize, i64) {
        let offset = (offset as usize).min(text.len());
        let line = source.line_of(offset as u32);
        let line_start = text[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
        (line, text[line_start..offset].chars().count() as i64 + 1)
    };
    let (lineno, offset) = column(err.span.start);
    let (end_lineno, mut end_offset) = column(err.span.end.max(err.span.start));
    if end_lineno == lineno && end_offset <= offset {
        end_offset = offset + 1;
    }
    let mut line_text = source.line_text(lineno).to_string();
    line_text.push('\n');
    let filename = Value::str(&source.name);
    let details = Value::tuple(vec![
        filename.clone(),
        Value::Int(lineno as i64),
        Value::Int(offset),
        Value::str(&line_text),
        Value::Int(end_lineno as i64),
        Value::Int(end_offset),
    ]);
    let e = builtin_error_args(kind, vec![Value::str(&err.message), details]);
    e.set_attr("msg", Value::str(&err.message));
    e.set_attr("filename", filename);
    e.set_attr("lineno", Value::Int(lineno as i64));
    e.set_attr("offset", Value::Int(offset));
    e.set_attr("text", Value::str(&line_text));
    e.set_attr("end_lineno", Value::Int(end_lineno as i64));
    e.set_attr("end_offset", Value::Int(end_offset));
    e.set_attr("print_file_and_line", Value::None);
    e
}
