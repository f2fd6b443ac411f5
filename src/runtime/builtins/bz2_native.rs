//! `_bz2`: bzip2 compression streams (the `bzip2` crate over libbz2-rs, a port of
//! libbzip2 1.0.8 whose output is the C library's, so the bytes are CPython's), reduced
//! to what `pylib/bz2.py` needs: a compressor fed and finished one call at a time, and a
//! decompressor that reports how much input it used and whether the stream ended.
//! It is not the `bz2` module: the BZ2Compressor/BZ2Decompressor objects (flushed
//! state, unused_data, needs_input, max_length buffering), BZ2File and open are Python.

use super::zlib_native::data_arg;
use super::{def, index_i64};
use crate::runtime::dict::PyDict;
use crate::runtime::error::builtin_error;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{bytes_value, NativeData, NativeObj};
use crate::runtime::signature::module_positional;
use crate::runtime::types::ExcKind;
use crate::runtime::value::Value;
use crate::vm::Vm;
use bzip2::{Action, Compress, Compression, Decompress, Status};
use std::cell::RefCell;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_bz2"));
    def(&m, "compressor", compressor);
    def(&m, "compress", compress);
    def(&m, "finish", finish);
    def(&m, "decompressor", decompressor);
    def(&m, "decompress", decompress);
    m
}

/// The output grows by this much while a call runs out of room.
const CHUNK: usize = 64 * 1024;

/// libbzip2's default "work factor" (how hard the sort tries before its fallback).
const WORK_FACTOR: u32 = 30;

fn wrap<T: 'static>(t: &crate::runtime::types::Types, stream: T) -> Value {
    NativeObj::value(
        t.object.clone(),
        NativeData::Extension(Rc::new(RefCell::new(stream))),
    )
}

fn stream_of<T: 'static>(v: &Value) -> PyResult<Rc<RefCell<T>>> {
    if let Value::Native(n) = v {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(s) = e.clone().downcast::<RefCell<T>>() {
                return Ok(s);
            }
        }
    }
    Err(type_error("expected a bz2 stream"))
}

/// The OSError CPython raises for a corrupt stream or a failed library call.
#[cold]
fn stream_error(what: &str) -> PyErr {
    builtin_error(ExcKind::OSError, what.to_string())
}

/// `compressor(level)`: a new compression stream (level checked by the caller, 1-9).
fn compressor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_bz2", "compressor", 1, 1)?;
    let level = index_i64(vm, &p[0])?.clamp(1, 9) as u32;
    Ok(wrap(
        vm.types(),
        Compress::new(Compression::new(level), WORK_FACTOR),
    ))
}

/// Runs the compressor over `input` with `action` until it has taken all of it (and,
/// for Finish, until the stream's end is written).
fn run_compressor(stream: &mut Compress, input: &[u8], action: Action) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = input;
    loop {
        out.reserve(CHUNK);
        let before = stream.total_in();
        let status = stream
            .compress_vec(rest, &mut out, action)
            .map_err(|_| stream_error("Invalid data stream"))?;
        rest = &rest[(stream.total_in() - before) as usize..];
        let done = match action {
            Action::Finish => matches!(status, Status::StreamEnd),
            _ => rest.is_empty(),
        };
        if done {
            return Ok(out);
        }
    }
}

/// `compress(stream, data)`: what the compressor gives out for `data` so far.
fn compress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_bz2", "compress", 2, 2)?;
    let stream = stream_of::<Compress>(&p[0])?;
    let data = data_arg(vm, &p[1])?;
    let out = run_compressor(&mut stream.borrow_mut(), &data, Action::Run)?;
    Ok(bytes_value(vm.types(), &out))
}

/// `finish(stream)`: the rest of the compressed stream, ending it.
fn finish(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_bz2", "finish", 1, 1)?;
    let stream = stream_of::<Compress>(&p[0])?;
    let out = run_compressor(&mut stream.borrow_mut(), &[], Action::Finish)?;
    Ok(bytes_value(vm.types(), &out))
}

/// `decompressor()`: a new decompression stream.
fn decompressor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "_bz2", "decompressor", 0, 0)?;
    Ok(wrap(vm.types(), Decompress::new(false)))
}

/// `decompress(stream, data, max_length)`: (output, bytes of `data` consumed, whether
/// the stream ended); at most `max_length` bytes out when it is not negative.
fn decompress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_bz2", "decompress", 3, 3)?;
    let stream = stream_of::<Decompress>(&p[0])?;
    let data = data_arg(vm, &p[1])?;
    let limit = usize::try_from(index_i64(vm, &p[2])?).ok();
    let mut stream = stream.borrow_mut();
    let mut out: Vec<u8> = Vec::new();
    let mut rest: &[u8] = &data;
    let mut ended = false;
    loop {
        let room = match limit {
            Some(limit) => (limit - out.len()).min(CHUNK),
            None => CHUNK,
        };
        if room == 0 {
            break;
        }
        out.reserve(room);
        let (before_in, before_out) = (stream.total_in(), out.len());
        let mut window = Vec::with_capacity(room);
        let status = stream
            .decompress_vec(rest, &mut window)
            .map_err(|_| stream_error("Invalid data stream"))?;
        out.extend_from_slice(&window);
        rest = &rest[(stream.total_in() - before_in) as usize..];
        if matches!(status, Status::StreamEnd) {
            ended = true;
            break;
        }
        let progressed = out.len() > before_out || stream.total_in() > before_in;
        if !progressed || (rest.is_empty() && window.len() < room) {
            break;
        }
    }
    Ok(Value::tuple(vec![
        bytes_value(vm.types(), &out),
        Value::Int((data.len() - rest.len()) as i64),
        Value::Bool(ended),
    ]))
}
