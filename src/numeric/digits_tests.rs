use super::*;

#[test]
fn every_radix_matches_std_formatting() {
    let samples = [
        0u64,
        1,
        9,
        10,
        99,
        100,
        101,
        12345,
        999_999,
        1 << 32,
        u64::MAX / 3,
        u64::MAX,
    ];
    for n in samples {
        assert_eq!(Digits::new(n, 10).as_str(), n.to_string());
        assert_eq!(Digits::decimal_of(n).as_str(), n.to_string());
        assert_eq!(Digits::new(n, 2).as_str(), format!("{n:b}"));
        assert_eq!(Digits::new(n, 8).as_str(), format!("{n:o}"));
        assert_eq!(Digits::new(n, 16).as_str(), format!("{n:x}"));
    }
}

#[test]
fn signed_decimal() {
    for n in [0i64, 7, -7, 42, -1000, i64::MIN, i64::MAX] {
        let mut s = String::new();
        push_i64(&mut s, n);
        assert_eq!(s, n.to_string());
    }
}
