//! CPython 3.11's `hash()` for numbers and tuples, so `hash(x)` prints what python3 prints.
//!
//! Numbers hash by their value modulo the Mersenne prime 2^61 - 1, which makes equal
//! ints and floats hash equal. Strings (SipHash with a per-process seed), `None` and
//! other identity-hashed objects are not here; NaN hashes by identity in 3.11, so
//! [`hash_float`] returns `None` for it and the caller uses the object's identity hash.

use super::Int;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;

/// The modulus of numeric hashes: 2^61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

/// -1 is the C-level error marker, so CPython never returns it as a hash.
#[inline]
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an `i64`.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    // Below the modulus (every int but the largest few) the hash is the int itself.
    if v.unsigned_abs() < HASH_MODULUS {
        return fix_minus_one(v);
    }
    let magnitude = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if v < 0 { -magnitude } else { magnitude })
}

/// `hash(n)` for an arbitrary `int`.
pub fn hash_int(v: &Int) -> i64 {
    match v {
        Int::Small(s) => hash_i64(*s),
        Int::Big(b) => hash_bigint(b),
    }
}

fn hash_bigint(v: &BigInt) -> i64 {
    let modulus = BigInt::from(HASH_MODULUS);
    let magnitude = v.magnitude().clone();
    let reduced = BigInt::from(magnitude).mod_floor(&modulus);
    let h = reduced.to_i64().unwrap_or(0);
    fix_minus_one(if v.sign() == num_bigint::Sign::Minus {
        -h
    } else {
        h
    })
}

/// `hash(b)` for a `bool`.
#[inline]
pub fn hash_bool(b: bool) -> i64 {
    i64::from(b)
}

/// `hash(x)` for a float; `None` for NaN, which CPython 3.11 hashes by object identity.
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    // x = mantissa * 2^exponent and 2^61 == 1 (mod 2^61 - 1), so only exponent mod 61
    // matters; mantissa < 2^53 is already reduced.
    let rotate = exponent.rem_euclid(61) as u32;
    let product = (u128::from(mantissa) << rotate) % u128::from(HASH_MODULUS);
    let h = product as i64;
    Some(fix_minus_one(if x < 0.0 { -h } else { h }))
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(t)` for a tuple, given its elements' hashes (CPython 3.11's xxHash-based
/// `tuplehash`).
pub fn hash_tuple(element_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = element_hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in element_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tuple_hash_matches_python() {
        // Expectations from python3 3.11: hash(()), hash((1, 2)), hash((-1,)),
        // hash((1.5, 2**70, -2)).
        assert_eq!(hash_tuple([].into_iter()), 5_740_354_900_026_072_187);
        assert_eq!(hash_tuple([1, 2].into_iter()), -3_550_055_125_485_641_917);
        assert_eq!(
            hash_tuple([hash_i64(-1)].into_iter()),
            8_078_679_518_589_016_365
        );
        let elements = [hash_float(1.5).unwrap_or(0), 512, hash_i64(-2)];
        assert_eq!(hash_tuple(elements.into_iter()), -5_999_874_571_060_843_017);
        assert_eq!(hash_bool(true), 1);
    }
}
