//! Methods of `str`: searching, splitting, stripping, case mapping, padding,
//! classification, translation and encoding. Indices are code points, as in Python;
//! searches run on the UTF-8 bytes and convert positions at the edges. `format` and
//! `format_map` live in `str_format`.

use super::{as_str, index_i64, method, method_args, static_method, type_name};
use crate::runtime::alloc;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::Signature;
use crate::runtime::str::{PyStr, StrRef};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install(t: &Types) {
    let d = &t.str.dict;
    let m = |name, f| method(d, "str", name, f);
    m("split", split);
    m("rsplit", rsplit);
    m("splitlines", splitlines);
    m("join", join);
    m("strip", strip);
    m("lstrip", lstrip);
    m("rstrip", rstrip);
    m("replace", replace);
    m("find", find);
    m("rfind", rfind);
    m("index", index);
    m("rindex", rindex);
    m("count", count);
    m("startswith", startswith);
    m("endswith", endswith);
    super::str_unicode::install(d);
    m("center", center);
    m("ljust", ljust);
    m("rjust", rjust);
    m("zfill", zfill);
    m("partition", partition);
    m("rpartition", rpartition);
    m("expandtabs", expandtabs);
    m("encode", encode);
    m("removeprefix", removeprefix);
    m("removesuffix", removesuffix);
    m("translate", translate);
    static_method(t, d, "str", "maketrans", maketrans);
}

/// `self` of a str method.
pub(super) fn this(args: &Args<'_>, name: &str) -> PyResult<StrRef> {
    match args.pos().first() {
        Some(v) => as_str(v).ok_or_else(|| super::descriptor_misapplied("str", name, Some(v))),
        None => Err(super::descriptor_misapplied("str", name, None)),
    }
}

/// A str argument, with CPython's "must be str, not int" message. Named arguments
/// (`what` not empty) come from the argument clinic, which names None itself.
fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<StrRef> {
    as_str(v).ok_or_else(|| {
        let kind = if what.is_empty() {
            type_name(vm, v)
        } else {
            super::arg_type_name(vm, v)
        };
        type_error(format!("{what}must be str, not {kind}"))
    })
}

/// Python's definition of whitespace (`str.isspace`, `split()` with no separator).
#[inline]
pub fn py_isspace(c: char) -> bool {
    if c.is_ascii() {
        // \t \n \v \f \r, the four separators \x1c-\x1f, and space.
        return matches!(c, '\t'..='\r' | '\x1c'..='\x20');
    }
    crate::unicode_data::has(c, crate::unicode_data::flag::SPACE)
}

/// `start`/`end` arguments (None allowed) normalised like slice bounds, in chars.
fn span(
    vm: &mut Vm,
    s: &PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(i64, i64)> {
    let len = s.char_len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = match super::index_int(vm, v)? {
                    crate::numeric::Int::Small(i) => i,
                    crate::numeric::Int::Big(b) => {
                        if b.sign() == num_bigint::Sign::Minus {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }
                    }
                };
                Ok(if i < 0 { (i + len).max(0) } else { i })
            }
        }
    };
    Ok((norm(vm, start, 0)?, norm(vm, end, len)?.min(len)))
}

/// Search `sub` in `s[start:end]`; the char index of the first (or last) match.
fn search(s: &PyStr, sub: &str, start: i64, end: i64, last: bool) -> Option<usize> {
    let len = s.char_len() as i64;
    if start > len || start > end {
        return None;
    }
    let (a, b) = (s.byte_offset(start as usize), s.byte_offset(end as usize));
    let hay = &s.as_str()[a..b];
    let found = if last {
        crate::runtime::str::rfind_text(hay, sub)
    } else {
        crate::runtime::str::find_text(hay, sub)
    }?;
    Some(s.char_index(a + found))
}

/// `sub[, start[, end]]`, parsed as CPython's old tuple parser does for these methods.
const fn span_method(name: &'static str, qualname: &'static str) -> Signature {
    Signature::new(name, &["sub", "start", "end"])
        .required(1)
        .parse_tuple(qualname)
}

