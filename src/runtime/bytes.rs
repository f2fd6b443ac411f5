//! The data side of `bytes` and `bytearray`: reading the bytes out of a value, hashing,
//! comparing, decoding and encoding (utf-8, ascii, latin-1 here, the other codecs in
//! `runtime::codecs`, with CPython's error handlers and messages), hex text in both directions, and the byte-string searches the methods share.
//! Pure functions, no interpreter; the Python-facing methods are in
//! `builtins::bytes_methods` and `builtins::bytes_type`.

use super::builtins::unicode_error;
use super::builtins::unwrap_base;
use super::codecs::{self, CodePage, Order};
use super::error::{PyErr, PyResult};
use super::native::NativeData;
use super::value::Value;
use crate::runtime::error::builtin_error;
use crate::runtime::types::ExcKind;
use std::cmp::Ordering;
use std::rc::Rc;

/// The UTF-8 byte-order mark `utf-8-sig` writes first and skips when reading.
const SIG: &[u8] = b"\xef\xbb\xbf";

/// Run `f` over the bytes of a bytes or bytearray value (or a subclass instance);
/// `None` for anything else.
pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::Bytes(b) => Some(f(b)),
            NativeData::ByteArray(b) => Some(f(&b.borrow())),
            NativeData::MemoryView(m) if !m.released.get() => Some(m.with_bytes(f)),
            _ => None,
        },
        Value::Instance(_) => match unwrap_base(v) {
            inner @ Value::Native(_) => with_bytes(&inner, f),
            _ => None,
        },
        _ => None,
    }
}

/// A copy of the bytes of a bytes-like value.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    with_bytes(v, <[u8]>::to_vec)
}

/// The bytes of a bytes-like value held for a method's whole run: a `bytes` buffer is
/// immutable and shared (no copy, so `data[i]` or `data.find(x, i)` on a big buffer stay
/// O(1) and O(rest)), a bytearray's or a view's is copied (Python code the method runs,
/// an `__index__` or a callback, could resize it meanwhile).
pub enum ByteData {
    Shared(Rc<[u8]>),
    Owned(Vec<u8>),
}

impl std::ops::Deref for ByteData {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            ByteData::Shared(b) => b,
            ByteData::Owned(b) => b,
        }
    }
}

impl ByteData {
    /// The bytes as an owned vector (a copy only when shared).
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            ByteData::Shared(b) => b.to_vec(),
            ByteData::Owned(b) => b,
        }
    }
}

/// The bytes of a bytes-like value, shared when it is a `bytes` (see `ByteData`).
pub fn byte_data(v: &Value) -> Option<ByteData> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::Bytes(b) => Some(ByteData::Shared(b.clone())),
            _ => bytes_of(v).map(ByteData::Owned),
        },
        Value::Instance(_) => match unwrap_base(v) {
            inner @ Value::Native(_) => byte_data(&inner),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a value is a bytes or bytearray (or subclass instance).
pub fn is_bytes_like(v: &Value) -> bool {
    with_bytes(v, |_| ()).is_some()
}

/// Whether a value is a bytearray (so results of its methods are bytearrays too).
pub fn is_bytearray(v: &Value) -> bool {
    match v {
        Value::Native(n) => matches!(n.data, NativeData::ByteArray(_)),
        Value::Instance(_) => {
            matches!(unwrap_base(v), Value::Native(n) if matches!(n.data, NativeData::ByteArray(_)))
        }
        _ => false,
    }
}

pub use super::string_hash::bytes_hash;

/// `a == b` for two bytes-like values; `None` when either is not bytes-like.
pub fn bytes_eq(a: &Value, b: &Value) -> Option<bool> {
    // The same buffer (`data == data`, or two values sharing one) is equal without a
    // pass over it, as CPython answers for one object.
    with_bytes(a, |x| with_bytes(b, |y| std::ptr::eq(x, y) || x == y)).flatten()
}

/// Lexicographic order of two bytes-like values; `None` when either is not bytes-like.
pub fn bytes_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    // Views have no order.
    if super::memoryview::as_view(a).is_some() || super::memoryview::as_view(b).is_some() {
        return None;
    }
    with_bytes(a, |x| with_bytes(b, |y| x.cmp(y))).flatten()
}

/// The encodings `decode`/`encode` know, after CPython's name normalisation.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-8 with a byte-order mark (written first, skipped when reading).
    Utf8Sig,
    Utf16(Order),
    Utf32(Order),
    /// A single-byte code page (`cp1252`, `cp437`, ...).
    Charmap(&'static CodePage),
}

