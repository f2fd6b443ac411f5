//! Python's `complex` arithmetic on a pair of `f64`: the operations of CPython 3.11's
//! complexobject.c with their IEEE corner cases (Smith's division, `**` by repeated
//! squaring for small integral exponents and by polar form otherwise, `abs` through
//! `hypot`) and `hash()`.
//!
//! It is not the object model (see `runtime::complex`) nor text (see `complex_format`
//! and `complex_parse`). Mixed int/float operands are converted to complex by the caller
//! first, as CPython 3.11 does.

use super::{NumError, NumResult};

/// A complex number: real and imaginary parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

/// Exponents of `**` with a magnitude up to this use repeated squaring.
const MAX_INT_EXPONENT: f64 = 100.0;

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// Division by Smith's method (scale by the larger part of the divisor); `None`
    /// when the divisor is zero. A NaN in the divisor gives NaN parts.
    pub fn checked_div(self, o: Complex) -> Option<Complex> {
        let (abs_re, abs_im) = (o.re.abs(), o.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = o.im / o.re;
            let denom = o.re + o.im * ratio;
            Some(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = o.re / o.im;
            let denom = o.re * ratio + o.im;
            Some(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `a / b`, with CPython's message for a zero divisor.
    pub fn quotient(self, o: Complex) -> NumResult<Complex> {
        self.checked_div(o)
            .ok_or_else(|| NumError::zero_division("complex division by zero"))
    }

    /// `abs(z)`: infinite when either part is (even beside a NaN), else `hypot`, with
    /// OverflowError when finite parts overflow.
    pub fn abs(self) -> NumResult<f64> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() || self.im.is_infinite() {
                return Ok(f64::INFINITY);
            }
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_infinite() {
            return Err(NumError::overflow("absolute value too large"));
        }
        Ok(r)
    }

    pub fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }

    /// `self ** exponent` as CPython 3.11's `complex.__pow__`.
    pub fn pow(self, exponent: Complex) -> NumResult<Complex> {
        let e = exponent;
        let result = if e.im == 0.0 && e.re == e.re.floor() && e.re.abs() <= MAX_INT_EXPONENT {
            self.powi(e.re as i64)
        } else {
            self.pow_polar(e)
        };
        match result {
            Err(PowDomain) => Err(NumError::zero_division(
                "0.0 to a negative or complex power",
            )),
            Ok(r) if r.re.is_infinite() || r.im.is_infinite() => {
                Err(NumError::overflow("complex exponentiation"))
            }
            Ok(r) => Ok(r),
        }
    }

    /// An integral power by repeated squaring; negative powers through `1 / z**-n`.
    fn powi(self, n: i64) -> Result<Complex, PowDomain> {
        if n > 0 {
            return Ok(self.powu(n as u64));
        }
        ONE.checked_div(self.powu(n.unsigned_abs()))
            .ok_or(PowDomain)
    }

    fn powu(self, n: u64) -> Complex {
        let mut result = ONE;
        let mut square = self;
        let mut mask = 1u64;
        while mask <= n {
            if n & mask != 0 {
                result = result * square;
            }
            mask <<= 1;
            square = square * square;
        }
        result
    }

    /// The general power through polar form. The C library's `cos`/`sin` report a
    /// domain error for an infinite phase, which CPython turns into ZeroDivisionError.
    fn pow_polar(self, e: Complex) -> Result<Complex, PowDomain> {
        if e.is_zero() {
            return Ok(ONE);
        }
        if self.is_zero() {
            if e.im != 0.0 || e.re < 0.0 {
                return Err(PowDomain);
            }
            return Ok(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(e.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * e.re;
        if e.im != 0.0 {
            len /= (at * e.im).exp();
            phase += e.im * vabs.ln();
        }
        if phase.is_infinite() {
            return Err(PowDomain);
        }
        Ok(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's, in
    /// wrapping unsigned arithmetic, -1 becoming -2.
    pub fn hash(self) -> i64 {
        let part = |x: f64| super::hash::hash_float(x).unwrap_or(0) as u64;
        let h = part(self.re).wrapping_add(part(self.im).wrapping_mul(1_000_003)) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
}

impl std::ops::Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

/// `**` hit C's EDOM: zero to a negative or complex power, or an infinite phase.
struct PowDomain;

#[cfg(test)]
#[path = "complex_tests.rs"]
mod tests;