const FIND: Signature = span_method("find", "str.find");
const RFIND: Signature = span_method("rfind", "str.rfind");
const INDEX: Signature = span_method("index", "str.index");
const RINDEX: Signature = span_method("rindex", "str.rindex");
const COUNT: Signature = span_method("count", "str.count");
const STARTSWITH: Signature = span_method("startswith", "str.startswith");
const ENDSWITH: Signature = span_method("endswith", "str.endswith");
const SPLIT: Signature = Signature::new("split", &["sep", "maxsplit"]).required(0);
const RSPLIT: Signature = Signature::new("rsplit", &["sep", "maxsplit"]).required(0);
const SPLITLINES: Signature = Signature::new("splitlines", &["keepends"]).required(0);
const EXPANDTABS: Signature = Signature::new("expandtabs", &["tabsize"]).required(0);
const ENCODE: Signature = Signature::new("encode", &["encoding", "errors"]).required(0);

fn find_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    sig: &Signature,
) -> PyResult<(StrRef, StrRef, i64, i64)> {
    let s = this(args, sig.name)?;
    let a = sig.positional_method(args)?;
    let sub = str_arg(vm, &a[0], "")?;
    let (start, end) = span(vm, &s, a.get(1), a.get(2))?;
    Ok((s, sub, start, end))
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, &FIND)?;
    Ok(Value::Int(
        search(&s, sub.as_str(), a, b, false).map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, &RFIND)?;
    Ok(Value::Int(
        search(&s, sub.as_str(), a, b, true).map_or(-1, |i| i as i64),
    ))
}

#[cold]
fn not_found() -> PyErr {
    value_error("substring not found")
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, &INDEX)?;
    search(&s, sub.as_str(), a, b, false)
        .map(|i| Value::Int(i as i64))
        .ok_or_else(not_found)
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, &RINDEX)?;
    search(&s, sub.as_str(), a, b, true)
        .map(|i| Value::Int(i as i64))
        .ok_or_else(not_found)
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, &COUNT)?;
    let len = s.char_len() as i64;
    if a > len || a > b {
        return Ok(Value::Int(0));
    }
    if sub.as_str().is_empty() {
        return Ok(Value::Int(b - a + 1));
    }
    let hay = &s.as_str()[s.byte_offset(a as usize)..s.byte_offset(b as usize)];
    Ok(Value::Int(
        crate::runtime::str::count_text(hay, sub.as_str()) as i64,
    ))
}

