//! The functions of Python's `cmath` on [`Complex`] values, computed as CPython 3.11's
//! cmathmodule.c does so that results agree to the bit: the C99 Annex G special values
//! for infinite and NaN parts (tables in `cmath_special`), rescaling against spurious
//! overflow and underflow, and the C library's real functions (`asinh`, `log1p`, ...)
//! where CPython calls them.
//!
//! Errors are C's errno values, which the module turns into `ValueError: math domain
//! error` (EDOM) or `OverflowError: math range error` (ERANGE). The module glue is
//! `runtime::builtins::cmath`.

use super::cmath_special::{self as special, Table};
use super::complex::Complex;

/// What a function reports besides its value, as C's errno.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathError {
    /// EDOM: `ValueError: math domain error`.
    Domain,
    /// ERANGE: `OverflowError: math range error`.
    Range,
}

pub type MathResult = Result<Complex, MathError>;

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const E: f64 = std::f64::consts::E;
/// Multiplying by 2**SCALE_UP turns a subnormal into a normal number.
const SCALE_UP: i32 = 2 * (f64::MANTISSA_DIGITS as i32 / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

// CPython calls the C library's asinh and log1p; Rust's own asinh differs in the last
// place for some inputs.
extern "C" {
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "log1p"]
    fn c_log1p(x: f64) -> f64;
}

fn asinh(x: f64) -> f64 {
    // SAFETY: asinh is a pure C function of one double, defined for every input.
    unsafe { c_asinh(x) }
}

fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    // SAFETY: log1p is a pure C function of one double, defined for every input.
    unsafe { c_log1p(x) }
}

/// `x * 2**n`, exactly (as C's `ldexp` for the ranges used here).
fn ldexp(x: f64, n: i32) -> f64 {
    let half = n / 2;
    x * 2f64.powi(half) * 2f64.powi(n - half)
}

/// The kind of a part, indexing the special-value tables.
fn kind(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x == 0.0 {
        if x.is_sign_positive() {
            3
        } else {
            2
        }
    } else if x > 0.0 {
        4
    } else {
        1
    }
}

fn is_special(z: Complex) -> bool {
    !z.re.is_finite() || !z.im.is_finite()
}

fn lookup(table: &Table, re: f64, im: f64) -> Complex {
    let (r, i) = table[kind(re)][kind(im)];
    Complex::new(r, i)
}

/// `i * z` rotated back: CPython's `f(z) = -i g(i z)` identities.
fn rotate_in(z: Complex) -> Complex {
    Complex::new(-z.im, z.re)
}

fn rotate_out(s: Complex) -> Complex {
    Complex::new(s.im, -s.re)
}

pub fn sqrt(z: Complex) -> Complex {
    if is_special(z) {
        return lookup(&special::SQRT, z.re, z.im);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return Complex::new(0.0, z.im);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        Complex::new(s, d.copysign(z.im))
    } else {
        Complex::new(d, s.copysign(z.im))
    }
}

