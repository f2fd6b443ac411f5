use super::*;

fn parsed(s: &str) -> (f64, f64) {
    let z = parse_complex(s).unwrap();
    (z.re, z.im)
}

#[test]
fn every_form_cpython_accepts() {
    assert_eq!(parsed("1+2j"), (1.0, 2.0));
    assert_eq!(parsed(" ( 1+2j ) "), (1.0, 2.0));
    assert_eq!(parsed("j"), (0.0, 1.0));
    assert_eq!(parsed("-J"), (0.0, -1.0));
    assert_eq!(parsed("1-j"), (1.0, -1.0));
    assert_eq!(parsed("1e5"), (100000.0, 0.0));
    assert_eq!(parsed("1_0j"), (0.0, 10.0));
    assert_eq!(parsed("1.5e3-2.5E-3J"), (1500.0, -0.0025));
    assert_eq!(parsed("infinityj"), (0.0, f64::INFINITY));
    let (re, im) = parsed("inf+nanj");
    assert!(re == f64::INFINITY && im.is_nan());
}

#[test]
fn malformed_text() {
    for bad in [
        "", "  ", "1e", "1e+j", "(1", "1)", "1 +2j", "1+ 2j", "0x1j", ".j", "--1j",
    ] {
        assert_eq!(
            parse_complex(bad).unwrap_err().message,
            "complex() arg is a malformed string",
            "{bad:?}"
        );
    }
    assert_eq!(
        parse_complex("1__0j").unwrap_err().message,
        "could not convert string to complex: '1__0j'"
    );
}
