//! Repeating a unit already written at the end of a buffer by doubling: `"0" * n`,
//! pads, zero runs and zero digit groups cost about log2(n) copies rather than n pushes.
//!
//! What it is not: allocation. The caller reserves the room (checked, where the size is
//! the script's to choose) before the copies start.

use std::ops::Range;

/// A buffer that can append a copy of a range of itself: `String` and `Vec<T>`.
pub trait GrowFromWithin {
    fn written(&self) -> usize;
    fn append_from_within(&mut self, range: Range<usize>);
}

impl GrowFromWithin for String {
    fn written(&self) -> usize {
        self.len()
    }
    fn append_from_within(&mut self, range: Range<usize>) {
        self.extend_from_within(range);
    }
}

impl<T: Clone> GrowFromWithin for Vec<T> {
    fn written(&self) -> usize {
        self.len()
    }
    fn append_from_within(&mut self, range: Range<usize>) {
        self.extend_from_within(range);
    }
}

/// `out[start..]` holds one unit; afterwards it holds `count` copies of it (nothing is
/// added for a count of 0 or 1), each pass copying everything written so far.
pub fn repeat_last_unit<B: GrowFromWithin>(out: &mut B, start: usize, count: usize) {
    let unit = out.written() - start;
    let mut done = 1;
    while done < count {
        let more = done.min(count - done);
        out.append_from_within(start..start + more * unit);
        done += more;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_match_a_plain_loop() {
        for count in 1..40 {
            let mut s = String::from("ab");
            s.push_str("é-");
            repeat_last_unit(&mut s, 2, count);
            assert_eq!(s, format!("ab{}", "é-".repeat(count)));
            let mut v = vec![7u8, 1, 2];
            repeat_last_unit(&mut v, 1, count);
            let mut want = vec![7u8];
            for _ in 0..count {
                want.extend([1, 2]);
            }
            assert_eq!(v, want);
        }
    }
}
