//! The `_json` module (the encoder's half is `json_encode`) and `_json.scan_once`: the JSON decoder's scanner in Rust, for the speed of `json.loads` on
//! large documents. It keeps every behaviour of the Python scanner in pylib's json.py: the
//! decoder's hooks (`object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
//! `parse_constant`), `strict`, and `JSONDecodeError` with CPython's messages at the same
//! character positions. Not the encoder, and not the module's API (json.py).

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{recursion_error, type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::str::{PyStr, StrRef};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_json"));
    def(&m, "scan_once", scan_once);
    def(&m, "encode", super::json_encode::encode);
    m
}

/// The decoder's options, as `scan_once(s, idx, error_class, strict, object_hook,
/// object_pairs_hook, parse_float, parse_int, parse_constant)` receives them (None for a
/// hook means the default).
struct Scanner<'a> {
    text: &'a str,
    doc: &'a Value,
    error_class: &'a Value,
    strict: bool,
    object_hook: Option<&'a Value>,
    object_pairs_hook: Option<&'a Value>,
    parse_float: Option<&'a Value>,
    parse_int: Option<&'a Value>,
    parse_constant: &'a Value,
    depth: usize,
}

/// Where scanning stopped: a JSONDecodeError to raise (message, byte position), or an
/// exception raised by a hook.
enum Stop {
    Decode(&'static str, usize),
    Raised(PyErr),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Stop {
        Stop::Raised(e)
    }
}

type Scan<T> = Result<T, Stop>;

fn scan_once(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(&args, "_json", "scan_once", 9, 9)?;
    let Value::Str(s) = &a[0] else {
        return Err(type_error("first argument must be a string"));
    };
    let idx = crate::runtime::builtins::index_i64(vm, &a[1])?.max(0) as usize;
    let hook = |v: &'_ Value| -> bool { !v.is_none() };
    let text = s.as_str();
    let mut sc = Scanner {
        text,
        doc: &a[0],
        error_class: &a[2],
        strict: vm.truthy(&a[3])?,
        object_hook: Some(&a[4]).filter(|v| hook(v)),
        object_pairs_hook: Some(&a[5]).filter(|v| hook(v)),
        parse_float: Some(&a[6]).filter(|v| hook(v)),
        parse_int: Some(&a[7]).filter(|v| hook(v)),
        parse_constant: &a[8],
        depth: 0,
    };
    let start = byte_of_char(text, s.is_ascii(), idx);
    let result = match start {
        None => Err(Stop::Decode("Expecting value", text.len())),
        Some(start) => sc.value(vm, start),
    };
    match result {
        Ok((v, end)) => {
            let end = char_of_byte(text, s.is_ascii(), end);
            Ok(Value::tuple(vec![v, Value::Int(end as i64)]))
        }
        Err(Stop::Raised(e)) => Err(e),
        Err(Stop::Decode(msg, pos)) => {
            let pos = char_of_byte(text, s.is_ascii(), pos);
            let exc = vm.call_args(
                sc.error_class,
                vec![Value::str(msg), sc.doc.clone(), Value::Int(pos as i64)],
            )?;
            match exc {
                Value::Instance(inst) => Err(PyErr::from_instance(inst)),
                _ => Err(type_error("exceptions must derive from BaseException")),
            }
        }
    }
}

fn byte_of_char(text: &str, ascii: bool, idx: usize) -> Option<usize> {
    if ascii {
        return (idx <= text.len()).then_some(idx);
    }
    match text.char_indices().nth(idx) {
        Some((b, _)) => Some(b),
        None => (text.chars().count() == idx).then_some(text.len()),
    }
}

fn char_of_byte(text: &str, ascii: bool, b: usize) -> usize {
    if ascii {
        b
    } else {
        text[..b.min(text.len())].chars().count()
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl Scanner<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        let b = self.text.as_bytes();
        while i < b.len() && is_ws(b[i]) {
            i += 1;
        }
        i
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let t = self.text;
        let Some(c) = self.byte(i) else {
            return Err(Stop::Decode("Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::from_string(s), end))
            }
            b'{' => self.nested(vm, i + 1, "object", Self::object),
            b'[' => self.nested(vm, i + 1, "array", Self::array),
            b'n' if t[i..].starts_with("null") => Ok((Value::None, i + 4)),
            b't' if t[i..].starts_with("true") => Ok((Value::Bool(true), i + 4)),
            b'f' if t[i..].starts_with("false") => Ok((Value::Bool(false), i + 5)),
            b'N' if t[i..].starts_with("NaN") => self.constant(vm, "NaN", i + 3),
            b'I' if t[i..].starts_with("Infinity") => self.constant(vm, "Infinity", i + 8),
            b'-' if t[i..].starts_with("-Infinity") => self.constant(vm, "-Infinity", i + 9),
            b'-' | b'0'..=b'9' => match self.number(vm, i)? {
                Some(r) => Ok(r),
                None => Err(Stop::Decode("Expecting value", i)),
            },
            _ => Err(Stop::Decode("Expecting value", i)),
        }
    }

    fn nested(
        &mut self,
        vm: &mut Vm,
        i: usize,
        what: &str,
        f: fn(&mut Self, &mut Vm, usize) -> Scan<(Value, usize)>,
    ) -> Scan<(Value, usize)> {
        self.depth += 1;
        if self.depth > vm.recursion_limit {
            // CPython's scanner names the container it was entering.
            return Err(Stop::Raised(recursion_error(format!(
                "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
            ))));
        }
        let r = f(self, vm, i);
        self.depth -= 1;
        r
    }

    fn constant(&self, vm: &mut Vm, name: &str, end: usize) -> Scan<(Value, usize)> {
        let v = vm.call_args(self.parse_constant, vec![Value::str(name)])?;
        Ok((v, end))
    }

    /// The string whose body starts at `i` (after the quote) and the index after its end.
    fn string(&self, mut i: usize) -> Scan<(String, usize)> {
        let b = self.text.as_bytes();
        let begin = i - 1;
        // Most strings have no escape: one exact allocation.
        let mut end = i;
        while end < b.len() && b[end] != b'"' && b[end] != b'\\' && b[end] >= 0x20 {
            end += 1;
        }
        if b.get(end) == Some(&b'"') {
            return Ok((self.text[i..end].to_string(), end + 1));
        }
        let mut out = String::with_capacity(end - i + 16);
        loop {
            let run_start = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' {
                if b[i] < 0x20 && self.strict {
                    return Err(Stop::Decode("Invalid control character at", i));
                }
                i += 1;
            }
            out.push_str(&self.text[run_start..i]);
            match b.get(i) {
                None => return Err(Stop::Decode("Unterminated string starting at", begin)),
                Some(b'"') => return Ok((out, i + 1)),
                _ => {}
            }
            let slash = i;
            i += 1;
            let Some(esc) = b.get(i) else {
                return Err(Stop::Decode("Unterminated string starting at", begin));
            };
            let simple = match esc {
                b'"' => Some('"'),
                b'\\' => Some('\\'),
                b'/' => Some('/'),
                b'b' => Some('\u{8}'),
                b'f' => Some('\u{c}'),
                b'n' => Some('\n'),
                b'r' => Some('\r'),
                b't' => Some('\t'),
                b'u' => None,
                _ => return Err(Stop::Decode("Invalid \\escape", slash)),
            };
            if let Some(c) = simple {
                out.push(c);
                i += 1;
                continue;
            }
            let mut uni = self.hex4(i)?;
            i += 5;
            if (0xd800..=0xdbff).contains(&uni) && self.text[i..].starts_with("\\u") {
                let low = self.hex4(i + 1)?;
                if (0xdc00..=0xdfff).contains(&low) {
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00));
                    i += 6;
                }
            }
            // A lone surrogate cannot be a Rust char; U+FFFD stands in for it.
            out.push(char::from_u32(uni).unwrap_or('\u{fffd}'));
        }
    }

    /// The four hex digits after the `u` at `pos`.
    fn hex4(&self, pos: usize) -> Scan<u32> {
        let digits = self.text.get(pos + 1..pos + 5);
        match digits {
            Some(d) if d.bytes().all(|c| c.is_ascii_hexdigit()) => {
                Ok(u32::from_str_radix(d, 16).unwrap_or(0))
            }
            _ => Err(Stop::Decode("Invalid \\uXXXX escape", pos)),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` at `i`, or None if no number is there.
    fn number(&self, vm: &mut Vm, start: usize) -> Scan<Option<(Value, usize)>> {
        let b = self.text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        if !digit(i) {
            return Ok(None);
        }
        if b[i] == b'0' {
            i += 1;
        } else {
            while digit(i) {
                i += 1;
            }
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'-' | b'+')) {
                j += 1;
            }
            if digit(j) {
                is_float = true;
                i = j + 1;
                while digit(i) {
                    i += 1;
                }
            }
        }
        let text = &self.text[start..i];
        let v = if is_float {
            match self.parse_float {
                Some(f) => vm.call_args(f, vec![Value::str(text)])?,
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match self.parse_int {
                Some(f) => vm.call_args(f, vec![Value::str(text)])?,
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => vm.call_args(
                        &Value::Class(vm.types().int.clone()),
                        vec![Value::str(text)],
                    )?,
                },
            }
        };
        Ok(Some((v, i)))
    }

    fn item(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        self.value(vm, i)
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let mut pairs: Vec<(StrRef, Value)> = Vec::new();
        let mut i = self.skip_ws(i);
        if self.byte(i) == Some(b'}') {
            return Ok((self.finish_object(vm, pairs)?, i + 1));
        }
        loop {
            if self.byte(i) != Some(b'"') {
                return Err(Stop::Decode(
                    "Expecting property name enclosed in double quotes",
                    i,
                ));
            }
            let (key, after) = self.string(i + 1)?;
            i = self.skip_ws(after);
            if self.byte(i) != Some(b':') {
                return Err(Stop::Decode("Expecting ':' delimiter", i));
            }
            let start = self.skip_ws(i + 1);
            let (value, after) = self.item(vm, start)?;
            pairs.push((PyStr::from_string(key), value));
            i = self.skip_ws(after);
            let c = self.byte(i);
            i += 1;
            match c {
                Some(b'}') => return Ok((self.finish_object(vm, pairs)?, i)),
                Some(b',') => i = self.skip_ws(i),
                _ => return Err(Stop::Decode("Expecting ',' delimiter", i - 1)),
            }
        }
    }

    fn finish_object(&self, vm: &mut Vm, pairs: Vec<(StrRef, Value)>) -> Scan<Value> {
        if let Some(hook) = self.object_pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![Value::Str(k), v]))
                .collect();
            return Ok(vm.call_args(hook, vec![Value::list(list)])?);
        }
        let d = Rc::new(PyDict::new());
        for (k, v) in pairs {
            d.set_str(k, v);
        }
        let d = Value::Dict(d);
        match self.object_hook {
            Some(hook) => Ok(vm.call_args(hook, vec![d])?),
            None => Ok(d),
        }
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let mut values = Vec::new();
        let mut i = self.skip_ws(i);
        if self.byte(i) == Some(b']') {
            return Ok((Value::list(values), i + 1));
        }
        loop {
            let (v, after) = self.item(vm, i)?;
            values.push(v);
            i = self.skip_ws(after);
            let c = self.byte(i);
            i += 1;
            match c {
                Some(b']') => return Ok((Value::list(values), i)),
                Some(b',') => i = self.skip_ws(i),
                _ => return Err(Stop::Decode("Expecting ',' delimiter", i - 1)),
            }
        }
    }
}
