use super::*;
use num_bigint::BigInt;

/// Deterministic pseudo-random big ints (an LCG's words), so failures reproduce.
fn big(seed: &mut u64, words: usize) -> BigInt {
    let mut x = BigInt::from(0u8);
    for _ in 0..words {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x = (x << 64) + BigInt::from(*seed);
    }
    x
}

#[test]
fn agrees_with_the_binary_algorithm_on_many_sizes() {
    let mut seed = 7;
    for words in [1, 2, 3, 5, 8, 20, 50] {
        for other in [1, 2, words, words + 3] {
            let common = big(&mut seed, 2);
            let a = big(&mut seed, words) * &common;
            let b = big(&mut seed, other) * &common;
            assert_eq!(gcd(&a, &b), a.gcd(&b), "words {words}/{other}");
            assert_eq!(gcd(&-&a, &b), a.gcd(&b));
            assert_eq!(gcd(&b, &a), a.gcd(&b));
        }
    }
}

#[test]
fn zeros_ones_and_equal_values() {
    let z = BigInt::from(0);
    let x = BigInt::from(10).pow(80u32) + 7;
    assert_eq!(gcd(&z, &z), z);
    assert_eq!(gcd(&x, &z), x);
    assert_eq!(gcd(&z, &-&x), x);
    assert_eq!(gcd(&x, &x), x);
    assert_eq!(gcd(&x, &BigInt::from(1)), BigInt::from(1));
    // Consecutive Fibonacci numbers: the longest Euclid chains.
    let (mut f, mut g) = (BigInt::from(1), BigInt::from(1));
    for _ in 0..600 {
        (f, g) = (g.clone(), f + g);
    }
    assert_eq!(gcd(&f, &g), BigInt::from(1));
}

#[test]
fn words() {
    assert_eq!(gcd_i64(12, -18), 6);
    assert_eq!(gcd_i64(i64::MIN, 0), 1u64 << 63);
    assert_eq!(gcd_i64(0, 0), 0);
}
