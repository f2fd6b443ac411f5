//! `str % args`: matching printf-style conversions to their arguments (a tuple, a
//! mapping for `%(key)s`, or a single value), resolving `*` widths, and converting
//! each argument for `crate::numeric::percent`, which lays the text out.

use super::{as_int, as_str, num_err, type_name, unwrap_base};
use crate::numeric::percent::{self, Arg, Count, Piece};
use crate::numeric::Int;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let pieces = percent::parse_format(fmt).map_err(num_err)?;
    let is_tuple = matches!(args, Value::Tuple(_));
    let is_mapping = !is_tuple
        && !matches!(args, Value::Str(_))
        && match args {
            Value::Dict(_) => true,
            Value::Instance(i) => i.class.lookup_str("__getitem__").is_some(),
            _ => false,
        };
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let mut next = 0usize;
    let mut take = |_: &mut Vm| -> PyResult<Value> {
        let v = items.get(next).cloned();
        next += 1;
        v.ok_or_else(|| num_err(percent::not_enough_arguments()))
    };
    let mut out = String::with_capacity(fmt.len());
    let mut used_key = false;
    for piece in &pieces {
        let conv = match piece {
            Piece::Literal(s) => {
                out.push_str(s);
                continue;
            }
            Piece::Convert(c) => c,
        };
        if conv.kind == '%' {
            out.push('%');
            continue;
        }
        let mut width = 0usize;
        let mut conv_local = conv.clone();
        match conv.width {
            None => {}
            Some(Count::Given(w)) => width = w,
            Some(Count::Star) => {
                let w = take(vm)?;
                let w = as_int(&w)
                    .and_then(|i| i.to_i64())
                    .ok_or_else(|| num_err(percent::star_needs_int()))?;
                if w < 0 {
                    conv_local.left = true;
                }
                width = w.unsigned_abs() as usize;
            }
        }
        let precision = match conv.precision {
            None => None,
            Some(Count::Given(p)) => Some(p),
            Some(Count::Star) => {
                let p = take(vm)?;
                let p = as_int(&p)
                    .and_then(|i| i.to_i64())
                    .ok_or_else(|| num_err(percent::star_needs_int()))?;
                Some(p.max(0) as usize)
            }
        };
        let value = match &conv.key {
            Some(key) => {
                used_key = true;
                if !is_mapping {
                    return Err(type_error("format requires a mapping"));
                }
                vm.getitem(args, &Value::str(key))?
            }
            None => take(vm)?,
        };
        let text = convert(vm, &conv_local, width, precision, &value)?;
        out.push_str(&text);
    }
    if !used_key && !is_mapping && next < items.len() {
        return Err(num_err(percent::not_all_converted()));
    }
    Ok(out)
}

/// One conversion of `value`.
fn convert(
    vm: &mut Vm,
    conv: &percent::Conversion,
    width: usize,
    precision: Option<usize>,
    value: &Value,
) -> PyResult<String> {
    let owned_text;
    let owned_int: Int;
    let name = type_name(vm, value);
    let base = unwrap_base(value);
    let arg = match conv.kind {
        's' => {
            owned_text = vm.str(value)?;
            Arg::Str(&owned_text)
        }
        'r' => {
            owned_text = vm.repr(value)?;
            Arg::Str(&owned_text)
        }
        'a' => {
            owned_text = super::functions::ascii_escape(&vm.repr(value)?);
            Arg::Str(&owned_text)
        }
        'c' => match (&base, as_int(&base)) {
            (_, Some(i)) => {
                owned_int = i;
                Arg::Int(&owned_int)
            }
            (v, None) => match as_str(v) {
                Some(s) => {
                    owned_text = s.as_str().to_string();
                    Arg::Str(&owned_text)
                }
                None => Arg::Other(&name),
            },
        },
        _ => match (&base, as_int(&base)) {
            (_, Some(i)) => {
                owned_int = i;
                Arg::Int(&owned_int)
            }
            (Value::Float(f), None) => Arg::Float(*f),
            (Value::Instance(_), None) => {
                let dunder = match conv.kind {
                    'd' | 'i' | 'u' => Some("__int__"),
                    'o' | 'x' | 'X' => Some("__index__"),
                    _ => None,
                };
                let float_kind = matches!(conv.kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G');
                if float_kind && vm.getattr_opt(value, "__float__")?.is_some() {
                    Arg::Float(super::float_arg(vm, value)?)
                } else if let Some(m) = match dunder {
                    Some(d) => vm.getattr_opt(value, d)?,
                    None => None,
                } {
                    let r = vm.call_args(&m, vec![])?;
                    match as_int(&r) {
                        Some(i) => {
                            owned_int = i;
                            Arg::Int(&owned_int)
                        }
                        None => Arg::Other(&name),
                    }
                } else {
                    Arg::Other(&name)
                }
            }
            _ => Arg::Other(&name),
        },
    };
    percent::format_conversion(conv, width, precision, arg).map_err(num_err)
}