/// startswith/endswith: a str or a tuple of str, optional start/end.
fn affix(vm: &mut Vm, args: Args<'_>, sig: &Signature, suffix: bool) -> PyResult<Value> {
    let name = sig.name;
    let s = this(&args, name)?;
    let a = sig.positional_method(&args)?;
    let (start, end) = span(vm, &s, a.get(1), a.get(2))?;
    let len = s.char_len() as i64;
    if start > len || start > end {
        return Ok(Value::Bool(false));
    }
    let hay = &s.as_str()[s.byte_offset(start as usize)..s.byte_offset(end as usize)];
    let test = |p: &str| {
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let kind = if suffix { "endswith" } else { "startswith" };
    match &a[0] {
        Value::Tuple(t) => {
            for item in t.items.iter() {
                let p = as_str(item).ok_or_else(|| {
                    type_error(format!(
                        "tuple for {kind} must only contain str, not {}",
                        type_name(vm, item)
                    ))
                })?;
                if test(p.as_str()) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => match as_str(other) {
            Some(p) => Ok(Value::Bool(test(p.as_str()))),
            None => Err(type_error(format!(
                "{kind} first arg must be str or a tuple of str, not {}",
                type_name(vm, other)
            ))),
        },
    }
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, &STARTSWITH, false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, args, &ENDSWITH, true)
}

/// The optional `sep`/`maxsplit` of split and rsplit.
fn split_args(
    vm: &mut Vm,
    args: &Args<'_>,
    sig: &Signature,
) -> PyResult<(StrRef, Option<StrRef>, i64)> {
    let s = this(args, sig.name)?;
    if args.kwnames.is_empty() {
        // `line.split()`, `row.split(",")`, `kv.split("=", 1)`: nothing to bind.
        match args.args {
            [_] => return Ok((s, None, -1)),
            [_, Value::Str(sep)] if sep.byte_len() > 0 => return Ok((s, Some(sep.clone()), -1)),
            [_, Value::Str(sep), Value::Int(max)] if sep.byte_len() > 0 => {
                return Ok((s, Some(sep.clone()), *max))
            }
            _ => {}
        }
    }
    let p = sig.bind_method(args)?;
    let sep = match p.given(0) {
        None | Some(Value::None) => None,
        Some(v) => {
            let p = as_str(v).ok_or_else(|| {
                type_error(format!("must be str or None, not {}", type_name(vm, v)))
            })?;
            if p.as_str().is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(p)
        }
    };
    let maxsplit = p.int_or(vm, 1, -1)?;
    Ok((s, sep, maxsplit))
}

/// `s.split(sep, maxsplit)` on Rust strings.
pub fn split_str<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Vec<&'a str> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            let mut out = Vec::new();
            let mut rest = s;
            // One searcher for a long text, not one per piece.
            let finder = (s.len() >= crate::runtime::str::SHORT_HAY && sep.len() > 1)
                .then(|| memchr::memmem::Finder::new(sep.as_bytes()));
            while out.len() < limit {
                let found = match &finder {
                    Some(f) => f.find(rest.as_bytes()),
                    None => crate::runtime::str::find_text(rest, sep),
                };
                match found {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(rest);
            out
        }
        None => split_space(s, limit),
    }
}

/// What a byte of UTF-8 text can start, for the whitespace and line-break scans.
const PLAIN: u8 = 0;
/// An ASCII whitespace character (`\t`-`\r`, `\x1c`-`\x1f`, space).
const SPACE: u8 = 1;
/// The lead byte of some non-ASCII whitespace or line break (U+0085, U+00A0, U+1680,
/// U+2000-U+205F, U+3000): the character must be decoded to tell.
const MAYBE: u8 = 2;
/// Each byte's class. Every line break starts with a byte marked too: its ASCII ones
/// (`\n`, `\r`, `\x0b`, `\x0c`, `\x1c`-`\x1e`) are whitespace, and U+0085, U+2028 and
/// U+2029 start with marked leads.
const BYTE_CLASS: [u8; 256] = {
    let mut t = [PLAIN; 256];
    let mut b = 0x09;
    while b <= 0x0d {
        t[b] = SPACE;
        b += 1;
    }
    let mut b = 0x1c;
    while b <= 0x20 {
        t[b] = SPACE;
        b += 1;
    }
    t[0xc2] = MAYBE;
    t[0xe1] = MAYBE;
    t[0xe2] = MAYBE;
    t[0xe3] = MAYBE;
    t
};

/// `split()` with no separator, over the bytes: a word's bytes are skipped by one table
/// look-up each, and only the lead bytes some non-ASCII whitespace starts with make it
/// decode a character.
fn split_space(s: &str, limit: usize) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < bytes.len() {
            match space_at(s, i) {
                0 => break,
                n => i += n,
            }
        }
        if i == bytes.len() {
            return out;
        }
        if out.len() >= limit {
            out.push(&s[i..]);
            return out;
        }
        let start = i;
        loop {
            i += bytes[i..]
                .iter()
                .position(|&b| BYTE_CLASS[b as usize] != PLAIN)
                .unwrap_or(bytes.len() - i);
            if i == bytes.len() || space_at(s, i) != 0 {
                break;
            }
            // A lead byte that starts no whitespace here: past its character.
            i += s[i..].chars().next().map_or(1, char::len_utf8);
        }
        out.push(&s[start..i]);
    }
}

