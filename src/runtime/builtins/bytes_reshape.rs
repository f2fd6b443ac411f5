//! The `bytes`/`bytearray` methods that reshape a byte string: ASCII case mapping
//! (capitalize, swapcase, title, istitle, isascii), padding (center, ljust, rjust,
//! zfill), tabs and lines (expandtabs, splitlines), affixes (removeprefix,
//! removesuffix) and byte translation (maketrans, translate), as CPython's
//! `bytes_methods.c`/`bytesobject.c` define them. Searching, splitting and the shared
//! plumbing are in `bytes_methods`.
//!
//! Results are the receiver's kind; an exact `bytes` left unchanged is returned itself,
//! as CPython returns it.

use super::bytes_methods::bytes_arg;
use super::bytes_type::bytes_like_value;
use super::method;
use crate::runtime::alloc;
use crate::runtime::bytes::bytes_of;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::native::NativeData;
use crate::runtime::signature::{method_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;

const METHODS: &[(&str, NativeFn)] = &[
    ("capitalize", capitalize),
    ("swapcase", swapcase),
    ("title", title),
    ("istitle", istitle),
    ("isascii", isascii),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("splitlines", splitlines),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("translate", translate),
];

/// Register the methods on `bytes` or `bytearray` (`owner`).
pub(super) fn install(t: &crate::runtime::types::Types, dict: &PyDict, owner: &'static str) {
    for &(name, func) in METHODS {
        method(dict, owner, name, func);
    }
    super::static_method(t, dict, owner, "maketrans", maketrans);
}

/// The receiver: its bytes, whether it is a bytearray, and its kind's name.
struct Receiver<'a> {
    this: &'a Value,
    data: Vec<u8>,
    bytearray: bool,
    owner: &'static str,
}

impl<'a> Receiver<'a> {
    fn of(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Receiver<'a>> {
        let (data, bytearray, owner) = super::bytes_methods::receiver(vm, args, name)?;
        Ok(Receiver {
            this: &args.pos()[0],
            data,
            bytearray,
            owner,
        })
    }

    /// A result of the receiver's kind.
    fn made(&self, t: &crate::runtime::types::Types, data: Vec<u8>) -> Value {
        bytes_like_value(t, self.bytearray, data)
    }

    /// The receiver itself when it is an exact bytes (immutable: CPython shares it),
    /// else a copy of its kind.
    fn unchanged(self, t: &crate::runtime::types::Types) -> Value {
        match self.this {
            Value::Native(n) if matches!(n.data, NativeData::Bytes(_)) => self.this.clone(),
            _ => bytes_like_value(t, self.bytearray, self.data),
        }
    }
}

/// The receiver of a method taking no arguments.
fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Receiver<'a>> {
    let r = Receiver::of(vm, args, name)?;
    method_positional(args, r.owner, name, 0, 0)?;
    Ok(r)
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = no_args(vm, &args, "capitalize")?;
    let mut out = r.data.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    Ok(r.made(vm.types(), out))
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = no_args(vm, &args, "swapcase")?;
    let out = r
        .data
        .iter()
        .map(|&b| match b {
            b'a'..=b'z' => b.to_ascii_uppercase(),
            b'A'..=b'Z' => b.to_ascii_lowercase(),
            _ => b,
        })
        .collect();
    Ok(r.made(vm.types(), out))
}

fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = no_args(vm, &args, "title")?;
    let mut previous_cased = false;
    let out = r
        .data
        .iter()
        .map(|&b| {
            let mapped = if !b.is_ascii_alphabetic() {
                b
            } else if previous_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_cased = b.is_ascii_alphabetic();
            mapped
        })
        .collect();
    Ok(r.made(vm.types(), out))
}

fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = no_args(vm, &args, "istitle")?;
    // Upper case only after uncased bytes, lower case only after cased ones, and at
    // least one cased byte.
    let (mut cased, mut previous_cased) = (false, false);
    for &b in &r.data {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = no_args(vm, &args, "isascii")?;
    Ok(Value::Bool(r.data.is_ascii()))
}

/// A width argument: a C ssize_t, negative meaning none.
fn width_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(super::ssize_arg(vm, v)?.max(0) as usize)
}

/// `width` and the optional one-byte fill of center/ljust/rjust.
fn pad_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(Receiver<'a>, usize, u8)> {
    let r = Receiver::of(vm, args, name)?;
    let a = method_positional(args, r.owner, name, 1, 2)?;
    let width = width_arg(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match bytes_of(v).as_deref() {
            Some(&[b]) => b,
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    super::arg_type_name(vm, v)
                )))
            }
        },
    };
    Ok((r, width, fill))
}

