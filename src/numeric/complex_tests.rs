use super::*;

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

#[test]
fn smith_division_scales_by_the_larger_part() {
    assert_eq!(c(1.0, 2.0).quotient(c(3.0, 4.0)).unwrap(), c(0.44, 0.08));
    assert_eq!(
        c(1.0, 1.0).quotient(c(0.0, 0.0)).unwrap_err().message,
        "complex division by zero"
    );
    let nan = c(1.0, 1.0).quotient(c(f64::NAN, 1.0)).unwrap();
    assert!(nan.re.is_nan() && nan.im.is_nan());
}

#[test]
fn small_integer_powers_square_repeatedly() {
    assert_eq!(c(0.0, 1.0).pow(c(2.0, 0.0)).unwrap(), c(-1.0, 0.0));
    assert_eq!(c(1.0, 1.0).pow(c(-1.0, 0.0)).unwrap(), c(0.5, -0.5));
    assert_eq!(c(3.0, 4.0).pow(c(0.0, 0.0)).unwrap(), c(1.0, 0.0));
}

#[test]
fn power_errors_are_cpythons() {
    let zero = c(0.0, 0.0);
    assert_eq!(
        zero.pow(c(-1.0, 0.0)).unwrap_err().message,
        "0.0 to a negative or complex power"
    );
    assert_eq!(
        zero.pow(c(0.5, 1.0)).unwrap_err().message,
        "0.0 to a negative or complex power"
    );
    assert_eq!(
        c(1e200, 0.0).pow(c(2.0, 0.0)).unwrap_err().message,
        "complex exponentiation"
    );
    assert_eq!(
        c(1.0, 1.0).pow(c(f64::INFINITY, 0.0)).unwrap_err().message,
        "0.0 to a negative or complex power"
    );
}

#[test]
fn abs_and_hash() {
    assert_eq!(c(3.0, 4.0).abs().unwrap(), 5.0);
    assert_eq!(c(f64::NAN, f64::NEG_INFINITY).abs().unwrap(), f64::INFINITY);
    assert_eq!(
        c(1.5e308, 1.5e308).abs().unwrap_err().message,
        "absolute value too large"
    );
    assert_eq!(c(1.0, 0.0).hash(), 1);
    assert_eq!(c(0.0, 1.0).hash(), 1_000_003);
    assert_eq!(c(-1.0, 0.0).hash(), -2);
}