/// The length in bytes of the whitespace character at byte `i` of `s` (a character
/// boundary), 0 when it is not whitespace.
#[inline(always)]
fn space_at(s: &str, i: usize) -> usize {
    match BYTE_CLASS[s.as_bytes()[i] as usize] {
        PLAIN => 0,
        SPACE => 1,
        _ => match s[i..].chars().next() {
            Some(c) if py_isspace(c) => c.len_utf8(),
            _ => 0,
        },
    }
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit_str<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Vec<&'a str> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = s;
            while out.len() < limit {
                match crate::runtime::str::rfind_text(rest, sep) {
                    Some(i) => {
                        out.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if out.len() >= limit {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .char_indices()
                    .rev()
                    .find(|(_, c)| py_isspace(*c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(py_isspace);
            }
        }
    }
    out.reverse();
    out
}

/// The pieces of `whole` as a list of new strings (one-character ones shared).
fn str_list(vm: &Vm, whole: &PyStr, items: Vec<&str>) -> Value {
    let small = &vm.names.small;
    let ascii = whole.is_ascii();
    let count = |p: &str| if ascii { p.len() } else { p.chars().count() };
    Value::list(items.into_iter().map(|p| small.text(p, count(p))).collect())
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, &args, &SPLIT)?;
    let pieces = split_str(s.as_str(), sep.as_ref().map(|p| p.as_str()), max);
    Ok(str_list(vm, &s, pieces))
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, &args, &RSPLIT)?;
    let pieces = rsplit_str(s.as_str(), sep.as_ref().map(|p| p.as_str()), max);
    Ok(str_list(vm, &s, pieces))
}

/// The length in bytes of the line break at byte `i` of UTF-8 `b` (`\r\n` is one), 0
/// when there is none. Any byte may be asked: a continuation byte never matches.
#[inline(always)]
fn line_break_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\n' | 0x0b | 0x0c | 0x1c..=0x1e => 1,
        b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
        b'\r' => 1,
        // U+0085
        0xc2 if b.get(i + 1) == Some(&0x85) => 2,
        // U+2028, U+2029
        0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
        _ => 0,
    }
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "splitlines")?;
    let keep = SPLITLINES.bind_method(&args)?.int_flag(vm, 0, false)?;
    let text = s.as_str();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Every line break starts with a byte the table marks (whitespace or a lead).
        match bytes[i..]
            .iter()
            .position(|&b| BYTE_CLASS[b as usize] != PLAIN)
        {
            Some(k) => i += k,
            None => break,
        }
        let n = line_break_at(bytes, i);
        if n == 0 {
            i += 1;
            continue;
        }
        let end = i + n;
        out.push(if keep {
            &text[start..end]
        } else {
            &text[start..i]
        });
        start = end;
        i = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    Ok(str_list(vm, &s, out))
}

pub(crate) fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::runtime::str_build;
    let s = this(&args, "join")?;
    let a = method_args(&args, "str", "join", 1, 1)?;
    let shared = match &a[0] {
        Value::List(l) => str_build::join(&vm.names.small, &s, &l.items.borrow()).ok(),
        Value::Tuple(t) => str_build::join(&vm.names.small, &s, &t.items).ok(),
        _ => None,
    };
    if let Some(v) = shared {
        return Ok(v);
    }
    let items = match &a[0] {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        other => {
            if vm.get_iter(other).is_err() {
                return Err(type_error("can only join an iterable"));
            }
            let items = vm.collect(other)?;
            return join_collected(vm, &s, &items);
        }
    };
    join_strs_or_error(vm, &s, &items)
}

/// `sep.join(items)` of the items an iterable gave (also `"".join(genexpr)` consumed in
/// the dispatch loop, see `vm::gen_consume`).
pub(crate) fn join_collected(vm: &mut Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    match crate::runtime::str_build::join(&vm.names.small, sep, items) {
        Ok(v) => Ok(v),
        Err(_) => join_strs_or_error(vm, sep, items),
    }
}

/// Some item is not an exact str: convert subclasses, or report the first non-str.
#[cold]
fn join_strs_or_error(vm: &mut Vm, s: &PyStr, items: &[Value]) -> PyResult<Value> {
    use crate::runtime::str_build;
    let mut strs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match as_str(item) {
            Some(p) => strs.push(p),
            None => return Err(join_item_error(vm, i, item)),
        }
    }
    Ok(str_build::join_strs(&vm.names.small, s, &strs))
}

