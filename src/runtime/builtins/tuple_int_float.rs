//! Methods of `int` and `float` (bit_length, to_bytes, is_integer, ...) and their
//! `__format__`. Arithmetic is the VM's (through `crate::numeric`); tuple methods live
//! with the list methods.

use super::{
    as_int, bigint_value, int_value, method, method_args, num_err, type_name, unwrap_base,
};
use crate::numeric::Int;
use crate::runtime::error::{overflow_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};

pub(super) fn install(t: &Types) {
    let i = &t.int.dict;
    method(i, "int", "bit_length", bit_length);
    method(i, "int", "bit_count", bit_count);
    method(i, "int", "to_bytes", to_bytes);
    method(i, "int", "conjugate", int_self);
    method(i, "int", "__index__", int_self);
    method(i, "int", "__int__", int_self);
    method(i, "int", "__format__", format_method);
    super::class_method(t, i, "int", "from_bytes", from_bytes);
    super::getter(t, i, "int", "real", int_self);
    super::getter(t, i, "int", "imag", |_, _| Ok(Value::Int(0)));
    super::getter(t, i, "int", "numerator", int_self);
    super::getter(t, i, "int", "denominator", |_, _| Ok(Value::Int(1)));
    let f = &t.float.dict;
    method(f, "float", "is_integer", is_integer);
    method(f, "float", "as_integer_ratio", as_integer_ratio);
    method(f, "float", "conjugate", float_self);
    method(f, "float", "__float__", float_self);
    method(f, "float", "__format__", format_method);
    method(f, "float", "hex", super::float_hex::hex_method);
    super::class_method(t, f, "float", "fromhex", super::float_hex::fromhex_method);
    super::getter(t, f, "float", "real", float_self);
    super::getter(t, f, "float", "imag", |_, _| Ok(Value::Float(0.0)));
    method(&t.str.dict, "str", "__format__", format_method);
    // str(S('x')) of a str subclass is its text, not object.__str__'s repr.
    method(&t.str.dict, "str", "__str__", |vm, a| match a.pos() {
        [this] => match super::unwrap_base(this) {
            s @ Value::Str(_) => Ok(s),
            _ => Err(type_error(format!(
                "descriptor '__str__' requires a 'str' object but received a '{}'",
                super::type_name(vm, this)
            ))),
        },
        other => Err(type_error(format!(
            "expected 0 arguments, got {}",
            other.len().saturating_sub(1)
        ))),
    });
}

fn this_int(vm: &Vm, args: &Args<'_>) -> PyResult<Int> {
    match args.pos().first() {
        Some(v) => as_int(v).ok_or_else(|| {
            type_error(format!(
                "descriptor requires an 'int' object but received '{}'",
                type_name(vm, v)
            ))
        }),
        None => Err(type_error("descriptor needs an argument")),
    }
}

fn int_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int_value(this_int(vm, &args)?))
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = this_int(vm, &args)?;
    method_args(&args, "int", "bit_length", 0, 0)?;
    Ok(Value::Int(i.bit_length() as i64))
}

fn bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = this_int(vm, &args)?;
    method_args(&args, "int", "bit_count", 0, 0)?;
    let b = i.to_bigint();
    let ones: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn byteorder(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => match super::as_str(v) {
            Some(s) if s.as_str() == "big" => Ok(true),
            Some(s) if s.as_str() == "little" => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                super::arg_type_name(vm, v)
            ))),
        },
    }
}

fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = this_int(vm, &args)?;
    const TO_BYTES: Signature = Signature::new("to_bytes", &["length", "byteorder", "signed"])
        .required(0)
        .kwonly(1);
    let p = TO_BYTES.bind_method(&args)?;
    let length = p.int_or(vm, 0, 1)?;
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder(vm, p.given(1))?;
    let signed = p.flag(vm, 2, false)?;
    let b = i.to_bigint();
    if !signed && b.sign() == Sign::Minus {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_be()
    } else {
        b.to_bytes_be().1
    };
    if b.sign() == Sign::NoSign {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let pad = if signed && b.sign() == Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = crate::runtime::alloc::vec_with_capacity(length)?;
    out.resize(length - bytes.len(), pad);
    out.extend(bytes);
    if !big_endian {
        out.reverse();
    }
    Ok(bytes_value(vm.types(), &out))
}