pub fn acos(z: Complex) -> Complex {
    if is_special(z) {
        return lookup(&special::ACOS, z.re, z.im);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Complex::new(
            z.im.abs().atan2(z.re),
            -((z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0).copysign(z.im),
        );
    }
    let s1 = sqrt(Complex::new(1.0 - z.re, -z.im));
    let s2 = sqrt(Complex::new(1.0 + z.re, z.im));
    Complex::new(
        2.0 * s1.re.atan2(s2.re),
        asinh(s2.re * s1.im - s2.im * s1.re),
    )
}

pub fn acosh(z: Complex) -> Complex {
    if is_special(z) {
        return lookup(&special::ACOSH, z.re, z.im);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Complex::new(
            (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0,
            z.im.atan2(z.re),
        );
    }
    let s1 = sqrt(Complex::new(z.re - 1.0, z.im));
    let s2 = sqrt(Complex::new(z.re + 1.0, z.im));
    Complex::new(
        asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    )
}

pub fn asinh_c(z: Complex) -> Complex {
    if is_special(z) {
        return lookup(&special::ASINH, z.re, z.im);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let magnitude = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN2 * 2.0;
        let re = if z.im >= 0.0 {
            magnitude.copysign(z.re)
        } else {
            -magnitude.copysign(-z.re)
        };
        return Complex::new(re, z.im.atan2(z.re.abs()));
    }
    let s1 = sqrt(Complex::new(1.0 + z.im, -z.re));
    let s2 = sqrt(Complex::new(1.0 - z.im, z.re));
    Complex::new(
        asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

pub fn asin(z: Complex) -> Complex {
    rotate_out(asinh_c(rotate_in(z)))
}

pub fn atanh(z: Complex) -> MathResult {
    if is_special(z) {
        return Ok(lookup(&special::ATANH, z.re, z.im));
    }
    if z.re < 0.0 {
        return atanh(-z).map(|r| -r);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(Complex::new(
            z.re / 4.0 / h / h,
            (std::f64::consts::PI / 2.0).copysign(z.im),
        ));
    }
    if z.re == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return Err(MathError::Domain);
        }
        return Ok(Complex::new(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    let one_minus = 1.0 - z.re;
    Ok(Complex::new(
        log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

pub fn atan(z: Complex) -> MathResult {
    atanh(rotate_in(z)).map(rotate_out)
}

/// `+-inf + iy` with finite non-zero `y`: infinities signed by `cos y` and `sin y`, as
/// cosh, sinh and exp need (their tables cannot know the signs).
fn infinite_real_turn(z: Complex) -> bool {
    z.re.is_infinite() && z.im.is_finite() && z.im != 0.0
}

fn overflow_checked(r: Complex) -> MathResult {
    if r.re.is_infinite() || r.im.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

pub fn cosh(z: Complex) -> MathResult {
    cosh_or_sinh(z, false)
}

pub fn cos(z: Complex) -> MathResult {
    cosh(rotate_in(z))
}

pub fn sinh(z: Complex) -> MathResult {
    cosh_or_sinh(z, true)
}

/// cosh (even) and sinh (odd) share their shape: `cos y` times the one and `sin y` times
/// the other of cosh x and sinh x, scaled by e from x-1 where cosh x alone would overflow.
fn cosh_or_sinh(z: Complex, odd: bool) -> MathResult {
    if is_special(z) {
        let r = if infinite_real_turn(z) {
            let (s, c) = z.im.sin_cos();
            let (mut re, mut im) = (f64::INFINITY.copysign(c), f64::INFINITY.copysign(s));
            if z.re < 0.0 {
                if odd {
                    re = -re;
                } else {
                    im = -im;
                }
            }
            Complex::new(re, im)
        } else {
            let table = if odd { &special::SINH } else { &special::COSH };
            lookup(table, z.re, z.im)
        };
        if z.im.is_infinite() && !z.re.is_nan() {
            return Err(MathError::Domain);
        }
        return Ok(r);
    }
    let (s, c) = z.im.sin_cos();
    let (x, scale) = if z.re.abs() > log_large() {
        (z.re - 1f64.copysign(z.re), E)
    } else {
        (z.re, 1.0)
    };
    let (even, odd_part) = (x.cosh(), x.sinh());
    let (a, b) = if odd {
        (odd_part, even)
    } else {
        (even, odd_part)
    };
    overflow_checked(Complex::new(c * a * scale, s * b * scale))
}

pub fn sin(z: Complex) -> MathResult {
    sinh(rotate_in(z)).map(rotate_out)
}

pub fn tanh(z: Complex) -> MathResult {
    if is_special(z) {
        let r = if infinite_real_turn(z) {
            let im = 0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            Complex::new(1f64.copysign(z.re), im)
        } else {
            lookup(&special::TANH, z.re, z.im)
        };
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(MathError::Domain);
        }
        return Ok(r);
    }
    if z.re.abs() > log_large() {
        return Ok(Complex::new(
            1f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(Complex::new(
        tx * (1.0 + ty * ty) / denom,
        ((ty / denom) * cx) * cx,
    ))
}

pub fn tan(z: Complex) -> MathResult {
    tanh(rotate_in(z)).map(rotate_out)
}

pub fn exp(z: Complex) -> MathResult {
    if is_special(z) {
        let r = if infinite_real_turn(z) {
            let (s, c) = z.im.sin_cos();
            let magnitude = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
            Complex::new(magnitude.copysign(c), magnitude.copysign(s))
        } else {
            lookup(&special::EXP, z.re, z.im)
        };
        if z.im.is_infinite() && (z.re.is_finite() || z.re == f64::INFINITY) {
            return Err(MathError::Domain);
        }
        return Ok(r);
    }
    let (s, c) = z.im.sin_cos();
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        Complex::new(l * c * E, l * s * E)
    } else {
        let l = z.re.exp();
        Complex::new(l * c, l * s)
    };
    overflow_checked(r)
}

/// The natural logarithm, accurate near |z| = 1 and for subnormal or huge |z|.
pub fn log(z: Complex) -> MathResult {
    if is_special(z) {
        return Ok(lookup(&special::LOG, z.re, z.im));
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let digits = f64::MANTISSA_DIGITS as i32;
            ldexp(ax, digits).hypot(ldexp(ay, digits)).ln() - digits as f64 * LN2
        } else {
            return Err(MathError::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    Ok(Complex::new(re, z.im.atan2(z.re)))
}

/// `log(z)` keeping the value CPython computes alongside a domain error (`-inf` real
/// part for zero), which two-argument `log` goes on to divide.
fn log_with_errno(z: Complex) -> (Complex, Option<MathError>) {
    match log(z) {
        Ok(r) => (r, None),
        Err(e) => (Complex::new(f64::NEG_INFINITY, z.im.atan2(z.re)), Some(e)),
    }
}

/// `log(z, base)`: as CPython, only the base's logarithm's error counts (so
/// `log(0, 2)` is `-inf+nanj`), then the division's.
pub fn log_base(z: Complex, base: Complex) -> MathResult {
    let (lz, _) = log_with_errno(z);
    let (lb, error) = log_with_errno(base);
    let q = lz.checked_div(lb).ok_or(MathError::Domain)?;
    match error {
        Some(e) => Err(e),
        None => Ok(q),
    }
}

pub fn log10(z: Complex) -> MathResult {
    log(z).map(|r| Complex::new(r.re / LN10, r.im / LN10))
}

/// `phase(z)`: C's `atan2`, whose glibc wrapper reports a range error when a non-zero
/// imaginary part gives an angle that underflows to zero.
pub fn phase(z: Complex) -> Result<f64, MathError> {
    let phi = z.im.atan2(z.re);
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        return Err(MathError::Range);
    }
    Ok(phi)
}

/// `rect(r, phi)`: polar to rectangular coordinates.
pub fn rect(r: f64, phi: f64) -> MathResult {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (s, c) = phi.sin_cos();
            let (re, im) = (f64::INFINITY.copysign(c), f64::INFINITY.copysign(s));
            if r > 0.0 {
                Complex::new(re, im)
            } else {
                Complex::new(-re, -im)
            }
        } else {
            lookup(&special::RECT, r, phi)
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(MathError::Domain);
        }
        return Ok(z);
    }
    if phi == 0.0 {
        return Ok(Complex::new(r, r * phi));
    }
    Ok(Complex::new(r * phi.cos(), r * phi.sin()))
}

/// `isclose(a, b, rel_tol, abs_tol)` with non-negative tolerances.
pub fn isclose(a: Complex, b: Complex, rel_tol: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return false;
    }
    let diff = plain_abs(a - b);
    diff <= rel_tol * plain_abs(b) || diff <= rel_tol * plain_abs(a) || diff <= abs_tol
}

/// `abs` without the overflow error (C's `_Py_c_abs` with errno ignored).
fn plain_abs(z: Complex) -> f64 {
    z.abs().unwrap_or(f64::INFINITY)
}

#[cfg(test)]
#[path = "cmath_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "cmath_cases_tests.rs"]
mod cases_tests;
