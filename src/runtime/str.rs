//! `str` storage: an immutable UTF-8 string with its length in code points and a cached
//! hash. Python indexes strings by code point, so ASCII strings (the common case) get
//! O(1) indexing and the rest walk the characters. String methods live in the builtins.

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    /// Number of code points.
    chars: usize,
    hash: Cell<u64>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_owned())
    }

    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            chars,
            hash: Cell::new(0),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point index `i` (`i == len` gives the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// The substring of code points `[start, end)`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }

    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = super::string_hash::str_hash(&self.s, self.is_ascii()) as u64;
        self.hash.set(h);
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexing_counts_code_points() {
        let s = PyStr::new("héllo");
        assert_eq!(s.char_len(), 5);
        assert_eq!(s.char_at(1), Some('é'));
        assert_eq!(s.slice_chars(1, 3), "él");
        let a = PyStr::new("hello");
        assert!(a.is_ascii());
        assert_eq!(a.slice_chars(1, 3), "el");
    }

    #[test]
    fn hash_is_cached_and_stable() {
        let s = PyStr::new("abc");
        assert_eq!(s.hash(), s.hash());
        assert_eq!(s.hash(), PyStr::new("abc").hash());
        assert_ne!(s.hash(), PyStr::new("abd").hash());
    }
}
