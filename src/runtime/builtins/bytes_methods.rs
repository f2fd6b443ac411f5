//! The named methods of `bytes` and `bytearray` (decode, hex, find, split, strip, ...,
//! and bytearray's append/extend/pop/...). Methods that return byte strings return the
//! receiver's kind. Subscription, `in` and operators are in `bytes_type`.

use super::bytes_type::{
    byte_arg, bytearray_cell, bytearray_new, bytes_like_value, bytes_new, with_vec,
};
use super::{as_int, as_str, index_i64, method, method_args, params, type_name};
use crate::ast::BinOp;
use crate::runtime::bytes::{self as b, bytes_of, is_bytearray, Encoding};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{index_error, type_error, value_error, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Methods both classes share.
const SHARED: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("split", split),
    ("rsplit", rsplit),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("upper", upper),
    ("lower", lower),
    ("partition", partition),
    ("rpartition", rpartition),
    ("isdigit", isdigit),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
];

pub(super) fn install(t: &Types) {
    method(&t.bytes.dict, "bytes", "__new__", bytes_new);
    method(&t.bytearray.dict, "bytearray", "__new__", bytearray_new);
    for (dict, owner) in [(&t.bytes.dict, "bytes"), (&t.bytearray.dict, "bytearray")] {
        register_shared(dict, owner);
        super::bytes_reshape::install(t, dict, owner);
        super::class_method(t, dict, owner, "fromhex", fromhex);
    }
    for (dict, owner) in [(&t.bytes.dict, "bytes"), (&t.bytearray.dict, "bytearray")] {
        method(dict, owner, "__getitem__", |vm, a| {
            let [this, key] = dunder_args(&a)?;
            super::bytes_type::bytes_getitem(vm, this, key)
        });
        method(dict, owner, "__contains__", |vm, a| {
            let [this, item] = dunder_args(&a)?;
            Ok(Value::Bool(super::bytes_type::bytes_contains(
                vm, this, item,
            )?))
        });
        method(dict, owner, "__len__", |vm, a| {
            let (data, _, _) = receiver(vm, &a, "__len__")?;
            Ok(Value::Int(data.len() as i64))
        });
    }
    for (dict, owner) in [(&t.bytes.dict, "bytes"), (&t.bytearray.dict, "bytearray")] {
        method(dict, owner, "__add__", |vm, a| {
            let [this, other] = dunder_args(&a)?;
            binary_or_not_implemented(vm, BinOp::Add, this, other)
        });
        method(dict, owner, "__mul__", |vm, a| {
            let [this, other] = dunder_args(&a)?;
            binary_or_not_implemented(vm, BinOp::Mult, this, other)
        });
        method(dict, owner, "__mod__", |vm, a| {
            let [this, other] = dunder_args(&a)?;
            let formatted = super::bytes_type::bytes_binary(vm, BinOp::Mod, this, other)?;
            Ok(formatted.unwrap_or_else(|| vm.types().not_implemented.clone()))
        });
        method(dict, owner, "__rmul__", |vm, a| {
            let [this, other] = dunder_args(&a)?;
            binary_or_not_implemented(vm, BinOp::Mult, this, other)
        });
        let comparisons: [(&'static str, NativeFn); 6] = [
            ("__eq__", |vm, a| compare(vm, &a, |o| o.is_eq())),
            ("__ne__", |vm, a| compare(vm, &a, |o| o.is_ne())),
            ("__lt__", |vm, a| compare(vm, &a, |o| o.is_lt())),
            ("__le__", |vm, a| compare(vm, &a, |o| o.is_le())),
            ("__gt__", |vm, a| compare(vm, &a, |o| o.is_gt())),
            ("__ge__", |vm, a| compare(vm, &a, |o| o.is_ge())),
        ];
        for (name, f) in comparisons {
            method(dict, owner, name, f);
        }
    }
    method(&t.bytes.dict, "bytes", "__hash__", |vm, a| {
        let (data, _, _) = receiver(vm, &a, "__hash__")?;
        Ok(Value::Int(b::bytes_hash(&data)))
    });
    let ba = &t.bytearray.dict;
    method(ba, "bytearray", "__iadd__", |vm, a| {
        let [this, other] = dunder_args(&a)?;
        match super::bytes_type::bytearray_inplace_add(this, other)? {
            Some(_) => Ok(this.clone()),
            None => Err(type_error(format!(
                "can't concat {} to bytearray",
                type_name(vm, other)
            ))),
        }
    });
    method(ba, "bytearray", "__imul__", |vm, a| {
        let [this, count] = dunder_args(&a)?;
        let n = super::list_methods::repeat_arg(vm, count)?;
        super::bytes_type::bytearray_inplace_repeat(this, n)?;
        Ok(this.clone())
    });
    method(ba, "bytearray", "__setitem__", |vm, a| {
        const SETITEM: Signature = Signature::slot_unpack("wrapper __setitem__", &["key", "value"]);
        let p = SETITEM.positional_method(&a)?;
        super::bytes_type::bytearray_setitem(vm, &a.args[0], &p[0], p[1].clone())?;
        Ok(Value::None)
    });
    method(ba, "bytearray", "__delitem__", |vm, a| {
        let [this, key] = dunder_args(&a)?;
        super::bytes_type::bytearray_delitem(vm, this, key)?;
        Ok(Value::None)
    });
    method(ba, "bytearray", "append", append);
    method(ba, "bytearray", "extend", extend);
    method(ba, "bytearray", "pop", pop);
    method(ba, "bytearray", "insert", insert);
    method(ba, "bytearray", "remove", remove);
    method(ba, "bytearray", "clear", clear);
    method(ba, "bytearray", "copy", copy);
    method(ba, "bytearray", "reverse", reverse);
    // bytearray is mutable, hence unhashable.
    ba.set_by_str("__hash__", Value::None);
}

/// `self op other` for the operator dunders, NotImplemented when it does not apply.
fn binary_or_not_implemented(
    vm: &mut Vm,
    op: BinOp,
    this: &Value,
    other: &Value,
) -> PyResult<Value> {
    match super::bytes_type::bytes_binary(vm, op, this, other) {
        Ok(Some(v)) => Ok(v),
        Ok(None) | Err(_) => Ok(vm.types().not_implemented.clone()),
    }
}

/// A rich comparison dunder: NotImplemented unless both sides are bytes-like.
fn compare(vm: &Vm, args: &Args<'_>, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let [this, other] = dunder_args(args)?;
    Ok(match b::bytes_cmp(this, other) {
        Some(o) => Value::Bool(test(o)),
        None => vm.types().not_implemented.clone(),
    })
}

/// `self` and the one argument of a binary dunder method.
fn dunder_args<'a>(args: &Args<'a>) -> PyResult<[&'a Value; 2]> {
    match args.pos() {
        [this, x] => Ok([this, x]),
        other => Err(type_error(format!(
            "expected 1 argument, got {}",
            other.len().saturating_sub(1)
        ))),
    }
}

