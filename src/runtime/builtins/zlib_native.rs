//! `_zlib`: the system zlib (through `libz-sys`, the library CPython links too, so the
//! compressed bytes are CPython's at every level and window size) reduced to what
//! `pylib/zlib.py` needs: crc32/adler32, and deflate/inflate streams driven one call at
//! a time. It is not the `zlib` module: argument handling, the Compress/Decompress
//! objects (unused_data, unconsumed_tail, eof) and gzip live in Python.
//!
//! Errors are `zlib.error` with CPython's wording: "Error <code> <while ...>: <zlib's
//! message>".

use super::{def, index_i64, type_name};
use crate::numeric::int::Int;
use crate::runtime::bytes::bytes_of;
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{bytes_value, NativeData, NativeObj};
use crate::runtime::signature::module_positional;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use libz_sys as z;
use std::cell::RefCell;
use std::ffi::CStr;
use std::os::raw::{c_int, c_uint, c_void};
use std::rc::Rc;

pub fn module(t: &Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_zlib"));
    let error = Class::new_builtin("error", vec![t.exception.clone()], Layout::Exception);
    *error.module.borrow_mut() = Rc::from("zlib");
    m.set_by_str("error", Value::Class(error));
    let version = unsafe { CStr::from_ptr(z::zlibVersion()) };
    m.set_by_str(
        "ZLIB_RUNTIME_VERSION",
        Value::str(version.to_string_lossy().as_ref()),
    );
    def(&m, "crc32", crc32);
    def(&m, "adler32", adler32);
    def(&m, "deflate_init", deflate_init);
    def(&m, "inflate_init", inflate_init);
    def(&m, "deflate", deflate);
    def(&m, "inflate", inflate);
    def(&m, "set_dictionary", set_dictionary);
    def(&m, "end", end);
    def(&m, "copy", copy);
    m
}

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    libc::calloc(items as usize, size as usize)
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, address: *mut c_void) {
    libc::free(address)
}

/// One deflate or inflate stream. The `z_stream` is boxed because zlib keeps a pointer
/// back to it in its internal state: it must never move.
struct Stream {
    z: RefCell<Box<z::z_stream>>,
    deflating: bool,
    /// Whether `deflateInit2`/`inflateInit2` succeeded and no `*End` has run.
    live: std::cell::Cell<bool>,
}

impl Drop for Stream {
    fn drop(&mut self) {
        if self.live.get() {
            let z = &mut **self.z.get_mut();
            unsafe {
                if self.deflating {
                    z::deflateEnd(z);
                } else {
                    z::inflateEnd(z);
                }
            }
        }
    }
}

fn new_z_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

/// `zlib.error`, raised as CPython's `zlib_error`: zlib's own message when it left one,
/// otherwise a description of the code.
#[cold]
fn zlib_error(vm: &Vm, z: &z::z_stream, code: c_int, doing: &str) -> PyErr {
    let message = if code == z::Z_VERSION_ERROR {
        Some("library version mismatch".to_string())
    } else if !z.msg.is_null() {
        Some(
            unsafe { CStr::from_ptr(z.msg) }
                .to_string_lossy()
                .into_owned(),
        )
    } else {
        match code {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream".into()),
            z::Z_STREAM_ERROR => Some("inconsistent stream state".into()),
            z::Z_DATA_ERROR => Some("invalid input data".into()),
            _ => None,
        }
    };
    let text = match message {
        Some(m) => format!("Error {code} {doing}: {m}"),
        None => format!("Error {code} {doing}"),
    };
    error(vm, text)
}

#[cold]
fn error(vm: &Vm, text: String) -> PyErr {
    match super::module_class(vm, "_zlib", "error") {
        Some(c) => PyErr::new(&c, text),
        None => value_error(text),
    }
}

/// The bytes of a bytes-like argument, or CPython's "a bytes-like object is required"
/// TypeError (shared with `_bz2`).
pub(super) fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| not_bytes(vm, v))
}

#[cold]
fn not_bytes(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(vm, v)
    ))
}

/// The wording of what was being done, for error messages ("while compressing data").
fn text_arg(v: &Value) -> String {
    super::as_str(v)
        .map(|s| s.as_str().to_string())
        .unwrap_or_default()
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<c_int> {
    let n = index_i64(vm, v)?;
    c_int::try_from(n).map_err(|_| {
        crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::OverflowError,
            if n < 0 {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            },
        )
    })
}

