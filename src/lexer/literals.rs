//! Literal scanning and decoding for the logos callbacks: numbers (all radixes,
//! underscores, floats, imaginaries) and string literals (prefixes, triple quotes, escapes).
//! It is not the f-string splitter (`fstring.rs`) and does not concatenate adjacent
//! literals (the parser does).

use super::fstring::{split_fstring, FStringPiece};
use super::token::Token;
use super::LexError;
use crate::ast::Constant;
use logos::Lexer;
use num_bigint::BigUint;
use std::rc::Rc;

/// A decoded string literal token.
#[derive(Clone, Debug, PartialEq)]
pub enum StringLit {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string split into literal text and `{...}` fields.
    FString(Vec<FStringPiece>),
}

/// logos callback for every number regex.
pub fn lex_number(lex: &mut Lexer<Token>) -> Result<Constant, LexError> {
    parse_number(lex.slice())
}

/// Decodes the text of a number literal.
pub fn parse_number(text: &str) -> Result<Constant, LexError> {
    let bytes = text.as_bytes();
    let prefix = match bytes {
        [b'0', b'x' | b'X', ..] => Some((16, "hexadecimal")),
        [b'0', b'o' | b'O', ..] => Some((8, "octal")),
        [b'0', b'b' | b'B', ..] => Some((2, "binary")),
        // `0j`, `0e5`: a decimal zero.
        _ => None,
    };
    if let Some((radix, what)) = prefix {
        let digits = &text[2..];
        let clean: String = digits.chars().filter(|&c| c != '_').collect();
        let valid_underscores = !digits.ends_with('_') && !digits.contains("__");
        if clean.is_empty() || !valid_underscores || !clean.chars().all(|c| c.is_digit(radix)) {
            return Err(LexError::msg(format!("invalid {what} literal")));
        }
        return Ok(int_constant(&clean, radix));
    }
    if !decimal_underscores_ok(text) {
        return Err(LexError::msg("invalid decimal literal"));
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(mantissa) = clean.strip_suffix(['j', 'J']) {
        return float_value(mantissa).map(Constant::Imaginary);
    }
    if clean.contains(['.', 'e', 'E']) {
        return float_value(&clean).map(Constant::Float);
    }
    if clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        return Err(LexError::msg(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ));
    }
    Ok(int_constant(&clean, 10))
}

/// Underscores may only sit between two digits.
fn decimal_underscores_ok(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(i, &b)| {
        b != b'_'
            || (i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
    })
}

fn float_value(text: &str) -> Result<f64, LexError> {
    text.parse::<f64>()
        .map_err(|_| LexError::msg("invalid decimal literal"))
}

fn int_constant(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(value) => Constant::Int(value),
        Err(_) => match BigUint::parse_bytes(digits.as_bytes(), radix) {
            Some(big) => Constant::BigInt(Rc::from(big.to_string())),
            None => Constant::Int(0),
        },
    }
}

/// logos callback for a string opening (prefix + one quote): scans to the closing
/// quote, then decodes the body.
pub fn lex_string(lex: &mut Lexer<Token>) -> Result<Rc<StringLit>, LexError> {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let is_bytes = prefix.contains('b');
    let is_fstring = prefix.contains('f');
    let rest = lex.remainder();
    let triple = rest.as_bytes().starts_with(&[quote, quote]);
    let quote_len = if triple { 3 } else { 1 };
    let token_start = lex.extras + lex.span().start;
    let body_offset = token_start + opening.len() - 1 + quote_len;
    let rest = if triple { &rest[2..] } else { rest };
    let body_len = match find_closing_quote(rest, quote, triple) {
        Ok(len) => len,
        Err(at_newline) => {
            let source_end = lex.source().len();
            let full = lex.source();
            return Err(unterminated(
                full,
                lex.extras,
                token_start,
                triple,
                at_newline,
                source_end,
            ));
        }
    };
    let body = &rest[..body_len];
    lex.bump(if triple { 2 } else { 0 } + body_len + quote_len);
    let literal = if is_fstring {
        StringLit::FString(split_fstring(body, body_offset, raw)?)
    } else if is_bytes {
        if !body.is_ascii() {
            // CPython underlines the whole literal.
            let end = token_start + (lex.span().end - lex.span().start);
            return Err(LexError {
                span: Some((token_start, end)),
                ..LexError::msg("bytes can only contain ASCII literal characters")
            });
        }
        StringLit::Bytes(decode_bytes(body, raw)?)
    } else {
        StringLit::Str(decode_str(body, raw)?)
    };
    Ok(Rc::new(literal))
}

