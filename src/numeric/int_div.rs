//! Floor division of big ints whose quotient is small (a few digits of pi per step of a
//! spigot, a digit of a base conversion): estimated from the operands' leading 128 and
//! 64 bits, then corrected by at most a step or two, at the cost of one multiplication
//! by a machine word and one subtraction. num-bigint's general division (Burnikel-Ziegler
//! for long divisors) spends most of its time splitting and re-joining its operands,
//! which a one-word quotient does not need.
//!
//! Only positive operands whose bit lengths differ by at most [`MAX_QUOTIENT_BITS`]
//! are answered here; everything else goes to num-bigint.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Quotients below 2^61: the estimate from 64 leading divisor bits is then off by less
/// than one, so at most two corrections follow.
const MAX_QUOTIENT_BITS: u64 = 60;

/// `(a // b, a % b)` for positive `a` and `b`, when the quotient is small; None when
/// the general division must answer.
pub fn divmod_small_quotient(a: &BigInt, b: &BigInt) -> Option<(u64, BigInt)> {
    if a.sign() != Sign::Plus || b.sign() != Sign::Plus {
        return None;
    }
    let (na, nb) = (a.bits(), b.bits());
    if na < nb {
        return Some((0, a.clone()));
    }
    if nb <= 64 || na - nb > MAX_QUOTIENT_BITS {
        return None;
    }
    // With s = nb - 64: top_b = b >> s has exactly 64 bits and top_a = a >> s at most
    // 125, and floor(top_a / top_b) >= a // b (never below the true quotient).
    let shift = nb - 64;
    let top_a = (a >> shift).to_u128()?;
    let top_b = (b >> shift).to_u64()?;
    let mut q = u64::try_from(top_a / u128::from(top_b)).ok()?;
    let mut r = a - b * q;
    while r.sign() == Sign::Minus {
        q -= 1;
        r += b;
    }
    debug_assert!(&r < b);
    Some((q, r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_integer::Integer;

    #[test]
    fn agrees_with_the_general_division() {
        let b = BigInt::from(3u32).pow(200) + 12345;
        for k in [0u64, 1, 2, 9, 10, 1 << 20, u64::MAX >> 4] {
            for extra in [
                BigInt::from(0),
                BigInt::from(1),
                &b - 1,
                BigInt::from(987654321),
            ] {
                let a: BigInt = &b * k + &extra;
                let want = a.div_mod_floor(&b);
                // Zero is not positive: the general division answers it.
                let Some(got) = divmod_small_quotient(&a, &b) else {
                    assert!(a.sign() == Sign::NoSign || k > 1 << 20, "k={k}");
                    continue;
                };
                assert_eq!((BigInt::from(got.0), got.1), want, "k={k}");
            }
        }
        // Divisors whose leading word is all ones, and just above a power of two.
        let ones = (BigInt::from(1) << 300u32) - 1;
        let pow = (BigInt::from(1) << 300u32) + 1;
        for d in [&ones, &pow] {
            let a: BigInt = d * 7u64 + (d - 1);
            let want = a.div_mod_floor(d);
            let got = divmod_small_quotient(&a, d).unwrap();
            assert_eq!((BigInt::from(got.0), got.1), want);
        }
    }

    #[test]
    fn declines_what_it_does_not_answer() {
        let b = BigInt::from(1) << 100u32;
        assert!(divmod_small_quotient(&-&b, &b).is_none());
        assert!(divmod_small_quotient(&(&b << 70u32), &b).is_none());
        assert!(divmod_small_quotient(&BigInt::from(5), &BigInt::from(3)).is_none());
        assert_eq!(divmod_small_quotient(&BigInt::from(2), &b).unwrap().0, 0);
    }
}
