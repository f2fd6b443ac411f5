//! `complex(str)`: the text forms CPython 3.11 accepts, `<float>`, `<float>j`,
//! `<float><signed float>j`, and the older `<float><sign>j`, `<sign>j` and `j`, each
//! optionally in parentheses and surrounded by whitespace; `<float>` is anything
//! `float()` reads (`inf`, `nan`, `1e5`, underscores between digits). Writing complex
//! numbers is `complex_format`'s.

use super::complex::Complex;
use super::parse::{ascii_form, is_py_space};
use super::{str_repr, NumError, NumResult};

#[cold]
fn malformed() -> NumError {
    NumError::value("complex() arg is a malformed string")
}

/// Parses `s` as `complex(s)` does.
pub fn parse_complex(s: &str) -> NumResult<Complex> {
    let ascii = ascii_form(s);
    let text = strip_underscores(&ascii).ok_or_else(|| {
        NumError::value(format!(
            "could not convert string to complex: {}",
            str_repr(s)
        ))
    })?;
    let bytes = text.as_bytes();
    let mut pos = skip_space(bytes, 0);
    let bracket = bytes.get(pos) == Some(&b'(');
    if bracket {
        pos = skip_space(bytes, pos + 1);
    }
    let (mut re, mut im) = (0.0, 0.0);
    match float_prefix(&bytes[pos..]) {
        Some((first, used)) => {
            pos += used;
            match bytes.get(pos) {
                Some(&sign @ (b'+' | b'-')) => {
                    re = first;
                    match float_prefix(&bytes[pos..]) {
                        Some((second, used)) => {
                            im = second;
                            pos += used;
                        }
                        None => {
                            im = if sign == b'+' { 1.0 } else { -1.0 };
                            pos += 1;
                        }
                    }
                    pos = expect_j(bytes, pos)?;
                }
                Some(b'j' | b'J') => {
                    im = first;
                    pos += 1;
                }
                _ => re = first,
            }
        }
        None => {
            if let Some(&sign @ (b'+' | b'-')) = bytes.get(pos) {
                im = if sign == b'+' { 1.0 } else { -1.0 };
                pos += 1;
            } else {
                im = 1.0;
            }
            pos = expect_j(bytes, pos)?;
        }
    }
    pos = skip_space(bytes, pos);
    if bracket {
        if bytes.get(pos) != Some(&b')') {
            return Err(malformed());
        }
        pos = skip_space(bytes, pos + 1);
    }
    if pos != bytes.len() {
        return Err(malformed());
    }
    Ok(Complex::new(re, im))
}

fn expect_j(bytes: &[u8], pos: usize) -> NumResult<usize> {
    match bytes.get(pos) {
        Some(b'j' | b'J') => Ok(pos + 1),
        _ => Err(malformed()),
    }
}

fn skip_space(bytes: &[u8], mut pos: usize) -> usize {
    while pos < bytes.len() && is_py_space(bytes[pos] as char) {
        pos += 1;
    }
    pos
}

/// The text without its underscores, or `None` when one is not between two digits.
fn strip_underscores(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !s.contains('_') {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(std::borrow::Cow::Owned(out))
}

/// The longest float at the start of `bytes` (as C's `strtod`, with Python's `inf`,
/// `infinity` and `nan` words): its value and length, or `None` when there is none.
fn float_prefix(bytes: &[u8]) -> Option<(f64, usize)> {
    let mut pos = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            pos = 1;
            true
        }
        Some(b'+') => {
            pos = 1;
            false
        }
        _ => false,
    };
    let word = |w: &[u8], at: usize| {
        bytes.len() >= at + w.len() && bytes[at..at + w.len()].eq_ignore_ascii_case(w)
    };
    let signed = |v: f64| if negative { -v } else { v };
    if word(b"inf", pos) {
        let len = if word(b"infinity", pos) { 8 } else { 3 };
        return Some((signed(f64::INFINITY), pos + len));
    }
    if word(b"nan", pos) {
        return Some((signed(f64::NAN), pos + 3));
    }
    let start = pos;
    let digits = |p: &mut usize| {
        let from = *p;
        while *p < bytes.len() && bytes[*p].is_ascii_digit() {
            *p += 1;
        }
        *p > from
    };
    let mut mantissa = digits(&mut pos);
    if bytes.get(pos) == Some(&b'.') {
        pos += 1;
        mantissa |= digits(&mut pos);
    }
    if !mantissa {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(pos) {
        let mut exp = pos + 1;
        if let Some(b'+' | b'-') = bytes.get(exp) {
            exp += 1;
        }
        if digits(&mut exp) {
            pos = exp;
        }
    }
    let text = std::str::from_utf8(&bytes[start..pos]).ok()?;
    let value: f64 = text.parse().ok()?;
    Some((signed(value), pos))
}

#[cfg(test)]
#[path = "complex_parse_tests.rs"]
mod tests;
