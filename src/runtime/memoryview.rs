//! The data side of `memoryview`: a one-dimensional view of the memory of a bytes or
//! bytearray (item format, byte offset, stride, length), reading and writing its items as
//! the native formats `struct` knows ('B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q',
//! 'Q', 'n', 'N', 'f', 'd', '?', 'P'; native sizes, little-endian as the machine), and the
//! export count that keeps an exported bytearray from being resized.
//! Not the Python-facing methods (`builtins::memoryview_type`), and not multi-dimensional
//! views.

use super::error::{type_error, value_error, PyErr, PyResult};
use super::native::NativeData;
use super::value::Value;
use std::cell::{Cell, RefCell};
use std::ops::Deref;

/// A bytearray's storage, with the number of memoryviews exporting it: while any view
/// is alive and unreleased, operations that would resize it raise BufferError.
pub struct ByteArrayData {
    pub bytes: RefCell<Vec<u8>>,
    pub exports: Cell<usize>,
}

impl ByteArrayData {
    pub fn new(bytes: Vec<u8>) -> ByteArrayData {
        ByteArrayData {
            bytes: RefCell::new(bytes),
            exports: Cell::new(0),
        }
    }
}

impl Deref for ByteArrayData {
    type Target = RefCell<Vec<u8>>;
    fn deref(&self) -> &RefCell<Vec<u8>> {
        &self.bytes
    }
}

/// An item format of a view: its `struct` character and size in bytes.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Format {
    pub code: u8,
    pub size: usize,
}

impl Format {
    pub const BYTE: Format = Format {
        code: b'B',
        size: 1,
    };

    /// The native single-character format `text` names (an '@' prefix allowed).
    pub fn parse(text: &str) -> Option<Format> {
        let code = match text.as_bytes() {
            [c] | [b'@', c] => *c,
            _ => return None,
        };
        let size = match code {
            b'B' | b'b' | b'c' | b'?' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
            _ => return None,
        };
        Some(Format { code, size })
    }

    /// One of the byte formats, which any format may be cast to and from.
    pub fn is_byte(self) -> bool {
        matches!(self.code, b'B' | b'b' | b'c')
    }

    pub fn name(self) -> String {
        (self.code as char).to_string()
    }

    /// The Python value of one item stored in `raw` (exactly `size` bytes).
    pub fn unpack(self, t: &crate::runtime::types::Types, raw: &[u8]) -> Value {
        let mut word = [0u8; 8];
        word[..raw.len()].copy_from_slice(raw);
        let unsigned = u64::from_le_bytes(word);
        let signed = |bits: u32| ((unsigned << (64 - bits)) as i64) >> (64 - bits);
        match self.code {
            b'B' | b'H' | b'I' => Value::Int(unsigned as i64),
            b'b' => Value::Int(signed(8)),
            b'h' => Value::Int(signed(16)),
            b'i' => Value::Int(signed(32)),
            b'l' | b'q' | b'n' => Value::Int(unsigned as i64),
            b'L' | b'Q' | b'N' | b'P' => match i64::try_from(unsigned) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::BigInt(std::rc::Rc::new(unsigned.into())),
            },
            b'f' => Value::Float(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
            b'd' => Value::Float(f64::from_bits(unsigned)),
            b'?' => Value::Bool(unsigned != 0),
            _ => super::native::bytes_value(t, raw),
        }
    }

