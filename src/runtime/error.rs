//! Python exceptions as Rust errors.
//!
//! A raised exception is an instance of a BaseException subclass; [`PyErr`] is a pointer
//! to it, so `Result<T, PyErr>` stays one word. The instance's [`ExcData`] holds the
//! args, the traceback entries collected while it propagates, and the chaining fields.
//! Constructors are `#[cold]`: raising is never the hot path.

use super::class::{Class, Instance, Payload};
use super::types::types;
use super::value::Value;
use crate::compiler::bytecode::Code;
use crate::runtime::instance_ref::InstanceRef;
use std::cell::RefCell;
use std::rc::Rc;

pub type PyResult<T> = Result<T, PyErr>;

/// A failed OS call as Python sees it (`FileNotFoundError: [Errno 2] ...: 'x.txt'`);
/// see `builtins::os_error`.
pub use super::builtins::os_error::{from_errno, os_error};

/// A raised exception.
#[derive(Clone)]
pub struct PyErr(pub InstanceRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.class().name(), self.data().args)
    }
}

/// One traceback line: where the exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
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
        PyErr(inst)
    }

    /// `cls(msg)` for a builtin exception class.
    #[cold]
    pub fn new(cls: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr::with_args(cls, vec![Value::from_string(msg)])
    }

    #[cold]
    pub fn with_args(cls: &Rc<Class>, args: Vec<Value>) -> PyErr {
        PyErr(Instance::new_exception(cls.clone(), Value::tuple(args)))
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.0.class
    }

    pub fn data(&self) -> std::cell::Ref<'_, ExcData> {
        match self.0.payload() {
            Payload::Exception(d) => d.borrow(),
            _ => unreachable!("PyErr always wraps an exception instance"),
        }
    }

    pub fn data_mut(&self) -> std::cell::RefMut<'_, ExcData> {
        match self.0.payload() {
            Payload::Exception(d) => d.borrow_mut(),
            _ => unreachable!("PyErr always wraps an exception instance"),
        }
    }

    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    /// Is this exception an instance of `cls` (or a subclass)?
    pub fn is_instance(&self, cls: &Rc<Class>) -> bool {
        self.0.class.is_subclass(cls)
    }

    pub fn add_traceback(
        &self,
        code: &Rc<Code>,
        ip: usize,
        globals: &Rc<crate::runtime::dict::PyDict>,
    ) {
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

pub(crate) fn exc_payload(args: Value) -> Payload {
    Payload::Exception(RefCell::new(ExcData::new(args)))
}

macro_rules! err_ctor {
    ($($fn:ident => $field:ident),* $(,)?) => {
        $(
            #[cold]
            pub fn $fn(msg: impl Into<String>) -> PyErr {
                PyErr::new(&types().$field, msg)
            }
        )*
    };
}

err_ctor! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    key_error_msg => key_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    memory_error => memory_error,
    import_error => import_error,
    assertion_error => assertion_error,
    syntax_error_exc => syntax_error,
    stop_iteration_msg => stop_iteration,
}

/// `KeyError(key)`: the key itself is the argument (its repr is the message).
#[cold]
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&types().key_error, vec![key])
}

/// `StopIteration(value)`, carrying a generator's return value.
#[cold]
pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() { vec![] } else { vec![value] };
    PyErr::with_args(&types().stop_iteration, args)
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
    let t = types();
    let class = match err.kind {
        SyntaxErrorKind::SyntaxError => &t.syntax_error,
        SyntaxErrorKind::IndentationError => &t.indentation_error,
        SyntaxErrorKind::TabError => &t.tab_error,
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
    let e = PyErr::with_args(class, vec![Value::str(&err.message), details]);
    let dict = e.0.dict();
    dict.set_by_str("msg", Value::str(&err.message));
    dict.set_by_str("filename", filename);
    dict.set_by_str("lineno", Value::Int(lineno as i64));
    dict.set_by_str("offset", Value::Int(offset));
    dict.set_by_str("text", Value::str(&line_text));
    dict.set_by_str("end_lineno", Value::Int(end_lineno as i64));
    dict.set_by_str("end_offset", Value::Int(end_offset));
    dict.set_by_str("print_file_and_line", Value::None);
    e
}