impl Encoding {
    pub fn lookup(name: &str) -> PyResult<Encoding> {
        // The spellings programs write, matched before the normalising copies.
        match name {
            "utf-8" | "utf8" | "UTF-8" => return Ok(Encoding::Utf8),
            "ascii" => return Ok(Encoding::Ascii),
            "latin-1" | "latin1" => return Ok(Encoding::Latin1),
            _ => {}
        }
        let norm = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Ok(match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "ascii" | "us-ascii" | "646" => Encoding::Ascii,
            "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "l1" | "8859"
            | "cp819" => Encoding::Latin1,
            other => match codecs::lookup(other) {
                Some(e) => e,
                None => return Err(unknown_encoding(name)),
            },
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
            // Errors after the mark are UTF-8's.
            Encoding::Utf8Sig => "utf-8",
            Encoding::Utf16(Order::Be) => "utf-16-be",
            Encoding::Utf16(_) => "utf-16-le",
            Encoding::Utf32(Order::Be) => "utf-32-be",
            Encoding::Utf32(_) => "utf-32-le",
            Encoding::Charmap(_) => "charmap",
        }
    }
}

#[cold]
fn unknown_encoding(name: &str) -> PyErr {
    builtin_error(ExcKind::LookupError, format!("unknown encoding: {name}"))
}

#[cold]
fn unknown_handler(name: &str) -> PyErr {
    crate::runtime::error::builtin_error(
        crate::runtime::types::ExcKind::LookupError,
        format!("unknown error handler name '{name}'"),
    )
}