/// The receiver with `left` and `right` fill bytes around it.
fn padded(
    t: &crate::runtime::types::Types,
    r: Receiver<'_>,
    left: usize,
    right: usize,
    fill: u8,
) -> PyResult<Value> {
    let total = r.data.len() + left + right;
    let mut out = alloc::vec_with_capacity(total)?;
    out.resize(left, fill);
    out.extend_from_slice(&r.data);
    out.resize(total, fill);
    Ok(r.made(t, out))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (r, width, fill) = pad_args(vm, &args, "center")?;
    let len = r.data.len();
    if width <= len {
        return Ok(r.unchanged(vm.types()));
    }
    let marg = width - len;
    // CPython's rounding: odd margins put the extra fill on the left when width is odd.
    let left = marg / 2 + (marg & width & 1);
    padded(vm.types(), r, left, marg - left, fill)
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (r, width, fill) = pad_args(vm, &args, "ljust")?;
    match width.checked_sub(r.data.len()) {
        Some(n) if n > 0 => padded(vm.types(), r, 0, n, fill),
        _ => Ok(r.unchanged(vm.types())),
    }
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (r, width, fill) = pad_args(vm, &args, "rjust")?;
    match width.checked_sub(r.data.len()) {
        Some(n) if n > 0 => padded(vm.types(), r, n, 0, fill),
        _ => Ok(r.unchanged(vm.types())),
    }
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = Receiver::of(vm, &args, "zfill")?;
    let a = method_positional(&args, r.owner, "zfill", 1, 1)?;
    let width = width_arg(vm, &a[0])?;
    let Some(n) = width.checked_sub(r.data.len()).filter(|&n| n > 0) else {
        return Ok(r.unchanged(vm.types()));
    };
    let mut out = alloc::vec_with_capacity(width)?;
    let digits = match r.data.first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign);
            &r.data[1..]
        }
        _ => &r.data[..],
    };
    out.resize(out.len() + n, b'0');
    out.extend_from_slice(digits);
    Ok(r.made(vm.types(), out))
}

const EXPANDTABS: Signature = Signature::new("expandtabs", &["tabsize"]).required(0);

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = Receiver::of(vm, &args, "expandtabs")?;
    let p = EXPANDTABS.bind_method(&args)?;
    let tabsize = match p.given(0) {
        // A C int in CPython.
        Some(v) => crate::runtime::builtins::c_int_arg(vm, v)?.max(0) as usize,
        None => 8,
    };
    let mut out = Vec::with_capacity(r.data.len());
    let mut column = 0usize;
    for &b in &r.data {
        match b {
            b'\t' if tabsize > 0 => {
                let n = tabsize - column % tabsize;
                out.try_reserve(n).map_err(|_| alloc::no_memory())?;
                out.resize(out.len() + n, b' ');
                column += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(r.made(vm.types(), out))
}

const SPLITLINES: Signature = Signature::new("splitlines", &["keepends"]).required(0);

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = Receiver::of(vm, &args, "splitlines")?;
    let keepends = SPLITLINES.bind_method(&args)?.int_flag(vm, 0, false)?;
    let data = &r.data;
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let end_of_line = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => Some(2),
            b'\r' | b'\n' => Some(1),
            _ => None,
        };
        match end_of_line {
            Some(n) => {
                let stop = if keepends { i + n } else { i };
                lines.push(r.made(vm.types(), data[start..stop].to_vec()));
                i += n;
                start = i;
            }
            None => i += 1,
        }
    }
    if start < data.len() {
        lines.push(r.made(vm.types(), data[start..].to_vec()));
    }
    Ok(Value::list(lines))
}

fn remove_affix(vm: &mut Vm, args: &Args<'_>, name: &str, at_end: bool) -> PyResult<Value> {
    let r = Receiver::of(vm, args, name)?;
    let a = method_positional(args, r.owner, name, 1, 1)?;
    let affix = bytes_arg(vm, &a[0])?;
    let kept = if affix.is_empty() {
        None
    } else if at_end {
        r.data.strip_suffix(&affix[..]).map(<[u8]>::to_vec)
    } else {
        r.data.strip_prefix(&affix[..]).map(<[u8]>::to_vec)
    };
    Ok(match kept {
        Some(rest) => r.made(vm.types(), rest),
        None => r.unchanged(vm.types()),
    })
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, &args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, &args, "removesuffix", true)
}

/// `maketrans(frm, to, /)`: the 256-byte table mapping each byte of `frm` to the byte
/// of `to` at the same place, every other byte to itself. Static: no receiver.
fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(&args, "bytes", "maketrans", 2, 2)?;
    let from = bytes_arg(vm, &a[0])?;
    let to = bytes_arg(vm, &a[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[f as usize] = t;
    }
    Ok(bytes_like_value(vm.types(), false, table))
}

const TRANSLATE: Signature = Signature::new("translate", &["table", "delete"])
    .required(1)
    .posonly(1);

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = Receiver::of(vm, &args, "translate")?;
    let p = TRANSLATE.bind_method(&args)?;
    let table = match p.given(0) {
        Some(v) if !v.is_none() => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let mut deleted = [false; 256];
    if let Some(v) = p.given(1) {
        for b in bytes_arg(vm, v)? {
            deleted[b as usize] = true;
        }
    }
    let out: Vec<u8> = r
        .data
        .iter()
        .filter(|&&b| !deleted[b as usize])
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    if out == r.data {
        return Ok(r.unchanged(vm.types()));
    }
    Ok(r.made(vm.types(), out))
}
