//! The shortest decimal digits that read back as a given double, as CPython's `repr`
//! chooses them: the fewest digits, then the closest to the value, and when the value
//! lies exactly halfway between two such candidates, the even one. The digits come from
//! the `zmij` crate's shortest round trip (no `core::fmt`, no allocation); the halfway
//! case is then checked exactly, as `core::fmt`'s shortest form did not settle it the
//! way CPython does. Not the layout: `repr` and the format specs place the point.

use num_bigint::BigInt;

/// Shortest digits of a finite, non-zero `|x|`: the digits as an integer (at most 17
/// of them, no trailing zeros) and the power of ten of the first digit
/// (`1.5e-7` is `(15, -7)`).
pub fn shortest(x: f64) -> (u64, i32) {
    let mut buf = zmij::Buffer::new();
    let text = buf.format_finite(x.abs()).as_bytes();
    let (mantissa, exp) = match text.iter().position(|&b| b == b'e' || b == b'E') {
        Some(i) => (&text[..i], parse_exponent(&text[i + 1..])),
        None => (text, 0),
    };
    let mut digits = 0u64;
    // Digits before the point, not counting leading zeros.
    let mut before_point = 0i32;
    let mut seen_point = false;
    let mut zeros_after_point = 0i32;
    // Zeros after the last non-zero digit, multiplied in only when one follows: the
    // digits never hold trailing zeros, so at most 17 of them (no overflow).
    let mut pending = 0u32;
    for &b in mantissa {
        match b {
            b'.' => seen_point = true,
            b'0' if digits == 0 && seen_point => zeros_after_point += 1,
            b'0' if digits == 0 => {}
            b'0'..=b'9' => {
                if !seen_point {
                    before_point += 1;
                }
                if b == b'0' {
                    pending += 1;
                } else {
                    digits = digits * 10u64.pow(pending + 1) + u64::from(b - b'0');
                    pending = 0;
                }
            }
            _ => {}
        }
    }
    let first = if before_point > 0 {
        before_point - 1
    } else {
        -zeros_after_point - 1
    };
    let first = first + exp;
    (even_on_tie(x, digits, first), first)
}

fn parse_exponent(text: &[u8]) -> i32 {
    let (negative, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let n = digits
        .iter()
        .fold(0i32, |n, &b| n * 10 + i32::from(b.wrapping_sub(b'0')));
    if negative {
        -n
    } else {
        n
    }
}

/// The number of decimal digits of `d` (at least 1).
fn digit_count(d: u64) -> u32 {
    d.checked_ilog10().unwrap_or(0) + 1
}

/// When `|x|` lies exactly halfway between `digits` and a neighbour of as many digits
/// that also reads back as `x`, the even one of the two.
fn even_on_tie(x: f64, digits: u64, first: i32) -> u64 {
    if digits.is_multiple_of(2) {
        return digits;
    }
    let len = digit_count(digits);
    let q = first - (len as i32 - 1);
    for dir in [-1i64, 1] {
        let alt = (digits as i64 + dir) as u64;
        if digit_count(alt) != len || !is_decimal_tie(x, digits, q, dir) {
            continue;
        }
        if format!("{alt}e{q}").parse::<f64>() == Ok(x.abs()) {
            return alt;
        }
    }
    digits
}

/// Whether |x| is exactly halfway between `digits`e`q` and its neighbour (`digits + dir`)e`q`:
/// 2|x| == (2 digits + dir) 10^q, compared in exact integers.
fn is_decimal_tie(x: f64, digits: u64, q: i32, dir: i64) -> bool {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, e2) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    // The powers of two must agree first: (2 digits + dir) is odd, so the right side
    // holds exactly 2^q and the left 2^(e2 + 1 + trailing zeros). Nearly every value
    // fails this, without big numbers.
    if mantissa == 0 || mantissa.trailing_zeros() as i32 + e2 + 1 != q {
        return false;
    }
    let mut left = BigInt::from(mantissa) * 2;
    let mut right = BigInt::from(2 * digits as i128 + dir as i128);
    if e2 >= 0 {
        left <<= e2 as usize;
    } else {
        right <<= (-e2) as usize;
    }
    let ten = BigInt::from(10);
    if q >= 0 {
        right *= ten.pow(q as u32);
    } else {
        left *= ten.pow((-q) as u32);
    }
    left == right
}

#[cfg(test)]
#[path = "float_shortest_tests.rs"]
mod tests;
