//! printf-style `str % args` formatting: parsing the format string and formatting one
//! conversion against an already-matched argument.
//!
//! The runtime matches arguments to specs (tuple vs mapping, `*` widths), calls
//! `str()`/`repr()`/`ascii()` for `%s`/`%r`/`%a`, and reports the count errors with
//! [`not_enough_arguments`] / [`not_all_converted`]. Messages follow CPython 3.11.

use super::float::{format_float_abs, prints_negative, to_int, FloatFormat, FloatLayout};
use super::parse::int_to_radix;
use super::{check_precision, push_fill, text_with_capacity, Int, NumError, NumResult};

/// A width or precision: absent, a number, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Given(usize),
    Star,
}

/// One `%` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conversion {
    /// `%(key)s`.
    pub key: Option<String>,
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// One of `d i o u x X e E f F g G c r s a`.
    pub kind: char,
}

/// A parsed format string: literal text (with `%%` already collapsed) and conversions,
/// ending with [`Piece::Invalid`] where the text stops being a valid format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Literal(String),
    Convert(Conversion),
    /// CPython reports a malformed format only when formatting gets there, after the
    /// conversions before it have run (and raised their own errors first).
    Invalid(Invalid),
}

/// Why a format string stops being valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// `%(` without its `)`: CPython first asks for a mapping argument (TypeError), and
    /// only with one reports the key ([`Invalid::error`]).
    IncompleteKey,
    Error(NumError),
}

impl Invalid {
    /// The error to raise when the arguments are a mapping.
    pub fn error(&self) -> NumError {
        match self {
            Invalid::IncompleteKey => NumError::value("incomplete format key"),
            Invalid::Error(e) => e.clone(),
        }
    }
}

#[cold]
fn incomplete() -> NumError {
    NumError::value("incomplete format")
}

/// Parses a `%` format string; a malformed one yields the pieces before the fault and then
/// [`Piece::Invalid`].
/// The pieces of a `%` format; `bytes` admits `%b` (bytes formatting's alias of `%s`).
pub fn parse_format(format: &str, bytes: bool) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    if let Err(invalid) = parse_into(format, bytes, &mut pieces, &mut literal) {
        pieces.push(Piece::Invalid(invalid));
    } else if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    pieces
}

fn parse_into(
    format: &str,
    bytes: bool,
    pieces: &mut Vec<Piece>,
    literal: &mut String,
) -> Result<(), Invalid> {
    // On the stack for formats of usual length: `%` formatting parses on every call.
    let chars: smallvec::SmallVec<[char; 96]> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            literal.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut conv = Conversion {
            key: None,
            left: false,
            plus: false,
            space: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            kind: '%',
        };
        if chars.get(i) == Some(&'(') {
            // Keys may contain balanced parentheses.
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(Invalid::IncompleteKey);
            }
            conv.key = Some(chars[start..i - 1].iter().collect());
        }
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => conv.left = true,
                '+' => conv.plus = true,
                ' ' => conv.space = true,
                '#' => conv.alternate = true,
                '0' => conv.zero = true,
                _ => break,
            }
            i += 1;
        }
        conv.width = read_count(&chars, &mut i).map_err(Invalid::Error)?;
        if chars.get(i) == Some(&'.') {
            i += 1;
            conv.precision = Some(match read_count(&chars, &mut i).map_err(Invalid::Error)? {
                Some(Count::Given(p)) => Count::Given(check_precision(p).map_err(Invalid::Error)?),
                Some(Count::Star) => Count::Star,
                None => Count::Given(0),
            });
        }
        while let Some('h' | 'l' | 'L') = chars.get(i) {
            i += 1;
        }
        let kind = *chars.get(i).ok_or_else(|| Invalid::Error(incomplete()))?;
        match kind {
            '%' if conv.key.is_none() && conv.width.is_none() && conv.precision.is_none() => {
                literal.push('%');
            }
            'd' | 'i' | 'o' | 'u' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' | 'r'
            | 's' | 'a' | '%' => {
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(literal)));
                }
                conv.kind = kind;
                pieces.push(Piece::Convert(conv));
            }
            'b' if bytes => {
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(literal)));
                }
                conv.kind = kind;
                pieces.push(Piece::Convert(conv));
            }
            other => {
                return Err(Invalid::Error(NumError::value(format!(
                    "unsupported format character '{}' ({:#x}) at index {i}",
                    other.escape_default(),
                    other as u32
                ))))
            }
        }
        i += 1;
    }
    Ok(())
}

