//! In-memory streams: `io.StringIO` (text, positions in characters) and `io.BytesIO`
//! (bytes). Both are a [`MemBuf`] over their unit (char or byte) with a position; writing
//! past the end pads with zero units, as CPython does. Not files (see `file`).

use super::file::size_arg;
use super::{install_methods, Classes};
use crate::event_loop::object::{downcast, wrap};
use crate::runtime::builtins::one_optional;
use crate::runtime::builtins::{as_str, index_i64, params, type_name, unwrap_base, wrap_for_class};
use crate::runtime::bytes::with_bytes;
use crate::runtime::class::Class;
use crate::runtime::error::{stop_iteration, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::native::bytes_value;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A growable buffer of `T` with a read/write position.
pub struct MemBuf<T> {
    pub data: Vec<T>,
    pub pos: usize,
    pub closed: bool,
    /// StringIO's `newline` (a BytesIO's lines always end at `\n`).
    pub newline: Newline,
}

/// StringIO's `newline` argument: how writes are translated and where lines end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// None: `\r\n` and `\r` written become `\n`.
    Universal,
    /// "": nothing translated; a line ends at `\r`, `\n` or `\r\n`.
    Any,
    /// "\n", the default: nothing translated.
    Lf,
    /// "\r" and "\r\n": `\n` written becomes this; lines end at it.
    Cr,
    CrLf,
}

impl Newline {
    /// `\n` written becomes this text (None: kept).
    fn written(self) -> Option<&'static [char]> {
        match self {
            Newline::Cr => Some(&['\r']),
            Newline::CrLf => Some(&['\r', '\n']),
            _ => None,
        }
    }
}

/// Where the first line of `rest` ends (one past its terminator) under `nl`.
fn text_line_end(rest: &[char], nl: Newline) -> Option<usize> {
    match nl {
        Newline::Universal | Newline::Lf => rest.iter().position(|&c| c == '\n').map(|i| i + 1),
        Newline::Cr => rest.iter().position(|&c| c == '\r').map(|i| i + 1),
        Newline::CrLf => rest
            .windows(2)
            .position(|w| w == ['\r', '\n'])
            .map(|i| i + 2),
        Newline::Any => {
            let i = rest.iter().position(|&c| c == '\n' || c == '\r')?;
            Some(if rest[i] == '\r' && rest.get(i + 1) == Some(&'\n') {
                i + 2
            } else {
                i + 1
            })
        }
    }
}

/// What a StringIO stores for the text written to it under `nl`.
fn translate_written(text: impl IntoIterator<Item = char>, nl: Newline) -> Vec<char> {
    let mut chars = text.into_iter().peekable();
    let mut out = Vec::with_capacity(chars.size_hint().0);
    while let Some(c) = chars.next() {
        match (c, nl) {
            ('\r', Newline::Universal) => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            ('\n', _) => match nl.written() {
                Some(units) => out.extend_from_slice(units),
                None => out.push('\n'),
            },
            _ => out.push(c),
        }
    }
    out
}

/// The unit of a buffer: a character (StringIO) or a byte (BytesIO).
pub trait Unit: Copy + Default + PartialEq {
    fn to_value(t: &crate::runtime::types::Types, units: &[Self]) -> Value;
    /// Where the first line of `rest` ends, one past its terminator.
    fn line_end(rest: &[Self], nl: Newline) -> Option<usize>;
    /// StringIO's message has no full stop; BytesIO's has, as every file's.
    const CLOSED: &'static str;
}

impl<T: Unit> MemBuf<T> {
    fn new(data: Vec<T>) -> MemBuf<T> {
        MemBuf {
            data,
            pos: 0,
            closed: false,
            newline: Newline::Lf,
        }
    }

    fn check(&self) -> PyResult<()> {
        if self.closed {
            return Err(value_error(T::CLOSED));
        }
        Ok(())
    }

    fn read(&mut self, n: Option<usize>) -> &[T] {
        let start = self.pos.min(self.data.len());
        let end = n.map_or(self.data.len(), |n| (start + n).min(self.data.len()));
        self.pos = end.max(self.pos);
        &self.data[start..end]
    }

