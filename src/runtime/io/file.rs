//! File objects: what `open()` returns and what `sys.stdin`/`sys.stdout`/`sys.stderr`
//! are. One Rust object, [`FileObj`], serves the four CPython classes a script can get
//! (TextIOWrapper, BufferedReader/Writer/Random, FileIO): a byte [`Stream`] plus, for text
//! files, a [`TextLayer`]. This file holds the object and its Python methods; the byte and
//! text logic are in `stream` and `text`, the shared IOBase behaviour in `iobase`.

use super::stream::Stream;
use super::text::TextLayer;
use super::{classes, install_methods, unsupported};
use crate::event_loop::object::{downcast, wrap};
use crate::runtime::builtins::one_optional;
use crate::runtime::builtins::{as_str, index_i64, type_name, unwrap_base};
use crate::runtime::bytes::with_bytes;
use crate::runtime::class::Class;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::native::bytes_value;
use crate::runtime::signature::{method_refusal, Signature};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::io::SeekFrom;
use std::rc::Rc;

/// Which CPython class the object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Text,
    Reader,
    Writer,
    Random,
    Raw,
}

pub struct FileObj {
    pub kind: Kind,
    pub stream: Rc<RefCell<Stream>>,
    pub text: Option<RefCell<TextLayer>>,
    pub name: Value,
    /// `.mode`: as given to open() for a text file, the raw mode (`rb+`) otherwise.
    pub mode: Rc<str>,
    /// A text file's binary layer (`.buffer`), made on first use.
    buffer: RefCell<Option<Value>>,
}

impl FileObj {
    pub fn new(
        kind: Kind,
        stream: Stream,
        text: Option<TextLayer>,
        name: Value,
        mode: &str,
    ) -> FileObj {
        let stream = Rc::new(RefCell::new(stream));
        FileObj::over(kind, stream, text, name, mode, None)
    }

    /// A file object over a stream it may share (a text wrapper over a binary file);
    /// `mode` is empty and `name` None when there are none to show.
    pub fn over(
        kind: Kind,
        stream: Rc<RefCell<Stream>>,
        text: Option<TextLayer>,
        name: Value,
        mode: &str,
        buffer: Option<Value>,
    ) -> FileObj {
        FileObj {
            kind,
            stream,
            text: text.map(RefCell::new),
            name,
            mode: mode.into(),
            buffer: RefCell::new(buffer),
        }
    }

    pub fn class(&self, t: &Types) -> Rc<Class> {
        let c = classes(t);
        match self.kind {
            Kind::Text => c.text_io_wrapper.clone(),
            Kind::Reader => c.buffered_reader.clone(),
            Kind::Writer => c.buffered_writer.clone(),
            Kind::Random => c.buffered_random.clone(),
            Kind::Raw => c.file_io.clone(),
        }
    }

    /// The name of [`FileObj::class`].
    pub fn class_name(&self) -> &'static str {
        match self.kind {
            Kind::Text => "TextIOWrapper",
            Kind::Reader => "BufferedReader",
            Kind::Writer => "BufferedWriter",
            Kind::Random => "BufferedRandom",
            Kind::Raw => "FileIO",
        }
    }

    pub fn into_value(self, t: &Types) -> Value {
        let class = self.class(t);
        Value::Native(wrap(&class, Rc::new(self)))
    }

    /// Write `s` to a text file (what `print(file=f)` does without a method call).
    pub fn write_text(&self, vm: &mut Vm, s: &str) -> PyResult<()> {
        let Some(text) = &self.text else {
            return Err(type_error("a bytes-like object is required, not 'str'"));
        };
        text.borrow_mut()
            .write(&mut self.stream.borrow_mut(), vm, s)
    }
}

/// The file object behind `self`.
/// A wrong call of a positional-only method of a file, named after its class
/// (`TextIOWrapper.write() takes exactly one argument (0 given)`).
#[cold]
#[inline(never)]
fn wrong_call(args: &Args<'_>, f: &FileObj, name: &str, min: usize, max: usize) -> PyErr {
    method_refusal(args, f.class_name(), name, min, max)
}

