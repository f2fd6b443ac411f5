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

/// The marks of one text, built lazily (many strings are never indexed). The text is
/// not kept here: it sits beside the marks in the string's allocation and is passed in.
#[derive(Default)]
pub struct CharMarks {
    marks: OnceCell<Box<[usize]>>,
}

impl CharMarks {
    /// `marks[k]` is the byte offset of code point `k * STRIDE` of `text`.
    fn marks(&self, text: &str) -> &[usize] {
        self.marks.get_or_init(|| {
            text.char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        })
    }

    /// Byte offset of code point `i` of `text` (its length for `i` at or past the end).
    pub fn byte_offset(&self, text: &str, i: usize) -> usize {
        let Some(&from) = self.marks(text).get(i / STRIDE) else {
            return text.len();
        };
        text[from..]
            .char_indices()
            .nth(i % STRIDE)
            .map_or(text.len(), |(b, _)| from + b)
    }

    /// Code-point index of a byte offset of `text` that starts a character (or is the
    /// end).
    pub fn char_index(&self, text: &str, byte: usize) -> usize {
        let marks = self.marks(text);
        // marks[0] is 0, so at least one mark is at or before `byte`.
        let k = marks.partition_point(|&b| b <= byte).max(1) - 1;
        k * STRIDE + text[marks[k]..byte].chars().count()
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
        let t = CharMarks::default();
        let walk: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (i, &b) in walk.iter().enumerate() {
            assert_eq!(t.byte_offset(&text, i), b, "offset of {i}");
            assert_eq!(t.char_index(&text, b), i, "index of byte {b}");
        }
        assert_eq!(t.byte_offset(&text, walk.len()), text.len());
        assert_eq!(t.byte_offset(&text, walk.len() + 100), text.len());
        assert_eq!(t.char_index(&text, text.len()), walk.len());
    }
}
