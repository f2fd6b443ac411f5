//! Shared small strings, as CPython's: the empty string and the 256 one-character strings
//! of Latin-1, made once per interpreter (held by the VM's `Names`). Indexing a string,
//! iterating over one, a one-character slice and `chr()` hand out these objects instead
//! of allocating: a tokenizer's `text[i]` costs a reference-count increment, and a list
//! of such characters holds pointers only.
//!
//! Not an intern table for longer strings (see `runtime::function::Interned`).

use super::str::{PyStr, StrRef};
use super::value::Value;

pub struct SmallStrs {
    /// Index = code point, 0..=255.
    latin1: Box<[StrRef]>,
    empty: StrRef,
}

impl Default for SmallStrs {
    fn default() -> Self {
        SmallStrs::new()
    }
}

impl SmallStrs {
    pub fn new() -> SmallStrs {
        let latin1 = (0u8..=255)
            .map(|b| {
                let mut buf = [0u8; 4];
                PyStr::new(char::from(b).encode_utf8(&mut buf))
            })
            .collect();
        SmallStrs {
            latin1,
            empty: PyStr::new(""),
        }
    }

    /// The one-character string `c`.
    #[inline]
    pub fn char(&self, c: char) -> Value {
        match self.latin1.get(c as usize) {
            Some(s) => Value::Str(s.clone()),
            None => {
                let mut buf = [0u8; 4];
                Value::str(c.encode_utf8(&mut buf))
            }
        }
    }

    /// The empty string's storage.
    #[inline]
    pub fn empty_str(&self) -> &PyStr {
        &self.empty
    }

    /// The empty string.
    #[inline]
    pub fn empty(&self) -> Value {
        Value::Str(self.empty.clone())
    }

    /// A string of `chars` code points known to the caller: the shared objects for
    /// lengths 0 and 1 (Latin-1), a new string otherwise.
    #[inline]
    pub fn text(&self, s: &str, chars: usize) -> Value {
        match chars {
            0 => self.empty(),
            1 => {
                let c = s.chars().next().unwrap_or('\0');
                self.char(c)
            }
            _ => Value::Str(PyStr::with_chars(s, chars)),
        }
    }

    /// [`SmallStrs::text`] for an owned buffer (kept as the string's storage when long).
    #[inline]
    pub fn text_owned(&self, s: String, chars: usize) -> Value {
        if chars < 2 {
            return self.text(&s, chars);
        }
        Value::Str(PyStr::from_string_chars(s, chars))
    }

    /// `s[start:start + count]` (code points, step 1): the string itself when that is
    /// all of it, as CPython.
    #[inline]
    pub fn slice(&self, s: &StrRef, start: usize, count: usize) -> Value {
        if start == 0 && count == s.char_len() {
            return Value::Str(s.clone());
        }
        self.text(s.slice_chars(start, start + count), count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_character_strings_are_shared() {
        let small = SmallStrs::new();
        let (a, b) = (small.char('a'), small.char('a'));
        assert!(a.is(&b));
        assert_eq!(small.char('\u{e9}').as_pystr().unwrap().as_str(), "\u{e9}");
        // Past Latin-1: a new string each time.
        let (x, y) = (small.char('\u{65e5}'), small.char('\u{65e5}'));
        assert!(!x.is(&y));
        assert_eq!(x.as_pystr().unwrap().as_str(), "\u{65e5}");
    }

    #[test]
    fn slices_share_what_they_can() {
        let small = SmallStrs::new();
        let s = PyStr::new("h\u{e9}llo");
        let whole = small.slice(&s, 0, 5);
        assert!(whole.is(&Value::Str(s.clone())));
        assert!(small.slice(&s, 1, 1).is(&small.char('\u{e9}')));
        assert!(small.slice(&s, 2, 0).is(&small.empty()));
        assert_eq!(
            small.slice(&s, 1, 3).as_pystr().unwrap().as_str(),
            "\u{e9}ll"
        );
    }
}
