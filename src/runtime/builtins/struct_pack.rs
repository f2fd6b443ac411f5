//! The `_struct` native module behind `struct`: format strings (byte order prefixes,
//! repeat counts, native alignment), pack/unpack/pack_into/unpack_from/iter_unpack and
//! calcsize, with CPython's `struct.error` messages. The `Struct` class is Python, in
//! `pylib/struct.py`.

use super::{as_int, as_str, def, float_arg, index_i64, module_class, type_name};
use crate::numeric::Int;
use crate::runtime::bytes::{bytes_of, with_bytes};
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::{module_positional, Signature};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module(t: &Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_struct"));
    let error = Class::new_builtin("error", vec![t.exception.clone()], Layout::Exception);
    *error.module.borrow_mut() = Rc::from("struct");
    m.set_by_str("error", Value::Class(error));
    def(&m, "calcsize", calcsize);
    def(&m, "pack", pack);
    def(&m, "pack_into", pack_into);
    def(&m, "unpack", unpack);
    def(&m, "unpack_from", unpack_from);
    def(&m, "iter_unpack", iter_unpack);
    m
}

#[cold]
fn struct_error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    match module_class(vm, "_struct", "error") {
        Some(c) => PyErr::new(&c, msg),
        None => type_error(msg),
    }
}

/// One format code with its repeat count (for 's' and 'p', its byte size).
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

struct StructLayout {
    items: Vec<Item>,
    size: usize,
    little: bool,
    native: bool,
}

impl StructLayout {
    /// How many values pack() takes.
    fn arity(&self) -> usize {
        self.items
            .iter()
            .map(|i| match i.code {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => i.count,
            })
            .sum()
    }
}

/// Size and alignment of a code, or None if the code is unknown in this mode.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn format_text(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.as_str().to_string());
    }
    if let Some(b) = bytes_of(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        type_name(vm, v)
    )))
}

fn parse(vm: &Vm, fmt: &Value) -> PyResult<StructLayout> {
    let text = format_text(vm, fmt)?;
    let bytes = text.as_bytes();
    let (little, native, mut i) = match bytes.first() {
        Some(b'<') => (true, false, 1),
        Some(b'>') | Some(b'!') => (false, false, 1),
        Some(b'=') => (cfg!(target_endian = "little"), false, 1),
        Some(b'@') => (cfg!(target_endian = "little"), true, 1),
        _ => (cfg!(target_endian = "little"), true, 0),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n = 0usize;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((bytes[i] - b'0') as usize))
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
                i += 1;
            }
            if i >= bytes.len() {
                return Err(struct_error(
                    vm,
                    "repeat count given without format specifier",
                ));
            }
            count = n;
        }
        let code = bytes[i];
        i += 1;
        let Some(unit) = code_size(code, native) else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        if native {
            size = size.div_ceil(unit) * unit;
        }
        items.push(Item {
            code,
            count,
            offset: size,
        });
        let width = if code == b's' || code == b'p' {
            count
        } else {
            unit.checked_mul(count)
                .ok_or_else(|| struct_error(vm, "total struct size too long"))?
        };
        size = size
            .checked_add(width)
            .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
    }
    Ok(StructLayout {
        items,
        size,
        little,
        native,
    })
}

fn calcsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let format = Signature::one_arg("_struct.calcsize").one(&args)?;
    Ok(Value::Int(parse(vm, format)?.size as i64))
}

