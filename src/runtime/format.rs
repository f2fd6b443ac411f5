//! `format()` and `%`-formatting of builtin values: the glue between interpreter values
//! and the pure formatting functions in [`crate::numeric`] (which hold the rules and the
//! exact CPython messages).

use super::error::{PyErr, PyResult};
use super::value::Value;
use crate::numeric::percent::{self, Arg, Conversion, Count, Invalid, Piece};
use crate::numeric::{format_spec, ExcKind, Int, NumError};
use crate::vm::Vm;

/// A numeric error as the Python exception it stands for (a pending builtin kind: no
/// class table needed).
#[cold]
pub fn num_err(e: NumError) -> PyErr {
    use super::types::ExcKind as Kind;
    let kind = match e.kind {
        ExcKind::ValueError => Kind::ValueError,
        ExcKind::ZeroDivisionError => Kind::ZeroDivisionError,
        ExcKind::OverflowError => Kind::OverflowError,
        ExcKind::TypeError => Kind::TypeError,
        ExcKind::MemoryError => Kind::MemoryError,
    };
    if e.message.is_empty() {
        super::error::builtin_error_args(kind, vec![])
    } else {
        super::error::builtin_error(kind, e.message)
    }
}

/// The value as a numeric Int, if it is an int (bool included).
pub fn as_num_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::BigInt(b) => Some(Int::Big(b.clone())),
        _ => None,
    }
}

/// `format(v, spec)` for builtin values with a non-empty spec.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Bool(_) => {
            let i = as_num_int(v).unwrap_or(Int::Small(0));
            format_spec::format_int_named(&i, spec, "bool", vm.int_max_str_digits).map_err(num_err)
        }
        Value::Int(_) | Value::BigInt(_) => {
            let i = as_num_int(v).unwrap_or(Int::Small(0));
            format_spec::format_int(&i, spec, vm.int_max_str_digits).map_err(num_err)
        }
        Value::Float(f) => format_spec::format_float(*f, spec).map_err(num_err),
        Value::Str(s) => format_spec::format_str(s.as_str(), spec).map_err(num_err),
        _ if super::complex::is_complex(v) => {
            let z = super::complex::as_complex(v)
                .unwrap_or(crate::numeric::complex::Complex::new(0.0, 0.0));
            crate::numeric::complex_format::format(z, spec).map_err(num_err)
        }
        _ => {
            let name = vm.type_of(v).name();
            Err(super::error::type_error(format!(
                "unsupported format string passed to {name}.__format__"
            )))
        }
    }
}

/// `format(v, spec)` of a builtin value with a non-empty spec, as a new str. An int,
/// bool, float or str is laid out in the Vm's scratch buffer and copied once into the
/// string (an f-string field makes no other allocation); other values go through
/// [`format_builtin`].
pub fn format_builtin_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Value> {
    let mut out = std::mem::take(&mut vm.format_scratch);
    out.clear();
    let done = match v {
        Value::Int(i) => format_spec::parse_spec(spec, "int")
            .and_then(|p| format_spec::format_int_into(&mut out, &Int::Small(*i), &p, "int", 0)),
        Value::Bool(b) => format_spec::parse_spec(spec, "bool").and_then(|p| {
            format_spec::format_int_into(&mut out, &Int::Small(*b as i64), &p, "bool", 0)
        }),
        Value::Float(f) => format_spec::parse_spec(spec, "float")
            .and_then(|p| format_spec::format_float_into(&mut out, *f, &p, "float")),
        Value::Str(s) => format_spec::parse_spec(spec, "str")
            .and_then(|p| format_spec::format_str_into(&mut out, s.as_str(), &p, spec)),
        _ => {
            vm.format_scratch = out;
            return format_builtin(vm, v, spec).map(Value::from_string);
        }
    };
    let made = done.map_err(num_err).map(|()| {
        let chars = if out.is_ascii() {
            out.len()
        } else {
            out.chars().count()
        };
        Value::Str(super::str::PyStr::with_chars(&out, chars))
    });
    // A huge width's buffer is not kept.
    if out.capacity() <= 4096 {
        vm.format_scratch = out;
    }
    made
}

/// What a `%` format makes: text, or bytes (PEP 461: `%b`, `%c` of a byte, `%s` only of
/// bytes-like values or `__bytes__`). Bytes are formatted as Latin-1 text, one char per
/// byte, so both share the one formatter.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Str,
    Bytes,
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    format_percent(vm, fmt, args, Target::Str)
}

/// `fmt % args` for bytes and bytearray.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text = latin1_text(fmt)?;
    let out = format_percent(vm, &text, args, Target::Bytes)?;
    // Every char is below 256: the format's own bytes, Latin-1 decoded arguments, ASCII
    // conversions and `%c` checked to range(256).
    latin1_data(&out)
}

