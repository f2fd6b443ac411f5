//! `str` storage: an immutable UTF-8 string with its length in code points and a cached
//! hash. Python indexes strings by code point, so ASCII strings (the common case) get
//! O(1) indexing, long non-ASCII ones go through a code-point index
//! ([`super::str_index`]) and short ones walk the characters. String methods live in
//! the builtins.
//!
//! A string is one allocation, as CPython's compact strings: a 32-byte head
//! ([`PyStr`]: the reference count, the cached hash, the lengths in code points and in
//! bytes) followed by the text, and, for a long non-ASCII text, its code-point marks at
//! the next word. [`StrRef`] is the counted pointer to it (what `Rc<PyStr>` was). A
//! 35-byte line is one 80-byte glibc chunk where a head with a boxed text took a 64-byte
//! and a 48-byte one. A `PyStr` exists only inside such an allocation, behind a
//! `StrRef`: it cannot be made or moved by value.
//!
//! Not here: interning (`runtime::function::intern`), the shared one-character strings
//! (`str_chars`), the builders (`str_build`).

use super::str_index::{CharMarks, MIN_BYTES};
use std::alloc::{alloc, dealloc, handle_alloc_error, realloc, Layout};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// The head of a string's allocation; the text follows it.
#[repr(C)]
pub struct PyStr {
    /// The strong count, first in the allocation as an `Rc`'s is (`Value`'s clone and
    /// discard count every heap object through that word).
    strong: Cell<usize>,
    hash: Cell<u64>,
    /// Number of code points.
    chars: usize,
    /// Length of the text in bytes.
    len: usize,
}

/// Where the text starts.
const HEAD: usize = std::mem::size_of::<PyStr>();
const _: () = assert!(HEAD == 32);
const _: () = assert!(std::mem::align_of::<CharMarks>() <= std::mem::align_of::<PyStr>());

/// Whether a text of `len` bytes and `chars` code points carries code-point marks.
#[inline(always)]
fn has_marks(len: usize, chars: usize) -> bool {
    chars != len && len >= MIN_BYTES
}

/// Offset of the marks of a text of `len` bytes: the next word after the text.
#[inline(always)]
fn marks_at(len: usize) -> usize {
    (HEAD + len + 7) & !7
}

/// The allocation of a text of `len` bytes and `chars` code points.
#[inline]
fn layout(len: usize, chars: usize) -> Layout {
    let size = if has_marks(len, chars) {
        marks_at(len) + std::mem::size_of::<CharMarks>()
    } else {
        HEAD + len
    };
    Layout::from_size_align(size, std::mem::align_of::<PyStr>()).unwrap_or_else(|_| too_long())
}

#[cold]
fn too_long() -> ! {
    // A text already in memory is shorter than `isize::MAX` bytes; only its head could
    // tip it over, as an `Rc` of it would have.
    panic!("str of more than isize::MAX bytes")
}

#[cold]
fn pieces_mismatch() -> ! {
    panic!("str pieces do not add up to the length given")
}

#[cold]
fn count_overflow() -> ! {
    std::process::abort()
}

/// A strong reference to a string.
pub struct StrRef {
    ptr: NonNull<PyStr>,
    _not_send: PhantomData<*const PyStr>,
}

impl StrRef {
    /// A new string holding `s`, of `chars` code points.
    #[inline]
    fn alloc(s: &str, chars: usize) -> StrRef {
        PyStr::from_pieces(s.len(), chars, [s])
    }

    #[inline(always)]
    pub fn ptr_eq(a: &StrRef, b: &StrRef) -> bool {
        a.ptr == b.ptr
    }

    /// The string's address, for identity.
    #[inline(always)]
    pub fn as_ptr(this: &StrRef) -> *const PyStr {
        this.ptr.as_ptr()
    }

    #[inline(always)]
    pub fn strong_count(this: &StrRef) -> usize {
        this.strong.get()
    }

