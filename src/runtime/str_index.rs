//! The code-point index of a long non-ASCII `str`: the byte offset of every
//! [`STRIDE`]th code point, made on the first random access, so that `s[i]`, `s[i:j]` and
//! the `start`/`end` of the search methods cost O(1) walks of at most `STRIDE`
//! characters instead of a walk from the start (CPython gets O(1) indexing from its
//! fixed-width storage; coro keeps UTF-8). Not an owner of the text's semantics: only
//! [`super::str::PyStr`] uses it, for texts of at least [`MIN_BYTES`] bytes.

use std::cell::OnceCell;

/// Code points between two marks.
pub const STRIDE: usize = 64;

/// Shorter non-ASCII texts are walked from the start: the walk is as cheap as a lookup.
pub const MIN_BYTES: usize = 256;

/// A text with its marks (built lazily: many strings are never indexed).
pub struct IndexedText {
    pub text: Box<str>,
    marks: OnceCell<Box<[usize]>>,
}

impl IndexedText {
    pub fn new(text: Box<str>) -> IndexedText {
        IndexedText {
            text,
            marks: OnceCell::new(),
        }
    }

    /// `marks[k]` is the byte offset of code point `k * STRIDE`.
    fn marks(&self) -> &[usize] {
        self.marks.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        })
    }

    /// Byte offset of code point `i` (the text's length for `i` at or past the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let Some(&from) = self.marks().get(i / STRIDE) else {
            return self.text.len();
        };
        self.text[from..]
            .char_indices()
            .nth(i % STRIDE)
            .map_or(self.text.len(), |(b, _)| from + b)
    }

    /// Code-point index of a byte offset that starts a character (or is the end).
    pub fn char_index(&self, byte: usize) -> usize {
        let marks = self.marks();
        // marks[0] is 0, so at least one mark is at or before `byte`.
        let k = marks.partition_point(|&b| b <= byte).max(1) - 1;
        k * STRIDE + self.text[marks[k]..byte].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_indices_agree_with_a_walk() {
        let text: String = (0..1000)
            .map(|i| ['a', 'é', '日', '😀'][(i * 7 / 3) % 4])
            .collect();
        let t = IndexedText::new(text.clone().into_boxed_str());
        let walk: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (i, &b) in walk.iter().enumerate() {
            assert_eq!(t.byte_offset(i), b, "offset of {i}");
            assert_eq!(t.char_index(b), i, "index of byte {b}");
        }
        assert_eq!(t.byte_offset(walk.len()), text.len());
        assert_eq!(t.byte_offset(walk.len() + 100), text.len());
        assert_eq!(t.char_index(text.len()), walk.len());
    }
}
