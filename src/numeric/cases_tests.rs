//! Table-driven checks of `int`, `float`, `hash`, `parse`, `format` and `%` against CPython
//! 3.11: the cases are tests/data/numeric/cases.json, written by generate.py beside it from
//! the inputs in inputs.json (tests/cpython_agrees.rs checks the file is what CPython gives).

use super::float::{self, round_digits};
use super::format_spec;
use super::hash::{hash_float, hash_int};
use super::int::PowResult;
use super::parse::{bin, hex, int_to_decimal, oct, parse_float, parse_int, DEFAULT_MAX_STR_DIGITS};
use super::{Int, NumError, NumResult};

fn int(s: &str) -> Int {
    // Test inputs may exceed the 4300-digit limit of int(str).
    Int::from_bigint(s.parse::<num_bigint::BigInt>().expect("test input"))
}

fn show_int(r: NumResult<Int>) -> String {
    r.map(|v| v.to_string()).unwrap_or_else(show_err)
}

fn show_float(r: NumResult<f64>) -> String {
    r.map(float::repr).unwrap_or_else(show_err)
}

fn show_err(e: NumError) -> String {
    format!("{:?}: {}", e.kind, e.message)
}

fn eval(op: &str, args: &[&str]) -> String {
    let a = || int(args[0]);
    let b = || int(args[1]);
    let f = |i: usize| parse_float(args[i]).expect("float input");
    match op {
        "add" => show_int(Ok(a().add(&b()))),
        "sub" => show_int(Ok(a().sub(&b()))),
        "mul" => show_int(a().mul(&b())),
        "floordiv" => show_int(a().floordiv(&b())),
        "mod" => show_int(a().modulo(&b())),
        "divmod" => match a().divmod(&b()) {
            Ok((q, r)) => format!("({q}, {r})"),
            Err(e) => show_err(e),
        },
        "truediv" => show_float(a().truediv(&b())),
        "and" => show_int(Ok(a().bitand(&b()))),
        "or" => show_int(Ok(a().bitor(&b()))),
        "xor" => show_int(Ok(a().bitxor(&b()))),
        "cmp" => (a().cmp(&b()) as i8).to_string(),
        "shl" => show_int(a().shl(&b())),
        "shr" => show_int(a().shr(&b())),
        "neg" => show_int(Ok(a().neg())),
        "abs" => show_int(Ok(a().abs())),
        "invert" => show_int(Ok(a().invert())),
        "bit_length" => a().bit_length().to_string(),
        "float" => show_float(a().to_f64()),
        "hash" => hash_int(&a()).to_string(),
        "bin" => bin(&a()),
        "oct" => oct(&a()),
        "hex" => hex(&a()),
        "str" => int_to_decimal(&a(), DEFAULT_MAX_STR_DIGITS).unwrap_or_else(show_err),
        "pow" => match a().pow(&b()) {
            Ok(PowResult::Int(v)) => v.to_string(),
            Ok(PowResult::Float(f)) => float::repr(f),
            Err(e) => show_err(e),
        },
        "powmod" => show_int(a().pow_mod(&b(), &int(args[2]))),
        "cmpf" => {
            let f = parse_float(args[1]).expect("float input");
            match a().cmp_f64(f) {
                None => "nan".to_string(),
                Some(o) => {
                    assert_eq!(a().eq_f64(f), o.is_eq(), "eq_f64 {args:?}");
                    (o as i8).to_string()
                }
            }
        }
        "round_int" => show_int(a().round_digits(args[1].parse().expect("i64"))),
        "float_hash" => {
            let f = parse_float(args[0]).expect("float input");
            hash_float(f).map_or("nan".to_string(), |h| h.to_string())
        }
        "float_round" => show_float(round_digits(
            parse_float(args[0]).expect("float"),
            args[1].parse().expect("i64"),
        )),
        "float_repr" => float::repr(f(0)),
        "float_int" => show_int(float::to_int(f(0))),
        "float_round0" => show_int(float::round_to_int(f(0))),
        "float_ratio" => match float::as_integer_ratio(f(0)) {
            Ok((n, d)) => format!("({n}, {d})"),
            Err(e) => show_err(e),
        },
        "float_is_integer" => if float::is_integer(f(0)) {
            "True"
        } else {
            "False"
        }
        .to_string(),
        "float_floordiv" => show_float(float::floordiv(f(0), f(1))),
        "float_mod" => show_float(float::modulo(f(0), f(1))),
        "float_truediv" => show_float(float::truediv(f(0), f(1))),
        // The real-number core refuses what CPython answers with a complex number.
        "float_pow" => match float::pow(f(0), f(1)) {
            Err(e) if e.message.contains("complex") => "complex".to_string(),
            result => show_float(result),
        },
        "float_divmod" => match float::divmod(f(0), f(1)) {
            Ok((q, r)) => format!("({}, {})", float::repr(q), float::repr(r)),
            Err(e) => show_err(e),
        },
        "parse_int" => show_int(parse_int(
            args[0],
            args[1].parse().expect("base"),
            DEFAULT_MAX_STR_DIGITS,
        )),
        "parse_float" => show_float(parse_float(args[0])),
        "fmt_int" => {
            format_spec::format_int(&a(), args[1], DEFAULT_MAX_STR_DIGITS).unwrap_or_else(show_err)
        }
        "fmt_float" => format_spec::format_float(f(0), args[1]).unwrap_or_else(show_err),
        "fmt_str" => format_spec::format_str(args[0], args[1]).unwrap_or_else(show_err),
        "pct" => percent_one(args).unwrap_or_else(show_err),
        other => panic!("unknown op {other}"),
    }
}

/// `format % arg` for a format string with at most one conversion.
fn percent_one(args: &[&str]) -> NumResult<String> {
    use super::percent::{format_conversion, parse_format, Arg, Count, Invalid, Piece};
    let pieces = parse_format(args[0], false);
    let int_arg;
    let arg = match args[1] {
        "i" => {
            int_arg = int(args[2]);
            Arg::Int(&int_arg)
        }
        "f" => Arg::Float(parse_float(args[2]).expect("float")),
        _ => Arg::Str(args[2]),
    };
    let mut out = String::new();
    for piece in &pieces {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            // The argument here is never a mapping.
            Piece::Invalid(Invalid::IncompleteKey) => {
                return Err(NumError::type_error("format requires a mapping"))
            }
            Piece::Invalid(invalid) => return Err(invalid.error()),
            Piece::Convert(conv) => {
                let count = |c: Option<Count>| match c {
                    Some(Count::Given(n)) => Some(n),
                    _ => None,
                };
                out.push_str(&format_conversion(
                    conv,
                    count(conv.width).unwrap_or(0),
                    count(conv.precision),
                    arg,
                    DEFAULT_MAX_STR_DIGITS,
                )?);
            }
        }
    }
    Ok(out)
}

fn load_cases() -> Vec<(String, Vec<String>, String)> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/numeric/cases.json");
    let text = std::fs::read_to_string(&path).expect("tests/data/numeric/cases.json");
    serde_json::from_str(&text).expect("cases.json: a list of [op, args, expected]")
}

#[test]
fn cases_match_cpython() {
    let cases = load_cases();
    assert!(cases.len() > 9000, "cases.json holds {} cases", cases.len());
    let mut failures = Vec::new();
    for (op, args, expected) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let got = eval(op, &args);
        if got != *expected {
            failures.push(format!("{op}{args:?}: got {got:?}, want {expected:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
