//! `complex` values in the runtime: a native object carrying a
//! [`crate::numeric::complex::Complex`], how the VM's operators see it (mixed with int,
//! float and bool on either side) and its equality with other numbers.
//!
//! The arithmetic itself is `numeric::complex`'s; the constructor and methods are
//! `builtins::complex_type`'s; `cmath` is `builtins::cmath`.

use super::error::{overflow_error, PyResult};
use super::format::num_err;
use super::hashing::int_float_eq;
use super::native::{NativeData, NativeObj};
use super::types::Types;
use super::value::Value;
use crate::ast::BinOp;
use crate::numeric::complex::Complex;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A new exact `complex`.
pub fn complex_value(t: &crate::runtime::types::Types, z: Complex) -> Value {
    NativeObj::value(t.complex.clone(), NativeData::Complex(z))
}

/// The number inside an exact `complex` (not a subclass instance).
#[inline]
pub fn as_complex(v: &Value) -> Option<Complex> {
    match v {
        Value::Native(n) => match n.data {
            NativeData::Complex(z) => Some(z),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_complex(v: &Value) -> bool {
    as_complex(v).is_some()
}

#[cold]
fn int_too_large() -> super::error::PyErr {
    overflow_error("int too large to convert to float")
}

/// An int, bool, float or complex operand as a complex; `None` for other types.
pub fn operand(v: &Value) -> Option<PyResult<Complex>> {
    let re = match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => f,
            _ => return Some(Err(int_too_large())),
        },
        _ => return as_complex(v).map(Ok),
    };
    Some(Ok(Complex::new(re, 0.0)))
}

/// `a op b` when one side is a complex and the other a number; `None` when complex
/// does not take part (the caller goes on to the dunder protocol and its TypeError,
/// which is also what `//` and `%` get).
pub fn binary(t: &Types, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_complex(a) && !is_complex(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand(a), operand(b)) else {
        return Ok(None);
    };
    let (x, y) = (x?, y?);
    let z = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => x.quotient(y).map_err(num_err)?,
        BinOp::Pow => x.pow(y).map_err(num_err)?,
        _ => return Ok(None),
    };
    Ok(Some(complex_value(t, z)))
}

/// `x ** y` for floats where CPython hands over to complex: a finite negative base and
/// a finite non-integral exponent.
pub fn float_pow_is_complex(x: f64, y: f64) -> bool {
    x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor()
}

/// `x ** y` for floats with a complex result (see [`float_pow_is_complex`]).
pub fn real_pow(t: &Types, x: f64, y: f64) -> PyResult<Value> {
    let z = Complex::new(x, 0.0)
        .pow(Complex::new(y, 0.0))
        .map_err(num_err)?;
    Ok(complex_value(t, z))
}

/// `a == b` when one side is a complex: exact against ints of any size, `None` when the
/// other side is not a number.
pub fn eq(a: &Value, b: &Value) -> Option<bool> {
    let (z, other) = match (as_complex(a), as_complex(b)) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(z), None) => (z, b),
        (None, Some(z)) => (z, a),
        (None, None) => return None,
    };
    let real_eq = match other {
        Value::Float(f) => z.re == *f,
        Value::Int(i) => int_float_eq(&BigInt::from(*i), z.re),
        Value::Bool(x) => z.re == *x as i64 as f64,
        Value::BigInt(i) => int_float_eq(i, z.re),
        _ => return None,
    };
    Some(z.im == 0.0 && real_eq)
}