    fn read_line(&mut self, limit: Option<usize>) -> &[T] {
        let start = self.pos.min(self.data.len());
        let rest = &self.data[start..];
        let mut end = T::line_end(rest, self.newline).unwrap_or(rest.len());
        if let Some(l) = limit {
            end = end.min(l);
        }
        self.pos = start + end;
        &self.data[start..start + end]
    }

    fn write(&mut self, units: &[T]) {
        if self.pos > self.data.len() {
            self.data.resize(self.pos, T::default());
        }
        let end = self.pos + units.len();
        let overlap = end.min(self.data.len());
        self.data[self.pos..overlap].copy_from_slice(&units[..overlap - self.pos]);
        self.data.extend_from_slice(&units[overlap - self.pos..]);
        self.pos = end;
    }

    fn truncate(&mut self, size: Option<usize>) -> usize {
        let size = size.unwrap_or(self.pos);
        self.data.truncate(size);
        size
    }
}

pub type StringIo = RefCell<MemBuf<char>>;
pub type BytesIo = RefCell<MemBuf<u8>>;

pub(super) fn install(c: &Classes, t: &crate::runtime::types::Types) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("tell", tell),
        ("seek", seek),
        ("truncate", truncate),
        ("close", close),
        ("readable", yes),
        ("writable", yes),
        ("seekable", yes),
    ];
    let string: &[(&'static str, NativeFn)] = &[
        ("__new__", string_new),
        ("__init__", string_init),
        ("getvalue", getvalue),
        ("read", read),
        ("readline", readline),
        ("__next__", next),
        ("write", write),
    ];
    let bytes: &[(&'static str, NativeFn)] = &[
        ("__new__", bytes_new),
        ("__init__", bytes_init),
        ("getvalue", getvalue),
        ("read", read),
        ("read1", read),
        ("readline", readline),
        ("__next__", next),
        ("write", write),
    ];
    let getters: &[(&'static str, NativeFn)] = &[("closed", closed)];
    install_methods(t, &c.string_io, "StringIO", shared, getters);
    install_methods(
        t,
        &c.string_io,
        "StringIO",
        string,
        &[("line_buffering", no)],
    );
    install_methods(t, &c.bytes_io, "BytesIO", shared, getters);
    install_methods(t, &c.bytes_io, "BytesIO", bytes, &[]);
}

/// The buffer behind `self`: a StringIO's or a BytesIO's.
enum Mem {
    Text(Rc<StringIo>),
    Bytes(Rc<BytesIo>),
}

impl Mem {
    /// The class CPython's messages name.
    fn class_name(&self) -> &'static str {
        match self {
            Mem::Text(_) => "StringIO",
            Mem::Bytes(_) => "BytesIO",
        }
    }
}

fn this(args: &Args<'_>) -> PyResult<Mem> {
    let v = args.pos().first().map(unwrap_base).unwrap_or(Value::None);
    if let Some(s) = downcast::<StringIo>(&v) {
        return Ok(Mem::Text(s));
    }
    if let Some(b) = downcast::<BytesIo>(&v) {
        return Ok(Mem::Bytes(b));
    }
    Err(type_error("descriptor requires an in-memory stream"))
}

/// Run `f` on the buffer, whichever unit it holds, after checking it is open.
macro_rules! with_buf {
    ($mem:expr, |$b:ident| $body:expr) => {
        match &$mem {
            Mem::Text(m) => {
                #[allow(unused_mut)]
                let mut $b = m.borrow_mut();
                $b.check()?;
                $body
            }
            Mem::Bytes(m) => {
                #[allow(unused_mut)]
                let mut $b = m.borrow_mut();
                $b.check()?;
                $body
            }
        }
    };
}

fn text_value(units: &[char]) -> Value {
    Value::from_string(units.iter().collect())
}

fn new_obj(class: &Value, builtin: &Rc<Class>, obj: Value) -> Value {
    wrap_for_class(class, builtin, obj)
}

/// StringIO's `newline` argument, checked as CPython checks it.
fn newline_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Newline> {
    let Some(v) = v else {
        return Ok(Newline::Lf);
    };
    if v.is_none() {
        return Ok(Newline::Universal);
    }
    let Some(s) = as_str(v) else {
        return Err(type_error(format!(
            "newline must be str or None, not {}",
            type_name(vm, v)
        )));
    };
    Ok(match s.as_str() {
        "" => Newline::Any,
        "\n" => Newline::Lf,
        "\r" => Newline::Cr,
        "\r\n" => Newline::CrLf,
        other => {
            let shown = crate::numeric::str_repr(other);
            return Err(value_error(format!("illegal newline value: {shown}")));
        }
    })
}

/// A new StringIO buffer holding `initial` as written under `newline`.
fn text_buffer(
    vm: &Vm,
    initial: Option<&Value>,
    newline: Option<&Value>,
) -> PyResult<MemBuf<char>> {
    let nl = newline_arg(vm, newline)?;
    let mut b = MemBuf::new(translate_written(string_arg(vm, initial)?, nl));
    b.newline = nl;
    Ok(b)
}

fn string_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<char>> {
    match v {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(v) => match as_str(v) {
            Some(s) => Ok(s.as_str().chars().collect()),
            None => Err(type_error(format!(
                "initial_value must be str or None, not {}",
                type_name(vm, v)
            ))),
        },
    }
}

fn string_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = super::classes(vm.types());
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let exact = matches!(&cls, Value::Class(k) if Rc::ptr_eq(k, &c.string_io));
    let buf = if exact {
        let p = params(&args, "StringIO", &["initial_value", "newline"])?;
        text_buffer(vm, p[0], p[1])?
    } else {
        MemBuf::new(Vec::new())
    };
    let obj = Value::Native(wrap(&c.string_io, Rc::new(RefCell::new(buf))));
    Ok(new_obj(&cls, &c.string_io, obj))
}

fn string_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(&args, "StringIO", &["initial_value", "newline"])?;
    if let (Mem::Text(m), true) = (this(&args)?, p[0].is_some() || p[1].is_some()) {
        *m.borrow_mut() = text_buffer(vm, p[0], p[1])?;
    }
    Ok(Value::None)
}

fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = super::classes(vm.types());
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    let exact = matches!(&cls, Value::Class(k) if Rc::ptr_eq(k, &c.bytes_io));
    let initial = if exact {
        let p = params(&args, "BytesIO", &["initial_bytes"])?;
        bytes_arg(vm, p[0])?
    } else {
        Vec::new()
    };
    let obj = Value::Native(wrap(
        &c.bytes_io,
        Rc::new(RefCell::new(MemBuf::new(initial))),
    ));
    Ok(new_obj(&cls, &c.bytes_io, obj))
}

fn bytes_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(v) => with_bytes(v, <[u8]>::to_vec).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            ))
        }),
    }
}

fn bytes_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(&args, "BytesIO", &["initial_bytes"])?;
    if let (Mem::Bytes(m), Some(_)) = (this(&args)?, p[0]) {
        *m.borrow_mut() = MemBuf::new(bytes_arg(vm, p[0])?);
    }
    Ok(Value::None)
}

fn getvalue(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(match this(&args)? {
        Mem::Text(m) => {
            let b = m.borrow();
            b.check()?;
            text_value(&b.data)
        }
        Mem::Bytes(m) => {
            let b = m.borrow();
            b.check()?;
            bytes_value(vm.types(), &b.data)
        }
    })
}

impl Unit for char {
    const CLOSED: &'static str = "I/O operation on closed file";
    fn to_value(_: &crate::runtime::types::Types, units: &[char]) -> Value {
        text_value(units)
    }
    fn line_end(rest: &[char], nl: Newline) -> Option<usize> {
        text_line_end(rest, nl)
    }
}

impl Unit for u8 {
    const CLOSED: &'static str = "I/O operation on closed file.";
    fn to_value(t: &crate::runtime::types::Types, units: &[u8]) -> Value {
        bytes_value(t, units)
    }
    fn line_end(rest: &[u8], _: Newline) -> Option<usize> {
        memchr::memchr(b'\n', rest).map(|i| i + 1)
    }
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    let p = [one_optional(vm, &args, Some(mem.class_name()), "read")?];
    let n = size_arg(vm, p[0])?;
    Ok(with_buf!(mem, |b| Unit::to_value(vm.types(), b.read(n))))
}