fn this(args: &Args<'_>) -> PyResult<Rc<FileObj>> {
    args.pos()
        .first()
        .and_then(|v| downcast::<FileObj>(&unwrap_base(v)))
        .ok_or_else(|| type_error("descriptor requires a file object"))
}

pub(super) fn install(c: &super::Classes, t: &crate::runtime::types::Types) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", read),
        ("read1", read),
        ("readline", readline),
        ("__next__", next),
        ("write", write),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("flush", flush),
        ("close", close),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("__repr__", repr),
        ("reconfigure", reconfigure),
    ];
    let getters: &[(&'static str, NativeFn)] = &[
        ("closed", closed),
        ("name", name),
        ("mode", mode),
        ("encoding", encoding),
        ("errors", errors),
        ("buffer", buffer),
        ("raw", buffer),
        ("line_buffering", line_buffering),
        ("closefd", closefd),
        ("newlines", newlines),
    ];
    for (cls, owner) in [
        (&c.text_io_wrapper, "TextIOWrapper"),
        (&c.buffered_reader, "BufferedReader"),
        (&c.buffered_writer, "BufferedWriter"),
        (&c.buffered_random, "BufferedRandom"),
        (&c.file_io, "FileIO"),
    ] {
        install_methods(t, cls, owner, methods, getters);
    }
}

/// `op` on a closed file fails with the message of the CPython class the file is:
/// a buffered file names the operation ("read of closed file", "write to closed
/// file"), a text file's own operations end with a period, the rest do not.
fn check_open_for(f: &FileObj, s: &Stream, op: &str) -> PyResult<()> {
    if s.closed() {
        return Err(closed_for(f.kind, op));
    }
    Ok(())
}

/// A BufferedReader has no `write` and a BufferedWriter no `read`: IOBase's refuse them
/// whether the file is open or closed, before anything else is checked.
fn check_has(f: &FileObj, s: &Stream, t: &Types, op: &str) -> PyResult<()> {
    match (f.kind, op) {
        (Kind::Writer, "read" | "readline") => Err(unsupported(t, s.refusals.read)),
        (Kind::Reader, "write") => Err(unsupported(t, s.refusals.write)),
        _ => Ok(()),
    }
}

#[cold]
fn closed_for(kind: Kind, op: &str) -> PyErr {
    let buffered = matches!(kind, Kind::Reader | Kind::Writer | Kind::Random);
    let msg = match op {
        "read" | "readline" | "seek" | "truncate" if buffered => format!("{op} of closed file"),
        "write" if buffered => "write to closed file".into(),
        "flush" if matches!(kind, Kind::Writer | Kind::Random) => "flush of closed file".into(),
        "flush" => "I/O operation on closed file.".into(),
        "read" | "readline" | "write" | "tell" | "seek" | "truncate" if kind == Kind::Text => {
            "I/O operation on closed file.".into()
        }
        _ => "I/O operation on closed file".into(),
    };
    value_error(msg)
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let p = [one_optional(vm, &args, None, "read")?];
    let size = size_arg(vm, p[0])?;
    let mut s = f.stream.borrow_mut();
    match &f.text {
        Some(t) => {
            let mut t = t.borrow_mut();
            Ok(match size {
                None => Value::Str(t.read_all(&mut s, vm)?),
                Some(n) => Value::from_string(t.read_n(&mut s, vm, n)?),
            })
        }
        None => {
            check_has(&f, &s, vm.types(), "read")?;
            check_open_for(&f, &s, "read")?;
            s.check_readable(vm.types())?;
            let bytes = match size {
                None => s.read_all(vm)?,
                Some(n) => s.read_n(vm, n)?,
            };
            Ok(bytes_value(vm.types(), &bytes))
        }
    }
}

/// A `size` argument: None or negative means all.
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    let n = crate::runtime::builtins::optional_index_arg(vm, v)?;
    Ok(n.and_then(|n| usize::try_from(n).ok()))
}

