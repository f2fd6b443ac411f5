use super::*;

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

#[test]
fn branch_cuts_and_signed_zeros() {
    assert_eq!(sqrt(c(-4.0, 0.0)), c(0.0, 2.0));
    assert_eq!(sqrt(c(-4.0, -0.0)), c(0.0, -2.0));
    assert_eq!(sqrt(c(0.0, -0.0)), c(0.0, -0.0));
    assert_eq!(log(c(1.0, 0.0)).unwrap(), c(0.0, 0.0));
}

#[test]
fn special_values_come_from_the_tables() {
    let r = sqrt(c(f64::NEG_INFINITY, 1.0));
    assert_eq!(r, c(0.0, f64::INFINITY));
    assert_eq!(exp(c(f64::NEG_INFINITY, 0.0)).unwrap(), c(0.0, 0.0));
    assert_eq!(exp(c(1.0, f64::INFINITY)), Err(MathError::Domain));
}

#[test]
fn errors_are_errno() {
    assert_eq!(log(c(0.0, 0.0)), Err(MathError::Domain));
    assert_eq!(atanh(c(1.0, 0.0)), Err(MathError::Domain));
    assert_eq!(exp(c(1000.0, 0.0)), Err(MathError::Range));
    assert_eq!(cosh(c(1000.0, 1.0)), Err(MathError::Range));
    assert_eq!(rect(1.0, f64::INFINITY), Err(MathError::Domain));
}
