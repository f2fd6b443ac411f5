//! The `binascii` module: conversions between binary data and ASCII encodings (hex,
//! base64) and the CRC-32 / CRC-CCITT checksums, with CPython's `binascii.Error` (a
//! ValueError) and its messages. It is not `base64`: the alphabets other than standard
//! base64, and the str-accepting front ends, are Python in `pylib/base64.py`.

use super::{as_int, as_str, def, index_i64, type_name};
use crate::runtime::bytes::{bytes_of, to_hex};
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::{module_positional, Signature};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module(t: &Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("binascii"));
    let error = Class::new_builtin("Error", vec![t.value_error.clone()], Layout::Exception);
    *error.module.borrow_mut() = Rc::from("binascii");
    m.set_by_str("Error", Value::Class(error));
    let incomplete = Class::new_builtin("Incomplete", vec![t.exception.clone()], Layout::Exception);
    *incomplete.module.borrow_mut() = Rc::from("binascii");
    m.set_by_str("Incomplete", Value::Class(incomplete));
    def(&m, "hexlify", hexlify);
    def(&m, "b2a_hex", hexlify);
    def(&m, "unhexlify", unhexlify);
    def(&m, "a2b_hex", unhexlify);
    def(&m, "b2a_base64", b2a_base64);
    def(&m, "a2b_base64", a2b_base64);
    def(&m, "crc32", crc32);
    def(&m, "crc_hqx", crc_hqx);
    m
}

/// `binascii.Error(msg)`, found through the imported module (the class is made when the
/// module is built).
#[cold]
fn binascii_error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let cls = super::module_class(vm, "binascii", "Error");
    match cls {
        Some(c) => PyErr::new(&c, msg),
        None => value_error(msg),
    }
}

const HEXLIFY: Signature = Signature::new("hexlify", &["data", "sep", "bytes_per_sep"]).required(1);
/// METH_O in CPython: one positional argument, named with its module in messages.
const UNHEXLIFY: Signature = Signature::one_arg("binascii.unhexlify");

/// The bytes of a bytes-like argument (`a2b_*` functions also take ASCII str).
fn data_arg(vm: &Vm, v: &Value, ascii_str_ok: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if ascii_str_ok {
        if let Some(s) = as_str(v) {
            if !s.as_str().is_ascii() {
                return Err(value_error(
                    "string argument should contain only ASCII characters",
                ));
            }
            return Ok(s.as_str().as_bytes().to_vec());
        }
        return Err(type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name(vm, v)
        )));
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(vm, v)
    )))
}

fn hexlify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = HEXLIFY.bind(&args)?.values;
    let data = data_arg(vm, p[0].unwrap_or(&Value::None), false)?;
    let sep = match p[1] {
        None => None,
        Some(v) => Some(super::bytes_methods::hex_separator(vm, v)?),
    };
    let per = match p[2] {
        Some(v) => index_i64(vm, v)?,
        None => 1,
    };
    Ok(bytes_value(vm.types(), to_hex(&data, sep, per).as_bytes()))
}

fn unhexlify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = UNHEXLIFY.bind(&args)?.values;
    let data = data_arg(vm, p[0].unwrap_or(&Value::None), true)?;
    if data.len() % 2 == 1 {
        return Err(binascii_error(vm, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
            _ => return Err(binascii_error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes_value(vm.types(), &out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const B2A_BASE64: Signature = Signature::new("b2a_base64", &["data", "newline"])
        .required(1)
        .posonly(1)
        .kwonly(1);
    let p = B2A_BASE64.bind(&args)?;
    let data = data_arg(vm, p.req(0), false)?;
    let newline = p.int_flag(vm, 1, true)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk.len();
        let word = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= n {
                out.push(B64[(word >> (18 - 6 * i) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes_value(vm.types(), &out))
}

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Base64 decoding as CPython's: characters outside the alphabet are skipped (an error
/// in strict mode); padding may end the data once a quad has two or more characters.
fn a2b_base64(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const A2B_BASE64: Signature = Signature::new("a2b_base64", &["data", "strict_mode"])
        .required(1)
        .posonly(1)
        .kwonly(1);
    let p = A2B_BASE64.bind(&args)?;
    let data = data_arg(vm, p.req(0), true)?;
    let strict = p.int_flag(vm, 1, false)?;
    match decode_base64(&data, strict) {
        Ok(out) => Ok(bytes_value(vm.types(), &out)),
        Err(msg) => Err(binascii_error(vm, msg)),
    }
}

fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut left, mut pads, mut seen) = (0u32, 0u32, 0u32, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad_pos >= 2 && quad_pos + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err("Excess data after padding".into());
                }
                return Ok(out);
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        seen += 1;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push((left << 6 | v) as u8);
                left = 0;
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({seen}) cannot be 1 more than a multiple of 4"
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// The CRC-32 (IEEE, reflected) table, built at compile time.
const CRC32_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// A checksum's optional running value, taken modulo 2**32 as CPython's unsigned cast.
fn start_value(vm: &Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0),
        Some(v) => match as_int(v) {
            Some(i) => {
                let b = i.to_bigint() & num_bigint::BigInt::from(0xFFFF_FFFFu32);
                Ok(b.iter_u32_digits().next().unwrap_or(0))
            }
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ))),
        },
    }
}

fn crc32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "binascii", "crc32", 1, 2)?;
    let data = data_arg(vm, &p[0], false)?;
    let mut crc = !start_value(vm, p.get(1))?;
    for &byte in &data {
        crc = CRC32_TABLE[((crc ^ byte as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    Ok(Value::Int(!crc as i64))
}

/// CRC-CCITT (polynomial 0x1021, not reflected), as binhex uses.
fn crc_hqx(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "binascii", "crc_hqx", 2, 2)?;
    let data = data_arg(vm, &p[0], false)?;
    let mut crc = start_value(vm, p.get(1))? & 0xffff;
    for &byte in &data {
        crc ^= (byte as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
            crc &= 0xffff;
        }
    }
    Ok(Value::Int(crc as i64))
}

#[cfg(test)]
mod tests;