fn read_count(chars: &[char], i: &mut usize) -> NumResult<Option<Count>> {
    if chars.get(*i) == Some(&'*') {
        *i += 1;
        return Ok(Some(Count::Star));
    }
    let start = *i;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| NumError::value("width too big"))?;
        *i += 1;
    }
    Ok((*i > start).then_some(Count::Given(value)))
}

/// `TypeError` for too few arguments.
#[cold]
pub fn not_enough_arguments() -> NumError {
    NumError::type_error("not enough arguments for format string")
}

/// `TypeError` for arguments left over.
#[cold]
pub fn not_all_converted(what: &str) -> NumError {
    NumError::type_error(format!(
        "not all arguments converted during {what} formatting"
    ))
}

/// `TypeError` when a `*` width or precision is not an int.
#[cold]
pub fn star_needs_int() -> NumError {
    NumError::type_error("* wants int")
}

/// The argument of one conversion, as the runtime sees it.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Int(&'a Int),
    Float(f64),
    /// For `%s`/`%r`/`%a`: the already converted text. For `%c`: the string argument.
    Str(&'a str),
    /// Any other object, by its Python type name (for error messages).
    Other(&'a str),
}

impl Arg<'_> {
    fn type_name(&self) -> &str {
        match self {
            Arg::Int(_) => "int",
            Arg::Float(_) => "float",
            Arg::Str(_) => "str",
            Arg::Other(name) => name,
        }
    }
}

/// Formats one conversion. `width` and `precision` are resolved (`*` taken from the
/// arguments; a negative `*` width means left alignment and its absolute value); ints
/// have at most `limit` decimal digits (0: any).
pub fn format_conversion(
    conv: &Conversion,
    width: usize,
    precision: Option<usize>,
    arg: Arg<'_>,
    limit: usize,
) -> NumResult<String> {
    let mut out = String::new();
    format_conversion_into(&mut out, conv, width, precision, arg, limit)?;
    Ok(out)
}

