use super::*;

/// The digits and exponent of Rust's `{:e}` (shortest round trip, ties not settled).
fn from_std(x: f64) -> (u64, i32) {
    let text = format!("{:e}", x.abs());
    let (m, e) = text.split_once('e').unwrap();
    let d: String = m.chars().filter(char::is_ascii_digit).collect();
    (d.parse().unwrap(), e.parse().unwrap())
}

#[test]
fn agrees_with_std_away_from_ties() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        for x in [
            f64::from_bits(state),
            f64::from_bits(state >> 12),
            (state % 100_000_000) as f64 / 1000.0,
            (state % 10_000) as f64 / 7.0,
        ] {
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            let (d, e) = from_std(x);
            let (zd, ze) = shortest(x);
            assert_eq!(ze, e, "{x:e}");
            // A tie may end in the even neighbour; anything else agrees.
            assert!(zd == d || zd.abs_diff(d) == 1, "{x:e}: {zd} {d}");
            assert_eq!(
                format!("{zd}e{}", ze - digit_count(zd) as i32 + 1).parse::<f64>(),
                Ok(x.abs())
            );
        }
    }
}

#[test]
fn ties_go_to_the_even_digit_as_cpython() {
    // repr() of these in CPython 3.11 ends in 2, where `{:e}` ends in 3.
    let cases = [
        (1658206780088562.2, 16582067800885622, 15),
        (-26829767983277.312, 26829767983277312, 13),
        (662936471232937.2, 6629364712329372, 14),
    ];
    for (x, digits, exp) in cases {
        assert_eq!(shortest(x), (digits, exp), "{x:e}");
    }
}

#[test]
fn exponents_and_small_values() {
    assert_eq!(shortest(1e21), (1, 21));
    assert_eq!(shortest(1.5e-7), (15, -7));
    assert_eq!(shortest(0.001), (1, -3));
    assert_eq!(shortest(123.25), (12325, 2));
    assert_eq!(shortest(5e-324), (5, -324));
    assert_eq!(shortest(f64::MAX), (17976931348623157, 308));
    assert_eq!(shortest(100.0), (1, 2));
}
