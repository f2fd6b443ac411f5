//! `complex` as text: `repr()`/`str()` (`1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`) and
//! `format(z, spec)` with the spec types CPython 3.11 accepts for complex (`e E f F g G
//! n` and none), following `format_complex_internal` of formatter_unicode.c: each part
//! is formatted as a float without padding, the imaginary part always signed unless the
//! real part is omitted, then the whole is padded. Parsing complex text is
//! `complex_parse`'s.

use super::complex::Complex;
use super::float::{format_float_abs, FloatFormat, FloatLayout};
use super::format_spec::{lay_out_float, pad_str, parse_spec, unknown_code, Align, SignMode};
use super::{NumError, NumResult};

/// The shortest round-trip digits, without the `.0` a float's repr adds.
const PART_REPR: FloatLayout = FloatLayout {
    format: FloatFormat::Repr,
    precision: 0,
    upper: false,
    alternate: false,
    add_dot_0: false,
};

/// Appends one part as repr writes it; `signed` puts `+` before non-negative values.
/// NaN never shows a minus sign.
fn push_part(out: &mut String, x: f64, signed: bool) {
    if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
    } else if signed {
        out.push('+');
    }
    // A repr is at most 24 characters: its reservation cannot fail.
    let _ = format_float_abs(out, x, PART_REPR);
}

/// `repr(z)`: just the imaginary part when the real part is +0.0, else parenthesised.
pub fn repr(z: Complex) -> String {
    let mut out = String::with_capacity(48);
    if z.re == 0.0 && z.re.is_sign_positive() {
        push_part(&mut out, z.im, false);
        out.push('j');
    } else {
        out.push('(');
        push_part(&mut out, z.re, false);
        push_part(&mut out, z.im, true);
        out.push_str("j)");
    }
    out
}

/// `format(z, spec)`; an empty spec is `str(z)`.
pub fn format(z: Complex, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(repr(z));
    }
    let parsed = parse_spec(spec, "complex")?;
    let (format, upper) = match parsed.kind {
        None => (
            if parsed.precision.is_some() {
                FloatFormat::General
            } else {
                FloatFormat::Repr
            },
            false,
        ),
        Some('e') => (FloatFormat::Exponent, false),
        Some('E') => (FloatFormat::Exponent, true),
        Some('f') => (FloatFormat::Fixed, false),
        Some('F') => (FloatFormat::Fixed, true),
        Some('g' | 'n') => (FloatFormat::General, false),
        Some('G') => (FloatFormat::General, true),
        Some(other) => return Err(unknown_code(other, "complex")),
    };
    if parsed.fill == '0' {
        return Err(NumError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if parsed.align == Some(Align::AfterSign) {
        return Err(NumError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    // No type: like str(z), the real part left out when it is +0.0, else parentheses.
    let bare = parsed.kind.is_none();
    let skip_re = bare && z.re == 0.0 && z.re.is_sign_positive();
    let parens = bare && !skip_re;
    let layout = FloatLayout {
        format,
        precision: parsed.precision.unwrap_or(if bare { 0 } else { 6 }),
        upper,
        alternate: parsed.alternate,
        add_dot_0: false,
    };
    let mut part_spec = parsed.clone();
    part_spec.fill = ' ';
    part_spec.align = Some(Align::Left);
    part_spec.width = 0;
    let mut text = String::with_capacity(48);
    if parens {
        text.push('(');
    }
    if !skip_re {
        text.push_str(&lay_out_float(z.re, &part_spec, layout, "")?);
        part_spec.sign = Some(SignMode::Always);
    }
    text.push_str(&lay_out_float(z.im, &part_spec, layout, "j")?);
    if parens {
        text.push(')');
    }
    pad_str(
        &text,
        parsed.fill,
        parsed.align.unwrap_or(Align::Right),
        parsed.width,
        None,
    )
}