/// Write one integer of `width` bytes, checking it against CPython's range messages.
fn pack_int(vm: &Vm, lay: &StructLayout, code: u8, v: Int, out: &mut [u8]) -> PyResult<()> {
    let width = out.len();
    let signed = code.is_ascii_lowercase();
    let big = v.to_bigint();
    let (lo, hi): (i128, i128) = if signed {
        let half = 1i128 << (width * 8 - 1);
        (-half, half - 1)
    } else {
        (0, (1i128 << (width * 8)) - 1)
    };
    let value: Option<i128> = num_traits::ToPrimitive::to_i128(&big);
    let in_conversion = match value {
        Some(x) if signed => i64::try_from(x).is_ok(),
        Some(x) => (0..=u64::MAX as i128).contains(&x),
        None => false,
    };
    let x = match value {
        Some(x) if x >= lo && x <= hi => x,
        Some(x) if code == b'P' && i64::try_from(x).is_ok() => x,
        _ => {
            let named = match code {
                b'b' => Some("byte"),
                b'B' => Some("ubyte"),
                b'h' => Some("short"),
                b'H' => Some("ushort"),
                _ => None,
            };
            let fits_long = value.is_some_and(|x| i64::try_from(x).is_ok());
            let msg = match named {
                Some(name) if fits_long => {
                    format!("{name} format requires {lo} <= number <= {hi}")
                }
                None if width == 4 && in_conversion => {
                    format!("'{}' format requires {lo} <= number <= {hi}", code as char)
                }
                _ => "argument out of range".to_string(),
            };
            return Err(struct_error(vm, msg));
        }
    };
    let le = (x as u128).to_le_bytes();
    if lay.little {
        out.copy_from_slice(&le[..width]);
    } else {
        for (k, b) in out.iter_mut().enumerate() {
            *b = le[width - 1 - k];
        }
    }
    Ok(())
}

fn put_float_bytes(lay: &StructLayout, le: &[u8], out: &mut [u8]) {
    if lay.little {
        out.copy_from_slice(le);
    } else {
        for (k, b) in out.iter_mut().enumerate() {
            *b = le[le.len() - 1 - k];
        }
    }
}

fn pack_one(vm: &mut Vm, lay: &StructLayout, code: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'?' => {
            out[0] = vm.truthy(v)? as u8;
            Ok(())
        }
        b'c' => match bytes_of(v) {
            Some(b) if b.len() == 1 => {
                out[0] = b[0];
                Ok(())
            }
            _ => Err(struct_error(
                vm,
                "char format requires a bytes object of length 1",
            )),
        },
        b'e' | b'f' | b'd' => {
            let x = match v {
                Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                    float_arg(vm, v)?
                }
                Value::Instance(_) => float_arg(vm, v)
                    .map_err(|_| struct_error(vm, "required argument is not a float"))?,
                _ => return Err(struct_error(vm, "required argument is not a float")),
            };
            match code {
                b'd' => put_float_bytes(lay, &x.to_le_bytes(), out),
                b'f' => {
                    let f = x as f32;
                    if f.is_infinite() && x.is_finite() && !lay.native {
                        return Err(crate::runtime::error::builtin_error(
                            crate::runtime::types::ExcKind::OverflowError,
                            "float too large to pack with f format",
                        ));
                    }
                    put_float_bytes(lay, &f.to_le_bytes(), out)
                }
                _ => {
                    let h = half::f16::from_f64(x);
                    if h.is_infinite() && x.is_finite() {
                        return Err(crate::runtime::error::builtin_error(
                            crate::runtime::types::ExcKind::OverflowError,
                            "float too large to pack with e format",
                        ));
                    }
                    put_float_bytes(lay, &h.to_le_bytes(), out)
                }
            }
            Ok(())
        }
        _ => {
            let i = match as_int(v) {
                Some(i) => i,
                None if matches!(v, Value::Instance(_)) => super::index_int(vm, v)
                    .map_err(|_| struct_error(vm, "required argument is not an integer"))?,
                None => return Err(struct_error(vm, "required argument is not an integer")),
            };
            pack_int(vm, lay, code, i, out)
        }
    }
}