/// Length of the body before the closing quote, or `Err(true)` when a single-quoted
/// string hit a newline, `Err(false)` when the input ended.
fn find_closing_quote(rest: &str, quote: u8, triple: bool) -> Result<usize, bool> {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                // An escaped CRLF counts as one line break.
                i += if bytes.get(i + 1..i + 3) == Some(b"\r\n") {
                    3
                } else {
                    2
                };
                continue;
            }
            b'\n' | b'\r' if !triple => return Err(true),
            b if b == quote => {
                if !triple {
                    return Ok(i);
                }
                if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                    return Ok(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(false)
}

#[cold]
fn unterminated(
    source: &str,
    base: usize,
    token_start: usize,
    triple: bool,
    _at_newline: bool,
    source_end: usize,
) -> LexError {
    let local_start = token_start - base;
    let message = if triple {
        // CPython reports the line of the last character of the input.
        let last = source[..source_end.saturating_sub(1)].matches('\n').count() + 1;
        format!("unterminated triple-quoted string literal (detected at line {last})")
    } else {
        let line = source[..local_start].matches('\n').count() + 1;
        format!("unterminated string literal (detected at line {line})")
    };
    // CPython points at the opening quote's token start, one column wide.
    LexError {
        message,
        span: Some((token_start, token_start + 1)),
        incomplete: triple,
    }
}

/// Decodes the escapes of a `str` literal body (or copies it when raw). Line breaks
/// are normalised to `\n` so CRLF sources give the same values.
pub fn decode_str(body: &str, raw: bool) -> Result<String, LexError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let escape_at = body.len() - rest_len(&chars) - 1;
        let Some(next) = chars.next() else {
            out.push('\\');
            break;
        };
        if raw {
            out.push('\\');
            if next == '\r' {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            } else {
                out.push(next);
            }
            continue;
        }
        match next {
            '\n' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let value = octal_escape(next, &mut chars);
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' | 'N' => {
                let decoded = match next {
                    'x' => hex_escape(&mut chars, 2, "x"),
                    'u' => hex_escape(&mut chars, 4, "u"),
                    'U' => hex_escape(&mut chars, 8, "U"),
                    _ => named_escape(&mut chars),
                };
                let end = body.len() - rest_len(&chars);
                out.push(decoded.map_err(|e| unicode_escape_error(body, escape_at, end, e))?);
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn octal_escape(first: char, chars: &mut std::iter::Peekable<std::str::Chars>) -> u32 {
    let mut value = first as u32 - '0' as u32;
    for _ in 0..2 {
        match chars.peek() {
            Some(&d @ '0'..='7') => {
                value = value * 8 + (d as u32 - '0' as u32);
                chars.next();
            }
            _ => break,
        }
    }
    value
}

fn hex_escape(
    chars: &mut std::iter::Peekable<std::str::Chars>,
    width: usize,
    letter: &str,
) -> Result<char, LexError> {
    let mut value = 0u32;
    for _ in 0..width {
        match chars.peek().and_then(|c| c.to_digit(16)) {
            Some(d) => {
                value = value * 16 + d;
                chars.next();
            }
            None => return Err(truncated_escape(letter, width)),
        }
    }
    char::from_u32(value).ok_or_else(|| LexError::msg("illegal Unicode character"))
}

/// Bytes of `chars` not read yet.
fn rest_len(chars: &std::iter::Peekable<std::str::Chars<'_>>) -> usize {
    chars.clone().map(char::len_utf8).sum()
}

/// CPython's report of a bad escape in a str literal: the `unicodeescape` codec's
/// message with the escape's span `start..end` (bytes of `body`), counted as that codec
/// sees the body, where every non-ASCII character was first written as `\UXXXXXXXX`.
#[cold]
fn unicode_escape_error(body: &str, start: usize, end: usize, reason: LexError) -> LexError {
    let at = |byte: usize| -> usize {
        body[..byte]
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 10 })
            .sum()
    };
    let (first, last) = (at(start), at(end).saturating_sub(1));
    let position = if last > first {
        format!("in position {first}-{last}")
    } else {
        format!("in position {first}")
    };
    LexError::msg(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes {position}: {}",
        reason.message
    ))
}

#[cold]
fn truncated_escape(letter: &str, width: usize) -> LexError {
    let shape = "X".repeat(width);
    LexError::msg(format!("truncated \\{letter}{shape} escape"))
}

