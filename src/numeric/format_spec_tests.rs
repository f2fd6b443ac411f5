//! Unit tests of format_spec's digit grouping against a plain one-digit-at-a-time model.

use super::*;

/// The grouping as the rule states it: add zeros until the grouped text is `width` wide.
fn model(digits: &str, sep: char, group: usize, width: usize) -> String {
    let mut padded = digits.to_string();
    loop {
        let mut out = String::new();
        let n = padded.len();
        for (i, d) in padded.chars().enumerate() {
            if i > 0 && (n - i).is_multiple_of(group) {
                out.push(sep);
            }
            out.push(d);
        }
        if out.chars().count() >= width {
            return out;
        }
        padded.insert(0, '0');
    }
}

#[test]
fn grouping_with_zero_padding_matches_the_model() {
    for digits in ["0", "7", "12", "123", "1234", "12345", "ffff0", "1010101"] {
        for group in [3, 4] {
            for width in 0..40 {
                for sep in [',', '_'] {
                    let mut out = String::new();
                    group_digits(&mut out, digits, Some(sep), group, width);
                    assert_eq!(
                        out,
                        model(digits, sep, group, width),
                        "{digits} {group} {width}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_width_in_the_millions_is_laid_out_in_bulk() {
    // python3: format(0xabcdef, '02000000_x') is 2,000,001 characters (it never starts
    // with a separator), "0_0000_0..." through "..._00ab_cdef".
    let text = format_int(&Int::from(0xabcdef_i64), "02000000_x", 0).unwrap();
    assert_eq!(text.len(), 2_000_001);
    assert!(text.starts_with("0_0000_0000_"), "{}", &text[..12]);
    assert!(text.ends_with("_0000_00ab_cdef"));
}