/// Pack `values` by `lay` into `out` (already `lay.size` zero bytes).
fn pack_values(
    vm: &mut Vm,
    lay: &StructLayout,
    values: &[Value],
    out: &mut [u8],
    fname: &str,
) -> PyResult<()> {
    let want = lay.arity();
    if values.len() != want {
        return Err(struct_error(
            vm,
            format!(
                "{fname} expected {want} items for packing (got {})",
                values.len()
            ),
        ));
    }
    let mut next = values.iter();
    for item in &lay.items {
        let unit = code_size(item.code, lay.native).unwrap_or(1);
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().unwrap_or(&Value::None);
                let Some(data) = bytes_of(v) else {
                    return Err(struct_error(
                        vm,
                        format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        ),
                    ));
                };
                let field = &mut out[item.offset..item.offset + item.count];
                if item.code == b's' {
                    let n = data.len().min(field.len());
                    field[..n].copy_from_slice(&data[..n]);
                } else if !field.is_empty() {
                    let n = data.len().min(field.len() - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..item.count {
                    let v = next.next().unwrap_or(&Value::None);
                    let at = item.offset + k * unit;
                    pack_one(vm, lay, code, v, &mut out[at..at + unit])?;
                }
            }
        }
    }
    Ok(())
}

fn pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython counts pack's arguments by hand ("missing format argument"); the
    // binder only refuses keywords.
    let p = module_positional(&args, "_struct", "pack", 0, usize::MAX)?;
    let Some(fmt) = p.first() else {
        return Err(type_error("missing format argument"));
    };
    let lay = parse(vm, fmt)?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, &lay, &p[1..], &mut out, "pack")?;
    Ok(bytes_value(vm.types(), &out))
}

fn pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Counted by hand as CPython does; the binder only refuses keywords.
    let p = module_positional(&args, "_struct", "pack_into", 0, usize::MAX)?;
    match p.len() {
        0 => return Err(type_error("missing format argument")),
        1 => return Err(struct_error(vm, "pack_into expected buffer argument")),
        2 => return Err(struct_error(vm, "pack_into expected offset argument")),
        _ => {}
    }
    let lay = parse(vm, &p[0])?;
    let target = super::unwrap_base(&p[1]);
    let Some(len) = crate::runtime::memoryview::writable_len(&target) else {
        return Err(not_writable(vm, &p[1]));
    };
    let offset = index_i64(vm, &p[2])?;
    let offset = place(vm, lay.size, offset, len, true)?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, &lay, &p[3..], &mut out, "pack_into")?;
    crate::runtime::memoryview::write_at(&target, offset, &out);
    Ok(Value::None)
}

