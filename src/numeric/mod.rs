//! Python's numeric semantics and numeric text formats on plain Rust numbers.
//!
//! This is what `int`, `float`, `hash()`, `format()`, `%`-formatting, `int(str)` and
//! `float(str)` mean in CPython 3.11, computed on `i64`, `BigInt`, `f64` and `&str`.
//! It is not the object model: nothing here knows about interpreter values. Every
//! fallible function returns a [`NumError`] carrying the exception class and the exact
//! CPython message; the runtime turns it into a Python exception.

pub mod cmath;
#[rustfmt::skip]
mod cmath_special;
pub mod complex;
pub mod complex_format;
pub mod complex_parse;
pub mod digits;
pub mod float;
pub mod float_shortest;
pub mod format_spec;
pub mod gcd;
pub mod hash;
pub mod int;
mod int_div;
pub mod parse;
pub mod percent;
pub mod repeat_unit;

pub use int::Int;

/// The Python exception class a [`NumError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExcKind {
    ValueError,
    ZeroDivisionError,
    OverflowError,
    TypeError,
    MemoryError,
}

/// A Python exception raised by a numeric operation: class plus exact CPython message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ExcKind,
    pub message: String,
}

pub type NumResult<T> = Result<T, NumError>;

impl NumError {
    #[cold]
    pub fn new(kind: ExcKind, message: impl Into<String>) -> NumError {
        NumError {
            kind,
            message: message.into(),
        }
    }

    #[cold]
    pub fn value(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::ValueError, message)
    }

    #[cold]
    pub fn zero_division(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::ZeroDivisionError, message)
    }

    #[cold]
    pub fn overflow(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::OverflowError, message)
    }

    #[cold]
    pub fn type_error(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::TypeError, message)
    }

    /// CPython's `MemoryError` has an empty message.
    #[cold]
    pub fn memory() -> NumError {
        NumError::new(ExcKind::MemoryError, "")
    }
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for NumError {}

/// Python's `repr()` of a `str`, used inside error messages such as
/// `invalid literal for int() with base 10: 'abc'`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            // Every other non-printable character, the C0/C1 controls included, is
            // escaped (Unicode 14.0, as CPython 3.11).
            c if !crate::unicode_data::is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod cases_tests;

/// An empty string with room for `bytes` bytes, or MemoryError: widths and precisions
/// are the script's to choose, and Rust would abort on an allocation that fails.
pub fn text_with_capacity(bytes: usize) -> NumResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| NumError::memory())?;
    Ok(s)
}

/// Appends `count` copies of `fill`, copying in blocks that double (one character at a
/// time, a 44 MB pad took seconds under a sanitizer). Room is the caller's to reserve.
pub fn push_fill(out: &mut String, fill: char, count: usize) {
    if count == 0 {
        return;
    }
    if count <= 16 && fill.is_ascii() {
        // The usual short pad: a few bytes pushed beat the doubling copies' calls.
        out.extend(std::iter::repeat_n(fill, count));
        return;
    }
    let start = out.len();
    out.push(fill);
    repeat_unit::repeat_last_unit(out, start, count);
}

/// CPython keeps precisions in a C int.
pub fn check_precision(p: usize) -> NumResult<usize> {
    if p > i32::MAX as usize {
        return Err(NumError::value("precision too big"));
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_repr_matches_python() {
        let cases = [
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("a'b\"c", "'a\\'b\"c'"),
            ("\t\n\\", "'\\t\\n\\\\'"),
            ("\x01\x7f", "'\\x01\\x7f'"),
            ("é€", "'é€'"),
            ("\u{a0}", "'\\xa0'"),
            ("\u{2028}", "'\\u2028'"),
        ];
        for (input, expected) in cases {
            assert_eq!(str_repr(input), expected, "{input:?}");
        }
    }

    #[test]
    fn fill_copies_every_count_of_one_and_multibyte_characters() {
        for fill in ['*', 'é', '€', '😀'] {
            for count in [0, 1, 2, 3, 7, 8, 9, 1000, 1025] {
                let mut out = String::from("ab");
                push_fill(&mut out, fill, count);
                let expected = format!("ab{}", fill.to_string().repeat(count));
                assert_eq!(out, expected, "{fill:?} x {count}");
            }
        }
    }

    #[test]
    fn unknown_codes_outside_printable_ascii_are_shown_as_hex() {
        // As python3: format(1, 'é'), format(1.0, '€'), format('s', '\x1f'), format(1, '\x7f').
        let cases = [
            (
                format_spec::format_int(&Int::from(1i64), "é", 4300),
                "'\\xe9'",
                "int",
            ),
            (format_spec::format_float(1.0, "€"), "'\\x20ac'", "float"),
            (format_spec::format_str("s", "\x1f"), "'\\x1f'", "str"),
            (
                format_spec::format_int(&Int::from(1i64), "\x7f", 4300),
                "'\x7f'",
                "int",
            ),
        ];
        for (result, code, type_name) in cases {
            let message = match result {
                Err(NumError {
                    kind: ExcKind::ValueError,
                    message,
                }) => message,
                _ => panic!("{code}: not a ValueError"),
            };
            assert_eq!(
                message,
                format!("Unknown format code {code} for object of type '{type_name}'")
            );
        }
    }

    #[test]
    fn a_wide_pad_is_built_in_blocks() {
        // 44 MB, as `format(2, '44404445')` pads: one character at a time this took
        // seconds under the fuzzer's sanitizer; in blocks it is a few dozen copies.
        let text = format_spec::format_int(&Int::from(2i64), "44404445", 4300).expect("formats");
        assert_eq!(text.len(), 44404445);
        assert!(text[..text.len() - 1].bytes().all(|b| b == b' '));
        assert!(text.ends_with('2'));
    }
}