    /// Append `tail` (of `tail_chars` code points) to a string no one else can see
    /// (the caller holds the only reference): the allocation is grown in place where
    /// the allocator can, as CPython's `s += t` resizes a string it alone holds. False
    /// (nothing changed) when the string is shared.
    pub fn append_in_place(this: &mut StrRef, tail: &str, tail_chars: usize) -> bool {
        if this.strong.get() != 1 {
            return false;
        }
        let (len, chars) = (this.len, this.chars);
        let (new_len, new_chars) = (len + tail.len(), chars + tail_chars);
        let old = layout(len, chars);
        let new = layout(new_len, new_chars);
        // SAFETY: the only reference, so no one reads the string while it moves; `old`
        // is the layout the allocation was made (or last grown) with, and the new size
        // is not zero. The old marks are dropped before the move (they are rebuilt when
        // next needed), the appended bytes land past the old text, inside `new`, and
        // new marks are written where the new layout has them.
        unsafe {
            if has_marks(len, chars) {
                let marks = (this.ptr.as_ptr() as *mut u8).add(marks_at(len)) as *mut CharMarks;
                std::ptr::drop_in_place(marks);
            }
            let p = realloc(this.ptr.as_ptr() as *mut u8, old, new.size());
            let Some(ptr) = NonNull::new(p as *mut PyStr) else {
                handle_alloc_error(new)
            };
            std::ptr::copy_nonoverlapping(tail.as_ptr(), p.add(HEAD + len), tail.len());
            if has_marks(new_len, new_chars) {
                let marks = p.add(marks_at(new_len)) as *mut CharMarks;
                marks.write(CharMarks::default());
            }
            let head = &mut *ptr.as_ptr();
            head.len = new_len;
            head.chars = new_chars;
            // The hash is computed again when asked.
            head.hash.set(0);
            this.ptr = ptr;
        }
        true
    }
}

impl std::ops::Deref for StrRef {
    type Target = PyStr;

    #[inline(always)]
    fn deref(&self) -> &PyStr {
        // SAFETY: a strong reference keeps the allocation alive.
        unsafe { self.ptr.as_ref() }
    }
}

impl Clone for StrRef {
    #[inline(always)]
    fn clone(&self) -> StrRef {
        PyStr::to_ref(self)
    }
}

impl Drop for StrRef {
    #[inline]
    fn drop(&mut self) {
        let n = self.strong.get() - 1;
        self.strong.set(n);
        if n == 0 {
            // SAFETY: the last reference: nothing reads the string after this.
            unsafe { free(self.ptr) }
        }
    }
}

/// Free a string whose last reference went: its marks (if it has them), then the
/// allocation.
///
/// # Safety
/// `ptr` is a string's allocation that no reference points to any more.
#[inline(never)]
unsafe fn free(ptr: NonNull<PyStr>) {
    let (len, chars) = {
        let head = ptr.as_ref();
        (head.len, head.chars)
    };
    if has_marks(len, chars) {
        let marks = (ptr.as_ptr() as *mut u8).add(marks_at(len)) as *mut CharMarks;
        std::ptr::drop_in_place(marks);
    }
    dealloc(ptr.as_ptr() as *mut u8, layout(len, chars));
}

impl std::fmt::Debug for StrRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl PyStr {
    /// A new strong reference to this string: every `PyStr` lives in the allocation of
    /// a `StrRef` (only `from_pieces` makes one), so a borrowed `&PyStr` can be shared
    /// without copying its text.
    #[inline(always)]
    pub fn to_ref(&self) -> StrRef {
        let n = self.strong.get().wrapping_add(1);
        if n == 0 {
            count_overflow();
        }
        self.strong.set(n);
        StrRef {
            ptr: NonNull::from(self),
            _not_send: PhantomData,
        }
    }

    #[allow(clippy::new_ret_no_self)]
    pub fn new(s: &str) -> StrRef {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrRef::alloc(s, chars)
    }

    /// A string whose code-point count the caller already knows (a concatenation, a
    /// slice, a join): no second pass over the text.
    #[inline]
    pub fn with_chars(s: &str, chars: usize) -> StrRef {
        StrRef::alloc(s, chars)
    }