/// Where a struct of `size` bytes goes in a buffer of `len` bytes at `offset` (negative
/// counts from the end), or CPython's error for pack_into / unpack_from.
fn place(vm: &Vm, size: usize, mut offset: i64, len: usize, packing: bool) -> PyResult<usize> {
    if offset < 0 {
        if offset + (len as i64) < 0 {
            return Err(struct_error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        if packing && ((-offset) as usize) < size {
            return Err(struct_error(
                vm,
                format!("no space to pack {size} bytes at offset {offset}"),
            ));
        }
        offset += len as i64;
    }
    let offset = offset as usize;
    if len < offset || len - offset < size {
        let (fname, verb) = if packing {
            ("pack_into", "packing")
        } else {
            ("unpack_from", "unpacking")
        };
        return Err(struct_error(
            vm,
            format!(
                "{fname} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {offset} (actual buffer size is {len})",
                size + offset
            ),
        ));
    }
    Ok(offset)
}

#[cold]
fn not_writable(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!(
        "argument must be read-write bytes-like object, not {}",
        super::arg_type_name(vm, v)
    ))
}

fn read_uint(lay: &StructLayout, data: &[u8]) -> u128 {
    let mut le = [0u8; 16];
    if lay.little {
        le[..data.len()].copy_from_slice(data);
    } else {
        for (k, b) in data.iter().rev().enumerate() {
            le[k] = *b;
        }
    }
    u128::from_le_bytes(le)
}

fn unpack_values(t: &crate::runtime::types::Types, lay: &StructLayout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(lay.arity());
    for item in &lay.items {
        let unit = code_size(item.code, lay.native).unwrap_or(1);
        match item.code {
            b'x' => {}
            b's' => out.push(bytes_value(t, &data[item.offset..item.offset + item.count])),
            b'p' => {
                let field = &data[item.offset..item.offset + item.count];
                let n = match field.first() {
                    Some(&n) => (n as usize).min(field.len() - 1),
                    None => 0,
                };
                out.push(bytes_value(
                    t,
                    if field.is_empty() {
                        field
                    } else {
                        &field[1..1 + n]
                    },
                ));
            }
            code => {
                for k in 0..item.count {
                    let at = item.offset + k * unit;
                    out.push(unpack_one(t, lay, code, &data[at..at + unit]));
                }
            }
        }
    }
    Value::tuple(out)
}

fn unpack_one(t: &crate::runtime::types::Types, lay: &StructLayout, code: u8, raw: &[u8]) -> Value {
    let u = read_uint(lay, raw);
    let bits = raw.len() * 8;
    match code {
        b'?' => Value::Bool(raw[0] != 0),
        b'c' => bytes_value(t, raw),
        b'e' => Value::Float(half::f16::from_bits(u as u16).to_f64()),
        b'f' => Value::Float(f32::from_bits(u as u32) as f64),
        b'd' => Value::Float(f64::from_bits(u as u64)),
        c if c.is_ascii_lowercase() => {
            // Sign-extend from the field's width.
            let shift = 128 - bits;
            let s = ((u << shift) as i128) >> shift;
            super::int_value(Int::from_bigint(s.into()))
        }
        _ => super::int_value(Int::from_bigint(u.into())),
    }
}

fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    with_bytes(v, <[u8]>::to_vec).ok_or_else(|| not_a_buffer(vm, v))
}

#[cold]
fn not_a_buffer(vm: &Vm, v: &Value) -> PyErr {
    if let Value::Native(n) = v {
        if let crate::runtime::native::NativeData::MemoryView(m) = &n.data {
            if m.released.get() {
                return crate::runtime::memoryview::released_error();
            }
        }
    }
    type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(vm, v)
    ))
}

fn unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_struct", "unpack", 2, 2)?;
    let lay = parse(vm, &p[0])?;
    let data = buffer_arg(vm, &p[1])?;
    if data.len() != lay.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", lay.size),
        ));
    }
    Ok(unpack_values(vm.types(), &lay, &data))
}

fn unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const UNPACK_FROM: Signature = Signature::new("unpack_from", &["format", "buffer", "offset"])
        .required(2)
        .posonly(1);
    let p = UNPACK_FROM.bind(&args)?;
    let lay = parse(vm, p.req(0))?;
    let buffer = p.req(1);
    // The buffer is read where it lies, never copied: a loop of `unpack_from` over a
    // large buffer costs each call its struct's size, not the buffer's.
    if with_bytes(buffer, <[u8]>::len).is_none() {
        return Err(not_a_buffer(vm, buffer));
    }
    let offset = match p.given(2) {
        Some(v) => index_i64(vm, v)?,
        None => 0,
    };
    with_bytes(buffer, |data| {
        let offset = place(vm, lay.size, offset, data.len(), false)?;
        Ok(unpack_values(
            vm.types(),
            &lay,
            &data[offset..offset + lay.size],
        ))
    })
    .unwrap_or_else(|| Err(not_a_buffer(vm, buffer)))
}

/// `iter_unpack` as a list of tuples; struct.py turns it into an iterator.
fn iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_struct", "iter_unpack", 2, 2)?;
    let lay = parse(vm, &p[0])?;
    let data = buffer_arg(vm, &p[1])?;
    if lay.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % lay.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                lay.size
            ),
        ));
    }
    Ok(Value::list(
        data.chunks(lay.size)
            .map(|chunk| unpack_values(vm.types(), &lay, chunk))
            .collect(),
    ))
}

#[cfg(test)]
mod tests;
