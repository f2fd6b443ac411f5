//! The `cmath` module: its constants and functions over Python values, with CPython's
//! argument conversion (complex, `__complex__`, then anything `float()` of a real number
//! accepts) and errors. The mathematics is `numeric::cmath`'s.

use super::{def, float_arg, type_name, unwrap_base};
use crate::numeric::cmath::{self, MathError, MathResult};
use crate::numeric::complex::Complex;
use crate::runtime::complex::{as_complex, complex_value};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::{module_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::f64::consts::{E, PI, TAU};
use std::rc::Rc;

pub fn module(t: &crate::runtime::types::Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("cmath"));
    m.set_by_str(
        "__doc__",
        Value::str("This module provides access to mathematical functions for complex\nnumbers."),
    );
    m.set_by_str("pi", Value::Float(PI));
    m.set_by_str("e", Value::Float(E));
    m.set_by_str("tau", Value::Float(TAU));
    m.set_by_str("inf", Value::Float(f64::INFINITY));
    m.set_by_str("nan", Value::Float(f64::NAN));
    m.set_by_str("infj", complex_value(t, Complex::new(0.0, f64::INFINITY)));
    m.set_by_str("nanj", complex_value(t, Complex::new(0.0, f64::NAN)));
    def(&m, "sqrt", |vm, a| total(vm, a, "sqrt", cmath::sqrt));
    def(&m, "acos", |vm, a| total(vm, a, "acos", cmath::acos));
    def(&m, "acosh", |vm, a| total(vm, a, "acosh", cmath::acosh));
    def(&m, "asin", |vm, a| total(vm, a, "asin", cmath::asin));
    def(&m, "asinh", |vm, a| total(vm, a, "asinh", cmath::asinh_c));
    def(&m, "atan", |vm, a| partial(vm, a, "atan", cmath::atan));
    def(&m, "atanh", |vm, a| partial(vm, a, "atanh", cmath::atanh));
    def(&m, "cos", |vm, a| partial(vm, a, "cos", cmath::cos));
    def(&m, "cosh", |vm, a| partial(vm, a, "cosh", cmath::cosh));
    def(&m, "sin", |vm, a| partial(vm, a, "sin", cmath::sin));
    def(&m, "sinh", |vm, a| partial(vm, a, "sinh", cmath::sinh));
    def(&m, "tan", |vm, a| partial(vm, a, "tan", cmath::tan));
    def(&m, "tanh", |vm, a| partial(vm, a, "tanh", cmath::tanh));
    def(&m, "exp", |vm, a| partial(vm, a, "exp", cmath::exp));
    def(&m, "log10", |vm, a| partial(vm, a, "log10", cmath::log10));
    def(&m, "log", log);
    def(&m, "phase", |vm, a| {
        let z = one(vm, &a, "phase")?;
        cmath::phase(z).map(Value::Float).map_err(math_error)
    });
    def(&m, "polar", |vm, a| {
        let z = one(vm, &a, "polar")?;
        let r = z.abs().map_err(|_| math_error(MathError::Range))?;
        Ok(Value::tuple(vec![
            Value::Float(r),
            Value::Float(z.im.atan2(z.re)),
        ]))
    });
    def(&m, "rect", rect);
    def(&m, "isfinite", |vm, a| {
        let z = one(vm, &a, "isfinite")?;
        Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
    });
    def(&m, "isinf", |vm, a| {
        let z = one(vm, &a, "isinf")?;
        Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
    });
    def(&m, "isnan", |vm, a| {
        let z = one(vm, &a, "isnan")?;
        Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
    });
    def(&m, "isclose", isclose);
    m
}

#[cold]
fn math_error(e: MathError) -> PyErr {
    match e {
        MathError::Domain => value_error("math domain error"),
        MathError::Range => overflow_error("math range error"),
    }
}

/// A complex argument as CPython's `PyComplex_AsCComplex` reads one.
pub fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    if let Some(z) = as_complex(&unwrap_base(v)) {
        return Ok(z);
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.getattr_opt(v, "__complex__")? {
            let r = vm.call_args(&m, vec![])?;
            return as_complex(&unwrap_base(&r)).ok_or_else(|| {
                type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name(vm, &r)
                ))
            });
        }
    }
    Ok(Complex::new(float_arg(vm, v)?, 0.0))
}

/// The one positional argument of `cmath.name(z)`.
fn one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Complex> {
    let z = module_positional(args, "cmath", name, 1, 1)?;
    complex_arg(vm, &z[0])
}

/// A function defined everywhere.
fn total(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(Complex) -> Complex) -> PyResult<Value> {
    let z = one(vm, &args, name)?;
    Ok(complex_value(vm.types(), f(z)))
}

/// A function with domain or range errors.
fn partial(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    f: fn(Complex) -> MathResult,
) -> PyResult<Value> {
    let z = one(vm, &args, name)?;
    f(z).map(|z| complex_value(vm.types(), z))
        .map_err(math_error)
}

/// `log(z[, base])`: CPython keeps only the last logarithm's error, then the division's.
fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const LOG: Signature = Signature::new("log", &["z", "base"])
        .required(1)
        .positional_only("cmath.log");
    let p = LOG.positional(&args)?;
    let x = complex_arg(vm, &p[0])?;
    let r = match p.get(1) {
        None => cmath::log(x),
        Some(base) => cmath::log_base(x, complex_arg(vm, base)?),
    };
    r.map(|z| complex_value(vm.types(), z)).map_err(math_error)
}

fn rect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const RECT: Signature = Signature::new("rect", &["r", "phi"]).positional_only("cmath.rect");
    let p = RECT.positional(&args)?;
    let r = float_arg(vm, &p[0])?;
    let phi = float_arg(vm, &p[1])?;
    cmath::rect(r, phi)
        .map(|z| complex_value(vm.types(), z))
        .map_err(math_error)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const ISCLOSE: Signature = Signature::new("isclose", &["a", "b", "rel_tol", "abs_tol"])
        .required(2)
        .kwonly(2);
    let p = ISCLOSE.bind(&args)?;
    let a = complex_arg(vm, p.req(0))?;
    let b = complex_arg(vm, p.req(1))?;
    let mut tolerance = |i: usize, default: f64| -> PyResult<f64> {
        match p.given(i) {
            Some(v) => float_arg(vm, v),
            None => Ok(default),
        }
    };
    let rel_tol = tolerance(2, 1e-09)?;
    let abs_tol = tolerance(3, 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    Ok(Value::Bool(cmath::isclose(a, b, rel_tol, abs_tol)))
}