const FROM_BYTES: Signature = Signature::new("from_bytes", &["bytes", "byteorder", "signed"])
    .required(1)
    .kwonly(1);

#[cold]
fn cannot_convert_to_bytes(vm: &mut Vm, v: &Value) -> crate::runtime::error::PyErr {
    let name = vm.type_of(v).name().to_string();
    type_error(format!("cannot convert '{name}' object to bytes"))
}

fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = match args.pos().first() {
        Some(Value::Class(_)) => FROM_BYTES.bind_method(&args)?,
        _ => FROM_BYTES.bind(&args)?,
    };
    let src = p.req(0);
    let mut data: Vec<u8> = match src {
        Value::Native(_) => match crate::runtime::bytes::bytes_of(src) {
            Some(b) => b,
            None => return Err(type_error("cannot convert object to bytes")),
        },
        Value::Str(_) => return Err(cannot_convert_to_bytes(vm, src)),
        other => {
            let items = match vm.get_iter(other) {
                Ok(it) => vm.collect_iter(&it)?,
                Err(_) => return Err(cannot_convert_to_bytes(vm, src)),
            };
            let mut out = Vec::new();
            for x in items {
                match as_int(&x).and_then(|i| i.to_i64()) {
                    Some(b @ 0..=255) => out.push(b as u8),
                    _ => return Err(value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let big_endian = byteorder(vm, p.given(1))?;
    let signed = p.flag(vm, 2, false)?;
    if !big_endian {
        data.reverse();
    }
    let b = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    Ok(bigint_value(b))
}

fn this_float(vm: &Vm, args: &Args<'_>) -> PyResult<f64> {
    match args.pos().first().map(unwrap_base) {
        Some(Value::Float(f)) => Ok(f),
        Some(v) => Err(type_error(format!(
            "descriptor requires a 'float' object but received '{}'",
            type_name(vm, &v)
        ))),
        None => Err(type_error("descriptor needs an argument")),
    }
}

fn float_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(this_float(vm, &args)?))
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    method_args(&args, "float", "is_integer", 0, 0)?;
    Ok(Value::Bool(crate::numeric::float::is_integer(f)))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    method_args(&args, "float", "as_integer_ratio", 0, 0)?;
    let (n, d) = crate::numeric::float::as_integer_ratio(f).map_err(num_err)?;
    Ok(Value::tuple(vec![int_value(n), int_value(d)]))
}

/// `int.__format__`, `float.__format__`, `str.__format__`: `self` unwrapped, then the
/// format-spec mini-language.
fn format_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = match args.args {
        [_, _] if args.kwnames.is_empty() => args.args,
        _ => return Err(format_refusal(&args)),
    };
    let spec = super::as_str(&p[1]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            super::arg_type_name(vm, &p[1])
        ))
    })?;
    let v = unwrap_base(&p[0]);
    if spec.as_str().is_empty() {
        return Ok(Value::from_string(vm.str(&p[0])?));
    }
    Ok(Value::from_string(crate::runtime::format::format_builtin(
        vm,
        &v,
        spec.as_str(),
    )?))
}

/// The wrong call of `int.__format__`, `float.__format__` or `str.__format__` (one
/// native), named after the receiver's type.
#[cold]
#[inline(never)]
fn format_refusal(args: &Args<'_>) -> crate::runtime::error::PyErr {
    let owner = match args.pos().first().map(unwrap_base) {
        Some(Value::Float(_)) => "float",
        Some(Value::Str(_)) => "str",
        _ => "int",
    };
    crate::runtime::signature::method_refusal(args, owner, "__format__", 1, 1)
}
