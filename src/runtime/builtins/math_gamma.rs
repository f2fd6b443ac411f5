//! `math.gamma` and `math.lgamma` by CPython's method, so that results agree to the last
//! bit: a Lanczos approximation (N = 13, g = 6.024680040776729583740234375, Boost's
//! coefficients as CPython's `mathmodule.c` lists them), exact factorials for small
//! integers, the reflection formula with an accurate sin(pi x) for negative arguments,
//! and CPython's domain and range errors.
//!
//! What it is not: the other `math` functions (`math.rs`).

// The constants are written as CPython lists them (more digits than a double holds),
// so they can be checked against its source.
#![allow(clippy::excessive_precision)]

use super::math::{domain_error, range_error};
use crate::runtime::error::PyResult;
use std::f64::consts::PI;

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x(x+1)...(x+11) as a polynomial.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// ln(pi).
const LOG_PI: f64 = 1.144_729_885_849_400_2;

/// The Lanczos sum L_g(x) for x > 0: the rational function evaluated in x below 5 and
/// in 1/x above, where the plain form would overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi x) for finite x, exact at the integers and half-integers: the argument is
/// reduced to [0, 2) and then to the octant whose sin or cos is most accurate.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(domain_error())
        };
    }
    if x == 0.0 {
        return Err(domain_error());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain_error());
        }
        if x <= 23.0 {
            // Exact factorials (x-1)!, each a double.
            return Ok((1..x as u64).fold(1.0, |acc, k| acc * k as f64));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(range_error())
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(range_error())
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result by (CPython's "z").
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r / y.powf(absx - 0.5)
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r / half / half
        }
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r * y.powf(absx - 0.5)
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r * half * half
        }
    };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.lgamma(x)`: ln |gamma(x)|.
pub fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(domain_error())
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}
