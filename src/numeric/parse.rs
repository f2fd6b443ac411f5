//! Text to number and number to text in a base: `int(str, base)`, `float(str)`,
//! `str(int)`, `bin()`, `oct()`, `hex()`.
//!
//! Grammar and messages follow CPython 3.11, including underscores between digits and the
//! limit on decimal digits (`sys.set_int_max_str_digits`, 4300 by default). Only
//! ASCII digits are accepted (CPython also accepts other Unicode decimal digits). Float
//! `repr` and format specs live in `float` and `format_spec`.

use super::{str_repr, Int, NumError, NumResult};
use num_bigint::BigInt;
use std::fmt::Write;

/// CPython 3.11's default `sys.get_int_max_str_digits()`. The limit in force is the
/// interpreter's (`Vm::int_max_str_digits`), passed to each conversion; 0 is no limit.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The smallest nonzero limit `sys.set_int_max_str_digits` accepts
/// (`sys.int_info.str_digits_check_threshold`).
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

/// The limit `PYTHONINTMAXSTRDIGITS` sets, read as CPython's start-up reads it (a C
/// `int` in base 10 with optional leading blanks and sign; 0 or at least the threshold):
/// `Ok(None)` when it is unset or empty, `Err` with CPython's fatal message when invalid.
pub fn max_str_digits_from_env() -> Result<Option<usize>, &'static str> {
    let Some(text) = std::env::var_os("PYTHONINTMAXSTRDIGITS").filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    const INVALID: &str =
        "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.";
    let text = text.to_str().ok_or(INVALID)?;
    let n: i32 = text
        .trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c'])
        .parse()
        .map_err(|_| INVALID)?;
    match usize::try_from(n) {
        Ok(n) if n == 0 || n >= STR_DIGITS_CHECK_THRESHOLD => Ok(Some(n)),
        _ => Err(INVALID),
    }
}

/// Python's `str.isspace()` for the characters `int()`/`float()` strip.
#[inline]
pub(super) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Non-ASCII text as int() and float() read it (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`): Unicode digits become ASCII digits, Unicode
/// spaces become ' ', and any other non-ASCII character becomes '?', which no parser accepts.
pub(super) fn ascii_form(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mapped = s.chars().map(|c| {
        if c.is_ascii() {
            c
        } else if is_py_space(c) {
            ' '
        } else {
            match crate::unicode_data::decimal_value(c) {
                Some(d) => char::from(b'0' + d as u8),
                None => '?',
            }
        }
    });
    std::borrow::Cow::Owned(mapped.collect())
}

/// `repr()` limited to 200 characters, as CPython's `%.200R` does.
fn repr_200(s: &str) -> String {
    let repr = str_repr(s);
    match repr.char_indices().nth(200) {
        Some((cut, _)) => repr[..cut].to_string(),
        None => repr,
    }
}

#[cold]
fn invalid_int(s: &str, base: u32) -> NumError {
    NumError::value(format!(
        "invalid literal for int() with base {base}: {}",
        repr_200(s)
    ))
}

#[cold]
fn too_many_digits(digits: usize, limit: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(s, base)`; `base` is 0 (infer from prefix) or 2..=36; at most `limit` digits in
/// a base that is not a power of two (0: any number).
pub fn parse_int(s: &str, base: i64, limit: usize) -> NumResult<Int> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let given_base = base as u32;
    let ascii = ascii_form(s);
    let text = ascii.trim_matches(is_py_space).as_bytes();
    let (negative, mut rest) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let mut base = given_base;
    let mut had_prefix = false;
    if rest.len() >= 2 && rest[0] == b'0' {
        let prefix_base = match rest[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            rest = &rest[2..];
            had_prefix = true;
        }
    }
    let leading_zero_rule = base == 0;
    if base == 0 {
        base = 10;
    }
    if had_prefix && rest.first() == Some(&b'_') {
        rest = &rest[1..];
    }
    // Validate digits and single underscores between them, collecting digit values.
    let mut count = 0usize;
    let mut previous_underscore = true;
    let mut all_zero = true;
    for &b in rest {
        if b == b'_' {
            if previous_underscore {
                return Err(invalid_int(s, given_base));
            }
            previous_underscore = true;
            continue;
        }
        match (b as char).to_digit(base) {
            Some(d) => {
                all_zero &= d == 0;
                count += 1;
                previous_underscore = false;
            }
            None => return Err(invalid_int(s, given_base)),
        }
    }
    if count == 0 || previous_underscore {
        return Err(invalid_int(s, given_base));
    }
    if leading_zero_rule && rest[0] == b'0' && !all_zero {
        return Err(invalid_int(s, given_base));
    }
    if !base.is_power_of_two() && limit != 0 && count > limit {
        return Err(too_many_digits(count, limit));
    }
    // Fast path: accumulate in u64 while it cannot overflow.
    let mut small: u64 = 0;
    let mut fits = true;
    for &b in rest {
        if b == b'_' {
            continue;
        }
        let d = u64::from((b as char).to_digit(base).unwrap_or(0));
        match small
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => small = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        if negative {
            if small <= 1 << 63 {
                return Ok(Int::Small((small as i64).wrapping_neg()));
            }
            return Ok(Int::from_bigint(-BigInt::from(small)));
        }
        return Ok(Int::from_u64(small));
    }
    let digits: Vec<u8> = rest.iter().copied().filter(|&b| b != b'_').collect();
    let magnitude = BigInt::parse_bytes(&digits, base).ok_or_else(|| invalid_int(s, given_base))?;
    Ok(Int::from_bigint(if negative {
        -magnitude
    } else {
        magnitude
    }))
}

