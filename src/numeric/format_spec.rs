//! The format-spec mini-language of `format()` / `str.format()` / f-strings for `int`,
//! `float` and `str`: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing, validation messages and layout (sign-aware padding, grouping into the zero
//! padding, alternate forms) follow CPython 3.11's `formatter_unicode.c`. Type `n` uses
//! the C locale, so it behaves like `d`/`g`. It does not call `__format__` on other
//! objects: the runtime dispatches on the value's type and calls one of these.

use super::digits::Digits;
use super::float::{format_float_abs, prints_negative, FloatFormat, FloatLayout};
use super::parse::int_to_radix;
use super::{check_precision, push_fill, Int, NumError, NumResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignMode {
    /// `-` (default): only negative numbers get a sign.
    Negative,
    /// `+`: always a sign.
    Always,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign: Option<SignMode>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, if any.
    pub kind: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

#[cold]
fn too_many_digits() -> NumError {
    NumError::value("Too many decimal digits in format string")
}

/// Reads a run of decimal digits; `None` when there are none.
fn read_number(chars: &[char], pos: &mut usize) -> NumResult<Option<usize>> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(value) })
}

/// Specs up to this many bytes are parsed from a buffer on the stack.
const SHORT_SPEC: usize = 32;

/// Parses `spec` for an object of Python type `type_name` (used in messages).
pub fn parse_spec(spec: &str, type_name: &str) -> NumResult<FormatSpec> {
    // The characters of a short spec (nearly every one: `06d`, `>8`, `10.2f`) are read
    // into a buffer on the stack: collecting them into a `Vec` grew it several times.
    let mut short = ['\0'; SHORT_SPEC];
    let long: Vec<char>;
    let chars: &[char] = if spec.len() <= SHORT_SPEC {
        let mut n = 0;
        for c in spec.chars() {
            short[n] = c;
            n += 1;
        }
        &short[..n]
    } else {
        long = spec.chars().collect();
        &long
    };
    let mut parsed = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        kind: None,
    };
    let mut pos = 0;
    let mut fill_given = false;
    if chars.len() >= 2 && align_of(chars[1]).is_some() {
        parsed.fill = chars[0];
        parsed.align = align_of(chars[1]);
        fill_given = true;
        pos = 2;
    } else if let Some(align) = chars.first().and_then(|&c| align_of(c)) {
        parsed.align = Some(align);
        pos = 1;
    }
    match chars.get(pos) {
        Some('+') => parsed.sign = Some(SignMode::Always),
        Some('-') => parsed.sign = Some(SignMode::Negative),
        Some(' ') => parsed.sign = Some(SignMode::Space),
        _ => {}
    }
    if parsed.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        parsed.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        parsed.alternate = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'0') && !fill_given {
        parsed.fill = '0';
        if parsed.align.is_none() {
            // Resolved per type: '=' for numbers, left for strings.
            parsed.align = Some(Align::AfterSign);
            fill_given = true;
        }
        pos += 1;
    }
    let _ = fill_given;
    parsed.width = read_number(chars, &mut pos)?.unwrap_or(0);
    if let Some(&sep @ (',' | '_')) = chars.get(pos) {
        parsed.grouping = Some(sep);
        pos += 1;
        // The other separator next is refused here; the same one again is left to the
        // type (`,,` is type ',': "Cannot specify ',' with ','.") or to the length
        // check (`,,d` is an invalid spec), as CPython.
        if let Some(&second @ (',' | '_')) = chars.get(pos) {
            if second != sep {
                return Err(NumError::value("Cannot specify both ',' and '_'."));
            }
        }
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        parsed.precision = Some(check_precision(
            read_number(chars, &mut pos)?
                .ok_or_else(|| NumError::value("Format specifier missing precision"))?,
        )?);
    }
    let rest = &chars[pos..];
    if rest.len() > 1 {
        return Err(NumError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    parsed.kind = rest.first().copied();
    if let Some(sep) = parsed.grouping {
        let allowed = match parsed.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !allowed {
            return Err(NumError::value(format!(
                "Cannot specify '{sep}' with '{}'.",
                parsed.kind.unwrap_or(' ')
            )));
        }
    }
    Ok(parsed)
}

#[cold]
pub(super) fn unknown_code(kind: char, type_name: &str) -> NumError {
    // CPython shows the code itself only when it is printable ASCII.
    let shown = if ('!'..='\x7f').contains(&kind) {
        kind.to_string()
    } else {
        format!("\\x{:x}", kind as u32)
    };
    NumError::value(format!(
        "Unknown format code '{shown}' for object of type '{type_name}'"
    ))
}

/// Inserts `sep` every `group` digits from the right, padding with zeros (which are
/// grouped too) until the result is at least `min_width` long.
fn group_digits(out: &mut String, digits: &str, sep: Option<char>, group: usize, min_width: usize) {
    let Some(sep) = sep else {
        push_fill(out, '0', min_width.saturating_sub(digits.len()));
        out.push_str(digits);
        return;
    };
    // Integer digits are ASCII; anything else is laid out one character at a time.
    if !digits.is_ascii() || group == 0 {
        return group_chars(out, digits, sep, group.max(1), min_width);
    }
    let total = digits_for_width(digits.len(), group, min_width);
    let zeros = total - digits.len();
    let mut padded = String::with_capacity(total);
    push_fill(&mut padded, '0', zeros);
    padded.push_str(digits);
    // A first group of 1..=group digits, then a separator before every `group` digits.
    // The groups made only of padding zeros repeat one unit: written by doubling, as a
    // width in the millions is the script's to ask for.
    let first = match total % group {
        0 => group,
        r => r,
    };
    out.push_str(&padded[..first]);
    let zero_groups = zeros.saturating_sub(first) / group;
    if zero_groups > 0 {
        let start = out.len();
        out.push(sep);
        push_fill(out, '0', group);
        super::repeat_unit::repeat_last_unit(out, start, zero_groups);
    }
    for chunk in padded.as_bytes()[first + zero_groups * group..].chunks(group) {
        out.push(sep);
        out.extend(chunk.iter().map(|&b| b as char));
    }
}

/// How many digits, leading zeros included, a grouped number needs to be at least
/// `min_width` characters wide: the fewest at or above `given` (the text never starts
/// with a separator, so it may end one character wider).
fn digits_for_width(given: usize, group: usize, min_width: usize) -> usize {
    let width = |t: usize| t + t.saturating_sub(1) / group;
    // `width` grows by about (group + 1) / group per digit: start near the answer.
    let mut t = (min_width / (group + 1)).saturating_mul(group).max(1);
    while t > 1 && width(t - 1) >= min_width {
        t -= 1;
    }
    while width(t) < min_width {
        t += 1;
    }
    t.max(given)
}

/// [`group_digits`] one character at a time, for digits that are not ASCII.
#[cold]
fn group_chars(out: &mut String, digits: &str, sep: char, group: usize, min_width: usize) {
    let given = digits.chars().count();
    let total = digits_for_width(given, group, min_width);
    let zeros = std::iter::repeat_n('0', total - given);
    for (i, d) in zeros.chain(digits.chars()).enumerate() {
        if i > 0 && (total - i).is_multiple_of(group) {
            out.push(sep);
        }
        out.push(d);
    }
}

/// A number split into the parts CPython's layout treats separately.
struct NumberParts<'a> {
    sign: &'a str,
    prefix: &'a str,
    /// Integer digits, grouped and zero-padded.
    digits: &'a str,
    /// Decimal point, fraction, exponent, `%`: never grouped.
    rest: &'a str,
}