fn read_line(vm: &mut Vm, f: &FileObj, limit: Option<usize>) -> PyResult<Value> {
    let mut s = f.stream.borrow_mut();
    match &f.text {
        Some(t) if limit.is_none() => Ok(Value::Str(t.borrow_mut().next_line(&mut s, vm)?)),
        Some(t) => Ok(Value::from_string(
            t.borrow_mut().read_line(&mut s, vm, limit)?,
        )),
        None => {
            check_has(f, &s, vm.types(), "readline")?;
            check_open_for(f, &s, "readline")?;
            s.check_readable(vm.types())?;
            let line = s.read_line(vm, limit)?;
            Ok(bytes_value(vm.types(), &line))
        }
    }
}

fn readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let p = [one_optional(vm, &args, None, "readline")?];
    let limit = size_arg(vm, p[0])?;
    read_line(vm, &f, limit)
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    match next_line(vm, &f)? {
        Some(line) => Ok(line),
        None => Err(crate::runtime::error::stop_iteration(Value::None)),
    }
}

/// The next line, None at the end.
fn next_line(vm: &mut Vm, f: &FileObj) -> PyResult<Option<Value>> {
    let line = read_line(vm, f, None)?;
    let empty = match &line {
        Value::Str(s) => s.byte_len() == 0,
        other => with_bytes(other, |b| b.is_empty()).unwrap_or(true),
    };
    Ok((!empty).then_some(line))
}

/// The iteration slot of a built-in file object (`for line in f`, `next(f)`, what
/// `readlines` and `list(f)` consume): its `__next__` without the method lookup, the call
/// and the StopIteration. None when `v` is not one (a Python subclass's instance is not).
pub fn iter_next(vm: &mut Vm, v: &Value) -> Option<PyResult<Option<Value>>> {
    let f = downcast::<FileObj>(v)?;
    Some(next_line(vm, &f))
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let data = match args.args {
        [_, data] if args.kwnames.is_empty() => data,
        _ => return Err(wrong_call(&args, &f, "write", 1, 1)),
    };
    match &f.text {
        Some(_) => {
            let Some(s) = as_str(data) else {
                return Err(type_error(format!(
                    "write() argument must be str, not {}",
                    crate::runtime::builtins::arg_type_name(vm, data)
                )));
            };
            f.write_text(vm, s.as_str())?;
            Ok(Value::Int(s.char_len() as i64))
        }
        None => {
            let Some(bytes) = with_bytes(data, <[u8]>::to_vec) else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(vm, data)
                )));
            };
            let mut s = f.stream.borrow_mut();
            check_has(&f, &s, vm.types(), "write")?;
            check_open_for(&f, &s, "write")?;
            s.check_writable(vm.types())?;
            s.write(vm, &bytes)?;
            Ok(Value::Int(bytes.len() as i64))
        }
    }
}

fn seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if !args.kwnames.is_empty() || !(2..=3).contains(&args.args.len()) {
        return Err(wrong_call(&args, &f, "seek", 1, 2));
    }
    let p = &args.args[1..];
    let offset = index_i64(vm, &p[0])?;
    let whence = match p.get(1) {
        Some(w) => index_i64(vm, w)?,
        None => 0,
    };
    let mut s = f.stream.borrow_mut();
    check_open_for(&f, &s, "seek")?;
    if f.text.is_some() {
        match whence {
            0 if offset < 0 => return Err(value_error(format!("negative seek position {offset}"))),
            1 if offset != 0 => {
                return Err(unsupported(
                    vm.types(),
                    "can't do nonzero cur-relative seeks",
                ))
            }
            2 if offset != 0 => {
                return Err(unsupported(
                    vm.types(),
                    "can't do nonzero end-relative seeks",
                ))
            }
            _ => {}
        }
    }
    let to = match whence {
        0 if offset < 0 => return Err(crate::runtime::error::from_errno(libc::EINVAL, None, None)),
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            let msg = if f.text.is_some() {
                format!("invalid whence ({whence}, should be 0, 1 or 2)")
            } else {
                format!("whence value {whence} unsupported")
            };
            return Err(value_error(msg));
        }
    };
    let pos = s.seek(vm, to)?;
    if let Some(t) = &f.text {
        t.borrow_mut().reset(pos);
    }
    Ok(Value::Int(pos as i64))
}