#[cold]
fn join_item_error(vm: &Vm, i: usize, item: &Value) -> PyErr {
    type_error(format!(
        "sequence item {i}: expected str instance, {} found",
        type_name(vm, item)
    ))
}

/// strip/lstrip/rstrip: `left`/`right` say which ends.
fn strip_impl(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    let a = method_args(&args, "str", name, 0, 1)?;
    let set = match a.first() {
        None | Some(Value::None) => StripSet::Space,
        Some(v) => match as_str(v) {
            Some(p) => StripSet::of(p.as_str()),
            None => return Err(type_error(format!("{name} arg must be None or str"))),
        },
    };
    let t = set.strip(s.as_str(), left, right);
    if t.len() == s.as_str().len() {
        return Ok(args.pos()[0].clone()).map(|v| match v {
            Value::Str(_) => v,
            _ => Value::Str(s.clone()),
        });
    }
    let chars = if s.is_ascii() {
        t.len()
    } else {
        t.chars().count()
    };
    Ok(vm.names.small.text(t, chars))
}

/// The characters `strip` removes: whitespace, a set of ASCII characters as a bitmap,
/// or any characters.
enum StripSet {
    Space,
    Ascii(AsciiMask),
    Chars(Vec<char>),
}

/// A set of ASCII bytes as two 64-bit words (a `u128`'s shifts cost a branch each).
#[derive(Clone, Copy)]
struct AsciiMask {
    low: u64,
    high: u64,
}

impl AsciiMask {
    /// \t \n \v \f \r, \x1c-\x1f and space (see `py_isspace`).
    const SPACE: AsciiMask = AsciiMask {
        low: 0x1_f000_3e00,
        high: 0,
    };
    const EMPTY: AsciiMask = AsciiMask { low: 0, high: 0 };

    /// The set of `bytes`, all ASCII.
    fn of(bytes: &[u8]) -> AsciiMask {
        let mut m = AsciiMask::EMPTY;
        for &b in bytes {
            if b < 64 {
                m.low |= 1 << b;
            } else {
                m.high |= 1 << (b & 63);
            }
        }
        m
    }

    #[inline(always)]
    fn has(self, b: u8) -> bool {
        let word = if b < 64 { self.low } else { self.high };
        b < 128 && (word >> (b & 63)) & 1 != 0
    }
}

impl StripSet {
    fn of(chars: &str) -> StripSet {
        if chars.is_ascii() {
            return StripSet::Ascii(AsciiMask::of(chars.as_bytes()));
        }
        StripSet::Chars(chars.chars().collect())
    }