/// A checksum over `data` in pieces zlib's `uInt` length can hold.
fn checksum(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    start: u64,
    f: unsafe extern "C" fn(z::uLong, *const u8, c_uint) -> z::uLong,
) -> PyResult<Value> {
    let p = module_positional(&args, "zlib", name, 1, 2)?;
    let data = data_arg(vm, &p[0])?;
    let mut value = match p.get(1) {
        // CPython takes the start value modulo 2**32.
        Some(v) => {
            let i = super::as_int(v).ok_or_else(|| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(vm, v)
                ))
            })?;
            match i {
                Int::Small(n) => n as u64 & 0xffff_ffff,
                Int::Big(b) => {
                    let low = &*b & num_bigint::BigInt::from(0xffff_ffffu32);
                    num_traits::ToPrimitive::to_u64(&low).unwrap_or(0)
                }
            }
        }
        None => start,
    } as z::uLong;
    for chunk in data.chunks(1 << 30) {
        value = unsafe { f(value, chunk.as_ptr(), chunk.len() as c_uint) };
    }
    Ok(Value::Int((value & 0xffff_ffff) as i64))
}

fn crc32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    checksum(vm, args, "crc32", 0, z::crc32)
}

fn adler32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    checksum(vm, args, "adler32", 1, z::adler32)
}

fn wrap(t: &crate::runtime::types::Types, stream: Stream) -> Value {
    NativeObj::value(t.object.clone(), NativeData::Extension(Rc::new(stream)))
}

fn stream_of(v: &Value) -> PyResult<Rc<Stream>> {
    if let Value::Native(n) = v {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(s) = e.clone().downcast::<Stream>() {
                return Ok(s);
            }
        }
    }
    Err(type_error("expected a zlib stream"))
}

const STREAM_SIZE: c_int = std::mem::size_of::<z::z_stream>() as c_int;

/// `deflate_init(level, method, wbits, memLevel, strategy)`: a deflate stream, or the
/// zlib return code when deflateInit2 refuses (the caller words the error).
fn deflate_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_zlib", "deflate_init", 5, 5)?;
    let mut opts = [0; 5];
    for (o, v) in opts.iter_mut().zip(p) {
        *o = int_arg(vm, v)?;
    }
    let mut z = new_z_stream();
    let code = unsafe {
        z::deflateInit2_(
            &mut *z,
            opts[0],
            opts[1],
            opts[2],
            opts[3],
            opts[4],
            z::zlibVersion(),
            STREAM_SIZE,
        )
    };
    if code != z::Z_OK {
        return Ok(Value::Int(code as i64));
    }
    Ok(wrap(
        vm.types(),
        Stream {
            z: RefCell::new(z),
            deflating: true,
            live: std::cell::Cell::new(true),
        },
    ))
}

/// `inflate_init(wbits)`: an inflate stream, or zlib's return code.
fn inflate_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_zlib", "inflate_init", 1, 1)?;
    let wbits = int_arg(vm, &p[0])?;
    let mut z = new_z_stream();
    let code = unsafe { z::inflateInit2_(&mut *z, wbits, z::zlibVersion(), STREAM_SIZE) };
    if code != z::Z_OK {
        return Ok(Value::Int(code as i64));
    }
    Ok(wrap(
        vm.types(),
        Stream {
            z: RefCell::new(z),
            deflating: false,
            live: std::cell::Cell::new(true),
        },
    ))
}

const CHUNK: usize = 16384;

/// `deflate(stream, data, flush, doing)`: everything deflate produces for `data` with
/// the flush mode, as bytes. A Z_FINISH that reaches the stream's end ends it.
fn deflate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_zlib", "deflate", 4, 4)?;
    let s = stream_of(&p[0])?;
    let data = data_arg(vm, &p[1])?;
    let flush = int_arg(vm, &p[2])?;
    let doing = text_arg(&p[3]);
    let mut z = s.z.borrow_mut();
    let z = &mut **z;
    let mut out: Vec<u8> = Vec::new();
    let mut rest: &[u8] = &data;
    loop {
        // Feed at most what a uInt holds; the loop comes back for the remainder.
        let take = rest.len().min(c_uint::MAX as usize);
        z.next_in = rest.as_ptr() as *mut u8;
        z.avail_in = take as c_uint;
        let code = loop {
            out.reserve(CHUNK);
            let spare = out.capacity() - out.len();
            z.next_out = unsafe { out.as_mut_ptr().add(out.len()) };
            z.avail_out = spare.min(c_uint::MAX as usize) as c_uint;
            let before = z.avail_out;
            let code = if s.live.get() {
                unsafe { z::deflate(z, flush) }
            } else {
                z::Z_STREAM_ERROR
            };
            let written = (before - z.avail_out) as usize;
            unsafe { out.set_len(out.len() + written) };
            if code == z::Z_STREAM_ERROR {
                return Err(zlib_error(vm, z, code, &doing));
            }
            if z.avail_out != 0 {
                break code;
            }
        };
        rest = &rest[take - z.avail_in as usize..];
        if code == z::Z_STREAM_END && flush == z::Z_FINISH {
            unsafe { z::deflateEnd(z) };
            s.live.set(false);
            break;
        }
        if rest.is_empty() {
            break;
        }
    }
    z.next_in = std::ptr::null_mut();
    z.avail_in = 0;
    Ok(bytes_value(vm.types(), &out))
}

