//! Python's `float`: `repr`, the `%`/`format()` digit layouts, and arithmetic rules.
//!
//! Digits come from Rust's float formatting, which is exact (shortest round-trip for
//! `{:e}`, correctly rounded half-to-even for a given precision) just like CPython's
//! `dtoa`; this module lays them out the way CPython's `format_float_short` does. It also
//! holds Python's floor division, modulo and power rules, `round()`, and exact
//! conversions between floats and integers. It is not the format-spec parser (see
//! `format_spec`) and knows nothing about float objects.

use super::int::{ratio_to_f64, Int};
use super::{NumError, NumResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};
use std::cmp::Ordering;
use std::fmt::Write;

/// A fixed-size text buffer that formats without allocating.
struct StackText {
    buf: [u8; 40],
    len: usize,
}

impl StackText {
    fn new() -> StackText {
        StackText {
            buf: [0; 40],
            len: 0,
        }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Decimal digits of a non-negative finite float: the value is `0.DIGITS * 10^decpt`.
/// Trailing zeros are stripped; zero is the single digit `0` with `decpt` 1.
struct Digits {
    small: StackText,
    large: Vec<u8>,
    decpt: i64,
}

impl Digits {
    fn digits(&self) -> &[u8] {
        if self.large.is_empty() {
            self.small.as_bytes()
        } else {
            &self.large
        }
    }
}

/// How many digits to produce, mirroring `dtoa`'s modes.
#[derive(Clone, Copy)]
enum DigitMode {
    /// Shortest digits that round-trip (`repr`).
    Shortest,
    /// This many significant digits (at least 1).
    Significant(usize),
    /// This many digits after the decimal point.
    Decimals(usize),
}

/// Splits `d.ddd` + `eNN` text from Rust's `{:e}` into digits (passed to `push`, trailing
/// zeros dropped) and returns the decimal point position.
fn split_exp_text(text: &[u8], mut push: impl FnMut(u8)) -> i64 {
    let e_pos = text.iter().position(|&b| b == b'e').unwrap_or(text.len());
    let exp: i64 = std::str::from_utf8(&text[e_pos + 1..])
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mantissa = &text[..e_pos];
    let mut end = mantissa.len();
    while end > 1 && (mantissa[end - 1] == b'0' || mantissa[end - 1] == b'.') {
        end -= 1;
    }
    for &b in &mantissa[..end] {
        if b != b'.' {
            push(b);
        }
    }
    exp + 1
}

/// `x * 10^n` (x > 0) when that product, rounded to a double, is an integer below
/// 2^52: the exact product then lies within a quarter of that integer, so it is also the
/// correctly rounded result of `x` to `n` decimals, and no big-number digit generation
/// is needed (`f"{x:.2f}"` of prices, halves, measurements).
fn scaled_integer(x: f64, n: usize) -> Option<u64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let scaled = x * *POW10.get(n)?;
    (scaled >= 1.0 && scaled < (1u64 << 52) as f64 && scaled.fract() == 0.0)
        .then_some(scaled as u64)
}

/// More digits than any double's exact decimal expansion has.
const EXACT_DIGITS: usize = 1100;

fn float_digits(x: f64, mode: DigitMode) -> Digits {
    let mut digits = Digits {
        small: StackText::new(),
        large: Vec::new(),
        decpt: 1,
    };
    if x == 0.0 {
        let _ = digits.small.write_char('0');
        return digits;
    }
    match mode {
        DigitMode::Shortest => {
            // CPython's shortest digits (a halfway value to the even digit).
            let (d, exp) = super::float_shortest::shortest(x);
            let _ = digits
                .small
                .write_str(super::digits::Digits::decimal_of(d).as_str());
            digits.decpt = i64::from(exp) + 1;
        }
        DigitMode::Significant(n) => {
            // A double has at most 767 significant decimal digits and 1074 after the
            // point; past that every digit is 0 (dropped below), and Rust's precision
            // must stay under 65,536.
            let n = n.clamp(1, EXACT_DIGITS);
            let text = format!("{:.*e}", n - 1, x);
            let mut large = Vec::with_capacity(n);
            digits.decpt = split_exp_text(text.as_bytes(), |b| large.push(b));
            if large.is_empty() {
                large.push(b'0');
            }
            digits.large = large;
        }
        DigitMode::Decimals(n) => {
            if let Some(m) = scaled_integer(x, n) {
                // `m` is `x * 10^n` rounded as CPython rounds: its digits, trailing
                // zeros dropped, with the point `n` places from the right.
                let _ = digits
                    .small
                    .write_str(super::digits::Digits::decimal_of(m).as_str());
                let len = digits.small.len as i64;
                while digits.small.len > 1 && digits.small.buf[digits.small.len - 1] == b'0' {
                    digits.small.len -= 1;
                }
                digits.decpt = len - n as i64;
                return digits;
            }
            // A short result (`%5.2f` of a quotient) is written on the stack.
            let mut short = StackText::new();
            let long;
            let text = if write!(short, "{:.*}", n.min(EXACT_DIGITS), x).is_ok() {
                // SAFETY: `core::fmt` wrote whole ASCII digits, sign and point.
                unsafe { std::str::from_utf8_unchecked(short.as_bytes()) }
            } else {
                long = format!("{:.*}", n.min(EXACT_DIGITS), x);
                long.as_str()
            };
            let point = text.find('.').unwrap_or(text.len()) as i64;
            let mut large: Vec<u8> = Vec::with_capacity(text.len());
            let mut decpt = point;
            for &b in text.as_bytes() {
                if b == b'.' {
                    continue;
                }
                if large.is_empty() && b == b'0' {
                    decpt -= 1;
                    continue;
                }
                large.push(b);
            }
            while large.last() == Some(&b'0') {
                large.pop();
            }
            if large.is_empty() {
                let _ = digits.small.write_char('0');
                digits.decpt = 1;
            } else {
                digits.large = large;
                digits.decpt = decpt;
            }
        }
    }
    digits
}

/// The float presentation types, after `format()`/`%` have resolved their aliases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatFormat {
    /// `e`: exponent notation with `precision` digits after the point.
    Exponent,
    /// `f`: fixed point with `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent or fixed by magnitude.
    General,
    /// `repr()`: shortest round-trip digits, exponent from 1e16 and below 1e-4.
    Repr,
}

