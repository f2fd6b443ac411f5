//! Python's `int`: arbitrary precision with an `i64` fast path.
//!
//! [`Int`] is always normalised (a value that fits `i64` is `Small`), so equality and
//! ordering never need to look inside a `Big` to compare it with a `Small`. The
//! arithmetic follows CPython 3.11: floor division and modulo round toward negative
//! infinity, `/` is correctly rounded, bitwise operators act on an infinite two's
//! complement, and results too large to be sane are refused with an error instead of
//! being allocated. Text conversion lives in `parse`, hashing in `hash`.

use super::{float, NumError, NumResult};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// Results wider than this many bits are refused (`MemoryError`, like CPython when an
/// allocation fails) instead of being computed. 2^30 bits is 128 MiB.
pub const MAX_INT_BITS: u64 = 1 << 30;

/// Sequence repetition and similar allocations larger than this many items are refused.
pub const MAX_ALLOC_ITEMS: u64 = 1 << 32;

/// A Python `int`. Values that fit `i64` are always `Small`.
#[derive(Clone, Debug)]
pub enum Int {
    Small(i64),
    Big(Rc<BigInt>),
}

/// The result of `int ** int`: an int, or a float when the exponent is negative.
#[derive(Clone, Debug, PartialEq)]
pub enum PowResult {
    Int(Int),
    Float(f64),
}

impl From<i64> for Int {
    #[inline]
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<BigInt> for Int {
    fn from(v: BigInt) -> Int {
        Int::from_bigint(v)
    }
}

impl PartialEq for Int {
    #[inline]
    fn eq(&self, other: &Int) -> bool {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a == b,
            (Int::Big(a), Int::Big(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Int {}

impl PartialOrd for Int {
    #[inline]
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    #[inline]
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
            // Normalisation puts every Big outside the i64 range.
            (Int::Small(_), Int::Big(b)) => {
                if b.is_negative() {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (Int::Big(a), Int::Small(_)) => {
                if a.is_negative() {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
        }
    }
}

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(v) => write!(f, "{v}"),
        }
    }
}

#[cold]
fn zero_div_floor() -> NumError {
    NumError::zero_division("integer division or modulo by zero")
}

#[cold]
fn zero_div_mod() -> NumError {
    NumError::zero_division("integer modulo by zero")
}

#[cold]
fn negative_shift() -> NumError {
    NumError::value("negative shift count")
}

/// Refuses a result of `bits` bits when it is beyond [`MAX_INT_BITS`].
#[inline]
fn check_bits(bits: u64) -> NumResult<()> {
    if bits > MAX_INT_BITS {
        return Err(NumError::memory());
    }
    Ok(())
}

/// `pow(b, e, m)` for machine-word operands (e >= 0, m != 0) by square-and-multiply in
/// 128 bits: no big-integer allocation for the common modular power (hashes, primality).
/// The result has the sign of `m`, as Python's `%` gives.
fn pow_mod_small(b: i64, mut e: u64, m: i64) -> i128 {
    let m_abs = u128::from(m.unsigned_abs());
    let mut base = i128::from(b).rem_euclid(m_abs as i128) as u128;
    let mut result = 1 % m_abs;
    while e > 0 {
        if e & 1 == 1 {
            result = result * base % m_abs;
        }
        e >>= 1;
        if e > 0 {
            base = base * base % m_abs;
        }
    }
    if m < 0 && result != 0 {
        result as i128 - m_abs as i128
    } else {
        result as i128
    }
}

impl Int {
    pub const ZERO: Int = Int::Small(0);
    pub const ONE: Int = Int::Small(1);

    /// Builds a normalised `Int` from a `BigInt`.
    pub fn from_bigint(v: BigInt) -> Int {
        match v.to_i64() {
            Some(small) => Int::Small(small),
            None => Int::Big(Rc::new(v)),
        }
    }

    #[inline]
    pub fn from_u64(v: u64) -> Int {
        match i64::try_from(v) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(Rc::new(BigInt::from(v))),
        }
    }

    #[inline]
    fn from_i128(v: i128) -> Int {
        match i64::try_from(v) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(Rc::new(BigInt::from(v))),
        }
    }

    /// The value as a `BigInt` (allocates for `Small`).
    pub fn to_bigint(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(v) => (**v).clone(),
        }
    }