fn sign_text(negative: bool, mode: Option<SignMode>) -> &'static str {
    match (negative, mode) {
        (true, _) => "-",
        (false, Some(SignMode::Always)) => "+",
        (false, Some(SignMode::Space)) => " ",
        _ => "",
    }
}

/// Lays out sign, prefix, grouped digits and rest with fill and alignment, appending
/// to `out`. The digits are ASCII (decimal, binary, octal, hex), so the grouped body's
/// length is known before it is written: nothing is laid out twice.
fn layout_number_into(
    out: &mut String,
    spec: &FormatSpec,
    parts: NumberParts<'_>,
    group: usize,
) -> NumResult<()> {
    let align = spec.align.unwrap_or(Align::Right);
    let fixed = parts.sign.len() + parts.prefix.len() + parts.rest.chars().count();
    // Zero padding ('0' fill with '=') goes through grouping; other fills do not.
    let zero_pad = spec.fill == '0' && align == Align::AfterSign;
    let min_digits = if zero_pad {
        spec.width.saturating_sub(fixed)
    } else {
        0
    };
    debug_assert!(parts.digits.is_ascii());
    let body = match spec.grouping {
        None => parts.digits.len().max(min_digits),
        Some(_) => {
            let total = digits_for_width(parts.digits.len(), group.max(1), min_digits);
            total + (total - 1) / group.max(1)
        }
    };
    let length = fixed + body;
    let padding = spec.width.saturating_sub(length);
    out.try_reserve(length + padding * spec.fill.len_utf8())
        .map_err(|_| NumError::memory())?;
    let (left, middle, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    push_fill(out, spec.fill, left);
    out.push_str(parts.sign);
    out.push_str(parts.prefix);
    push_fill(out, spec.fill, middle);
    group_digits(out, parts.digits, spec.grouping, group, min_digits);
    out.push_str(parts.rest);
    push_fill(out, spec.fill, right);
    Ok(())
}

/// `format(v, spec)` for an `int`, with at most `limit` decimal digits (0: any).
pub fn format_int(v: &Int, spec: &str, limit: usize) -> NumResult<String> {
    format_int_named(v, spec, "int", limit)
}

/// `format(v, spec)` for an `int` subclass named `type_name` in messages (e.g. `bool`
/// with a non-empty spec). An empty spec is `str(v)`, which the caller handles for
/// subclasses with their own `__str__`.
pub fn format_int_named(v: &Int, spec: &str, type_name: &str, limit: usize) -> NumResult<String> {
    let mut out = String::new();
    format_int_into(&mut out, v, &parse_spec(spec, type_name)?, type_name, limit)?;
    Ok(out)
}

/// [`format_int_named`] of a parsed spec, appended to `out`.
pub fn format_int_into(
    out: &mut String,
    v: &Int,
    parsed: &FormatSpec,
    type_name: &str,
    limit: usize,
) -> NumResult<()> {
    match parsed.kind {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float_into(out, v.to_f64()?, parsed, "float");
        }
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(other) => return Err(unknown_code(other, type_name)),
    }
    if parsed.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if parsed.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let kind = parsed.kind.unwrap_or('d');
    if kind == 'c' {
        return format_int_char(out, v, parsed);
    }
    let (radix, prefix, group) = match kind {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let small;
    let big;
    let digits = match v {
        // A machine word's digits are written on the stack.
        Int::Small(i) => {
            small = Digits::new(i.unsigned_abs(), radix);
            small.as_str()
        }
        Int::Big(_) => {
            big = if radix == 10 {
                super::parse::int_to_decimal(&v.abs(), limit)?
            } else {
                int_to_radix(&v.abs(), radix, false)
            };
            &big
        }
    };
    let upper;
    let digits = if kind == 'X' {
        upper = digits.to_ascii_uppercase();
        &upper
    } else {
        digits
    };
    layout_number_into(
        out,
        parsed,
        NumberParts {
            sign: sign_text(v.is_negative(), parsed.sign),
            prefix: if parsed.alternate { prefix } else { "" },
            digits,
            rest: "",
        },
        group,
    )
}

/// Type `c`: the character with the int's code point.
fn format_int_char(out: &mut String, v: &Int, parsed: &FormatSpec) -> NumResult<()> {
    if parsed.sign.is_some() {
        return Err(NumError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if parsed.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = v
        .to_i64()
        .ok_or_else(|| NumError::overflow("Python int too large to convert to C long"))?;
    let ch = u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
    let mut utf8 = [0u8; 4];
    layout_number_into(
        out,
        parsed,
        NumberParts {
            sign: "",
            prefix: "",
            digits: "",
            rest: ch.encode_utf8(&mut utf8),
        },
        3,
    )
}

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &str) -> NumResult<String> {
    let mut out = String::new();
    format_float_into(&mut out, x, &parse_spec(spec, "float")?, "float")?;
    Ok(out)
}

/// [`format_float`] of a parsed spec, appended to `out`; `type_name` names the type in
/// an unknown code's message.
pub fn format_float_into(
    out: &mut String,
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> NumResult<()> {
    let (format, upper, default_precision) = match spec.kind {
        None => (
            if spec.precision.is_some() {
                FloatFormat::General
            } else {
                FloatFormat::Repr
            },
            false,
            0,
        ),
        Some('e') => (FloatFormat::Exponent, false, 6),
        Some('E') => (FloatFormat::Exponent, true, 6),
        Some('f' | '%') => (FloatFormat::Fixed, false, 6),
        Some('F') => (FloatFormat::Fixed, true, 6),
        Some('g' | 'n') => (FloatFormat::General, false, 6),
        Some('G') => (FloatFormat::General, true, 6),
        Some(other) => return Err(unknown_code(other, type_name)),
    };
    let percent = spec.kind == Some('%');
    let value = if percent { x * 100.0 } else { x };
    let layout = FloatLayout {
        format,
        precision: spec.precision.unwrap_or(default_precision),
        upper,
        alternate: spec.alternate,
        add_dot_0: spec.kind.is_none(),
    };
    lay_out_float_into(out, value, spec, layout, if percent { "%" } else { "" })
}

/// `value` written with `layout`, then `suffix`, laid out by `spec`'s sign, `z`,
/// grouping, fill and width (the part shared with complex formatting).
pub(super) fn lay_out_float(
    value: f64,
    spec: &FormatSpec,
    layout: FloatLayout,
    suffix: &str,
) -> NumResult<String> {
    let mut out = String::new();
    lay_out_float_into(&mut out, value, spec, layout, suffix)?;
    Ok(out)
}

/// Floats written this long or shorter are laid out from a copy on the stack.
const SHORT_FLOAT: usize = 48;

/// [`lay_out_float`] appended to `out`. The number is written at the end of `out`
/// first; a short text is then moved to the stack while the padding goes in front.
fn lay_out_float_into(
    out: &mut String,
    value: f64,
    spec: &FormatSpec,
    layout: FloatLayout,
    suffix: &str,
) -> NumResult<()> {
    let start = out.len();
    format_float_abs(out, value, layout)?;
    out.push_str(suffix);
    let mut short = [0u8; SHORT_FLOAT];
    let long: String;
    let text: &str = if out.len() - start <= SHORT_FLOAT {
        let n = out.len() - start;
        short[..n].copy_from_slice(&out.as_bytes()[start..]);
        // SAFETY: a copy of the whole text `out` held from `start` (a char boundary).
        unsafe { std::str::from_utf8_unchecked(&short[..n]) }
    } else {
        long = out[start..].to_string();
        &long
    };
    out.truncate(start);
    let mut negative = prints_negative(value);
    if negative
        && spec.no_neg_zero
        && value.is_finite()
        && !text.bytes().any(|b| (b'1'..=b'9').contains(&b))
    {
        negative = false;
    }
    let split = if value.is_finite() {
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len())
    } else {
        0
    };
    let (digits, rest) = text.split_at(split);
    // inf and nan are neither grouped nor zero-padded through the grouping.
    let ungrouped;
    let spec = if value.is_finite() {
        spec
    } else {
        ungrouped = FormatSpec {
            grouping: None,
            ..spec.clone()
        };
        &ungrouped
    };
    layout_number_into(
        out,
        spec,
        NumberParts {
            sign: sign_text(negative, spec.sign),
            prefix: "",
            digits,
            rest,
        },
        3,
    )
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let mut out = String::new();
    format_str_into(&mut out, s, &parse_spec(spec, "str")?, spec)?;
    Ok(out)
}

/// [`format_str`] of a parsed (non-empty) `spec`, appended to `out`.
pub fn format_str_into(
    out: &mut String,
    s: &str,
    parsed: &FormatSpec,
    spec: &str,
) -> NumResult<()> {
    match parsed.kind {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, "str")),
    }
    if let Some(sep) = parsed.grouping {
        return Err(NumError::value(format!("Cannot specify '{sep}' with 's'.")));
    }
    match parsed.sign {
        None => {}
        Some(SignMode::Space) => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
    }
    if parsed.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if parsed.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    // A bare '0' flag means fill '0' with the string's default left alignment.
    let zero_flag =
        parsed.fill == '0' && parsed.align == Some(Align::AfterSign) && !spec.contains('=');
    if parsed.align == Some(Align::AfterSign) && !zero_flag {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let align = if zero_flag {
        Align::Left
    } else {
        parsed.align.unwrap_or(Align::Left)
    };
    pad_str_into(out, s, parsed.fill, align, parsed.width, parsed.precision)
}

/// Truncates `s` to `precision` characters and pads it to `width` with `fill`.
pub fn pad_str(
    s: &str,
    fill: char,
    align: Align,
    width: usize,
    precision: Option<usize>,
) -> NumResult<String> {
    let mut out = String::new();
    pad_str_into(&mut out, s, fill, align, width, precision)?;
    Ok(out)
}

/// [`pad_str`] appended to `out`.
fn pad_str_into(
    out: &mut String,
    s: &str,
    fill: char,
    align: Align,
    width: usize,
    precision: Option<usize>,
) -> NumResult<()> {
    let ascii = s.is_ascii();
    let text = match precision {
        None => s,
        Some(p) if ascii => &s[..p.min(s.len())],
        Some(p) => s.char_indices().nth(p).map_or(s, |(cut, _)| &s[..cut]),
    };
    let length = if ascii {
        text.len()
    } else {
        text.chars().count()
    };
    let padding = width.saturating_sub(length);
    let (left, right) = match align {
        Align::Left | Align::AfterSign => (0, padding),
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
    };
    out.try_reserve(text.len() + padding * fill.len_utf8())
        .map_err(|_| NumError::memory())?;
    push_fill(out, fill, left);
    out.push_str(text);
    push_fill(out, fill, right);
    Ok(())
}

#[cfg(test)]
#[path = "format_spec_tests.rs"]
mod tests;