/// `inflate(stream, data, max_length, zdict)`: (output, bytes of `data` consumed, whether
/// the stream ended). Stops early when `max_length` (if not 0) bytes are out; supplies
/// `zdict` when the stream asks for a dictionary.
fn inflate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_zlib", "inflate", 5, 5)?;
    let s = stream_of(&p[0])?;
    let data = data_arg(vm, &p[1])?;
    let max_length = index_i64(vm, &p[2])?.max(0) as usize;
    let zdict = match &p[3] {
        Value::None => None,
        v => Some(data_arg(vm, v)?),
    };
    let doing = text_arg(&p[4]);
    let mut z = s.z.borrow_mut();
    let z = &mut **z;
    let mut out: Vec<u8> = Vec::new();
    let mut rest: &[u8] = &data;
    let mut ended = false;
    'feed: loop {
        let take = rest.len().min(c_uint::MAX as usize);
        z.next_in = rest.as_ptr() as *mut u8;
        z.avail_in = take as c_uint;
        loop {
            let room = if max_length > 0 {
                (max_length - out.len()).min(CHUNK)
            } else {
                CHUNK
            };
            if room == 0 {
                break;
            }
            out.reserve(room);
            z.next_out = unsafe { out.as_mut_ptr().add(out.len()) };
            z.avail_out = room as c_uint;
            let code = if s.live.get() {
                unsafe { z::inflate(z, z::Z_SYNC_FLUSH) }
            } else {
                z::Z_STREAM_ERROR
            };
            let written = room - z.avail_out as usize;
            unsafe { out.set_len(out.len() + written) };
            match code {
                z::Z_OK | z::Z_BUF_ERROR => {}
                z::Z_STREAM_END => {
                    ended = true;
                    rest = &rest[take - z.avail_in as usize..];
                    break 'feed;
                }
                z::Z_NEED_DICT if zdict.is_some() => {
                    let d = zdict.as_deref().unwrap_or_default();
                    let code = unsafe { z::inflateSetDictionary(z, d.as_ptr(), d.len() as c_uint) };
                    if code != z::Z_OK {
                        return Err(zlib_error(vm, z, code, "while setting zdict"));
                    }
                    continue;
                }
                _ => return Err(zlib_error(vm, z, code, &doing)),
            }
            if z.avail_out != 0 {
                break;
            }
        }
        rest = &rest[take - z.avail_in as usize..];
        if rest.is_empty() || take == 0 || (max_length > 0 && out.len() >= max_length) {
            break;
        }
    }
    let consumed = data.len() - rest.len();
    z.next_in = std::ptr::null_mut();
    z.avail_in = 0;
    Ok(Value::tuple(vec![
        bytes_value(vm.types(), &out),
        Value::Int(consumed as i64),
        Value::Bool(ended),
    ]))
}

/// `set_dictionary(stream, zdict)`: zlib's return code (0 when set).
fn set_dictionary(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_zlib", "set_dictionary", 2, 2)?;
    let s = stream_of(&p[0])?;
    let d = data_arg(vm, &p[1])?;
    let mut z = s.z.borrow_mut();
    let z = &mut **z;
    let code = unsafe {
        if s.deflating {
            z::deflateSetDictionary(z, d.as_ptr(), d.len() as c_uint)
        } else {
            z::inflateSetDictionary(z, d.as_ptr(), d.len() as c_uint)
        }
    };
    Ok(Value::Int(code as i64))
}

/// `end(stream)`: frees zlib's state now rather than when the stream is collected.
fn end(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_zlib", "end", 1, 1)?;
    let s = stream_of(&p[0])?;
    if s.live.replace(false) {
        let mut z = s.z.borrow_mut();
        unsafe {
            if s.deflating {
                z::deflateEnd(&mut **z);
            } else {
                z::inflateEnd(&mut **z);
            }
        }
    }
    Ok(Value::None)
}

/// `copy(stream, doing)`: an independent stream in the same state.
fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_zlib", "copy", 2, 2)?;
    let s = stream_of(&p[0])?;
    if !s.live.get() {
        return Err(value_error("Inconsistent stream state"));
    }
    let mut source = s.z.borrow_mut();
    let mut z = new_z_stream();
    let code = unsafe {
        if s.deflating {
            z::deflateCopy(&mut *z, &mut **source)
        } else {
            z::inflateCopy(&mut *z, &mut **source)
        }
    };
    match code {
        z::Z_OK => Ok(wrap(
            vm.types(),
            Stream {
                z: RefCell::new(z),
                deflating: s.deflating,
                live: std::cell::Cell::new(true),
            },
        )),
        z::Z_STREAM_ERROR => Err(value_error("Inconsistent stream state")),
        _ => Err(zlib_error(vm, &z, code, &text_arg(&p[1]))),
    }
}
