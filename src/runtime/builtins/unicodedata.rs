//! The `unicodedata` module of Unicode 14.0 (CPython 3.11's): character properties from
//! the generated tables in `crate::unicode_data`, names from the `unicode_names2` crate
//! (a newer Unicode, so a name counts only for a character 14.0 assigns), and the
//! normalization forms; `lookup` also knows the 14.0 name aliases and named sequences.
//! Not the `ucd_3_2_0` database object.

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::module_positional;
use crate::runtime::value::Value;
use crate::unicode_data::{self as ucd, normalize};
use crate::vm::Vm;
use std::rc::Rc;

/// The `unicodedata` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("unicodedata"));
    m.set_by_str("unidata_version", Value::str("14.0.0"));
    def(&m, "name", name);
    def(&m, "lookup", lookup);
    def(&m, "category", category);
    def(&m, "bidirectional", bidirectional);
    def(&m, "combining", combining);
    def(&m, "east_asian_width", east_asian_width);
    def(&m, "mirrored", mirrored);
    def(&m, "decomposition", decomposition);
    def(&m, "decimal", decimal);
    def(&m, "digit", digit);
    def(&m, "numeric", numeric);
    def(&m, "normalize", normalize_fn);
    def(&m, "is_normalized", is_normalized);
    m
}

#[cold]
fn not_a_character(fname: &str, which: &str, v: &Value) -> PyErr {
    type_error(format!(
        "{fname}() argument{which} must be a unicode character, not {}",
        v.arg_kind_name()
    ))
}

/// The one character of a length-1 str argument.
fn as_char(v: &Value) -> Option<char> {
    let s = v.as_pystr()?;
    let mut chars = s.as_str().chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// The character argument of a one-argument function (`category(chr)`).
fn only_char(args: &Args<'_>, fname: &str) -> PyResult<char> {
    let pos = module_positional(args, "unicodedata", fname, 1, 1)?;
    as_char(&pos[0]).ok_or_else(|| not_a_character(fname, "", &pos[0]))
}

/// The character and optional default of `name`, `decimal`, `digit`, `numeric`.
fn char_and_default<'a>(args: &Args<'a>, fname: &str) -> PyResult<(char, Option<&'a Value>)> {
    let pos = module_positional(args, "unicodedata", fname, 1, 2)?;
    let c = as_char(&pos[0]).ok_or_else(|| not_a_character(fname, " 1", &pos[0]))?;
    Ok((c, pos.get(1)))
}

/// The value found, else the default, else ValueError(`missing`).
fn or_default(found: Option<Value>, default: Option<&Value>, missing: &str) -> PyResult<Value> {
    match (found, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_error(missing.to_string())),
    }
}

/// `c`'s name in Unicode 14.0 (the crate knows later characters too).
fn name_of(c: char) -> Option<String> {
    if !ucd::is_assigned(c) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

fn name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, "name")?;
    or_default(name_of(c).map(Value::from_string), default, "no such name")
}

fn lookup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "unicodedata", "lookup", 1, 1)?;
    // A str, or the bytes of a name.
    let wanted = match (pos[0].as_pystr(), crate::runtime::bytes::bytes_of(&pos[0])) {
        (Some(s), _) => s.as_str().to_string(),
        (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
        _ => {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                super::type_name(vm, &pos[0])
            )))
        }
    };
    let upper = wanted.to_ascii_uppercase();
    let sequences = &ucd::named_sequences::NAMED_SEQUENCES;
    if let Ok(at) = sequences.binary_search_by(|(name, _)| (*name).cmp(upper.as_str())) {
        return Ok(Value::str(sequences[at].1));
    }
    let newer_alias = ucd::named_sequences::NEWER_ALIASES.contains(&upper.as_str());
    let found = unicode_names2::character(&wanted).filter(|_| !newer_alias);
    match found.filter(|&c| ucd::is_assigned(c)) {
        Some(c) => Ok(Value::from_string(c.to_string())),
        None => Err(crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::KeyError,
            format!("undefined character name '{wanted}'"),
        )),
    }
}

fn category(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(ucd::category(only_char(&args, "category")?)))
}

fn bidirectional(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(ucd::bidirectional(only_char(
        &args,
        "bidirectional",
    )?)))
}

fn combining(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        ucd::combining(only_char(&args, "combining")?) as i64
    ))
}

fn east_asian_width(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str(ucd::east_asian_width(only_char(
        &args,
        "east_asian_width",
    )?)))
}

fn mirrored(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        ucd::mirrored(only_char(&args, "mirrored")?) as i64
    ))
}

fn decomposition(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = only_char(&args, "decomposition")?;
    Ok(Value::str(ucd::decomposition(c).unwrap_or("")))
}

fn decimal(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, "decimal")?;
    let found = ucd::decimal_value(c).map(|d| Value::Int(d as i64));
    or_default(found, default, "not a decimal")
}

fn digit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, "digit")?;
    let found = ucd::digit(c).map(|d| Value::Int(d as i64));
    or_default(found, default, "not a digit")
}

fn numeric(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, "numeric")?;
    let found = ucd::numeric(c).map(Value::Float);
    or_default(found, default, "not a numeric character")
}

/// The form and text arguments of `normalize` / `is_normalized`.
fn form_and_text(args: &Args<'_>, fname: &str) -> PyResult<(normalize::Form, Rc<str>)> {
    let pos = module_positional(args, "unicodedata", fname, 2, 2)?;
    let str_arg = |i: usize| {
        pos[i].as_pystr().ok_or_else(|| {
            type_error(format!(
                "{fname}() argument {} must be str, not {}",
                i + 1,
                pos[i].arg_kind_name()
            ))
        })
    };
    let form = str_arg(0)?;
    let text = str_arg(1)?;
    let form = normalize::Form::from_name(form.as_str())
        .ok_or_else(|| value_error("invalid normalization form"))?;
    Ok((form, Rc::from(text.as_str())))
}

fn normalize_fn(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(&args, "normalize")?;
    Ok(Value::from_string(normalize::normalize(&text, form)))
}

fn is_normalized(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(&args, "is_normalized")?;
    Ok(Value::Bool(normalize::normalize(&text, form) == *text))
}