/// Options of [`format_float_abs`], the knobs of CPython's `format_float_short`.
#[derive(Clone, Copy, Debug)]
pub struct FloatLayout {
    pub format: FloatFormat,
    pub precision: usize,
    pub upper: bool,
    /// `#`: keep the decimal point and (for `g`) trailing zeros.
    pub alternate: bool,
    /// Add `.0` to integral values written without an exponent (`repr`, format type none).
    pub add_dot_0: bool,
}

/// Writes `|x|` (sign ignored) laid out as CPython's `format_float_short` would.
/// Infinities and NaN become `inf`/`nan` (`INF`/`NAN` when `upper`).
/// MemoryError when the precision asks for more text than can be held.
pub fn format_float_abs(out: &mut String, x: f64, layout: FloatLayout) -> NumResult<()> {
    let x = x.abs();
    if !x.is_finite() {
        let word = match (x.is_nan(), layout.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        out.push_str(word);
        return Ok(());
    }
    let mut precision = layout.precision as i64;
    let mode = match layout.format {
        FloatFormat::Exponent => {
            precision += 1;
            DigitMode::Significant(precision as usize)
        }
        FloatFormat::Fixed => DigitMode::Decimals(layout.precision),
        FloatFormat::General => {
            if precision == 0 {
                precision = 1;
            }
            DigitMode::Significant(precision as usize)
        }
        FloatFormat::Repr => DigitMode::Shortest,
    };
    let digits = float_digits(x, mode);
    let digit_bytes = digits.digits();
    let mut decpt = digits.decpt;
    let mut vdigits_end = digit_bytes.len() as i64;
    let mut use_exp = false;
    match layout.format {
        FloatFormat::Exponent => {
            use_exp = true;
            vdigits_end = precision;
        }
        FloatFormat::Fixed => vdigits_end = decpt + precision,
        FloatFormat::General => {
            let limit = if layout.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if layout.alternate {
                vdigits_end = precision;
            }
        }
        FloatFormat::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && layout.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    out.try_reserve((vdigits_end - vdigits_start) as usize + 6)
        .map_err(|_| NumError::memory())?;
    // Positions before 0 and past the digits are zeros; precision can ask for hundreds
    // of millions of them, so each run is written in one piece rather than per digit.
    if (vdigits_start..vdigits_end).contains(&decpt) {
        push_digit_run(out, digit_bytes, vdigits_start, decpt);
        out.push('.');
        push_digit_run(out, digit_bytes, decpt, vdigits_end);
    } else {
        push_digit_run(out, digit_bytes, vdigits_start, vdigits_end);
    }
    if decpt == vdigits_end && layout.alternate {
        out.push('.');
    }
    if use_exp {
        out.push(if layout.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        let _ = write!(out, "{magnitude}");
    }
    Ok(())
}

/// Appends the digits at positions `from..to` of the infinite string that is `digits`
/// with zeros on both sides (position 0 is `digits[0]`).
fn push_digit_run(out: &mut String, digits: &[u8], from: i64, to: i64) {
    if from >= to {
        return;
    }
    let len = digits.len() as i64;
    let zeros = |out: &mut String, count: i64| {
        crate::numeric::push_fill(out, '0', count.max(0) as usize);
    };
    zeros(out, to.min(0) - from);
    let (first, last) = (from.clamp(0, len), to.clamp(0, len));
    if first < last {
        out.extend(
            digits[first as usize..last as usize]
                .iter()
                .map(|&b| b as char),
        );
    }
    zeros(out, to - from.max(len));
}

const REPR_LAYOUT: FloatLayout = FloatLayout {
    format: FloatFormat::Repr,
    precision: 0,
    upper: false,
    alternate: false,
    add_dot_0: true,
};

/// Appends `repr(x)` (which is also `str(x)`) to `out`.
pub fn write_repr(out: &mut String, x: f64) {
    if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
    }
    // A repr is at most 24 characters: its reservation cannot fail.
    let _ = format_float_abs(out, x, REPR_LAYOUT);
}

/// `repr(x)`: `0.30000000000000004`, `1e+16`, `1e-05`, `100.0`, `inf`, `nan`, `-0.0`.
pub fn repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write_repr(&mut out, x);
    out
}

/// CPython's `divmod` core for floats: `(floor quotient, modulo)`, `wx != 0`.
fn divmod_nonzero(vx: f64, wx: f64) -> (f64, f64) {
    let mut modulo = vx % wx;
    // fmod is exact, so vx - modulo is an exact multiple of wx.
    let mut div = (vx - modulo) / wx;
    if modulo != 0.0 {
        if (wx < 0.0) != (modulo < 0.0) {
            modulo += wx;
            div -= 1.0;
        }
    } else {
        modulo = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, modulo)
}

/// `a / b` for floats.
#[inline]
pub fn truediv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `a // b` for floats.
pub fn floordiv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(divmod_nonzero(a, b).0)
}