    /// The bytes of `v` stored as one item; CPython's errors for a value of the wrong
    /// type or out of range. `truth` answers the '?' format, `float` the float formats
    /// (both may run Python code, so the caller supplies them).
    pub fn pack(
        self,
        v: &Value,
        truth: impl FnOnce(&Value) -> PyResult<bool>,
        float: impl FnOnce(&Value) -> PyResult<f64>,
    ) -> PyResult<Vec<u8>> {
        let le = |x: u64| x.to_le_bytes()[..self.size].to_vec();
        match self.code {
            b'?' => Ok(vec![truth(v)? as u8]),
            b'f' => Ok((float(v)? as f32).to_le_bytes().to_vec()),
            b'd' => Ok(float(v)?.to_le_bytes().to_vec()),
            b'c' => match super::bytes::with_bytes(v, <[u8]>::to_vec) {
                Some(b) if b.len() == 1 => Ok(b),
                Some(_) => Err(self.invalid_value()),
                None => Err(self.invalid_type()),
            },
            _ => {
                let n: i128 = match v {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    Value::BigInt(b) => i128::try_from(&**b).map_err(|_| self.invalid_value())?,
                    _ => return Err(self.invalid_type()),
                };
                let bits = self.size as u32 * 8;
                let (low, high) = if self.code.is_ascii_lowercase() {
                    (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                } else {
                    (0, (1i128 << bits) - 1)
                };
                if n < low || n > high {
                    return Err(self.invalid_value());
                }
                Ok(le(n as u64))
            }
        }
    }

    #[cold]
    pub fn invalid_type(self) -> PyErr {
        type_error(format!(
            "memoryview: invalid type for format '{}'",
            self.code as char
        ))
    }

    #[cold]
    pub fn invalid_value(self) -> PyErr {
        value_error(format!(
            "memoryview: invalid value for format '{}'",
            self.code as char
        ))
    }
}

/// A memoryview: `len` items of `format`, the first at byte `offset` of `base`'s memory,
/// each `stride` bytes after the one before (negative for a reversed slice).
pub struct MemView {
    /// What `memoryview()` was given (`m.obj`).
    pub obj: Value,
    /// The bytes or bytearray value whose memory this is.
    pub base: Value,
    pub offset: usize,
    pub len: usize,
    pub stride: isize,
    pub format: Format,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl MemView {
    /// A view over `base` (a bytes or bytearray native value), counted as an export of
    /// a bytearray until released or dropped.
    pub fn new(
        obj: Value,
        base: Value,
        offset: usize,
        len: usize,
        stride: isize,
        format: Format,
        readonly: bool,
    ) -> MemView {
        if let Some(ba) = bytearray_data(&base) {
            ba.exports.set(ba.exports.get() + 1);
        }
        MemView {
            obj,
            base,
            offset,
            len,
            stride,
            format,
            readonly,
            released: Cell::new(false),
        }
    }

    /// `m.release()`: idempotent.
    pub fn release(&self) {
        if self.released.replace(true) {
            return;
        }
        if let Some(ba) = bytearray_data(&self.base) {
            ba.exports.set(ba.exports.get().saturating_sub(1));
        }
    }

    /// The error every operation on a released view raises.
    pub fn check(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(released_error());
        }
        Ok(())
    }

    pub fn nbytes(&self) -> usize {
        self.len * self.format.size
    }

    /// Whether the items lie next to each other in order.
    pub fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.format.size as isize
    }

    /// Byte position of item `i` in the base's memory.
    fn item_start(&self, i: usize) -> usize {
        (self.offset as isize + i as isize * self.stride) as usize
    }

    /// Whether the items lie within `len` bytes of memory (always, unless the base was
    /// resized behind the view's back; then the view reads as empty).
    fn fits(&self, len: usize) -> bool {
        if self.len == 0 {
            return true;
        }
        let first = self.offset as isize;
        let last = self.item_start(self.len - 1) as isize;
        first.min(last) >= 0 && (first.max(last) as usize) + self.format.size <= len
    }