fn tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = f.stream.borrow_mut();
    check_open_for(&f, &s, "tell")?;
    Ok(Value::Int(s.tell(vm)? as i64))
}

fn truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let p = [one_optional(vm, &args, None, "truncate")?];
    let size = match p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(index_i64(vm, v)?.max(0) as u64),
    };
    check_open_for(&f, &f.stream.borrow(), "truncate")?;
    let size = f.stream.borrow_mut().truncate(vm, size)?;
    Ok(Value::Int(size as i64))
}

fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let mut s = f.stream.borrow_mut();
    check_open_for(&f, &s, "flush")?;
    s.flush(vm)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let closed = f.stream.borrow_mut().close(vm);
    vm.std_streams.closed(&args.pos()[0]);
    closed?;
    Ok(Value::None)
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)` of a text
/// file: what is buffered is written first, then the new settings apply.
fn reconfigure(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const RECONFIGURE: Signature = Signature::new(
        "reconfigure",
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
    )
    .required(0)
    .kwonly(5);
    let f = this(&args)?;
    let p = RECONFIGURE.bind_method(&args)?;
    let Some(text) = &f.text else {
        return Err(crate::runtime::error::attribute_error(format!(
            "'{}' object has no attribute 'reconfigure'",
            f.class_name()
        )));
    };
    let text_arg = |vm: &Vm, i: usize| -> PyResult<Option<String>> {
        super::open::opt_str(vm, p.given(i), "reconfigure", p.params[i])
    };
    let encoding = text_arg(vm, 0)?;
    let errors = text_arg(vm, 1)?;
    let newline = match p.given(2) {
        Some(_) => Some(super::text::Newline::parse(text_arg(vm, 2)?.as_deref())?),
        None => None,
    };
    let flag = |vm: &mut Vm, i: usize| -> PyResult<Option<bool>> {
        match p.get(i) {
            None => Ok(None),
            Some(v) => vm.truthy(v).map(Some),
        }
    };
    let line_buffering = flag(vm, 3)?;
    let write_through = flag(vm, 4)?;
    f.stream.borrow_mut().flush(vm)?;
    let mut t = text.borrow_mut();
    if encoding.is_some() || errors.is_some() {
        // A new encoding resets errors to strict unless given, as CPython does.
        let errors = match (&encoding, errors) {
            (_, Some(e)) => Some(e),
            (None, None) => Some(t.codec.errors.to_string()),
            (Some(_), None) => None,
        };
        let name = encoding.unwrap_or_else(|| t.codec.name.to_string());
        t.codec = super::codec::TextCodec::new(Some(&name), errors.as_deref())?;
        vm.std_streams.reencoded(&args.pos()[0]);
    }
    if let Some(n) = newline {
        t.newline = n;
    }
    let mut s = f.stream.borrow_mut();
    if let Some(lb) = line_buffering {
        s.line_buffering = lb;
    }
    if let Some(wt) = write_through {
        s.unbuffered = wt;
    }
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = f.stream.borrow();
    check_open_for(&f, &s, "fileno")?;
    Ok(Value::Int(s.fileno(vm.types())?))
}

fn isatty(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = f.stream.borrow();
    check_open_for(&f, &s, "isatty")?;
    Ok(Value::Bool(s.isatty()?))
}

fn readable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = f.stream.borrow();
    // A buffered layer that cannot read answers IOBase's False, even closed.
    if !s.readable && f.kind != Kind::Raw {
        return Ok(Value::Bool(false));
    }
    check_open_for(&f, &s, "query")?;
    Ok(Value::Bool(s.readable))
}

fn writable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = f.stream.borrow();
    if !s.writable && f.kind != Kind::Raw {
        return Ok(Value::Bool(false));
    }
    check_open_for(&f, &s, "query")?;
    Ok(Value::Bool(s.writable))
}

fn seekable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let s = f.stream.borrow();
    check_open_for(&f, &s, "query")?;
    Ok(Value::Bool(s.seekable()))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let closed = f.stream.borrow().closed();
    let class = f.class_name();
    let name = vm.repr(&f.name)?;
    let text = match f.kind {
        Kind::Raw if closed => "<_io.FileIO [closed]>".to_string(),
        Kind::Raw => {
            let closefd = if f.stream.borrow().closefd {
                "True"
            } else {
                "False"
            };
            format!(
                "<_io.FileIO name={name} mode='{}' closefd={closefd}>",
                f.mode
            )
        }
        Kind::Text => {
            let enc = f.text.as_ref().map(|t| t.borrow().codec.name.clone());
            let enc = vm.repr(&Value::str(enc.as_deref().unwrap_or("")))?;
            let mut shown = format!("<_io.{class}");
            if !f.name.is_none() {
                shown.push_str(&format!(" name={name}"));
            }
            if !f.mode.is_empty() {
                shown.push_str(&format!(" mode='{}'", f.mode));
            }
            format!("{shown} encoding={enc}>")
        }
        _ => format!("<_io.{class} name={name}>"),
    };
    Ok(Value::from_string(text))
}

fn closed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(&args)?.stream.borrow().closed()))
}

fn name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?.name.clone())
}

fn mode(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if f.mode.is_empty() {
        // A TextIOWrapper made over a buffer (not by open()) has no mode, as in CPython.
        return Err(crate::runtime::error::attribute_error(format!(
            "'_io.{}' object has no attribute 'mode'",
            f.class_name()
        )));
    }
    Ok(Value::str(&f.mode))
}

fn text_layer<R>(args: &Args<'_>, what: &str, get: impl FnOnce(&TextLayer) -> R) -> PyResult<R> {
    let f = this(args)?;
    match &f.text {
        Some(t) => Ok(get(&t.borrow())),
        None => Err(crate::runtime::error::attribute_error(format!(
            "'{}' object has no attribute '{what}'",
            f.class_name()
        ))),
    }
}

fn encoding(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    text_layer(&args, "encoding", |t| Value::str(&t.codec.name))
}

fn errors(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    text_layer(&args, "errors", |t| Value::str(&t.codec.errors))
}

/// The kinds of line end read so far (universal newlines): None, one, or a tuple.
fn newlines(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use super::text::{SEEN_CR, SEEN_CRLF, SEEN_LF};
    text_layer(&args, "newlines", |t| {
        let kinds: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| t.seen & bit != 0)
            .map(|(_, s)| Value::str(s))
            .collect();
        match kinds.len() {
            0 => Value::None,
            1 => kinds[0].clone(),
            _ => Value::tuple(kinds),
        }
    })
}

fn line_buffering(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let lb = f.stream.borrow().line_buffering;
    Ok(Value::Bool(lb))
}

fn closefd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let c = f.stream.borrow().closefd;
    Ok(Value::Bool(c))
}

/// A text file's binary layer: the same stream seen as bytes.
fn buffer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if f.text.is_none() {
        return Err(crate::runtime::error::attribute_error(format!(
            "'{}' object has no attribute 'buffer'",
            f.class_name()
        )));
    }
    if let Some(b) = f.buffer.borrow().as_ref() {
        return Ok(b.clone());
    }
    let s = f.stream.borrow();
    let kind = match (s.readable, s.writable) {
        (true, true) => Kind::Random,
        (true, false) => Kind::Reader,
        _ => Kind::Writer,
    };
    drop(s);
    let b = FileObj {
        kind,
        stream: f.stream.clone(),
        text: None,
        name: f.name.clone(),
        // The binary layer's mode is the raw one (`rb`, `rb+`...), not the text's `r`.
        mode: match super::mode::OpenMode::parse(&f.mode) {
            Ok(m) if !f.mode.is_empty() => m.raw_mode().into(),
            _ => f.mode.clone(),
        },
        buffer: RefCell::new(None),
    }
    .into_value(vm.types());
    *f.buffer.borrow_mut() = Some(b.clone());
    Ok(b)
}
