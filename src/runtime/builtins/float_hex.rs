//! `float.hex()` and `float.fromhex()`: exact hexadecimal float text, as CPython writes
//! and reads it (`0x1.4000000000000p+1`). Pure conversions plus the two builtin methods;
//! decimal float text is `numeric::parse`'s job, not this module's.

use super::{float_arg, type_name};
use crate::runtime::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;

const MANTISSA_BITS: u32 = 52;
const MANTISSA_MASK: u64 = (1 << MANTISSA_BITS) - 1;
/// Weight of the lowest bit of the smallest subnormal: 2^-1074.
const MIN_LSB_EXP: i64 = -1074;

/// CPython's `float.hex` text: 13 hex digits after the point, decimal binary exponent.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let mantissa = bits & MANTISSA_MASK;
    let biased = ((bits >> MANTISSA_BITS) & 0x7ff) as i64;
    if biased == 0 {
        format!("{sign}0x0.{mantissa:013x}p-1022")
    } else {
        format!("{sign}0x1.{mantissa:013x}p{:+}", biased - 1023)
    }
}

/// Why a hex float string could not be read.
#[derive(Debug, PartialEq)]
pub enum FromHexError {
    Invalid,
    Overflow,
}

/// Parse CPython's hex float syntax: `[sign] ['0x'] digits ['.' digits] ['p' [sign] exp]`,
/// or inf/infinity/nan, surrounded by optional whitespace. Rounds half to even.
pub fn float_from_hex(text: &str) -> Result<f64, FromHexError> {
    let s = text.trim();
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_finite(&lower)?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

fn parse_finite(s: &str) -> Result<f64, FromHexError> {
    let s = s.strip_prefix("0x").unwrap_or(s);
    let (digits_part, exp_part) = match s.find('p') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int_digits, frac_digits) = match digits_part.find('.') {
        Some(i) => (&digits_part[..i], &digits_part[i + 1..]),
        None => (digits_part, ""),
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = match exp_part {
        None => 0,
        Some(e) => parse_exponent(e)?,
    };
    // Keep at most ~116 significant bits; the rest only matter as a sticky "nonzero" bit.
    let mut mantissa: u128 = 0;
    let mut sticky = false;
    for (c, fractional) in int_digits
        .chars()
        .map(|c| (c, false))
        .chain(frac_digits.chars().map(|c| (c, true)))
    {
        let d = c.to_digit(16).ok_or(FromHexError::Invalid)? as u128;
        if mantissa >> 112 == 0 {
            mantissa = mantissa * 16 + d;
            if fractional {
                exp = exp.saturating_sub(4);
            }
        } else {
            sticky |= d != 0;
            if !fractional {
                exp = exp.saturating_add(4);
            }
        }
    }
    if mantissa == 0 {
        return Ok(0.0);
    }
    round_to_f64(mantissa, exp, sticky)
}

fn parse_exponent(e: &str) -> Result<i64, FromHexError> {
    let (neg, digits) = match e.as_bytes().first() {
        Some(b'-') => (true, &e[1..]),
        Some(b'+') => (false, &e[1..]),
        _ => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FromHexError::Invalid);
    }
    // Saturate: anything this large over- or underflows anyway.
    let magnitude = digits
        .bytes()
        .fold(0i64, |acc, b| {
            acc.saturating_mul(10).saturating_add((b - b'0') as i64)
        })
        .min(1 << 40);
    Ok(if neg { -magnitude } else { magnitude })
}

/// `mantissa * 2^exp` (plus a little more when `sticky`) rounded half-even to a double.
fn round_to_f64(mantissa: u128, exp: i64, sticky: bool) -> Result<f64, FromHexError> {
    let nbits = 128 - mantissa.leading_zeros() as i64;
    let top = nbits - 1 + exp;
    if top > 1023 {
        return Err(FromHexError::Overflow);
    }
    let lsb_exp = (top - MANTISSA_BITS as i64).max(MIN_LSB_EXP);
    let shift = lsb_exp - exp;
    let mut m = if shift <= 0 {
        mantissa << (-shift) as u32
    } else if shift > nbits {
        0
    } else {
        let kept = mantissa >> shift as u32;
        let dropped = mantissa & ((1u128 << shift as u32) - 1);
        let half = 1u128 << (shift - 1) as u32;
        let round_up = dropped > half || (dropped == half && (sticky || kept & 1 == 1));
        kept + round_up as u128
    } as u64;
    let mut lsb_exp = lsb_exp;
    if m == 0 {
        return Ok(0.0);
    }
    if m == 1 << (MANTISSA_BITS + 1) {
        m >>= 1;
        lsb_exp += 1;
    }
    if m >> MANTISSA_BITS == 0 {
        // Subnormal: the lowest bit weighs 2^-1074 and the exponent field is zero.
        return Ok(f64::from_bits(m));
    }
    let biased = lsb_exp + MANTISSA_BITS as i64 + 1023;
    if biased >= 0x7ff {
        return Err(FromHexError::Overflow);
    }
    Ok(f64::from_bits(
        ((biased as u64) << MANTISSA_BITS) | (m & MANTISSA_MASK),
    ))
}