/// Decodes the escapes of a bytes literal body (already checked to be ASCII).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, LexError> {
    if raw {
        return Ok(decode_str(body, true)?.into_bytes());
    }
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push(b'\n');
            continue;
        }
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        match chars.next() {
            None => out.push(b'\\'),
            Some('x') => {
                let c = hex_escape(&mut chars, 2, "x")
                    .map_err(|_| LexError::msg("(value error) invalid \\x escape at position 0"))?;
                out.push(c as u32 as u8);
            }
            Some(d @ '0'..='7') => out.push((octal_escape(d, &mut chars) & 0xff) as u8),
            Some(other) => {
                let mut buf = String::from('\\');
                buf.push(other);
                if matches!(other, 'u' | 'U' | 'N') {
                    out.extend_from_slice(buf.as_bytes());
                } else {
                    out.extend_from_slice(decode_str(&buf, false)?.as_bytes());
                }
            }
        }
    }
    Ok(out)
}

/// `\N{NAME}`: a character by its Unicode name.
fn named_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Result<char, LexError> {
    if chars.peek() != Some(&'{') {
        return Err(LexError::msg("malformed \\N character escape"));
    }
    chars.next();
    let mut name = String::new();
    while let Some(&c) = chars.peek() {
        if c == '}' {
            // An empty name is malformed, reported up to the brace (not past it).
            if name.is_empty() {
                break;
            }
            chars.next();
            return unicode_names2::character(&name)
                .ok_or_else(|| LexError::msg("unknown Unicode character name"));
        }
        name.push(c);
        chars.next();
    }
    Err(LexError::msg("malformed \\N character escape"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("42"), Ok(Constant::Int(42)));
        assert_eq!(parse_number("1_000"), Ok(Constant::Int(1000)));
        assert_eq!(parse_number("0xff"), Ok(Constant::Int(255)));
        assert_eq!(parse_number("0o17"), Ok(Constant::Int(15)));
        assert_eq!(parse_number("0b1_01"), Ok(Constant::Int(5)));
        assert_eq!(parse_number("0x_ff"), Ok(Constant::Int(255)));
        assert_eq!(parse_number("000"), Ok(Constant::Int(0)));
        assert_eq!(parse_number("1."), Ok(Constant::Float(1.0)));
        assert_eq!(parse_number(".5"), Ok(Constant::Float(0.5)));
        assert_eq!(parse_number("1e10"), Ok(Constant::Float(1e10)));
        assert_eq!(parse_number("1_0.5"), Ok(Constant::Float(10.5)));
        assert_eq!(parse_number("3j"), Ok(Constant::Imaginary(3.0)));
        assert_eq!(parse_number("0j"), Ok(Constant::Imaginary(0.0)));
        assert_eq!(parse_number("0e5"), Ok(Constant::Float(0.0)));
        assert_eq!(parse_number("0E0J"), Ok(Constant::Imaginary(0.0)));
        assert_eq!(parse_number("1.5e-3J"), Ok(Constant::Imaginary(1.5e-3)));
        assert_eq!(
            parse_number("99999999999999999999"),
            Ok(Constant::BigInt(Rc::from("99999999999999999999")))
        );
        assert_eq!(
            parse_number("0xffffffffffffffffff"),
            Ok(Constant::BigInt(Rc::from("4722366482869645213695")))
        );
        assert!(parse_number("012")
            .unwrap_err()
            .message
            .starts_with("leading zeros"));
        assert!(parse_number("1__0").is_err());
        assert!(parse_number("1_").is_err());
        assert!(parse_number("0x").is_err());
        assert!(parse_number("0b2").is_err());
    }

    #[test]
    fn string_escapes() {
        assert_eq!(
            decode_str(r"a\nb\t\\\'\x41\u00e9\U0001F600\101\0", false).unwrap(),
            "a\nb\t\\'Aé😀A\0"
        );
        assert_eq!(decode_str(r"\q\d", false).unwrap(), r"\q\d");
        assert_eq!(decode_str("a\\\nb", false).unwrap(), "ab");
        assert_eq!(decode_str("a\r\nb", false).unwrap(), "a\nb");
        assert_eq!(decode_str(r"\n\x", true).unwrap(), r"\n\x");
        assert_eq!(
            decode_str(r"\a\b\f\v\r", false).unwrap(),
            "\x07\x08\x0c\x0b\r"
        );
        assert!(decode_str(r"\x4", false).is_err());
        assert_eq!(decode_bytes(r"\xff\n\u", false).unwrap(), b"\xff\n\\u");
        assert_eq!(decode_bytes(r"\777", false).unwrap(), vec![0xff]);
    }
}
