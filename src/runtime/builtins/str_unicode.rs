//! The `str` methods that ask the Unicode Character Database: case mapping (`upper`,
//! `lower` with final sigma, `title`, `capitalize`, `swapcase`, `casefold`, all with
//! full special casing) and classification (`isalpha` ... `isprintable`), answered from
//! the generated Unicode 14.0 tables in `crate::unicode_data` exactly as CPython 3.11.
//! Not the searching/splitting methods (str_methods.rs).

use super::method;
use super::method_args;
use super::str_methods::this;
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::unicode_data::{flag, has, has_any, push_case, Case};
use crate::vm::Vm;

pub(super) fn install(d: &PyDict) {
    let m = |name, f| method(d, "str", name, f);
    m("upper", upper);
    m("lower", lower);
    m("title", title);
    m("capitalize", capitalize);
    m("swapcase", swapcase);
    m("casefold", casefold);
    m("isdigit", isdigit);
    m("isalpha", isalpha);
    m("isalnum", isalnum);
    m("isspace", isspace);
    m("isupper", isupper);
    m("islower", islower);
    m("isidentifier", isidentifier);
    m("isnumeric", isnumeric);
    m("isdecimal", isdecimal);
    m("istitle", istitle);
    m("isascii", isascii);
    m("isprintable", isprintable);
}

/// Applies `f` to the receiver's characters (with their index, for final sigma).
fn map_chars(args: Args<'_>, name: &str, f: impl Fn(&[char]) -> String) -> PyResult<Value> {
    let s = this(&args, name)?;
    method_args(&args, "str", name, 0, 0)?;
    if s.is_ascii() {
        // ASCII maps to ASCII, one to one, with no context.
        let t = s.as_str();
        let map: fn(&mut str) = match name {
            "upper" => str::make_ascii_uppercase,
            "lower" | "casefold" => str::make_ascii_lowercase,
            _ => return Ok(Value::from_string(f(&t.chars().collect::<Vec<_>>()))),
        };
        return Ok(crate::runtime::str_build::ascii_mapped(t, map));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    Ok(Value::from_string(f(&chars)))
}

fn cased(c: char) -> bool {
    has(c, flag::CASED)
}

/// Lower case of `chars[at]`: a capital sigma is final ('ς') when a cased letter comes
/// before it and none after it, case-ignorable characters skipped both ways.
fn push_lower(chars: &[char], at: usize, out: &mut String) {
    let c = chars[at];
    if c != 'Σ' {
        return push_case(c, Case::Lower, out);
    }
    let not_ignorable = |&&c: &&char| !has(c, flag::CASE_IGNORABLE);
    let before = chars[..at].iter().rev().find(not_ignorable);
    let after = chars[at + 1..].iter().find(not_ignorable);
    let final_sigma = before.is_some_and(|&c| cased(c)) && !after.is_some_and(|&c| cased(c));
    out.push(if final_sigma { 'ς' } else { 'σ' });
}

fn each(chars: &[char], mut f: impl FnMut(usize, char, &mut String)) -> String {
    let mut out = String::with_capacity(chars.len());
    for (at, &c) in chars.iter().enumerate() {
        f(at, c, &mut out);
    }
    out
}

fn upper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_chars(args, "upper", |chars| {
        each(chars, |_, c, out| push_case(c, Case::Upper, out))
    })
}

fn lower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_chars(args, "lower", |chars| {
        each(chars, |at, _, out| push_lower(chars, at, out))
    })
}

fn casefold(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_chars(args, "casefold", |chars| {
        each(chars, |_, c, out| push_case(c, Case::Fold, out))
    })
}

fn title(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_chars(args, "title", |chars| {
        let mut previous_cased = false;
        each(chars, |at, c, out| {
            if previous_cased {
                push_lower(chars, at, out);
            } else {
                push_case(c, Case::Title, out);
            }
            previous_cased = cased(c);
        })
    })
}

fn capitalize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_chars(args, "capitalize", |chars| {
        each(chars, |at, c, out| match at {
            0 => push_case(c, Case::Title, out),
            _ => push_lower(chars, at, out),
        })
    })
}

fn swapcase(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_chars(args, "swapcase", |chars| {
        each(chars, |at, c, out| {
            if has(c, flag::UPPER) {
                push_lower(chars, at, out);
            } else if has(c, flag::LOWER) {
                push_case(c, Case::Upper, out);
            } else {
                out.push(c);
            }
        })
    })
}

/// A predicate over the whole string: false for the empty string.
fn all_chars(args: Args<'_>, name: &str, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    method_args(&args, "str", name, 0, 0)?;
    let t = s.as_str();
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn isdigit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isdigit", |c| has(c, flag::DIGIT))
}

fn isdecimal(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isdecimal", |c| has(c, flag::DECIMAL))
}

fn isnumeric(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isnumeric", |c| has(c, flag::NUMERIC))
}

fn isalpha(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isalpha", |c| has(c, flag::ALPHA))
}

fn isalnum(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let alnum = flag::ALPHA | flag::DECIMAL | flag::DIGIT | flag::NUMERIC;
    all_chars(args, "isalnum", |c| has_any(c, alnum))
}

fn isspace(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    all_chars(args, "isspace", |c| has(c, flag::SPACE))
}

fn isascii(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isascii")?;
    method_args(&args, "str", "isascii", 0, 0)?;
    Ok(Value::Bool(s.is_ascii()))
}

fn isprintable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isprintable")?;
    method_args(&args, "str", "isprintable", 0, 0)?;
    Ok(Value::Bool(
        s.as_str().chars().all(|c| has(c, flag::PRINTABLE)),
    ))
}

/// isupper/islower: at least one cased character, and no character of the other case
/// or title case.
fn case_test(args: Args<'_>, name: &str, upper: bool) -> PyResult<Value> {
    let s = this(&args, name)?;
    method_args(&args, "str", name, 0, 0)?;
    let (wrong, right) = match upper {
        true => (flag::LOWER | flag::TITLE, flag::UPPER),
        false => (flag::UPPER | flag::TITLE, flag::LOWER),
    };
    let mut any = false;
    for c in s.as_str().chars() {
        if has_any(c, wrong) {
            return Ok(Value::Bool(false));
        }
        any |= has(c, right);
    }
    Ok(Value::Bool(any))
}

fn isupper(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_test(args, "isupper", true)
}

fn islower(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_test(args, "islower", false)
}

fn istitle(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "istitle")?;
    method_args(&args, "str", "istitle", 0, 0)?;
    let mut previous_cased = false;
    let mut any = false;
    for c in s.as_str().chars() {
        if has_any(c, flag::UPPER | flag::TITLE) {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else if has(c, flag::LOWER) {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

/// `str.isidentifier()` for a Rust string: XID_Start or '_', then XID_Continue.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if has(c, flag::XID_START) => {}
        _ => return false,
    }
    chars.all(|c| has(c, flag::XID_CONTINUE))
}

fn isidentifier(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "isidentifier")?;
    method_args(&args, "str", "isidentifier", 0, 0)?;
    Ok(Value::Bool(is_identifier(s.as_str())))
}
