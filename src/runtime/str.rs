//! `str` storage: an immutable UTF-8 string with its length in code points and a cached
//! hash. Python indexes strings by code point, so ASCII strings (the common case) get
//! O(1) indexing, long non-ASCII ones go through a code-point index
//! ([`super::str_index`]) and short ones walk the characters. String methods live in
//! the builtins.
//!
//! Short texts (up to [`INLINE`] bytes: names, dict keys, tokens, single characters) are
//! stored inside the `PyStr`, so such a string is one allocation of 56 bytes with its
//! `Rc` counts (glibc's 64-byte chunk), where a separate text buffer cost a second
//! allocation (32 bytes at least) and a second free. Longer texts are boxed.

use super::str_index::{IndexedText, MIN_BYTES};
use std::cell::Cell;

/// The longest text stored inline: what fits beside the tag and the length byte in the
/// 24 bytes a boxed text's pointer and length take anyway.
pub const INLINE: usize = 22;

enum Text {
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
    /// A long non-ASCII text, indexed by code point on first use.
    Indexed(Box<IndexedText>),
}

impl Text {
    /// Boxed storage for a text longer than [`INLINE`]: indexed when it is long and not
    /// ASCII.
    fn heap(text: Box<str>, chars: usize) -> Text {
        if chars != text.len() && text.len() >= MIN_BYTES {
            Text::Indexed(Box::new(IndexedText::new(text)))
        } else {
            Text::Heap(text)
        }
    }
}

pub struct PyStr {
    hash: Cell<u64>,
    /// Number of code points.
    chars: usize,
    text: Text,
}

const _: () = assert!(std::mem::size_of::<PyStr>() == 40);

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr::with_chars(s, chars)
    }

    /// A string whose code-point count the caller already knows (a concatenation, a
    /// slice, a join): no second pass over the text.
    pub fn with_chars(s: &str, chars: usize) -> PyStr {
        debug_assert_eq!(chars, s.chars().count());
        let text = if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            Text::heap(s.into(), chars)
        };
        PyStr {
            hash: Cell::new(0),
            chars,
            text,
        }
    }

    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr::from_string_chars(s, chars)
    }

    /// [`PyStr::from_string`] with a known code-point count.
    pub fn from_string_chars(s: String, chars: usize) -> PyStr {
        if s.len() <= INLINE {
            return PyStr::with_chars(&s, chars);
        }
        debug_assert_eq!(chars, s.chars().count());
        PyStr {
            hash: Cell::new(0),
            chars,
            text: Text::heap(s.into_boxed_str(), chars),
        }
    }

    /// Append `tail` (of `tail_chars` code points) to a heap-stored text no one else
    /// can see (the caller holds the only reference): the storage is grown in place
    /// where the allocator can, as CPython's `s += t` resizes a string it alone holds.
    /// False (nothing changed) for an inline text.
    pub fn append_in_place(&mut self, tail: &str, tail_chars: usize) -> bool {
        let text = match &mut self.text {
            Text::Heap(text) => std::mem::take(text),
            // The code-point marks are rebuilt when next needed.
            Text::Indexed(indexed) => std::mem::take(&mut indexed.text),
            Text::Inline { .. } => return false,
        };
        let mut s = text.into_string();
        s.reserve_exact(tail.len());
        s.push_str(tail);
        // Longer than before, so still past INLINE; the hash is computed again when asked.
        self.chars += tail_chars;
        self.hash.set(0);
        self.text = Text::heap(s.into_boxed_str(), self.chars);
        true
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.text {
            // SAFETY: the inline bytes are a copy of a `&str`'s first `len` bytes.
            Text::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(bytes.get_unchecked(..*len as usize))
            },
            Text::Heap(s) => s,
            Text::Indexed(t) => &t.text,
        }
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Length in UTF-8 bytes.
    #[inline]
    pub fn byte_len(&self) -> usize {
        match &self.text {
            Text::Inline { len, .. } => *len as usize,
            Text::Heap(s) => s.len(),
            Text::Indexed(t) => t.text.len(),
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.byte_len()
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|&b| b as char)
        } else {
            self.as_str()[self.byte_offset(i)..].chars().next()
        }
    }

    /// Byte offset of code point index `i` (`i == len` gives the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        match &self.text {
            Text::Indexed(t) => t.byte_offset(i),
            _ if self.is_ascii() => i.min(self.byte_len()),
            _ => {
                let s = self.as_str();
                s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
            }
        }
    }

    /// Code-point index of a byte offset that starts a character (or is the end).
    pub fn char_index(&self, byte: usize) -> usize {
        match &self.text {
            Text::Indexed(t) => t.char_index(byte),
            _ if self.is_ascii() => byte,
            _ => self.as_str()[..byte].chars().count(),
        }
    }

    /// The substring of code points `[start, end)`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.as_str()[a..b]
    }

    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = super::string_hash::str_hash(self.as_str(), self.is_ascii()) as u64;
        self.hash.set(h);
        h
    }
}

/// Byte position of the first `sub` in `hay`: a one-byte needle (an ASCII character,
/// the common case in tokenizers) goes through a byte scan instead of a substring
/// searcher's setup. The search is on bytes (memchr's vectorised searchers): a whole
/// UTF-8 text found in UTF-8 text always starts and ends on character boundaries.
#[inline]
pub fn find_text(hay: &str, sub: &str) -> Option<usize> {
    match sub.as_bytes() {
        // Short texts (`ch in " \n\t"`): a plain loop beats the searcher's setup.
        [b] if hay.len() <= 16 => hay.bytes().position(|c| c == *b),
        [b] => memchr::memchr(*b, hay.as_bytes()),
        needle => memchr::memmem::find(hay.as_bytes(), needle),
    }
}

/// [`find_text`] from the end.
#[inline]
pub fn rfind_text(hay: &str, sub: &str) -> Option<usize> {
    match sub.as_bytes() {
        [b] => memchr::memrchr(*b, hay.as_bytes()),
        needle => memchr::memmem::rfind(hay.as_bytes(), needle),
    }
}

/// How many non-overlapping `sub` (not empty) there are in `hay`.
pub fn count_text(hay: &str, sub: &str) -> usize {
    match sub.as_bytes() {
        [b] => memchr::memchr_iter(*b, hay.as_bytes()).count(),
        needle => memchr::memmem::find_iter(hay.as_bytes(), needle).count(),
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

    #[test]
    fn one_byte_needles_find_as_substrings_do() {
        for hay in ["", "abc", "a\u{e9}b\u{65e5}c", "xxbxx"] {
            for sub in ["", "b", "c", "\u{e9}", "zz", "x"] {
                assert_eq!(find_text(hay, sub), hay.find(sub), "{hay:?} {sub:?}");
                assert_eq!(rfind_text(hay, sub), hay.rfind(sub), "{hay:?} {sub:?}");
            }
        }
    }

    #[test]
    fn short_and_long_texts_read_back() {
        for text in [
            "",
            "x",
            "日本",
            &"a".repeat(INLINE),
            &"b".repeat(INLINE + 1),
        ] {
            let s = PyStr::new(text);
            assert_eq!(s.as_str(), text);
            assert_eq!(s.byte_len(), text.len());
            let t = PyStr::from_string(text.to_owned());
            assert_eq!(t.as_str(), text);
            assert_eq!(t.char_len(), text.chars().count());
        }
        // Inline up to INLINE bytes, even when multi-byte characters end exactly there.
        let wide = "é".repeat(INLINE / 2);
        assert_eq!(PyStr::new(&wide).as_str(), wide);
        assert_eq!(PyStr::new(&wide).char_len(), INLINE / 2);
    }
}