#[cold]
fn invalid_float(s: &str) -> NumError {
    NumError::value(format!(
        "could not convert string to float: {}",
        str_repr(s)
    ))
}

/// Checks `digits ('_'? digits)*` and copies the digits into `out`; returns the rest.
fn take_digits<'a>(text: &'a [u8], out: &mut String) -> Option<&'a [u8]> {
    let mut i = 0;
    let mut count = 0;
    while i < text.len() {
        let b = text[i];
        if b.is_ascii_digit() {
            out.push(b as char);
            count += 1;
            i += 1;
        } else if b == b'_' && count > 0 && text.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    if count == 0 {
        None
    } else {
        Some(&text[i..])
    }
}

/// `float(s)`: decimal literals with optional underscores between digits, and
/// `inf`/`infinity`/`nan` in any case, with optional sign and surrounding whitespace.
pub fn parse_float(s: &str) -> NumResult<f64> {
    let ascii = ascii_form(s);
    let text = ascii.trim_matches(is_py_space).as_bytes();
    let (negative, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let mut clean = String::with_capacity(body.len() + 1);
    if negative {
        clean.push('-');
    }
    let mut rest = body;
    let mut mantissa_digits = false;
    if let Some(after) = take_digits(rest, &mut clean) {
        rest = after;
        mantissa_digits = true;
    }
    if rest.first() == Some(&b'.') {
        clean.push('.');
        rest = &rest[1..];
        if let Some(after) = take_digits(rest, &mut clean) {
            rest = after;
            mantissa_digits = true;
        }
    }
    if !mantissa_digits {
        return Err(invalid_float(s));
    }
    if let Some(b'e' | b'E') = rest.first() {
        clean.push('e');
        rest = &rest[1..];
        if let Some(&sign @ (b'+' | b'-')) = rest.first() {
            clean.push(sign as char);
            rest = &rest[1..];
        }
        rest = take_digits(rest, &mut clean).ok_or_else(|| invalid_float(s))?;
    }
    if !rest.is_empty() {
        return Err(invalid_float(s));
    }
    clean.parse::<f64>().map_err(|_| invalid_float(s))
}

/// `str(n)` / `repr(n)`, refusing more than `limit` digits (0: any number) like
/// CPython 3.11.
pub fn int_to_decimal(v: &Int, limit: usize) -> NumResult<String> {
    match v {
        Int::Small(s) => {
            let mut out = String::with_capacity(20);
            let _ = write!(out, "{s}");
            Ok(out)
        }
        Int::Big(b) => {
            // bits * log10(2) bounds the digit count; only check exactly near the limit.
            let approx_digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
            if limit != 0 && approx_digits > limit + 1 {
                return Err(decimal_too_long(limit));
            }
            let text = b.to_string();
            let digits = text.len() - usize::from(b.sign() == num_bigint::Sign::Minus);
            if limit != 0 && digits > limit {
                return Err(decimal_too_long(limit));
            }
            Ok(text)
        }
    }
}

#[cold]
fn decimal_too_long(limit: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Digits of `v` in base 2, 8 or 16 (lowercase), with a `-` sign and, when `prefix`,
/// the `0b`/`0o`/`0x` prefix after the sign: `bin(-5) == '-0b101'`.
pub fn int_to_radix(v: &Int, radix: u32, prefix: bool) -> String {
    let mut out = String::new();
    let negative = v.is_negative();
    if negative {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    match v {
        Int::Small(s) => {
            let m = s.unsigned_abs();
            let _ = match radix {
                2 => write!(out, "{m:b}"),
                8 => write!(out, "{m:o}"),
                16 => write!(out, "{m:x}"),
                _ => write!(out, "{m}"),
            };
        }
        Int::Big(b) => out.push_str(&b.magnitude().to_str_radix(radix)),
    }
    out
}

/// `bin(v)`.
pub fn bin(v: &Int) -> String {
    int_to_radix(v, 2, true)
}

/// `oct(v)`.
pub fn oct(v: &Int) -> String {
    int_to_radix(v, 8, true)
}

/// `hex(v)`.
pub fn hex(v: &Int) -> String {
    int_to_radix(v, 16, true)
}