/// How many parsed `%` formats the Vm keeps; past that the memo starts over (formats
/// made at run time must not grow it without bound).
const PERCENT_FORMATS_KEPT: usize = 256;

/// The pieces of a `%` format for str, parsed once per distinct format text.
fn str_format_pieces(vm: &mut Vm, fmt: &str) -> std::rc::Rc<[Piece]> {
    if let Some(p) = vm.percent_formats.get(fmt) {
        return p.clone();
    }
    let pieces: std::rc::Rc<[Piece]> = percent::parse_format(fmt, false).into();
    if vm.percent_formats.len() >= PERCENT_FORMATS_KEPT {
        vm.percent_formats.clear();
    }
    vm.percent_formats.insert(fmt.into(), pieces.clone());
    pieces
}

fn format_percent(vm: &mut Vm, fmt: &str, args: &Value, target: Target) -> PyResult<String> {
    let pieces = match target {
        Target::Str => str_format_pieces(vm, fmt),
        Target::Bytes => percent::parse_format(fmt, true).into(),
    };
    // Subclasses of tuple and str count as what they derive from (PyTuple_Check).
    let base = super::builtins::unwrap_base(args);
    // CPython's PyMapping_Check: anything with `__getitem__` but a tuple or a str (so a
    // list argument is a "mapping" too, and `'abc' % []` is 'abc'); bytes formatting
    // leaves out bytes and bytearray as well.
    let mapping = match &base {
        Value::Tuple(_) | Value::Str(_) => None,
        _ if target == Target::Bytes && super::bytes::is_bytes_like(&base) => None,
        Value::Dict(_) => Some(args.clone()),
        _ if vm.type_of(args).lookup(&vm.names.getitem).is_some() => Some(args.clone()),
        _ => None,
    };
    // CPython's cursor: a tuple is consumed item by item; any other argument is one item;
    // a `%(key)` conversion makes the looked-up value the only item left (so `*` counts
    // and a later key-less conversion find nothing more).
    let mut positional: smallvec::SmallVec<[Value; 4]> = match &base {
        Value::Tuple(t) => t.items.iter().cloned().collect(),
        _ => smallvec::smallvec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::with_capacity(fmt.len() + 16);
    let take = |positional: &[Value], next: &mut usize| -> PyResult<Value> {
        let v = positional
            .get(*next)
            .cloned()
            .ok_or_else(|| num_err(percent::not_enough_arguments()))?;
        *next += 1;
        Ok(v)
    };
    for piece in pieces.iter() {
        let conv = match piece {
            Piece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            Piece::Convert(c) => c,
            Piece::Invalid(Invalid::IncompleteKey) if mapping.is_none() => {
                return Err(super::error::type_error("format requires a mapping"))
            }
            Piece::Invalid(invalid) => return Err(num_err(invalid.error())),
        };
        if let Some(key) = &conv.key {
            let Some(m) = &mapping else {
                return Err(super::error::type_error("format requires a mapping"));
            };
            let key = match target {
                Target::Str => Value::str(key),
                Target::Bytes => {
                    crate::runtime::native::bytes_value(vm.types(), &latin1_data(key)?)
                }
            };
            positional = smallvec::smallvec![vm.getitem(m, &key)?];
            next = 0;
        }
        let mut left = conv.left;
        let width = match conv.width {
            None => 0,
            Some(Count::Given(w)) => w,
            Some(Count::Star) => match take(&positional, &mut next)? {
                Value::Int(w) => {
                    if w < 0 {
                        left = true;
                    }
                    w.unsigned_abs() as usize
                }
                _ => return Err(num_err(percent::star_needs_int())),
            },
        };
        let precision = match conv.precision {
            None => None,
            Some(Count::Given(p)) => Some(p),
            Some(Count::Star) => match take(&positional, &mut next)? {
                Value::Int(p) if p > i32::MAX as i64 => {
                    return Err(super::error::overflow_error(
                        "Python int too large to convert to C int",
                    ))
                }
                Value::Int(p) => Some(p.max(0) as usize),
                _ => return Err(num_err(percent::star_needs_int())),
            },
        };
        let arg = take(&positional, &mut next)?;
        // A negative `*` width aligns left: a copy of the spec says so (rare).
        let flipped;
        let conv2 = if left == conv.left {
            conv
        } else {
            flipped = Conversion {
                left,
                ..conv.clone()
            };
            &flipped
        };
        let text;
        let int_holder;
        let a = match (target, conv.kind) {
            (Target::Bytes, 's' | 'b') => {
                text = bytes_conversion_text(vm, &arg)?;
                Arg::Str(&text)
            }
            (Target::Bytes, 'r' | 'a') => {
                text = crate::vm::repr::ascii_escape(&vm.repr(&arg)?);
                Arg::Str(&text)
            }
            (Target::Bytes, 'c') => {
                text = byte_char(&arg)?.to_string();
                Arg::Str(&text)
            }
            (_, 's') => match &arg {
                // A str formats as itself: no copy of its text.
                Value::Str(s) => Arg::Str(s.as_str()),
                _ => {
                    text = vm.str(&arg)?;
                    Arg::Str(&text)
                }
            },
            (_, 'r') => {
                text = vm.repr(&arg)?;
                Arg::Str(&text)
            }
            (_, 'a') => {
                text = crate::vm::repr::ascii_escape(&vm.repr(&arg)?);
                Arg::Str(&text)
            }
            _ => match &number_for_percent(vm, &arg, conv.kind)? {
                Value::Float(f) => Arg::Float(*f),
                Value::Str(s) => {
                    text = s.as_str().to_string();
                    Arg::Str(&text)
                }
                other => match as_num_int(other) {
                    Some(i) => {
                        int_holder = i;
                        Arg::Int(&int_holder)
                    }
                    None => {
                        text = vm.type_of(other).name().to_string();
                        Arg::Other(&text)
                    }
                },
            },
        };
        let limit = vm.int_max_str_digits;
        percent::format_conversion_into(&mut out, conv2, width, precision, a, limit)
            .map_err(num_err)?;
    }
    if next < positional.len() && mapping.is_none() {
        let what = match target {
            Target::Str => "string",
            Target::Bytes => "bytes",
        };
        return Err(num_err(percent::not_all_converted(what)));
    }
    Ok(out)
}

/// The number a numeric %-conversion formats: an int or float subclass instance gives
/// its builtin value (IntEnum members included), another object its `__index__`, or
/// for %d/%i/%u its `__int__`, for %e/%f/%g its `__float__`, as CPython converts;
/// anything else comes back as it is (and gets the conversion's TypeError).
fn number_for_percent(vm: &mut Vm, arg: &Value, kind: char) -> PyResult<Value> {
    let Value::Instance(inst) = arg else {
        return Ok(arg.clone());
    };
    if let crate::runtime::class::Payload::Base(base) = inst.payload() {
        let base = base.borrow().clone();
        if matches!(
            base,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        ) {
            return Ok(base);
        }
    }
    let fallback = match kind {
        'd' | 'i' | 'u' => "__int__",
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => "__float__",
        _ => "",
    };
    for dunder in ["__index__", fallback] {
        if dunder.is_empty() {
            continue;
        }
        if let Some(method) = vm.type_of(arg).lookup_str(dunder) {
            return vm.call_args(&method, [arg.clone()]);
        }
    }
    Ok(arg.clone())
}

/// Bytes as text of one char per byte (the codec's Latin-1, which cannot fail).
fn latin1_text(data: &[u8]) -> PyResult<String> {
    Ok(data.iter().map(|&b| b as char).collect())
}

/// [`latin1_text`] undone: text whose chars are all below 256 back to its bytes.
fn latin1_data(text: &str) -> PyResult<Vec<u8>> {
    super::bytes::encode(text, super::bytes::Encoding::Latin1, "strict")
}

/// What `%s`/`%b` insert into bytes: a bytes-like value's bytes or `__bytes__()`'s, as
/// Latin-1 text.
fn bytes_conversion_text(vm: &mut Vm, arg: &Value) -> PyResult<String> {
    if let Some(text) = super::bytes::with_bytes(arg, latin1_text) {
        return text;
    }
    if let Value::Instance(_) = arg {
        if let Some(method) = vm.getattr_opt(arg, "__bytes__")? {
            let made = vm.call_args(&method, vec![])?;
            return match super::bytes::with_bytes(&made, latin1_text) {
                Some(text) if !super::bytes::is_bytearray(&made) => text,
                _ => Err(super::error::type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_of(&made).name()
                ))),
            };
        }
    }
    Err(not_bytes_like(vm, arg))
}

#[cold]
fn not_bytes_like(vm: &Vm, arg: &Value) -> PyErr {
    super::error::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_of(arg).name()
    ))
}

/// `%c` in bytes: an int in range(256) or a single byte.
fn byte_char(arg: &Value) -> PyResult<char> {
    if let Some(i) = as_num_int(arg) {
        return match i.to_i64() {
            Some(b @ 0..=255) => Ok(char::from(b as u8)),
            _ => Err(super::error::overflow_error("%c arg not in range(256)")),
        };
    }
    if let Some(Some(b)) = super::bytes::with_bytes(arg, |d| (d.len() == 1).then(|| d[0])) {
        return Ok(char::from(b));
    }
    Err(super::error::type_error(
        "%c requires an integer in range(256) or a single byte",
    ))
}
