//! `format()` and `%`-formatting of builtin values: the glue between interpreter values
//! and the pure formatting functions in [`crate::numeric`] (which hold the rules and the
//! exact CPython messages).

use super::error::{PyErr, PyResult};
use super::types::types;
use super::value::Value;
use crate::numeric::percent::{self, Arg, Count, Invalid, Piece};
use crate::numeric::{format_spec, ExcKind, Int, NumError};
use crate::vm::Vm;

/// A numeric error as the Python exception it stands for.
#[cold]
pub fn num_err(e: NumError) -> PyErr {
    let t = types();
    let cls = match e.kind {
        ExcKind::ValueError => &t.value_error,
        ExcKind::ZeroDivisionError => &t.zero_division_error,
        ExcKind::OverflowError => &t.overflow_error,
        ExcKind::TypeError => &t.type_error,
        ExcKind::MemoryError => &t.memory_error,
    };
    if e.message.is_empty() {
        PyErr::with_args(cls, vec![])
    } else {
        PyErr::new(cls, e.message)
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
            format_spec::format_int_named(&i, spec, "bool").map_err(num_err)
        }
        Value::Int(_) | Value::BigInt(_) => {
            let i = as_num_int(v).unwrap_or(Int::Small(0));
            format_spec::format_int(&i, spec).map_err(num_err)
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

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let pieces = percent::parse_format(fmt);
    // CPython's PyMapping_Check: anything with `__getitem__` but a tuple or a str (so a
    // list argument is a "mapping" too, and `'abc' % []` is 'abc').
    let mapping = match args {
        Value::Tuple(_) | Value::Str(_) => None,
        Value::Dict(_) => Some(args.clone()),
        _ if vm.type_of(args).lookup_str("__getitem__").is_some() => Some(args.clone()),
        _ => None,
    };
    // CPython's cursor: a tuple is consumed item by item; any other argument is one item;
    // a `%(key)` conversion makes the looked-up value the only item left (so `*` counts
    // and a later key-less conversion find nothing more).
    let mut positional: Vec<Value> = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let take = |positional: &[Value], next: &mut usize| -> PyResult<Value> {
        let v = positional
            .get(*next)
            .cloned()
            .ok_or_else(|| num_err(percent::not_enough_arguments()))?;
        *next += 1;
        Ok(v)
    };
    for piece in &pieces {
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
            positional = vec![vm.getitem(m, &Value::str(key))?];
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
        let mut conv2 = conv.clone();
        conv2.left = left;
        let text;
        let int_holder;
        let a = match conv.kind {
            's' => {
                text = vm.str(&arg)?;
                Arg::Str(&text)
            }
            'r' => {
                text = vm.repr(&arg)?;
                Arg::Str(&text)
            }
            'a' => {
                text = crate::vm::repr::ascii_escape(&vm.repr(&arg)?);
                Arg::Str(&text)
            }
            _ => match &arg {
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
        out.push_str(&percent::format_conversion(&conv2, width, precision, a).map_err(num_err)?);
    }
    if next < positional.len() && mapping.is_none() {
        return Err(num_err(percent::not_all_converted()));
    }
    Ok(out)
}
