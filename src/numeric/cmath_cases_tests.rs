//! Table-driven check of cmath against CPython 3.11: tests/data/cmath/cases.json, written
//! by generate.py beside it (tests/cpython_agrees.rs checks the file is CPython's).
//! Results are compared as reprs, so every bit of every part must agree.

use super::super::complex::Complex;
use super::super::complex_format::repr;
use super::super::float::repr as float_repr;
use super::*;

fn shown(r: MathResult) -> String {
    match r {
        Ok(z) => repr(z),
        Err(e) => error_text(e),
    }
}

fn error_text(e: MathError) -> String {
    match e {
        MathError::Domain => "ValueError: math domain error".into(),
        MathError::Range => "OverflowError: math range error".into(),
    }
}

fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.into()
}

fn eval(name: &str, args: &[f64]) -> String {
    let z = Complex::new(args[0], args[1]);
    match name {
        "acos" => repr(acos(z)),
        "acosh" => repr(acosh(z)),
        "asin" => repr(asin(z)),
        "asinh" => repr(asinh_c(z)),
        "sqrt" => repr(sqrt(z)),
        "atan" => shown(atan(z)),
        "atanh" => shown(atanh(z)),
        "cos" => shown(cos(z)),
        "cosh" => shown(cosh(z)),
        "exp" => shown(exp(z)),
        "log" => shown(log(z)),
        "log10" => shown(log10(z)),
        "sin" => shown(sin(z)),
        "sinh" => shown(sinh(z)),
        "tan" => shown(tan(z)),
        "tanh" => shown(tanh(z)),
        "phase" => phase(z).map(float_repr).unwrap_or_else(error_text),
        "polar" => match z.abs() {
            Ok(r) => format!("({}, {})", float_repr(r), float_repr(z.im.atan2(z.re))),
            Err(_) => error_text(MathError::Range),
        },
        "isfinite" => py_bool(z.re.is_finite() && z.im.is_finite()),
        "isinf" => py_bool(z.re.is_infinite() || z.im.is_infinite()),
        "isnan" => py_bool(z.re.is_nan() || z.im.is_nan()),
        "rect" => shown(rect(args[0], args[1])),
        "log_base" => shown(log_base(z, Complex::new(args[2], args[3]))),
        "isclose" => py_bool(isclose(z, Complex::new(args[2], args[3]), 1e-09, 0.0)),
        other => panic!("unknown function {other}"),
    }
}

#[test]
fn cmath_agrees_with_cpython_to_the_bit() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cmath/cases.json");
    let text = std::fs::read_to_string(&path).expect("tests/data/cmath/cases.json");
    let cases: Vec<(String, Vec<String>, String)> =
        serde_json::from_str(&text).expect("cases.json: a list of [function, args, expected]");
    assert!(
        cases.len() > 10000,
        "cases.json holds {} cases",
        cases.len()
    );
    let mut failures = Vec::new();
    for (name, args, expected) in &cases {
        let values: Vec<f64> = args
            .iter()
            .map(|a| crate::numeric::parse::parse_float(a).expect("float input"))
            .collect();
        let got = eval(name, &values);
        if &got != expected {
            failures.push(format!("{name}{args:?}: expected {expected}, got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