fn register_shared(dict: &PyDict, owner: &'static str) {
    for &(name, func) in SHARED {
        method(dict, owner, name, func);
    }
}

/// The receiver's bytes, its kind, and the kind's name for messages.
pub(super) fn receiver(
    vm: &Vm,
    args: &Args<'_>,
    name: &str,
) -> PyResult<(Vec<u8>, bool, &'static str)> {
    let Some(this) = args.pos().first() else {
        return Err(type_error(format!("descriptor '{name}' needs an argument")));
    };
    match bytes_of(this) {
        Some(data) => {
            let ba = is_bytearray(this);
            Ok((data, ba, if ba { "bytearray" } else { "bytes" }))
        }
        None => Err(not_bytes(vm, name, this)),
    }
}

/// `bytes.upper('x')`: the receiver is not a byte string. (The natives serve both
/// classes and cannot tell which one the method was taken from; bytes is the usual.)
#[cold]
#[inline(never)]
fn not_bytes(vm: &Vm, name: &str, this: &Value) -> crate::runtime::error::PyErr {
    type_error(format!(
        "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
        type_name(vm, this)
    ))
}

/// A bytes-like argument, or CPython's "a bytes-like object is required" error.
pub(super) fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, v)
        ))
    })
}

fn str_param(
    vm: &Vm,
    v: Option<&Value>,
    fname: &str,
    pname: &str,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match as_str(v) {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(type_error(format!(
                "{fname}() argument '{pname}' must be str, not {}",
                super::arg_type_name(vm, v)
            ))),
        },
    }
}

fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, _, _) = receiver(vm, &args, "decode")?;
    let p = params(&args, "decode", &["encoding", "errors"])?;
    let enc = str_param(vm, p[0], "decode", "encoding", "utf-8")?;
    let errors = str_param(vm, p[1], "decode", "errors", "strict")?;
    Ok(Value::from_string(b::decode(
        vm.types(),
        &data,
        Encoding::lookup(&enc)?,
        &errors,
    )?))
}

pub(super) fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, _, _) = receiver(vm, &args, "hex")?;
    let p = params(&args, "hex", &["sep", "bytes_per_sep"])?;
    let sep = match p[0] {
        None => None,
        Some(v) => Some(hex_separator(vm, v)?),
    };
    let per = match p[1] {
        Some(v) => super::c_int_arg(vm, v)?,
        None => 1,
    };
    Ok(Value::from_string(b::to_hex(&data, sep, per)))
}

/// The `sep` argument of `bytes.hex` and `binascii.hexlify`: one ASCII character, given
/// as str or bytes.
pub(crate) fn hex_separator(vm: &Vm, v: &Value) -> PyResult<char> {
    let text = match (as_str(v), bytes_of(v)) {
        (Some(s), _) => s.as_str().to_string(),
        (None, Some(bs)) => String::from_utf8_lossy(&bs).into_owned(),
        _ if as_int(v).is_some() => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(vm, v)
            )))
        }
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii() => Ok(c),
        (Some(_), None) => Err(value_error("sep must be ASCII.")),
        _ => Err(value_error("sep must be length 1.")),
    }
}

fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = method_args(&args, "bytes", "fromhex", 1, 1)?;
    let Some(text) = as_str(&rest[0]) else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            super::arg_type_name(vm, &rest[0])
        )));
    };
    let data = b::from_hex(text.as_str()).map_err(|pos| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    })?;
    let cls = &args.pos()[0];
    let t = vm.types();
    match cls {
        Value::Class(c) if std::rc::Rc::ptr_eq(c, &t.bytes) => {
            Ok(bytes_like_value(vm.types(), false, data))
        }
        Value::Class(c) if std::rc::Rc::ptr_eq(c, &t.bytearray) => {
            Ok(bytes_like_value(vm.types(), true, data))
        }
        _ => vm.call_args(cls, vec![bytes_like_value(vm.types(), false, data)]),
    }
}

/// The `[start:end]` window of `find`/`count`/`startswith`, clamped like slicing.
fn window(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        let i = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        i.clamp(0, len as i64) as usize
    };
    let s = match start {
        Some(v) if !v.is_none() => clamp(super::slice_bound(vm, v)?),
        _ => 0,
    };
    let e = match end {
        Some(v) if !v.is_none() => clamp(super::slice_bound(vm, v)?),
        _ => len,
    };
    Ok((s, e))
}

/// The needle of find/index/count: bytes-like or a single byte as an int.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(bs) = bytes_of(v) {
        return Ok(bs);
    }
    if as_int(v).is_some() {
        return Ok(vec![byte_arg(vm, v, "byte")?]);
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(vm, v)
    )))
}

/// Shared body of find/rfind/index/rindex: the absolute position, if found.
fn search(vm: &mut Vm, args: &Args<'_>, name: &str, from_right: bool) -> PyResult<Option<usize>> {
    let (data, _, owner) = receiver(vm, args, name)?;
    let rest = crate::runtime::signature::method_parse_tuple(args, owner, name, 1, 3)?;
    let sub = needle(vm, &rest[0])?;
    let (s, e) = window(vm, data.len(), rest.get(1), rest.get(2))?;
    if s > e || (e - s) < sub.len() {
        return Ok(None);
    }
    let hay = &data[s..e];
    let found = if from_right {
        b::rfind(hay, &sub)
    } else {
        b::find(hay, &sub)
    };
    Ok(found.map(|i| i + s))
}

fn position(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |i| i as i64))
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(position(search(vm, &args, "find", false)?))
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(position(search(vm, &args, "rfind", true)?))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, _, owner) = receiver(vm, &args, "count")?;
    let rest = method_args(&args, owner, "count", 1, 3)?;
    let sub = needle(vm, &rest[0])?;
    let (s, e) = window(vm, data.len(), rest.get(1), rest.get(2))?;
    if s > e {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(b::count(&data[s..e], &sub) as i64))
}