    /// `text` without the leading (`left`) and trailing (`right`) characters of the set.
    /// ASCII edges are scanned as bytes: a byte below 128 is a whole character in UTF-8.
    fn strip<'a>(&self, text: &'a str, left: bool, right: bool) -> &'a str {
        let mask = match self {
            StripSet::Space => AsciiMask::SPACE,
            StripSet::Ascii(m) => *m,
            StripSet::Chars(_) => AsciiMask::EMPTY,
        };
        let in_mask = |b: u8| mask.has(b);
        let bytes = text.as_bytes();
        let (mut start, mut end) = (0, bytes.len());
        if left {
            while start < end && in_mask(bytes[start]) {
                start += 1;
            }
        }
        if right {
            while end > start && in_mask(bytes[end - 1]) {
                end -= 1;
            }
        }
        let mut t = &text[start..end];
        // Past the ASCII edge: a non-ASCII character may still be in the set.
        if !matches!(self, StripSet::Ascii(_)) {
            let pred = |c: char| self.contains(c);
            if left {
                t = t.trim_start_matches(pred);
            }
            if right {
                t = t.trim_end_matches(pred);
            }
        }
        t
    }

    #[inline]
    fn contains(&self, c: char) -> bool {
        match self {
            StripSet::Space => py_isspace(c),
            StripSet::Ascii(m) => (c as u32) < 128 && m.has(c as u8),
            StripSet::Chars(set) => set.contains(&c),
        }
    }
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "replace")?;
    let a = method_args(&args, "str", "replace", 2, 3)?;
    let old = str_arg(vm, &a[0], "replace() argument 1 ")?;
    let new = str_arg(vm, &a[1], "replace() argument 2 ")?;
    let count = match a.get(2) {
        Some(v) => index_i64(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let (text, old, new) = (s.as_str(), old.as_str(), new.as_str());
    let mut out = String::with_capacity(text.len());
    if old.is_empty() {
        // An empty pattern matches before every character and at the end.
        let mut n = 0;
        for c in text.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        return Ok(Value::from_string(out));
    }
    // One searcher for the whole text, not one per match (short texts need none).
    let finder = (text.len() >= crate::runtime::str::SHORT_HAY)
        .then(|| memchr::memmem::Finder::new(old.as_bytes()));
    let mut rest = text;
    let mut n = 0;
    while n < limit {
        let found = match &finder {
            Some(f) => f.find(rest.as_bytes()),
            None => crate::runtime::str::find_text(rest, old),
        };
        match found {
            Some(i) => {
                out.push_str(&rest[..i]);
                out.push_str(new);
                rest = &rest[i + old.len()..];
                n += 1;
            }
            None => break,
        }
    }
    if n == 0 && matches!(args.pos().first(), Some(Value::Str(_))) {
        // Nothing replaced: an exact str is its own result, as in CPython.
        return Ok(args.pos()[0].clone());
    }
    out.push_str(rest);
    Ok(Value::from_string(out))
}

/// Width and fill arguments of center/ljust/rjust.
fn pad_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(StrRef, usize, char)> {
    let s = this(args, name)?;
    let a = method_args(args, "str", name, 1, 2)?;
    let width = super::ssize_arg(vm, &a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        None => ' ',
        Some(v) => {
            let f = as_str(v).ok_or_else(|| {
                type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(vm, v)
                ))
            })?;
            let mut cs = f.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    Ok((s, width, fill))
}

fn padded(s: &PyStr, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let mut out = String::new();
    alloc::push_repeated(&mut out, fill, left)?;
    out.push_str(s.as_str());
    alloc::push_repeated(&mut out, fill, right)?;
    alloc::str_value(out)
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "center")?;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = width - len;
    // CPython's rounding: odd margins put the extra fill on the left when width is odd.
    let left = marg / 2 + (marg & width & 1);
    padded(&s, left, marg - left, fill)
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "ljust")?;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    padded(&s, 0, width - len, fill)
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "rjust")?;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    padded(&s, width - len, 0, fill)
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "zfill")?;
    let a = method_args(&args, "str", "zfill", 1, 1)?;
    let width = super::ssize_arg(vm, &a[0])?.max(0) as usize;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    let text = s.as_str();
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, text),
    };
    let mut out = String::new();
    out.extend(sign);
    alloc::push_repeated(&mut out, '0', width - len)?;
    out.push_str(rest);
    alloc::str_value(out)
}

fn partition_impl(vm: &mut Vm, args: Args<'_>, name: &str, last: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    let a = method_args(&args, "str", name, 1, 1)?;
    let sep = str_arg(vm, &a[0], "")?;
    if sep.as_str().is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if last {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&text[..i]),
            Value::Str(sep.clone()),
            Value::str(&text[i + sep.as_str().len()..]),
        ]),
        None if last => Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())]),
        None => Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")]),
    })
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "expandtabs")?;
    let p = EXPANDTABS.bind_method(&args)?;
    let tabsize = match p.given(0) {
        // A C int in CPython.
        Some(v) => crate::runtime::builtins::c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut col = 0i64;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    alloc::push_repeated(&mut out, ' ', n as usize)?;
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    alloc::str_value(out)
}

fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "encode")?;
    let p = ENCODE.bind_method(&args)?;
    let encoding = match p.given(0) {
        Some(v) => str_arg(vm, v, "encode() argument 'encoding' ")?
            .as_str()
            .to_string(),
        None => "utf-8".to_string(),
    };
    let errors = match p.given(1) {
        Some(v) => str_arg(vm, v, "encode() argument 'errors' ")?
            .as_str()
            .to_string(),
        None => "strict".to_string(),
    };
    let enc = crate::runtime::bytes::Encoding::lookup(&encoding)?;
    let data = crate::runtime::bytes::encode(s.as_str(), enc, &errors)?;
    Ok(bytes_value(vm.types(), &data))
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "removeprefix")?;
    let a = method_args(&args, "str", "removeprefix", 1, 1)?;
    let p = str_arg(vm, &a[0], "removeprefix() argument ")?;
    Ok(match s.as_str().strip_prefix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Value::str(rest),
        _ => Value::Str(s),
    })
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "removesuffix")?;
    let a = method_args(&args, "str", "removesuffix", 1, 1)?;
    let p = str_arg(vm, &a[0], "removesuffix() argument ")?;
    Ok(match s.as_str().strip_suffix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Value::str(rest),
        _ => Value::Str(s),
    })
}

const MAKETRANS: Signature = Signature::new("maketrans", &["x", "y", "z"])
    .required(1)
    .positional_only("str.maketrans");

fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = MAKETRANS.positional(&args)?;
    let d = Rc::new(PyDict::new());
    if p.len() == 1 {
        let Value::Dict(src) = &p[0] else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in src.items() {
            let key = match as_str(&k) {
                Some(ks) => {
                    let mut cs = ks.as_str().chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                }
                None => k,
            };
            d.set_item(vm, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let x = str_arg(vm, &p[0], "maketrans() argument 1 ")?;
    let y = str_arg(vm, &p[1], "maketrans() argument 2 ")?;
    if x.char_len() != y.char_len() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        d.set_item(vm, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = p.get(2) {
        let z = str_arg(vm, z, "maketrans() argument 3 ")?;
        for c in z.as_str().chars() {
            d.set_item(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "translate")?;
    let a = method_args(&args, "str", "translate", 1, 1)?;
    let table = &a[0];
    let mut out = String::with_capacity(s.as_str().len());
    // An exact dict's answer for an int key cannot change while no Python code runs:
    // each ASCII character is looked up once (CPython caches ASCII mappings too).
    let mut memo: [Option<Mapped>; 128] = [const { None }; 128];
    for c in s.as_str().chars() {
        let slot = match table {
            Value::Dict(_) if c.is_ascii() => Some(c as usize),
            _ => None,
        };
        let mapped = match slot.and_then(|i| memo[i].clone()) {
            Some(known) => known,
            None => {
                let found = Mapped::of(vm, table, c)?;
                if let Some(i) = slot {
                    memo[i] = Some(found.clone());
                }
                found
            }
        };
        match mapped {
            Mapped::Keep => out.push(c),
            Mapped::Drop => {}
            Mapped::Char(ch) => out.push(ch),
            Mapped::Text(t) => out.push_str(t.as_str()),
        }
    }
    Ok(Value::from_string(out))
}

/// What `str.translate`'s table maps one character to.
#[derive(Clone)]
enum Mapped {
    /// Not in the table: the character itself.
    Keep,
    /// None: deleted.
    Drop,
    Char(char),
    Text(StrRef),
}

impl Mapped {
    fn of(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
        let key = Value::Int(c as i64);
        let found = match table {
            Value::Dict(d) => d.get_item(vm, &key)?,
            other => match vm.getitem(other, &key) {
                Ok(v) => Some(v),
                Err(e) if e.is_instance(&vm.types().lookup_error) => None,
                Err(e) => return Err(e),
            },
        };
        Ok(match found {
            None => Mapped::Keep,
            Some(Value::None) => Mapped::Drop,
            Some(Value::Bool(b)) => Mapped::Char(char::from(u8::from(b))),
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => Mapped::Char(ch),
                None => return Err(value_error("character mapping must be in range(0x110000)")),
            },
            Some(v) => match as_str(&v) {
                Some(t) => Mapped::Text(t),
                None => {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ))
                }
            },
        })
    }
}