/// `float.hex(self)`.
pub(super) fn hex_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = super::method_args(&args, "float", "hex", 0, 0)?;
    debug_assert!(rest.is_empty());
    let x = match args.pos().first() {
        Some(v @ Value::Float(_)) => float_arg(vm, v)?,
        Some(v) => return Err(descriptor_error(vm, v)),
        None => {
            return Err(type_error(
                "descriptor 'hex' of 'float' object needs an argument",
            ))
        }
    };
    Ok(Value::from_string(float_to_hex(x)))
}

#[cold]
fn descriptor_error(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!(
        "descriptor 'hex' for 'float' objects doesn't apply to a '{}' object",
        type_name(vm, v)
    ))
}

/// `float.fromhex(cls, string)`: a classmethod.
pub(super) fn fromhex_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = super::method_args(&args, "float", "fromhex", 1, 1)?;
    let Some(text) = super::as_str(&rest[0]) else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    match float_from_hex(text.as_str()) {
        Ok(x) => {
            let cls = &args.pos()[0];
            let v = Value::Float(x);
            match cls {
                Value::Class(c) if !c.is_builtin => vm.call_args(cls, vec![v]),
                _ => Ok(v),
            }
        }
        Err(FromHexError::Invalid) => Err(value_error("invalid hexadecimal floating-point string")),
        Err(FromHexError::Overflow) => Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_cpython() {
        for (x, s) in [
            (0.0, "0x0.0p+0"),
            (-0.0, "-0x0.0p+0"),
            (1.0, "0x1.0000000000000p+0"),
            (2.5, "0x1.4000000000000p+1"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "0x0.0000000000001p-1022"),
            (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
            (2.225073858507201e-308, "0x0.fffffffffffffp-1022"),
            (f64::MAX, "0x1.fffffffffffffp+1023"),
            (0.1, "0x1.999999999999ap-4"),
            (-3.75, "-0x1.e000000000000p+1"),
        ] {
            assert_eq!(float_to_hex(x), s);
        }
    }

    #[test]
    fn fromhex_matches_cpython() {
        for (s, x) in [
            ("0x1.8p1", 3.0),
            ("  -0x1p-1074 ", -5e-324),
            ("0x0.0000000000001p-1022", 5e-324),
            ("0X1P+3", 8.0),
            ("1.8p1", 3.0),
            ("0x.8", 0.5),
            ("0x1.", 1.0),
            ("0x10", 16.0),
            ("0x1p-1075", 0.0),
            ("0x1.8p-1075", 5e-324),
            ("0x3p-1076", 5e-324),
            ("0x1.999999999999ap-4", 0.1),
            ("0x1.fffffffffffffp+1023", f64::MAX),
            ("0x1.00000000000008p0", 1.0),
            ("0x1.00000000000018p0", 1.0000000000000004),
            (
                "0x1.000000000000080000000000000000001p0",
                1.0000000000000002,
            ),
        ] {
            assert_eq!(float_from_hex(s), Ok(x), "{s}");
        }
        assert_eq!(float_from_hex("-Infinity"), Ok(f64::NEG_INFINITY));
        assert!(float_from_hex("nan").is_ok_and(f64::is_nan));
    }

    #[test]
    fn fromhex_rejects_bad_input() {
        for s in ["", "0x", "0x1p", "0x1g", "0x1.2.3", "p1", "0x1p+-1"] {
            assert_eq!(float_from_hex(s), Err(FromHexError::Invalid), "{s}");
        }
        for s in [
            "0x1.fffffffffffff8p1023",
            "0x1p1024",
            "0x1p99999999999999999999",
        ] {
            assert_eq!(float_from_hex(s), Err(FromHexError::Overflow), "{s}");
        }
    }
}