/// [`format_conversion`] appended to `out`: `str % args` builds its result in one
/// buffer, with no string per conversion.
pub fn format_conversion_into(
    out: &mut String,
    conv: &Conversion,
    width: usize,
    precision: Option<usize>,
    arg: Arg<'_>,
    limit: usize,
) -> NumResult<()> {
    match conv.kind {
        's' | 'r' | 'a' | 'b' => {
            let text = match arg {
                Arg::Str(s) => s,
                _ => return Err(NumError::type_error("%s expects converted text")),
            };
            let text = match precision.and_then(|p| text.char_indices().nth(p)) {
                Some((cut, _)) => &text[..cut],
                None => text,
            };
            pad_into(out, conv, "", "", text, width, false)
        }
        'c' => {
            let ch = match arg {
                Arg::Int(v) => v
                    .to_i64()
                    .and_then(|c| u32::try_from(c).ok())
                    .and_then(char::from_u32)
                    .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?,
                Arg::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                _ => return Err(NumError::type_error("%c requires int or char")),
            };
            pad_into(out, conv, "", "", ch.encode_utf8(&mut [0; 4]), width, false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let owned;
            let value = match arg {
                Arg::Int(v) => v,
                Arg::Float(f) if matches!(conv.kind, 'd' | 'i' | 'u') => {
                    owned = to_int(f)?;
                    &owned
                }
                other => {
                    let what = if matches!(conv.kind, 'd' | 'i' | 'u') {
                        "a real number"
                    } else {
                        "an integer"
                    };
                    return Err(NumError::type_error(format!(
                        "%{} format: {what} is required, not {}",
                        conv.kind,
                        other.type_name()
                    )));
                }
            };
            let (radix, prefix) = match conv.kind {
                'o' => (8, "0o"),
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                _ => (10, ""),
            };
            let prefix = if conv.alternate { prefix } else { "" };
            let head = sign(conv, value.is_negative());
            // A word in decimal (the usual `%d`): its digits on the stack.
            if let (10, None, Some(n)) = (radix, precision, value.to_i64()) {
                let mut buf = [0u8; 20];
                let digits = decimal_digits(n.unsigned_abs(), &mut buf);
                return pad_into(out, conv, head, prefix, digits, width, true);
            }
            let mut digits = if radix == 10 {
                super::parse::int_to_decimal(&value.abs(), limit)?
            } else {
                int_to_radix(&value.abs(), radix, false)
            };
            if conv.kind == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = precision {
                if digits.len() < p {
                    let mut zeros = text_with_capacity(p)?;
                    push_fill(&mut zeros, '0', p - digits.len());
                    zeros.push_str(&digits);
                    digits = zeros;
                }
            }
            pad_into(out, conv, head, prefix, &digits, width, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                Arg::Float(f) => f,
                Arg::Int(v) => v.to_f64()?,
                other => {
                    return Err(NumError::type_error(format!(
                        "must be real number, not {}",
                        other.type_name()
                    )))
                }
            };
            let format = match conv.kind {
                'e' | 'E' => FloatFormat::Exponent,
                'f' | 'F' => FloatFormat::Fixed,
                _ => FloatFormat::General,
            };
            let layout = FloatLayout {
                format,
                precision: precision.unwrap_or(6),
                upper: conv.kind.is_ascii_uppercase(),
                alternate: conv.alternate,
                add_dot_0: false,
            };
            let head = sign(conv, prints_negative(x));
            if width == 0 {
                // No padding: the digits go straight after the sign.
                out.push_str(head);
                return format_float_abs(out, x, layout);
            }
            let mut body = String::with_capacity(24);
            format_float_abs(&mut body, x, layout)?;
            pad_into(out, conv, head, "", &body, width, true)
        }
        _ => {
            out.push('%');
            Ok(())
        }
    }
}

/// The decimal digits of `n`, written at the end of `buf`.
fn decimal_digits(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // SAFETY: only ASCII digits were written to `buf[at..]`.
    unsafe { std::str::from_utf8_unchecked(&buf[at..]) }
}

fn sign(conv: &Conversion, negative: bool) -> &'static str {
    if negative {
        "-"
    } else if conv.plus {
        "+"
    } else if conv.space {
        " "
    } else {
        ""
    }
}

/// printf padding, appended to `out`: left with `-`, zeros between sign/prefix and
/// digits with `0` (numbers only), spaces on the left otherwise.
fn pad_into(
    out: &mut String,
    conv: &Conversion,
    sign: &str,
    prefix: &str,
    body: &str,
    width: usize,
    numeric: bool,
) -> NumResult<()> {
    // `sign` and `prefix` are ASCII; the body's width is in characters.
    let length = sign.len() + prefix.len() + body.chars().count();
    let padding = width.saturating_sub(length);
    out.try_reserve(sign.len() + prefix.len() + body.len() + padding)
        .map_err(|_| NumError::memory())?;
    if conv.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        push_fill(out, ' ', padding);
    } else if conv.zero && numeric {
        out.push_str(sign);
        out.push_str(prefix);
        push_fill(out, '0', padding);
        out.push_str(body);
    } else {
        push_fill(out, ' ', padding);
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(())
}
