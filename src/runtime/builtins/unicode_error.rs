//! UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError as CPython 3.11
//! builds them: five arguments (four for translate) checked in `__init__`, kept as `args`
//! and as the attributes `encoding`, `object`, `start`, `end`, `reason` that handlers read
//! and may change, and a `__str__` made from the attributes (`'ascii' codec can't encode
//! character '\xe9' in position 0: ordinal not in range(128)`). [`decode_error`] and
//! [`encode_error`] are how the codecs raise them. The classes are in `runtime::types`.

use super::{as_str, index_int, method};
use crate::runtime::bytes::bytes_of;
use crate::runtime::class::Class;
use crate::runtime::error::{builtin_error_args, type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::types::{ExcKind, Types};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Which of the three: what `object` holds and how the message reads.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

impl Kind {
    fn of(t: &Types, cls: &Rc<Class>) -> Kind {
        if cls.is_subclass(&t.unicode_decode_error) {
            Kind::Decode
        } else if cls.is_subclass(&t.unicode_translate_error) {
            Kind::Translate
        } else {
            Kind::Encode
        }
    }

    /// The attribute names, in the order `__init__` takes them.
    fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Translate => &["object", "start", "end", "reason"],
            _ => &["encoding", "object", "start", "end", "reason"],
        }
    }
}

pub(super) fn install(t: &Types) {
    for (cls, name) in [
        (&t.unicode_encode_error, "UnicodeEncodeError"),
        (&t.unicode_decode_error, "UnicodeDecodeError"),
        (&t.unicode_translate_error, "UnicodeTranslateError"),
    ] {
        method(&cls.dict, name, "__init__", unicode_error_init);
        method(&cls.dict, name, "__str__", unicode_error_str);
    }
}

/// The exception a failed decode raises: `object` is the input, `start..end` the bytes
/// that could not be decoded.
#[cold]
pub fn decode_error(
    t: &crate::runtime::types::Types,
    encoding: &str,
    object: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    build(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(encoding),
            bytes_value(t, object),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// The exception a failed encode raises: `start..end` counts characters of `object`.
#[cold]
pub fn encode_error(encoding: &str, object: &str, start: usize, end: usize, reason: &str) -> PyErr {
    build(
        ExcKind::UnicodeEncodeError,
        vec![
            Value::str(encoding),
            Value::str(object),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// A pending `kind` error with `args`, each also set as its field's attribute.
fn build(kind: ExcKind, args: Vec<Value>) -> PyErr {
    let err = builtin_error_args(kind, args.clone());
    // Decode and encode errors have the same fields.
    for (name, v) in Kind::Encode.fields().iter().zip(args) {
        err.set_attr(name, v);
    }
    err
}

fn unicode_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((Value::Instance(inst), given)) = args.pos().split_first() else {
        return Err(type_error("descriptor '__init__' requires a UnicodeError"));
    };
    let kind = Kind::of(vm.types(), &inst.class);
    let fields = kind.fields();
    if given.len() != fields.len() || args.has_kw() {
        return Err(type_error(format!(
            "function takes exactly {} arguments ({} given)",
            fields.len(),
            given.len()
        )));
    }
    let mut values = Vec::with_capacity(given.len());
    for (i, (name, v)) in fields.iter().zip(given).enumerate() {
        values.push(match *name {
            "object" if kind == Kind::Decode => match bytes_of(v) {
                Some(data) => bytes_value(vm.types(), &data),
                None => {
                    return Err(type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_of(v).name()
                    )))
                }
            },
            "start" | "end" => super::int_value(index_int(vm, v)?),
            _ if as_str(v).is_none() => {
                return Err(type_error(format!(
                    "argument {} must be str, not {}",
                    i + 1,
                    super::arg_type_name(vm, v)
                )))
            }
            _ => v.clone(),
        });
    }
    let dict = inst.dict();
    for (name, v) in fields.iter().zip(values) {
        dict.set_by_str(name, v);
    }
    Ok(Value::None)
}

fn unicode_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(this @ Value::Instance(inst)) = args.pos().first() else {
        return Err(type_error("descriptor '__str__' requires a UnicodeError"));
    };
    let kind = Kind::of(vm.types(), &inst.class);
    let attrs: Option<Vec<Value>> = kind
        .fields()
        .iter()
        .map(|name| inst.get_attr_by_str(name))
        .collect();
    // Made without its five arguments (`UnicodeEncodeError()` by a subclass): the
    // plain exception text.
    let Some(attrs) = attrs else {
        return Ok(Value::from_string(super::exception_str(vm, this)?));
    };
    let (encoding, rest) = match kind {
        Kind::Translate => (None, &attrs[..]),
        _ => (Some(vm.str(&attrs[0])?), &attrs[1..]),
    };
    let [object, start, end, reason] = rest else {
        return Ok(Value::from_string(super::exception_str(vm, this)?));
    };
    let reason = vm.str(reason)?;
    let start = index_int(vm, start)?.to_i64().unwrap_or(i64::MAX);
    let end = index_int(vm, end)?.to_i64().unwrap_or(i64::MAX);
    let single = end == start.saturating_add(1);
    let text = match kind {
        Kind::Decode => {
            let data = bytes_of(object).unwrap_or_default();
            let name = encoding.unwrap_or_default();
            match usize::try_from(start).ok().and_then(|s| data.get(s)) {
                Some(byte) if single => format!(
                    "'{name}' codec can't decode byte {byte:#04x} in position {start}: {reason}"
                ),
                _ => format!(
                    "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        Kind::Encode | Kind::Translate => {
            let what = match &encoding {
                Some(name) => format!("'{name}' codec can't encode"),
                None => "can't translate".to_string(),
            };
            let ch = as_str(object).and_then(|s| {
                usize::try_from(start)
                    .ok()
                    .and_then(|i| s.as_str().chars().nth(i))
            });
            match ch {
                Some(c) if single => format!(
                    "{what} character '{}' in position {start}: {reason}",
                    crate::runtime::bytes::escape_char(c)
                ),
                _ => format!(
                    "{what} characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
    };
    Ok(Value::from_string(text))
}