/// One undecodable stretch `start..end` of the input and CPython's reason for it.
pub struct BadRun {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// `data.decode(encoding, errors)`. The handler is only checked when an error occurs,
/// as CPython does.
pub fn decode(
    t: &crate::runtime::types::Types,
    data: &[u8],
    encoding: Encoding,
    errors: &str,
) -> PyResult<String> {
    if encoding == Encoding::Utf8Sig {
        // CPython reports errors in what follows the mark, counted from there.
        let rest = data.strip_prefix(SIG).unwrap_or(data);
        return decode_from(t, rest, 0, Encoding::Utf8, errors, 0);
    }
    let (encoding, from) = codecs::resolve_bom(data, encoding);
    decode_from(t, data, from, encoding, errors, 0)
}

/// [`decode`] of a piece that starts `origin` bytes into what the caller decodes as a
/// whole (a file read line by line): error positions count from there, as CPython's do.
pub fn decode_at(
    t: &crate::runtime::types::Types,
    data: &[u8],
    encoding: Encoding,
    errors: &str,
    origin: usize,
) -> PyResult<String> {
    decode_from(t, data, 0, encoding, errors, origin)
}

/// `data[from..]` decoded, errors reported against all of `data` (a byte-order mark
/// before `from` included), positions counted from `origin`.
fn decode_from(
    t: &crate::runtime::types::Types,
    data: &[u8],
    from: usize,
    encoding: Encoding,
    errors: &str,
    origin: usize,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut pos = from;
    while pos < data.len() {
        let (good, bad) = next_chunk(&data[pos..], encoding);
        out.push_str(&good);
        let Some(bad) = bad else { break };
        let (start, end) = (pos + bad.start, pos + bad.end);
        match errors {
            "strict" => {
                return Err(unicode_error::decode_error(
                    t,
                    encoding.name(),
                    data,
                    origin + start,
                    origin + end,
                    bad.reason,
                ))
            }
            "replace" => out.push('\u{fffd}'),
            "ignore" => {}
            "backslashreplace" => {
                for b in &data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            other => return Err(unknown_handler(other)),
        }
        pos = end;
    }
    Ok(out)
}

/// The decodable prefix of `data` and the first bad run after it (relative offsets).
fn next_chunk(data: &[u8], encoding: Encoding) -> (String, Option<BadRun>) {
    match encoding {
        Encoding::Utf16(order) => codecs::utf16_chunk(data, order),
        Encoding::Utf32(order) => codecs::utf32_chunk(data, order),
        Encoding::Charmap(page) => codecs::charmap_chunk(data, page),
        Encoding::Latin1 => (data.iter().map(|&b| b as char).collect(), None),
        Encoding::Ascii => {
            let n = data.iter().take_while(|b| b.is_ascii()).count();
            let good = data[..n].iter().map(|&b| b as char).collect();
            let bad = (n < data.len()).then_some(BadRun {
                start: n,
                end: n + 1,
                reason: "ordinal not in range(128)",
            });
            (good, bad)
        }
        Encoding::Utf8 | Encoding::Utf8Sig => match std::str::from_utf8(data) {
            Ok(s) => (s.to_string(), None),
            Err(e) => {
                let n = e.valid_up_to();
                // Safe split: `valid_up_to` is a char boundary of valid UTF-8.
                let good = String::from_utf8_lossy(&data[..n]).into_owned();
                let bad = match e.error_len() {
                    None => BadRun {
                        start: n,
                        end: data.len(),
                        reason: "unexpected end of data",
                    },
                    Some(len) => BadRun {
                        start: n,
                        end: n + len,
                        reason: match data[n] {
                            0x80..=0xc1 | 0xf5..=0xff => "invalid start byte",
                            _ => "invalid continuation byte",
                        },
                    },
                };
                (good, Some(bad))
            }
        },
    }
}

/// `text.encode(encoding, errors)`. Runs of unencodable characters are reported (or
/// replaced) together, as CPython does.
pub fn encode(text: &str, encoding: Encoding, errors: &str) -> PyResult<Vec<u8>> {
    let byte_of = |c: char| -> Option<u8> {
        match encoding {
            Encoding::Ascii => c.is_ascii().then_some(c as u8),
            Encoding::Charmap(page) => codecs::charmap_byte(page, c),
            _ => u8::try_from(c as u32).ok(),
        }
    };
    match encoding {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Utf8Sig => return Ok([SIG, text.as_bytes()].concat()),
        Encoding::Utf16(_) | Encoding::Utf32(_) => return Ok(codecs::encode_wide(text, encoding)),
        Encoding::Ascii | Encoding::Latin1 | Encoding::Charmap(_) => {}
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte_of(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| byte_of(c).is_none())
            .count();
        for &c in &chars[i..end] {
            match errors {
                "strict" => return Err(encode_error(text, encoding, i, end)),
                "replace" => out.push(b'?'),
                "ignore" => {}
                "backslashreplace" => out.extend_from_slice(escape_char(c).as_bytes()),
                "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
                other => return Err(unknown_handler(other)),
            }
        }
        i = end;
    }
    Ok(out)
}

/// CPython's escape of one character in codec messages: `\xe9`, `\u20ac`, `\U0001f600`.
pub fn escape_char(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

#[cold]
fn encode_error(text: &str, enc: Encoding, start: usize, end: usize) -> PyErr {
    let reason = match enc {
        Encoding::Ascii => "ordinal not in range(128)",
        Encoding::Charmap(_) => "character maps to <undefined>",
        _ => "ordinal not in range(256)",
    };
    unicode_error::encode_error(enc.name(), text, start, end, reason)
}

/// `bytes.hex(sep, bytes_per_sep)`: groups counted from the right when positive, from
/// the left when negative.
pub fn to_hex(data: &[u8], sep: Option<char>, per_sep: i64) -> String {
    let group = per_sep.unsigned_abs() as usize;
    if sep.is_none() || group == 0 {
        // No separators: two table digits a byte, written as bytes (they are ASCII).
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = Vec::with_capacity(data.len() * 2);
        for &b in data {
            out.extend_from_slice(&[DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]]);
        }
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && group > 0) {
            let boundary = if per_sep > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// `bytes.fromhex(text)`: pairs of hex digits, ASCII whitespace allowed between pairs.
/// The error is the position CPython reports.
pub fn from_hex(text: &str) -> Result<Vec<u8>, usize> {
    // Read as bytes: every accepted character is ASCII, so `i` stays on a character
    // boundary, and only an error counts the characters before it.
    let bytes = text.as_bytes();
    let position = |i: usize| text[..i].chars().count();
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len() / 2);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = digit(bytes[i]).ok_or_else(|| position(i))?;
        let lo = bytes
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| position(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// First index of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    memchr::memmem::find(hay, needle)
}

/// Last index of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    memchr::memmem::rfind(hay, needle)
}

/// Non-overlapping occurrences of a non-empty `needle`, left to right.
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    memchr::memmem::find_iter(hay, needle).count()
}

/// `data.replace(old, new, count)`; a negative count means all.
pub fn replace(data: &[u8], old: &[u8], new: &[u8], limit: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut left = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    if old.is_empty() {
        // Insert `new` before every byte and at the end, as CPython does.
        for &b in data {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        let Some(j) = find(&data[i..], old) else {
            break;
        };
        out.extend_from_slice(&data[i..i + j]);
        out.extend_from_slice(new);
        i += j + old.len();
        left -= 1;
    }
    out.extend_from_slice(&data[i..]);
    out
}

/// `data.split(sep, maxsplit)` with an explicit non-empty separator.
pub fn split_on(data: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut i = 0;
    while left > 0 {
        let Some(j) = find(&data[i..], sep) else {
            break;
        };
        parts.push(data[i..i + j].to_vec());
        i += j + sep.len();
        left -= 1;
    }
    parts.push(data[i..].to_vec());
    parts
}

/// `data.split(None, maxsplit)`: runs of ASCII whitespace separate, ends are dropped.
pub fn split_whitespace(data: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut i = 0;
    loop {
        while i < data.len() && is_space(data[i]) {
            i += 1;
        }
        if i == data.len() {
            break;
        }
        if left == 0 {
            parts.push(data[i..].to_vec());
            break;
        }
        let start = i;
        while i < data.len() && !is_space(data[i]) {
            i += 1;
        }
        parts.push(data[start..i].to_vec());
        left -= 1;
    }
    parts
}

/// Python's `bytes.isspace` set: space, \t, \n, \r, \x0b, \x0c.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `data.strip(chars)`: which ends to strip, and the bytes to remove (None: whitespace).
pub fn strip(data: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let drop = |b: &u8| match chars {
        Some(set) => set.contains(b),
        None => is_space(*b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && drop(&data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && drop(&data[end - 1]) {
            end -= 1;
        }
    }
    data[start..end].to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_cpython_runs() {
        let run = |d: &[u8]| {
            next_chunk(d, Encoding::Utf8)
                .1
                .map(|b| (b.start, b.end, b.reason))
        };
        assert_eq!(run(b"\xff"), Some((0, 1, "invalid start byte")));
        assert_eq!(run(b"\xe2\x82"), Some((0, 2, "unexpected end of data")));
        assert_eq!(
            run(b"a\xe2(\xa1"),
            Some((1, 2, "invalid continuation byte"))
        );
        assert_eq!(run(b"\xf0\x90("), Some((0, 2, "invalid continuation byte")));
        assert_eq!(
            run(b"\xed\xa0\x80"),
            Some((0, 1, "invalid continuation byte"))
        );
        assert_eq!(run("é".as_bytes()), None);
    }

    #[test]
    fn decode_handlers() {
        let d = b"a\xe2(\xa1";
        assert_eq!(
            decode(crate::vm::Vm::new().types(), d, Encoding::Utf8, "replace").ok(),
            Some("a\u{fffd}(\u{fffd}".into())
        );
        assert_eq!(
            decode(crate::vm::Vm::new().types(), d, Encoding::Utf8, "ignore").ok(),
            Some("a(".into())
        );
        assert_eq!(
            decode(
                crate::vm::Vm::new().types(),
                d,
                Encoding::Utf8,
                "backslashreplace"
            )
            .ok(),
            Some("a\\xe2(\\xa1".into())
        );
        assert_eq!(
            decode(
                crate::vm::Vm::new().types(),
                b"\xe9",
                Encoding::Latin1,
                "strict"
            )
            .ok(),
            Some("é".into())
        );
        assert_eq!(
            decode(crate::vm::Vm::new().types(), b"ok", Encoding::Utf8, "bogus").ok(),
            Some("ok".into())
        );
        assert_eq!(
            decode(
                crate::vm::Vm::new().types(),
                b"a\xffb",
                Encoding::Ascii,
                "replace"
            )
            .ok(),
            Some("a\u{fffd}b".into())
        );
    }

    #[test]
    fn encode_handlers() {
        assert_eq!(
            encode("aé€b", Encoding::Ascii, "replace").ok(),
            Some(b"a??b".to_vec())
        );
        assert_eq!(
            encode("aé€😀", Encoding::Latin1, "backslashreplace").ok(),
            Some(b"a\xe9\\u20ac\\U0001f600".to_vec())
        );
        assert_eq!(
            encode("aé€", Encoding::Ascii, "xmlcharrefreplace").ok(),
            Some(b"a&#233;&#8364;".to_vec())
        );
        assert!(encode("é", Encoding::Ascii, "strict").is_err());
    }

    #[test]
    fn hex_both_ways() {
        assert_eq!(to_hex(b"\xde\xad", Some(':'), 1), "de:ad");
        assert_eq!(to_hex(b"\x01\x02\x03", Some('-'), 2), "01-0203");
        assert_eq!(to_hex(b"\x01\x02\x03", Some('-'), -2), "0102-03");
        assert_eq!(from_hex("de ad BE"), Ok(vec![0xde, 0xad, 0xbe]));
        assert_eq!(from_hex("a"), Err(1));
        assert_eq!(from_hex("0 a"), Err(1));
        assert_eq!(from_hex("a0 z"), Err(3));
    }

    #[test]
    fn searches_and_splits() {
        assert_eq!(count(b"aaaa", b"aa"), 2);
        assert_eq!(rfind(b"abab", b"ab"), Some(2));
        assert_eq!(replace(b"abc", b"", b"-", -1), b"-a-b-c-");
        assert_eq!(replace(b"aXbXc", b"X", b"", 1), b"abXc");
        assert_eq!(split_on(b"a,b,,c", b",", -1).len(), 4);
        assert_eq!(
            split_whitespace(b"  a b  c ", 1),
            vec![b"a".to_vec(), b"b  c ".to_vec()]
        );
        assert_eq!(strip(b"xxaxx", Some(b"x"), true, true), b"a");
    }
}