fn affix(vm: &mut Vm, args: &Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    let (data, _, owner) = receiver(vm, args, name)?;
    let rest = method_args(args, owner, name, 1, 3)?;
    let (s, e) = window(vm, data.len(), rest.get(1), rest.get(2))?;
    let candidates = match &rest[0] {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        let Some(p) = bytes_of(c) else {
            let what = if matches!(rest[0], Value::Tuple(_)) {
                format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(vm, c)
                )
            } else {
                format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    type_name(vm, c)
                )
            };
            return Err(type_error(what));
        };
        if s <= e && e - s >= p.len() {
            let hay = &data[s..e];
            let hit = if at_end {
                hay.ends_with(&p)
            } else {
                hay.starts_with(&p)
            };
            if hit {
                return Ok(Value::Bool(true));
            }
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "endswith", true)
}

fn split_parts(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &'static str,
    from_right: bool,
) -> PyResult<Value> {
    let (data, ba, _) = receiver(vm, args, name)?;
    let p = params(args, name, &["sep", "maxsplit"])?;
    let maxsplit = match p[1] {
        Some(v) => super::ssize_arg(vm, v)?,
        None => -1,
    };
    let sep = match p[0] {
        Some(v) if !v.is_none() => {
            let s = bytes_arg(vm, v)?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let parts = if from_right {
        // Splitting from the right is splitting the reversed string from the left.
        let rev: Vec<u8> = data.iter().rev().copied().collect();
        let mut parts = match &sep {
            Some(s) => {
                let rs: Vec<u8> = s.iter().rev().copied().collect();
                b::split_on(&rev, &rs, maxsplit)
            }
            None => b::split_whitespace(&rev, maxsplit),
        };
        for part in &mut parts {
            part.reverse();
        }
        parts.reverse();
        parts
    } else {
        match &sep {
            Some(s) => b::split_on(&data, s, maxsplit),
            None => b::split_whitespace(&data, maxsplit),
        }
    };
    Ok(Value::list(
        parts
            .into_iter()
            .map(|x| bytes_like_value(vm.types(), ba, x))
            .collect(),
    ))
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_parts(vm, &args, "split", false)
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_parts(vm, &args, "rsplit", true)
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (sep, ba, owner) = receiver(vm, &args, "join")?;
    let rest = method_args(&args, owner, "join", 1, 1)?;
    let items = vm.collect(&rest[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = bytes_of(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(vm, item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(bytes_like_value(vm.types(), ba, out))
}

fn strip_sides(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (data, ba, owner) = receiver(vm, args, name)?;
    let rest = method_args(args, owner, name, 0, 1)?;
    let chars = match rest.first() {
        Some(v) if !v.is_none() => Some(bytes_arg(vm, v)?),
        _ => None,
    };
    Ok(bytes_like_value(
        vm.types(),
        ba,
        b::strip(&data, chars.as_deref(), left, right),
    ))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_sides(vm, &args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_sides(vm, &args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_sides(vm, &args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (data, ba, owner) = receiver(vm, &args, "replace")?;
    let rest = method_args(&args, owner, "replace", 2, 3)?;
    let old = bytes_arg(vm, &rest[0])?;
    let new = bytes_arg(vm, &rest[1])?;
    let limit = match rest.get(2) {
        Some(v) => index_i64(vm, v)?,
        None => -1,
    };
    Ok(bytes_like_value(
        vm.types(),
        ba,
        b::replace(&data, &old, &new, limit),
    ))
}

fn map_bytes(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(&u8) -> u8) -> PyResult<Value> {
    let (data, ba, owner) = receiver(vm, args, name)?;
    method_args(args, owner, name, 0, 0)?;
    Ok(bytes_like_value(
        vm.types(),
        ba,
        data.iter().map(f).collect(),
    ))
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &args, "upper", u8::to_ascii_uppercase)
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &args, "lower", u8::to_ascii_lowercase)
}

fn split_at(vm: &mut Vm, args: &Args<'_>, name: &str, from_right: bool) -> PyResult<Value> {
    let (data, ba, owner) = receiver(vm, args, name)?;
    let rest = method_args(args, owner, name, 1, 1)?;
    let sep = bytes_arg(vm, &rest[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if from_right {
        b::rfind(&data, &sep)
    } else {
        b::find(&data, &sep)
    };
    let parts = match found {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if from_right => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(
        parts
            .into_iter()
            .map(|x| bytes_like_value(vm.types(), ba, x))
            .collect(),
    ))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_at(vm, &args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    split_at(vm, &args, "rpartition", true)
}

fn test_all(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let (data, _, owner) = receiver(vm, args, name)?;
    method_args(args, owner, name, 0, 0)?;
    Ok(Value::Bool(!data.is_empty() && data.iter().all(f)))
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isdigit", u8::is_ascii_digit)
}

fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isalpha", u8::is_ascii_alphabetic)
}

fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isspace", |c| b::is_space(*c))
}

/// isupper/islower: at least one cased byte, and none of the other case.
fn cased(vm: &mut Vm, args: &Args<'_>, name: &str, upper: bool) -> PyResult<Value> {
    let (data, _, owner) = receiver(vm, args, name)?;
    method_args(args, owner, name, 0, 0)?;
    let has = data.iter().any(|c| {
        if upper {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_lowercase()
        }
    });
    let other = data.iter().any(|c| {
        if upper {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_uppercase()
        }
    });
    Ok(Value::Bool(has && !other))
}

fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    cased(vm, &args, "isupper", true)
}

fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    cased(vm, &args, "islower", false)
}

/// The receiver of a bytearray-only method.
fn bytearray_self(
    vm: &Vm,
    args: &Args<'_>,
    name: &str,
) -> PyResult<std::rc::Rc<crate::runtime::native::NativeObj>> {
    let this = args.pos().first();
    match this.and_then(bytearray_cell) {
        Some(cell) => Ok(cell),
        None => Err(type_error(format!(
            "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
            this.map_or("NoneType".to_string(), |v| type_name(vm, v))
        ))),
    }
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "append")?;
    let rest = method_args(&args, "bytearray", "append", 1, 1)?;
    let byte = byte_arg(vm, &rest[0], "byte")?;
    with_vec(&cell, |v| v.push(byte))?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "extend")?;
    let rest = method_args(&args, "bytearray", "extend", 1, 1)?;
    let extra = match bytes_of(&rest[0]) {
        Some(data) => data,
        None => {
            if as_str(&rest[0]).is_some() {
                return Err(type_error("expected iterable of integers; got: 'str'"));
            }
            let items = vm.collect(&rest[0]).map_err(|_| {
                type_error(format!(
                    "can't extend bytearray with {}",
                    type_name(vm, &rest[0])
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_arg(vm, item, "byte")?);
            }
            out
        }
    };
    with_vec(&cell, |v| v.extend_from_slice(&extra))?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "pop")?;
    let rest = method_args(&args, "bytearray", "pop", 0, 1)?;
    let i = match rest.first() {
        Some(v) => index_i64(vm, v)?,
        None => -1,
    };
    let popped = with_vec(&cell, |v| {
        if v.is_empty() {
            return Err(index_error("pop from empty bytearray"));
        }
        let j = if i < 0 { i + v.len() as i64 } else { i };
        if j < 0 || j >= v.len() as i64 {
            return Err(index_error("pop index out of range"));
        }
        Ok(v.remove(j as usize))
    });
    popped?.map(|b| Value::Int(b as i64))
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "insert")?;
    let rest = method_args(&args, "bytearray", "insert", 2, 2)?;
    let i = index_i64(vm, &rest[0])?;
    let byte = byte_arg(vm, &rest[1], "byte")?;
    with_vec(&cell, |v| {
        let len = v.len() as i64;
        let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
        v.insert(j as usize, byte);
    })?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "remove")?;
    let rest = method_args(&args, "bytearray", "remove", 1, 1)?;
    let byte = byte_arg(vm, &rest[0], "byte")?;
    let removed = with_vec(&cell, |v| match v.iter().position(|&x| x == byte) {
        Some(i) => {
            v.remove(i);
            true
        }
        None => false,
    })?;
    if !removed {
        return Err(value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "clear")?;
    method_args(&args, "bytearray", "clear", 0, 0)?;
    with_vec(&cell, Vec::clear)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "copy")?;
    method_args(&args, "bytearray", "copy", 0, 0)?;
    let data = with_vec(&cell, |v| v.clone()).unwrap_or_default();
    Ok(bytes_like_value(vm.types(), true, data))
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytearray_self(vm, &args, "reverse")?;
    method_args(&args, "bytearray", "reverse", 0, 0)?;
    with_vec(&cell, |v| v.reverse())?;
    Ok(Value::None)
}