/// `a % b` for floats: the result has the sign of `b`.
pub fn modulo(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(divmod_nonzero(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc() && (x / 2.0) != (x / 2.0).trunc()
}

/// `a ** b` for floats, following CPython's `float_pow` special cases. A negative base
/// with a non-integral exponent has a complex result: the VM sends those to complex `**`
/// (`runtime::complex::float_pow_is_complex`) before calling this, which answers them
/// with a `ValueError` for callers that want a real result.
pub fn pow(iv: f64, iw: f64) -> NumResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iv });
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let abs = iv.abs();
        return Ok(if abs == 1.0 {
            1.0
        } else if (abs > 1.0) == (iw > 0.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        let magnitude = if iw > 0.0 { f64::INFINITY } else { 0.0 };
        return Ok(if odd {
            magnitude.copysign(iv)
        } else {
            magnitude
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    if iv < 0.0 && iw != iw.floor() {
        return Err(NumError::value("complex results not supported"));
    }
    if iv == 1.0 {
        return Ok(1.0);
    }
    let result = iv.powf(iw);
    if result.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(result)
}

#[cold]
fn nan_to_int() -> NumError {
    NumError::value("cannot convert float NaN to integer")
}

#[cold]
fn inf_to_int() -> NumError {
    NumError::overflow("cannot convert float infinity to integer")
}

/// Splits a finite float into `(mantissa, exponent)` with `x == mantissa * 2^exponent`.
fn decompose(x: f64) -> (i64, i32) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = (bits & ((1u64 << 52) - 1)) as i64;
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1i64 << 52), biased - 1075)
    };
    (if negative { -mantissa } else { mantissa }, exponent)
}

