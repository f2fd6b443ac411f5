//! Checked allocation: the one way to build a string, byte string or list whose size a
//! script chooses (repeat counts, pad widths, precisions, constructor lengths).
//!
//! Rust's `with_capacity`/`repeat` abort the process when an allocation fails or a
//! size overflows; CPython raises MemoryError (or OverflowError where its size
//! arithmetic overflows first). Everything here reserves with `try_reserve_exact`, so a
//! request too large for the machine becomes a MemoryError the script can catch.
//!
//! What it is not: an allocator or a memory limit. Sizes a script cannot choose keep
//! using the plain constructors.

use super::error::{memory_error, overflow_error, PyErr, PyResult};
use crate::numeric::repeat_unit::repeat_last_unit;

/// A MemoryError with no message, as CPython's `PyErr_NoMemory`.
#[cold]
pub fn no_memory() -> PyErr {
    memory_error("")
}

/// An empty `String` with room for `bytes` bytes.
pub fn string_with_capacity(bytes: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| no_memory())?;
    Ok(s)
}

/// An empty `Vec` with room for `n` items.
pub fn vec_with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| no_memory())?;
    Ok(v)
}

/// Make room for `more` bytes in `s`.
pub fn reserve_string(s: &mut String, more: usize) -> PyResult<()> {
    s.try_reserve(more).map_err(|_| no_memory())
}

/// `count` copies of `fill` (`fill * count` for a one-character fill).
pub fn push_repeated(out: &mut String, fill: char, count: usize) -> PyResult<()> {
    let bytes = fill.len_utf8().checked_mul(count).ok_or_else(no_memory)?;
    reserve_string(out, bytes)?;
    crate::numeric::push_fill(out, fill, count);
    Ok(())
}

/// The byte length of `n` copies of `len` bytes; OverflowError(`too_long`) past
/// `sys.maxsize`, as CPython's text and bytes repeats.
fn repeated_len(len: usize, n: usize, too_long: &str) -> PyResult<usize> {
    if len == 0 {
        return Ok(0);
    }
    len.checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| overflow_error(too_long))
}

/// `s * n` for str: CPython's OverflowError when the length overflows, MemoryError when
/// the machine cannot hold it.
pub fn repeat_str(s: &str, n: usize) -> PyResult<String> {
    let total = repeated_len(s.len(), n, "repeated string is too long")?;
    let mut out = string_with_capacity(total)?;
    if total > 0 {
        out.push_str(s);
        repeat_last_unit(&mut out, 0, n);
    }
    Ok(out)
}

/// Fills `out` (empty, with room for `total` items, a multiple of `unit`'s length) with
/// copies of `unit`, doubling what is written with each copy (as CPython's repeat does).
fn fill_repeated<T: Clone>(out: &mut Vec<T>, unit: &[T], total: usize) {
    if total == 0 {
        return;
    }
    out.extend_from_slice(unit);
    repeat_last_unit(out, 0, total / unit.len());
}

/// `items * n` for lists and tuples: MemoryError when it cannot be held.
pub fn repeat_items<T: Clone>(items: &[T], n: usize) -> PyResult<Vec<T>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = items.len().checked_mul(n).ok_or_else(no_memory)?;
    let mut out = vec_with_capacity(total)?;
    if let [one] = items {
        // `[x] * n`, the common case: one fill instead of n one-item copies.
        out.resize(total, one.clone());
        return Ok(out);
    }
    fill_repeated(&mut out, items, total);
    Ok(out)
}

/// `data * n` for bytes and bytearray: CPython's OverflowError when the length overflows.
pub fn repeat_bytes(data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = repeated_len(data.len(), n, "repeated bytes are too long")?;
    let mut out = vec_with_capacity(total)?;
    fill_repeated(&mut out, data, total);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_sizes_are_errors_not_aborts() {
        assert!(string_with_capacity(usize::MAX).is_err());
        assert!(vec_with_capacity::<u64>(1 << 62).is_err());
        assert!(repeat_str("ab", 1 << 62).is_err());
        assert!(repeat_items(&[1u8], 1 << 62).is_err());
        assert!(repeat_bytes(b"ab", usize::MAX).is_err());
        let mut s = String::new();
        assert!(push_repeated(&mut s, 'x', 1 << 62).is_err());
    }

    #[test]
    fn ordinary_repeats() {
        assert_eq!(repeat_str("ab", 3).unwrap(), "ababab");
        assert_eq!(repeat_str("é€", 5).unwrap(), "é€é€é€é€é€");
        assert_eq!(repeat_str("x", 1000).unwrap().len(), 1000);
        assert_eq!(repeat_items(&[1, 2, 3], 7).unwrap().len(), 21);
        assert_eq!(repeat_bytes(b"abc", 5).unwrap(), b"abcabcabcabcabc");
        assert_eq!(repeat_items(&[1, 2], 2).unwrap(), vec![1, 2, 1, 2]);
        assert_eq!(repeat_bytes(b"", usize::MAX).unwrap(), Vec::<u8>::new());
        assert_eq!(repeat_str("", usize::MAX).unwrap(), "");
        assert!(repeat_items::<u8>(&[], usize::MAX).unwrap().is_empty());
    }
}