    /// The value as a `BigInt` to compute with: borrowed when it is one already, so
    /// arithmetic on big values does not copy its operands first.
    #[inline]
    pub fn big(&self) -> std::borrow::Cow<'_, BigInt> {
        match self {
            Int::Small(v) => std::borrow::Cow::Owned(BigInt::from(*v)),
            Int::Big(v) => std::borrow::Cow::Borrowed(v),
        }
    }

    /// The value as an `i64`, if it fits.
    #[inline]
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    #[inline]
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    #[inline]
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(v) => v.is_negative(),
        }
    }

    /// -1, 0 or 1.
    #[inline]
    pub fn signum(&self) -> i64 {
        match self {
            Int::Small(v) => v.signum(),
            Int::Big(v) => {
                if v.is_negative() {
                    -1
                } else {
                    1
                }
            }
        }
    }

    /// `int.bit_length()`: bits of the absolute value, 0 for 0.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => 64 - u64::from(v.unsigned_abs().leading_zeros()),
            Int::Big(v) => v.bits(),
        }
    }

    #[inline]
    pub fn add(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_add(*b) {
                return Int::Small(r);
            }
            return Int::from_i128(i128::from(*a) + i128::from(*b));
        }
        self.add_big(other)
    }

    #[cold]
    fn add_big(&self, other: &Int) -> Int {
        Int::from_bigint(&*self.big() + &*other.big())
    }

    #[inline]
    pub fn sub(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_sub(*b) {
                return Int::Small(r);
            }
            return Int::from_i128(i128::from(*a) - i128::from(*b));
        }
        self.sub_big(other)
    }

    #[cold]
    fn sub_big(&self, other: &Int) -> Int {
        Int::from_bigint(&*self.big() - &*other.big())
    }

    #[inline]
    pub fn mul(&self, other: &Int) -> NumResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if let Some(r) = a.checked_mul(*b) {
                return Ok(Int::Small(r));
            }
            return Ok(Int::from_i128(i128::from(*a) * i128::from(*b)));
        }
        self.mul_big(other)
    }

    #[cold]
    fn mul_big(&self, other: &Int) -> NumResult<Int> {
        if self.is_zero() || other.is_zero() {
            return Ok(Int::ZERO);
        }
        check_bits(self.bit_length() + other.bit_length())?;
        Ok(Int::from_bigint(&*self.big() * &*other.big()))
    }

    #[inline]
    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) => match v.checked_neg() {
                Some(r) => Int::Small(r),
                None => Int::from_i128(-i128::from(*v)),
            },
            Int::Big(v) => Int::from_bigint(-(**v).clone()),
        }
    }

    #[inline]
    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `~x`, which is `-x - 1`.
    #[inline]
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(v) => Int::Small(!v),
            Int::Big(v) => Int::from_bigint(-(**v).clone() - 1),
        }
    }

    /// `a // b`, rounding toward negative infinity.
    #[inline]
    pub fn floordiv(&self, other: &Int) -> NumResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if *b == 0 {
                return Err(zero_div_floor());
            }
            // i64::MIN // -1 is the only overflow; i128 handles it.
            return Ok(Int::from_i128(Integer::div_floor(
                &i128::from(*a),
                &i128::from(*b),
            )));
        }
        if other.is_zero() {
            return Err(zero_div_floor());
        }
        if let (Int::Big(a), Int::Big(b)) = (self, other) {
            if let Some((q, _)) = super::int_div::divmod_small_quotient(a, b) {
                return Ok(Int::from_u64(q));
            }
        }
        Ok(Int::from_bigint(self.big().div_floor(&other.big())))
    }

    /// `a % b`, with the sign of `b`.
    #[inline]
    pub fn modulo(&self, other: &Int) -> NumResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if *b == 0 {
                return Err(zero_div_mod());
            }
            return Ok(Int::from_i128(Integer::mod_floor(
                &i128::from(*a),
                &i128::from(*b),
            )));
        }
        if other.is_zero() {
            return Err(zero_div_mod());
        }
        if let (Int::Big(a), Int::Big(b)) = (self, other) {
            if let Some((_, r)) = super::int_div::divmod_small_quotient(a, b) {
                return Ok(Int::from_bigint(r));
            }
        }
        Ok(Int::from_bigint(self.big().mod_floor(&other.big())))
    }

    /// `divmod(a, b)`.
    pub fn divmod(&self, other: &Int) -> NumResult<(Int, Int)> {
        if other.is_zero() {
            return Err(zero_div_floor());
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            let (q, r) = Integer::div_mod_floor(&i128::from(*a), &i128::from(*b));
            return Ok((Int::from_i128(q), Int::from_i128(r)));
        }
        let (q, r) = self.big().div_mod_floor(&other.big());
        Ok((Int::from_bigint(q), Int::from_bigint(r)))
    }

    /// `a / b`, correctly rounded to the nearest float.
    pub fn truediv(&self, other: &Int) -> NumResult<f64> {
        const EXACT: i64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if *b == 0 {
                return Err(NumError::zero_division("division by zero"));
            }
            // Both operands are exact floats, so one IEEE division rounds correctly.
            if (-EXACT..=EXACT).contains(a) && (-EXACT..=EXACT).contains(b) {
                return Ok(*a as f64 / *b as f64);
            }
        }
        if other.is_zero() {
            return Err(NumError::zero_division("division by zero"));
        }
        let negative = self.is_negative() != other.is_negative();
        let magnitude = ratio_to_f64(&self.to_bigint().abs(), &other.to_bigint().abs())
            .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?;
        Ok(if negative { -magnitude } else { magnitude })
    }

    /// `float(x)`, correctly rounded.
    pub fn to_f64(&self) -> NumResult<f64> {
        match self {
            Int::Small(v) => Ok(*v as f64),
            Int::Big(v) => {
                let magnitude = ratio_to_f64(&v.abs(), &BigInt::one())
                    .ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
                Ok(if v.is_negative() {
                    -magnitude
                } else {
                    magnitude
                })
            }
        }
    }

    /// `a ** b`. A negative exponent gives a float, as in CPython.
    pub fn pow(&self, exponent: &Int) -> NumResult<PowResult> {
        if exponent.is_negative() {
            let base = self.to_f64()?;
            let exp = exponent.to_f64()?;
            return float::pow(base, exp).map(PowResult::Float);
        }
        // Bases whose powers never grow.
        match self {
            Int::Small(0) => {
                return Ok(PowResult::Int(Int::Small(i64::from(exponent.is_zero()))));
            }
            Int::Small(1) => return Ok(PowResult::Int(Int::ONE)),
            Int::Small(-1) => {
                let odd = exponent.is_odd();
                return Ok(PowResult::Int(Int::Small(if odd { -1 } else { 1 })));
            }
            _ => {}
        }
        let exp = match exponent.to_i64() {
            Some(e) => e as u64,
            None => return Err(NumError::memory()),
        };
        if let Int::Small(base) = self {
            if let Ok(e32) = u32::try_from(exp) {
                if let Some(r) = base.checked_pow(e32) {
                    return Ok(PowResult::Int(Int::Small(r)));
                }
            }
        }
        let bits = self.bit_length().saturating_sub(1).saturating_mul(exp);
        check_bits(bits)?;
        let mut result = BigInt::one();
        let mut base = self.to_bigint();
        let mut e = exp;
        while e > 0 {
            if e & 1 == 1 {
                result *= &base;
            }
            e >>= 1;
            if e > 0 {
                base = &base * &base;
            }
        }
        Ok(PowResult::Int(Int::from_bigint(result)))
    }

    /// `pow(a, b, m)`, including negative `b` via the modular inverse.
    pub fn pow_mod(&self, exponent: &Int, modulus: &Int) -> NumResult<Int> {
        if modulus.is_zero() {
            return Err(NumError::value("pow() 3rd argument cannot be 0"));
        }
        if let (Int::Small(b), Int::Small(e), Int::Small(m)) = (self, exponent, modulus) {
            if *e >= 0 {
                return Ok(Int::from_i128(pow_mod_small(*b, *e as u64, *m)));
            }
        }
        let m_negative = modulus.is_negative();
        let m = modulus.to_bigint().abs();
        if m.is_one() {
            return Ok(Int::ZERO);
        }
        let mut base = self.to_bigint().mod_floor(&m);
        let mut exp = exponent.to_bigint();
        if exp.is_negative() {
            base = mod_inverse(&base, &m)
                .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
            exp = -exp;
        }
        let mut result = base.modpow(&exp, &m);
        if m_negative && !result.is_zero() {
            result -= &m;
        }
        Ok(Int::from_bigint(result))
    }

    /// `a << b`.
    pub fn shl(&self, shift: &Int) -> NumResult<Int> {
        if shift.is_negative() {
            return Err(negative_shift());
        }
        if self.is_zero() {
            return Ok(Int::ZERO);
        }
        let Some(n) = shift.to_i64() else {
            return Err(NumError::overflow("too many digits in integer"));
        };
        let n = n as u64;
        if let Int::Small(v) = self {
            if n < 64 {
                let wide = i128::from(*v) << n;
                if wide >> n == i128::from(*v) {
                    return Ok(Int::from_i128(wide));
                }
            }
        }
        check_bits(self.bit_length().saturating_add(n))?;
        Ok(Int::from_bigint(&*self.big() << n))
    }

    /// `a >> b`, rounding toward negative infinity.
    pub fn shr(&self, shift: &Int) -> NumResult<Int> {
        if shift.is_negative() {
            return Err(negative_shift());
        }
        let n = match shift.to_i64() {
            Some(n) if (n as u64) < self.bit_length() + 1 => n as u64,
            _ => return Ok(Int::Small(if self.is_negative() { -1 } else { 0 })),
        };
        match self {
            Int::Small(v) => Ok(Int::Small(if n >= 64 { v >> 63 } else { v >> n })),
            Int::Big(v) => Ok(Int::from_bigint(&**v >> n)),
        }
    }

    #[inline]
    pub fn bitand(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => Int::from_bigint(&*self.big() & &*other.big()),
        }
    }

    #[inline]
    pub fn bitor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => Int::from_bigint(&*self.big() | &*other.big()),
        }
    }

    #[inline]
    pub fn bitxor(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => Int::from_bigint(&*self.big() ^ &*other.big()),
        }
    }

    pub fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(v) => v.is_odd(),
        }
    }

    /// Exact comparison with a float, as CPython does (`2**53 + 1 != 2.0**53 + 1`).
    /// `None` when `f` is NaN: every comparison is then false.
    pub fn cmp_f64(&self, f: f64) -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        const TWO_63: f64 = 9_223_372_036_854_775_808.0;
        match self {
            Int::Small(v) => {
                if f >= TWO_63 {
                    return Some(Ordering::Less);
                }
                if f < -TWO_63 {
                    return Some(Ordering::Greater);
                }
                let whole = f.trunc();
                // |whole| < 2^63 or whole == -2^63, so the cast is exact.
                let ord = v.cmp(&(whole as i64));
                if ord != Ordering::Equal {
                    return Some(ord);
                }
                let frac = f - whole;
                Some(0.0f64.partial_cmp(&frac).unwrap_or(Ordering::Equal))
            }
            Int::Big(v) => {
                if f.abs() < TWO_63 {
                    return Some(if v.is_negative() {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    });
                }
                // |f| >= 2^63 is an integer, so the exact conversion loses nothing.
                let exact = float::f64_to_bigint_exact(f)?;
                Some((**v).cmp(&exact))
            }
        }
    }

    /// `x == f` for an int and a float.
    #[inline]
    pub fn eq_f64(&self, f: f64) -> bool {
        if let Int::Small(v) = self {
            if v.unsigned_abs() <= 1 << 53 {
                return *v as f64 == f;
            }
        }
        self.cmp_f64(f) == Some(Ordering::Equal)
    }

    /// `round(x, ndigits)` for an int: half-to-even at a multiple of `10**-ndigits`.
    pub fn round_digits(&self, ndigits: i64) -> NumResult<Int> {
        if ndigits >= 0 {
            return Ok(self.clone());
        }
        let power = ndigits.unsigned_abs();
        // 10**power exceeds any int that can exist: the result is 0.
        if power > MAX_INT_BITS / 3
            || power as f64 * std::f64::consts::LOG2_10 > self.bit_length() as f64 + 2.0
        {
            return Ok(Int::ZERO);
        }
        let unit = num_traits::pow(BigInt::from(10), power as usize);
        let value = self.to_bigint();
        let (q, r) = value.div_mod_floor(&unit);
        let twice: BigInt = &r * 2;
        let round_up = match twice.cmp(&unit) {
            Ordering::Greater => true,
            Ordering::Less => false,
            Ordering::Equal => q.is_odd(),
        };
        let q = if round_up { q + 1 } else { q };
        Ok(Int::from_bigint(q * unit))
    }

    /// Validates a sequence repetition `seq * count` producing `item_len * count` items and
    /// returns that length: negative counts give 0, as in CPython.
    pub fn repeat_len(item_len: usize, count: &Int) -> NumResult<usize> {
        let count = match count {
            Int::Small(c) => *c,
            Int::Big(_) => {
                return Err(NumError::overflow(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        if count <= 0 || item_len == 0 {
            return Ok(0);
        }
        match (item_len as u64).checked_mul(count as u64) {
            Some(total) if total <= MAX_ALLOC_ITEMS => Ok(total as usize),
            _ => Err(NumError::memory()),
        }
    }

    /// The sign of the value as a `num_bigint::Sign`.
    pub fn sign(&self) -> Sign {
        match self.signum() {
            -1 => Sign::Minus,
            0 => Sign::NoSign,
            _ => Sign::Plus,
        }
    }
}

/// The modular inverse of `a` modulo `m` (`m > 1`, `0 <= a < m`), if there is one.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let extended = a.extended_gcd(m);
    if !extended.gcd.is_one() {
        return None;
    }
    Some(extended.x.mod_floor(m))
}

/// `num / den` for non-negative integers (`den > 0`), correctly rounded to a float with
/// round-half-even. `None` when the result overflows.
pub(crate) fn ratio_to_f64(num: &BigInt, den: &BigInt) -> Option<f64> {
    if num.is_zero() {
        return Some(0.0);
    }
    let diff = num.bits() as i64 - den.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < -1080 {
        return Some(0.0);
    }
    // Scale so the integer quotient has 55 or 56 bits: two more than a double holds, with
    // the remainder as the sticky bit. Then value = q * 2^shift (+ remainder).
    let shift = diff - 55;
    let (q, r) = if shift >= 0 {
        num.div_rem(&(den.clone() << shift as u64))
    } else {
        (num.clone() << (-shift) as u64).div_rem(den)
    };
    let q = q.to_u64()?;
    let sticky = !r.is_zero();
    let q_bits = 64 - i64::from(q.leading_zeros());
    let exponent = q_bits - 1 + shift;
    // Position of the last mantissa bit: 52 bits below the top, but never below 2^-1074.
    let lsb = (exponent - 52).max(-1074);
    let extra = lsb - shift;
    let mantissa = round_shift_right(q, extra as u32, sticky);
    let result = scale_by_power_of_two(mantissa as f64, lsb as i32);
    if result.is_infinite() {
        None
    } else {
        Some(result)
    }
}

/// `q >> extra` rounded half-to-even; `sticky` says whether nonzero bits were already lost.
fn round_shift_right(q: u64, extra: u32, sticky: bool) -> u64 {
    if extra == 0 {
        return q;
    }
    if extra >= 64 {
        return 0;
    }
    let kept = q >> extra;
    let dropped = q & ((1u64 << extra) - 1);
    let half = 1u64 << (extra - 1);
    let round_up = dropped > half || (dropped == half && (sticky || kept & 1 == 1));
    kept + u64::from(round_up)
}

/// `m * 2^exp` for an integral `m`, exact whenever the result is representable
/// (including subnormal results), infinite on overflow.
pub(crate) fn scale_by_power_of_two(m: f64, exp: i32) -> f64 {
    if exp >= -1022 {
        if exp > 1023 {
            return m * 2f64.powi(1023) * 2f64.powi(exp - 1023);
        }
        m * 2f64.powi(exp)
    } else {
        // 2^exp is subnormal: scale up to a multiple of the smallest subnormal first.
        m * 2f64.powi(exp + 1074) * f64::from_bits(1)
    }
}

#[cfg(test)]
#[path = "int_tests.rs"]
mod tests;