/// The integer part of a finite float as a `BigInt` (truncating toward zero).
pub(crate) fn f64_to_bigint_exact(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let (mantissa, exponent) = decompose(x);
    let m = BigInt::from(mantissa);
    Some(if exponent >= 0 {
        m << exponent as u32
    } else if exponent <= -64 {
        BigInt::zero()
    } else {
        // Truncate toward zero: shift the magnitude.
        let magnitude = mantissa.unsigned_abs() >> (-exponent) as u32;
        let v = BigInt::from(magnitude);
        if mantissa < 0 {
            -v
        } else {
            v
        }
    })
}

/// `int(x)`: truncation toward zero.
pub fn to_int(x: f64) -> NumResult<Int> {
    if x.is_nan() {
        return Err(nan_to_int());
    }
    if x.is_infinite() {
        return Err(inf_to_int());
    }
    // Every float in (-2^63, 2^63) truncates into an i64 exactly.
    if x.abs() < 9_223_372_036_854_775_808.0 {
        return Ok(Int::Small(x as i64));
    }
    f64_to_bigint_exact(x)
        .map(Int::from_bigint)
        .ok_or_else(inf_to_int)
}

/// `round(x)`: the nearest integer, ties to even.
pub fn round_to_int(x: f64) -> NumResult<Int> {
    to_int(x.round_ties_even())
}

/// `round(x, ndigits)`, correctly rounded half-to-even on the exact binary value like
/// CPython. The runtime clamps a huge `ndigits` to the `i64` range, as CPython clamps to
/// `Py_ssize_t`.
pub fn round_digits(x: f64, ndigits: i64) -> NumResult<f64> {
    // Beyond these bounds CPython returns x unchanged, or a zero of x's sign.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        // Exact half-even decimal rounding, then a correctly rounded parse: what CPython
        // does with dtoa mode 3 and strtod.
        let text = format!("{:.*}", ndigits as usize, x);
        text.parse::<f64>().unwrap_or(x)
    } else {
        round_to_power_of_ten(x, ndigits.unsigned_abs() as u32)
    };
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `x` rounded half-to-even to a multiple of `10^power`, computed exactly.
fn round_to_power_of_ten(x: f64, power: u32) -> f64 {
    let (mantissa, exponent) = decompose(x);
    let unit = num_traits::pow(BigInt::from(10u32), power as usize);
    let magnitude = BigInt::from(mantissa.unsigned_abs());
    let (num, den) = if exponent >= 0 {
        (magnitude << exponent as u32, unit.clone())
    } else {
        (magnitude, &unit << (-exponent) as u32)
    };
    let (q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    let round_up = match twice.cmp(&den) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => q.is_odd(),
    };
    let q = if round_up { q + 1u32 } else { q };
    let value = ratio_to_f64(&(q * unit), &BigInt::one()).unwrap_or(f64::INFINITY);
    value.copysign(x)
}

/// `float.is_integer()`.
#[inline]
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
pub fn as_integer_ratio(x: f64) -> NumResult<(Int, Int)> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((Int::ZERO, Int::ONE));
    }
    let (mut mantissa, mut exponent) = decompose(x);
    if exponent < 0 {
        let shift = (mantissa.trailing_zeros() as i32).min(-exponent);
        mantissa >>= shift;
        exponent += shift;
    }
    if exponent >= 0 {
        let num = BigInt::from(mantissa) << exponent as u32;
        return Ok((Int::from_bigint(num), Int::ONE));
    }
    let den = BigInt::one() << (-exponent) as u32;
    Ok((Int::Small(mantissa), Int::from_bigint(den)))
}

/// True when `x` should print with a leading `-`
/// (negative, including `-0.0`, but never NaN).
#[inline]
pub fn prints_negative(x: f64) -> bool {
    x.is_sign_negative() && !x.is_nan()
}
