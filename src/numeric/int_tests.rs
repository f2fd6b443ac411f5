//! `pow(b, e, m)`'s machine-word path against the big-integer one it short-cuts.

use super::Int;
use num_bigint::BigInt;

/// The big-integer path: operands made `Big` so the small path is not taken.
fn pow_mod_big(b: i64, e: i64, m: i64) -> Int {
    let big = |v: i64| Int::Big(std::rc::Rc::new(BigInt::from(v)));
    big(b).pow_mod(&big(e), &big(m)).expect("valid pow_mod")
}

#[test]
fn small_pow_mod_agrees_with_big() {
    let edges = [
        0,
        1,
        -1,
        2,
        -2,
        7,
        -7,
        12,
        1_000_000_000_000_037,
        2_305_843_009_213_693_951,
        -2_305_843_009_213_693_951,
        i64::MAX,
        i64::MIN,
        i64::MIN + 1,
    ];
    for &b in &edges {
        for &e in &[0i64, 1, 2, 3, 61, 64, 1000, i64::MAX] {
            for &m in &edges {
                if m == 0 {
                    continue;
                }
                let small = Int::Small(b).pow_mod(&Int::Small(e), &Int::Small(m));
                assert_eq!(
                    small.expect("small"),
                    pow_mod_big(b, e, m),
                    "pow({b}, {e}, {m})"
                );
            }
        }
    }
}