    /// Run `f` over the viewed bytes in item order (copied when not contiguous).
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.base {
            Value::Native(n) => match &n.data {
                NativeData::Bytes(b) => self.gather(b, f),
                NativeData::ByteArray(b) => self.gather(&b.borrow(), f),
                _ => f(&[]),
            },
            _ => f(&[]),
        }
    }

    fn gather<R>(&self, data: &[u8], f: impl FnOnce(&[u8]) -> R) -> R {
        if !self.fits(data.len()) {
            return f(&[]);
        }
        if self.contiguous() {
            return f(&data[self.offset..self.offset + self.nbytes()]);
        }
        let size = self.format.size;
        let mut out = Vec::with_capacity(self.nbytes());
        for i in 0..self.len {
            let at = self.item_start(i);
            out.extend_from_slice(&data[at..at + size]);
        }
        f(&out)
    }

    /// Item `i` (in range) as a Python value.
    pub fn item(&self, t: &crate::runtime::types::Types, i: usize) -> Value {
        let at = self.item_start(i);
        let size = self.format.size;
        let read = |data: &[u8]| match data.get(at..at + size) {
            Some(raw) => self.format.unpack(t, raw),
            None => Value::None,
        };
        match &self.base {
            Value::Native(n) => match &n.data {
                NativeData::Bytes(b) => read(b),
                NativeData::ByteArray(b) => read(&b.borrow()),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// All items as Python values.
    pub fn items(&self, t: &crate::runtime::types::Types) -> Vec<Value> {
        (0..self.len).map(|i| self.item(t, i)).collect()
    }

    /// Overwrite item `i` (in range) with the packed bytes `raw`.
    pub fn store(&self, i: usize, raw: &[u8]) {
        let at = self.item_start(i);
        if let Some(ba) = bytearray_data(&self.base) {
            if let Some(place) = ba.borrow_mut().get_mut(at..at + raw.len()) {
                place.copy_from_slice(raw);
            }
        }
    }

    /// The same view again, as exported by `obj` (a new export of the base).
    pub fn exported_by(&self, obj: Value) -> MemView {
        let mut view = self.slice(0, 1, self.len);
        view.obj = obj;
        view
    }

    /// A sub-view: items `start, start+step, ...` (`count` of them) of this one.
    pub fn slice(&self, start: usize, step: isize, count: usize) -> MemView {
        let offset = if count == 0 {
            self.offset
        } else {
            self.item_start(start)
        };
        MemView::new(
            self.obj.clone(),
            self.base.clone(),
            offset,
            count,
            self.stride * step,
            self.format,
            self.readonly,
        )
    }
}

impl Drop for MemView {
    fn drop(&mut self) {
        self.release();
    }
}

/// The storage of a bytearray native value.
pub fn bytearray_data(v: &Value) -> Option<&ByteArrayData> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// The length in bytes of a writable buffer: a bytearray, or a writable contiguous
/// memoryview (what `struct.pack_into` writes into).
pub fn writable_len(v: &Value) -> Option<usize> {
    if let Some(ba) = bytearray_data(v) {
        return Some(ba.borrow().len());
    }
    let m = as_view(v)?;
    (!m.readonly && !m.released.get() && m.contiguous()).then(|| m.nbytes())
}

/// Copy `data` into a writable buffer (see `writable_len`) at byte `at`; nothing happens
/// out of range.
pub fn write_at(v: &Value, at: usize, data: &[u8]) {
    let (ba, start) = match (bytearray_data(v), as_view(v)) {
        (Some(ba), _) => (ba, at),
        (None, Some(m)) => match bytearray_data(&m.base) {
            Some(ba) if at + data.len() <= m.nbytes() => (ba, m.offset + at),
            _ => return,
        },
        _ => return,
    };
    if let Some(place) = ba.borrow_mut().get_mut(start..start + data.len()) {
        place.copy_from_slice(data);
    }
}

/// The view inside a memoryview value.
pub fn as_view(v: &Value) -> Option<&MemView> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::MemoryView(m) => Some(&**m),
            _ => None,
        },
        _ => None,
    }
}

/// Run `f` on a bytearray's vector to change its contents; when views export it and `f`
/// would change its length, nothing changes and CPython's BufferError is raised.
pub fn resize_bytearray<R>(ba: &ByteArrayData, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    if ba.exports.get() == 0 {
        return Ok(f(&mut ba.borrow_mut()));
    }
    let mut trial = ba.borrow().clone();
    let before = trial.len();
    let r = f(&mut trial);
    if trial.len() != before {
        return Err(crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::BufferError,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    *ba.borrow_mut() = trial;
    Ok(r)
}

#[cold]
pub fn released_error() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}
