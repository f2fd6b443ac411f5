//! `io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
//! line_buffering=False, write_through=False)`: a text layer over a binary stream. Over one
//! of coro's own binary files (`sys.stdout.buffer`, `open(..., 'rb')`) it shares that
//! file's byte stream; over any other object (a BytesIO, a user class) the stream calls
//! the object's `read`/`write`/`seek`/`tell`, which are the helpers here. Not `open()`.

use super::codec::TextCodec;
use super::file::{FileObj, Kind};
use super::open::opt_str;
use super::stream::{Refusals, Sink, Stream, CHUNK};
use super::text::{Newline, TextLayer};
use crate::event_loop::object::downcast;
use crate::runtime::builtins::{index_i64, params, type_name, unwrap_base};
use crate::runtime::bytes::with_bytes;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::io::SeekFrom;
use std::rc::Rc;

const PARAMS: [&str; 6] = [
    "buffer",
    "encoding",
    "errors",
    "newline",
    "line_buffering",
    "write_through",
];

/// `TextIOWrapper.__new__(cls, buffer, ...)`.
pub fn text_io_wrapper_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(&args, "TextIOWrapper", &PARAMS)?;
    let Some(buffer) = p[0] else {
        return Err(type_error(
            "TextIOWrapper() missing required argument 'buffer' (pos 1)",
        ));
    };
    let encoding = opt_str(vm, p[1], "TextIOWrapper", "encoding")?;
    let errors = opt_str(vm, p[2], "TextIOWrapper", "errors")?;
    let newline = Newline::parse(opt_str(vm, p[3], "TextIOWrapper", "newline")?.as_deref())?;
    let line_buffering = match p[4] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let write_through = match p[5] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let text = TextLayer::new(
        TextCodec::new(encoding.as_deref(), errors.as_deref())?,
        newline,
    );
    let (stream, name) = match downcast::<FileObj>(&unwrap_base(buffer)) {
        Some(f) if f.text.is_none() => (f.stream.clone(), f.name.clone()),
        _ => {
            let readable = stream_answers(vm, buffer, "readable")?;
            let writable = stream_answers(vm, buffer, "writable")?;
            let name = vm.getattr_opt(buffer, "name")?.unwrap_or(Value::None);
            let mut s = Stream::new(Sink::Object(buffer.clone()), readable, writable);
            s.refusals = Refusals::TEXT;
            (Rc::new(RefCell::new(s)), name)
        }
    };
    {
        let mut s = stream.borrow_mut();
        s.line_buffering = line_buffering;
        s.unbuffered = write_through;
    }
    let f = FileObj::over(
        Kind::Text,
        stream,
        Some(text),
        name,
        "",
        Some(buffer.clone()),
    );
    // A Python subclass gets an instance of itself holding the wrapper (its methods and
    // overrides apply), as StringIO's subclasses do.
    let cls = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(crate::runtime::builtins::wrap_for_class(
        &cls,
        &super::classes(vm.types()).text_io_wrapper,
        f.into_value(vm.types()),
    ))
}

/// The truth of a stream's `readable()` / `writable()` answer.
fn stream_answers(vm: &mut Vm, stream: &Value, what: &str) -> PyResult<bool> {
    let m = vm.getattr(stream, what)?;
    let r = vm.call_args(&m, vec![])?;
    vm.truthy(&r)
}

/// `obj.read(n)` as bytes.
pub fn read_chunk(vm: &mut Vm, obj: &Value, n: usize) -> PyResult<Vec<u8>> {
    let read = vm.getattr(obj, "read")?;
    let got = vm.call_args(&read, vec![Value::Int(n.min(CHUNK) as i64)])?;
    match with_bytes(&got, <[u8]>::to_vec) {
        Some(b) => Ok(b),
        None if got.is_none() => Ok(Vec::new()),
        None => Err(type_error(format!(
            "underlying read() should have returned a bytes-like object, not '{}'",
            type_name(vm, &got)
        ))),
    }
}