    /// The concatenation of `pieces`, `len` bytes and `chars` code points in all,
    /// copied straight into the new string's allocation (a join or a concatenation
    /// needs no buffer of its own).
    pub fn from_pieces<'a>(
        len: usize,
        chars: usize,
        pieces: impl IntoIterator<Item = &'a str>,
    ) -> StrRef {
        PyStr::try_from_pieces(len, chars, pieces)
            .unwrap_or_else(|| handle_alloc_error(layout(len, chars)))
    }

    /// [`PyStr::from_pieces`], or None when the allocation fails (for the sizes a
    /// script chooses, which are a MemoryError: `runtime::alloc::str_value`).
    pub fn try_from_pieces<'a>(
        len: usize,
        chars: usize,
        pieces: impl IntoIterator<Item = &'a str>,
    ) -> Option<StrRef> {
        let layout = layout(len, chars);
        // SAFETY: the layout is not zero-sized (the head); the pieces are checked to
        // fill the text exactly before the head is written (whole `&str`s one after the
        // other are UTF-8), and an allocation left unfinished by that check's panic is
        // freed; the marks are written where the layout has them.
        unsafe {
            let ptr = NonNull::new(alloc(layout) as *mut PyStr)?;
            let text = (ptr.as_ptr() as *mut u8).add(HEAD);
            let mut at = 0;
            for piece in pieces {
                if piece.len() > len - at {
                    dealloc(ptr.as_ptr() as *mut u8, layout);
                    pieces_mismatch();
                }
                std::ptr::copy_nonoverlapping(piece.as_ptr(), text.add(at), piece.len());
                at += piece.len();
            }
            if at != len {
                dealloc(ptr.as_ptr() as *mut u8, layout);
                pieces_mismatch();
            }
            ptr.as_ptr().write(PyStr {
                strong: Cell::new(1),
                hash: Cell::new(0),
                chars,
                len,
            });
            debug_assert_eq!((*ptr.as_ptr()).as_str().chars().count(), chars);
            if has_marks(len, chars) {
                let marks = (ptr.as_ptr() as *mut u8).add(marks_at(len)) as *mut CharMarks;
                marks.write(CharMarks::default());
            }
            Some(StrRef {
                ptr,
                _not_send: PhantomData,
            })
        }
    }

    /// The text of `s` as a string (copied into the string's one allocation).
    pub fn from_string(s: String) -> StrRef {
        PyStr::new(&s)
    }

    /// [`PyStr::from_string`] with a known code-point count.
    #[inline]
    pub fn from_string_chars(s: String, chars: usize) -> StrRef {
        StrRef::alloc(&s, chars)
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: `self` is the head of a string's allocation (a `PyStr` exists nowhere
        // else), whose next `len` bytes are a copy of a `&str`'s.
        unsafe {
            let text = (self as *const PyStr as *const u8).add(HEAD);
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(text, self.len))
        }
    }

    /// The marks of a long non-ASCII text.
    #[inline]
    fn marks(&self) -> Option<&CharMarks> {
        if !has_marks(self.len, self.chars) {
            return None;
        }
        // SAFETY: such a text's allocation holds its marks at `marks_at(len)`.
        Some(unsafe {
            &*((self as *const PyStr as *const u8).add(marks_at(self.len)) as *const CharMarks)
        })
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Length in UTF-8 bytes.
    #[inline]
    pub fn byte_len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.len
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
        if self.is_ascii() {
            return i.min(self.len);
        }
        match self.marks() {
            Some(marks) => marks.byte_offset(self.as_str(), i),
            None => {
                let s = self.as_str();
                s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
            }
        }
    }

    /// Code-point index of a byte offset that starts a character (or is the end).
    pub fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            return byte;
        }
        match self.marks() {
            Some(marks) => marks.char_index(self.as_str(), byte),
            None => self.as_str()[..byte].chars().count(),
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
        needle if hay.len() < SHORT_HAY => short_find(hay.as_bytes(), needle),
        needle => memchr::memmem::find(hay.as_bytes(), needle),
    }
}

/// Below this many bytes, finding a word by its first byte beats building `memmem`'s
/// searcher (whose setup cost more than the search in `s.find("there")` on a line).
pub const SHORT_HAY: usize = 64;

/// `needle` (not empty) in a short `hay`: candidates by first byte, then a compare.
pub fn short_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    let last_start = hay.len().checked_sub(needle.len())?;
    memchr::memchr_iter(first, &hay[..=last_start]).find(|&i| hay[i..].starts_with(needle))
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
#[path = "str_tests.rs"]
mod tests;