fn readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    let p = [one_optional(vm, &args, Some(mem.class_name()), "readline")?];
    let n = size_arg(vm, p[0])?;
    Ok(with_buf!(mem, |b| Unit::to_value(
        vm.types(),
        b.read_line(n)
    )))
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    let line = with_buf!(mem, |b| {
        let line = b.read_line(None);
        (!line.is_empty()).then(|| Unit::to_value(vm.types(), line))
    });
    line.ok_or_else(|| stop_iteration(Value::None))
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    let p = match args.args {
        [_, _] if args.kwnames.is_empty() => args.args,
        _ => return Err(wrong_call(&args, &mem, "write", 1, 1)),
    };
    match &mem {
        Mem::Text(m) => {
            let Some(s) = as_str(&p[1]) else {
                return Err(type_error(format!(
                    "string argument expected, got '{}'",
                    type_name(vm, &p[1])
                )));
            };
            let mut b = m.borrow_mut();
            b.check()?;
            let units = translate_written(s.as_str().chars(), b.newline);
            b.write(&units);
            Ok(Value::Int(s.as_str().chars().count() as i64))
        }
        Mem::Bytes(m) => {
            let units = bytes_arg(vm, Some(&p[1]))?;
            let mut b = m.borrow_mut();
            b.check()?;
            b.write(&units);
            Ok(Value::Int(units.len() as i64))
        }
    }
}

/// A wrong call of a positional-only method, named after the class
/// (`BytesIO.write() takes exactly one argument (0 given)`).
#[cold]
#[inline(never)]
fn wrong_call(args: &Args<'_>, mem: &Mem, name: &str, min: usize, max: usize) -> PyErr {
    let owner = match mem {
        Mem::Text(_) => "StringIO",
        Mem::Bytes(_) => "BytesIO",
    };
    crate::runtime::signature::method_refusal(args, owner, name, min, max)
}

fn tell(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    Ok(Value::Int(with_buf!(mem, |b| b.pos) as i64))
}

fn seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    if !args.kwnames.is_empty() || !(2..=3).contains(&args.args.len()) {
        return Err(wrong_call(&args, &mem, "seek", 1, 2));
    }
    let p = args.args;
    let offset = index_i64(vm, &p[1])?;
    let whence = match p.get(2) {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    let text = matches!(mem, Mem::Text(_));
    let pos = with_buf!(mem, |b| {
        let len = b.data.len() as i64;
        let target = match whence {
            0 if offset < 0 && text => {
                return Err(value_error(format!("Negative seek position {offset}")));
            }
            0 if offset < 0 => {
                return Err(value_error(format!("negative seek value {offset}")));
            }
            0 => offset,
            1 | 2 if text && offset != 0 => {
                return Err(crate::runtime::error::builtin_error(
                    crate::runtime::types::ExcKind::OSError,
                    "Can't do nonzero cur-relative seeks",
                ));
            }
            1 => (b.pos as i64 + offset).max(0),
            2 => (len + offset).max(0),
            _ => {
                let invalid = if text { "Invalid" } else { "invalid" };
                return Err(value_error(format!(
                    "{invalid} whence ({whence}, should be 0, 1 or 2)"
                )));
            }
        };
        b.pos = target as usize;
        target
    });
    Ok(Value::Int(pos))
}

fn truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    let p = [one_optional(vm, &args, Some(mem.class_name()), "truncate")?];
    let size = match p[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = index_i64(vm, v)?;
            if n < 0 {
                return Err(value_error(format!("Negative size value {n}")));
            }
            Some(n as usize)
        }
    };
    Ok(Value::Int(with_buf!(mem, |b| b.truncate(size)) as i64))
}

fn close(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match this(&args)? {
        Mem::Text(m) => m.borrow_mut().closed = true,
        Mem::Bytes(m) => m.borrow_mut().closed = true,
    }
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(match this(&args)? {
        Mem::Text(m) => m.borrow().closed,
        Mem::Bytes(m) => m.borrow().closed,
    }))
}

fn yes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mem = this(&args)?;
    with_buf!(mem, |b| Ok(Value::Bool(true)))
}

fn no(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

#[cfg(test)]
mod tests;