/// `obj.write(data)` (and `obj.flush()` when it has one).
pub fn write_all(vm: &mut Vm, obj: &Value, data: &[u8]) -> PyResult<()> {
    if !data.is_empty() {
        let write = vm.getattr(obj, "write")?;
        vm.call_args(&write, vec![bytes_value(vm.types(), data)])?;
    }
    if let Some(flush) = vm.getattr_opt(obj, "flush")? {
        vm.call_args(&flush, vec![])?;
    }
    Ok(())
}

/// `obj.seek(...)`, or `obj.tell()` for `None`.
pub fn call_seek(vm: &mut Vm, obj: &Value, to: Option<SeekFrom>) -> PyResult<u64> {
    let r = match to {
        None => {
            let tell = vm.getattr(obj, "tell")?;
            vm.call_args(&tell, vec![])?
        }
        Some(to) => {
            let (offset, whence) = match to {
                SeekFrom::Start(n) => (n as i64, 0),
                SeekFrom::Current(n) => (n, 1),
                SeekFrom::End(n) => (n, 2),
            };
            let seek = vm.getattr(obj, "seek")?;
            vm.call_args(&seek, vec![Value::Int(offset), Value::Int(whence)])?
        }
    };
    Ok(index_i64(vm, &r)?.max(0) as u64)
}

pub fn close(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    let close = vm.getattr(obj, "close")?;
    vm.call_args(&close, vec![])?;
    Ok(())
}

/// `BufferedReader(raw, buffer_size=8192)`, `BufferedWriter(...)` and
/// `BufferedRandom(...)`: a buffered binary file over a raw stream. Over one of coro's own
/// binary files it shares that file's byte stream; over any other object (a user's
/// `RawIOBase`) the stream calls the object's `read`/`write`/`seek`/`tell`.
fn buffered_new(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (fname, cls) = {
        let c = super::classes(vm.types());
        match kind {
            Kind::Reader => ("BufferedReader", c.buffered_reader.clone()),
            Kind::Writer => ("BufferedWriter", c.buffered_writer.clone()),
            _ => ("BufferedRandom", c.buffered_random.clone()),
        }
    };
    let p = params(&args, fname, &["raw", "buffer_size"])?;
    let Some(raw) = p[0] else {
        return Err(type_error(format!(
            "{fname}() missing required argument 'raw' (pos 1)"
        )));
    };
    let (stream, name) = match downcast::<FileObj>(&unwrap_base(raw)) {
        Some(f) if f.text.is_none() => (f.stream.clone(), f.name.clone()),
        _ => {
            let readable = kind != Kind::Writer && stream_answers(vm, raw, "readable")?;
            let writable = kind != Kind::Reader && stream_answers(vm, raw, "writable")?;
            if kind != Kind::Writer && !readable {
                return Err(super::unsupported(
                    vm.types(),
                    "File or stream is not readable.",
                ));
            }
            if kind != Kind::Reader && !writable {
                return Err(super::unsupported(
                    vm.types(),
                    "File or stream is not writable.",
                ));
            }
            let name = vm.getattr_opt(raw, "name")?.unwrap_or(Value::None);
            let mut s = Stream::new(Sink::Object(raw.clone()), readable, writable);
            s.refusals = Refusals::BUFFERED;
            (Rc::new(RefCell::new(s)), name)
        }
    };
    // Checked after the raw stream's abilities, as CPython does.
    if let Some(size) = p[1] {
        if index_i64(vm, size)? <= 0 {
            return Err(crate::runtime::error::value_error(
                "buffer size must be strictly positive",
            ));
        }
    }
    let f = FileObj::over(kind, stream, None, name, "", Some(raw.clone()));
    let subclass = args.pos().first().cloned().unwrap_or(Value::None);
    Ok(crate::runtime::builtins::wrap_for_class(
        &subclass,
        &cls,
        f.into_value(vm.types()),
    ))
}

pub fn buffered_reader_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    buffered_new(vm, args, Kind::Reader)
}

pub fn buffered_writer_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    buffered_new(vm, args, Kind::Writer)
}

pub fn buffered_random_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    buffered_new(vm, args, Kind::Random)
}
