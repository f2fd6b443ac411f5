//! `bytes` and `bytearray` as values the VM operates on: their constructors, and the
//! protocol pieces the VM delegates to (subscription, item assignment and deletion,
//! `in`, `+` and `*`). The named methods are in `bytes_methods`; the byte-level
//! algorithms in `runtime::bytes`.

use super::constructors::split_cls;
use super::{as_int, as_str, index_int, type_name, unwrap_base, wrap_for_class};
use crate::ast::BinOp;
use crate::runtime::bytes::{
    byte_data, bytes_of, find, is_bytearray, is_bytes_like, with_bytes, ByteData, Encoding,
};
use crate::runtime::error::{index_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{bytearray_value, bytes_value, NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// A bytes value, or a bytearray when `bytearray` is set.
pub fn bytes_like_value(t: &crate::runtime::types::Types, bytearray: bool, data: Vec<u8>) -> Value {
    if bytearray {
        bytearray_value(t, data)
    } else {
        bytes_value(t, &data)
    }
}

/// `bytes(...)`: also `bytes.__new__(cls, ...)` for subclasses.
pub(super) fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, rest) = split_cls(&args, "bytes")?;
    let cls = cls.clone();
    if let [src] = rest {
        if !args.has_kw() {
            if let Value::Native(n) = src {
                if matches!(n.data, NativeData::Bytes(_)) {
                    return Ok(wrap_for_class(&cls, &vm.types().bytes, src.clone()));
                }
            }
            if let Value::Instance(_) = src {
                if let Some(m) = vm.getattr_opt(src, "__bytes__")? {
                    let r = vm.call_args(&m, vec![])?;
                    if !matches!(&r, Value::Native(n) if matches!(n.data, NativeData::Bytes(_))) {
                        return Err(type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            type_name(vm, &r)
                        )));
                    }
                    return Ok(wrap_for_class(&cls, &vm.types().bytes, r));
                }
            }
        }
    }
    let data = construct(vm, &args, &BYTES)?;
    Ok(wrap_for_class(
        &cls,
        &vm.types().bytes,
        bytes_value(vm.types(), &data),
    ))
}

/// `bytearray(...)`.
pub(super) fn bytearray_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, _) = split_cls(&args, "bytearray")?;
    let cls = cls.clone();
    let data = construct(vm, &args, &BYTEARRAY)?;
    Ok(wrap_for_class(
        &cls,
        &vm.types().bytearray,
        bytearray_value(vm.types(), data),
    ))
}

const BYTES: Signature = Signature::new("bytes", &["source", "encoding", "errors"]).required(0);
const BYTEARRAY: Signature =
    Signature::new("bytearray", &["source", "encoding", "errors"]).required(0);

/// The bytes for `bytes(source, encoding, errors)` / `bytearray(...)`.
fn construct(vm: &mut Vm, args: &Args<'_>, sig: &Signature) -> PyResult<Vec<u8>> {
    let kind = sig.name;
    let p = sig.bind_method(args)?;
    let (source, encoding, errors) = (p.given(0), p.given(1), p.given(2));
    let Some(src) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = as_str(src) {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = str_param(vm, enc, kind, "encoding")?;
        let errors = match errors {
            Some(e) => str_param(vm, e, kind, "errors")?,
            None => "strict".into(),
        };
        return crate::runtime::bytes::encode(s.as_str(), Encoding::lookup(&enc)?, &errors);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_of(src) {
        return Ok(b);
    }
    if let Some(n) = as_int(src) {
        return match n.to_i64() {
            Some(n) if n >= 0 => {
                let mut zeros = crate::runtime::alloc::vec_with_capacity(n as usize)?;
                zeros.resize(n as usize, 0u8);
                Ok(zeros)
            }
            Some(_) => Err(value_error("negative count")),
            None => Err(crate::runtime::error::builtin_error(
                crate::runtime::types::ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
        };
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(_) => {
            return Err(type_error(format!(
                "cannot convert '{}' object to {kind}",
                type_name(vm, src)
            )))
        }
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_arg(
            vm,
            &item,
            if kind == "bytes" { "bytes" } else { "byte" },
        )?);
    }
    Ok(out)
}

fn str_param(vm: &Vm, v: &Value, kind: &str, name: &str) -> PyResult<String> {
    match as_str(v) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(type_error(format!(
            "{kind}() argument '{name}' must be str, not {}",
            super::arg_type_name(vm, v)
        ))),
    }
}

/// An int in range(0, 256); `what` is "byte" or "bytes" for the range message.
pub(super) fn byte_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<u8> {
    match index_int(vm, v)?.to_i64() {
        Some(b @ 0..=255) => Ok(b as u8),
        _ => Err(value_error(format!("{what} must be in range(0, 256)"))),
    }
}

use crate::vm::protocol::seq_index as normalize;

fn is_slice(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(n.data, NativeData::Slice { .. }))
}

/// An integer subscript (int, bool, `__index__`), or the CPython TypeError.
fn int_key(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<i64> {
    let ok = as_int(key).is_some()
        || (matches!(key, Value::Instance(_)) && vm.getattr_opt(key, "__index__")?.is_some());
    if !ok {
        let kind = if is_bytearray(obj) {
            "bytearray"
        } else {
            "byte"
        };
        return Err(type_error(format!(
            "{kind} indices must be integers or slices, not {}",
            type_name(vm, key)
        )));
    }
    Ok(index_int(vm, key)?.to_i64().unwrap_or(i64::MAX))
}

/// `obj[key]` for bytes and bytearray.
pub fn bytes_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    // The bounds are read first (their `__index__` may resize a bytearray), then the
    // bytes in place: a copy of the whole buffer per subscript made `data[i]` O(len).
    let byte_len = || with_bytes(obj, <[u8]>::len).unwrap_or(0);
    if is_slice(key) {
        let (start, _, step, count) = vm.slice_indices(key, byte_len)?;
        let out = with_bytes(obj, |data| {
            if step == 1 {
                let start = start as usize;
                return data[start..start + count].to_vec();
            }
            (0..count)
                .map(|k| data[(start + k as i64 * step) as usize])
                .collect()
        })
        .unwrap_or_default();
        return Ok(bytes_like_value(vm.types(), is_bytearray(obj), out));
    }
    let i = int_key(vm, obj, key)?;
    let byte = with_bytes(obj, |data| normalize(i, data.len()).map(|j| data[j])).flatten();
    match byte {
        Some(b) => Ok(Value::Int(b as i64)),
        None if is_bytearray(obj) => Err(index_error("bytearray index out of range")),
        None => Err(index_error("index out of range")),
    }
}

/// The vector inside a bytearray value (or subclass instance).
pub fn bytearray_cell(v: &Value) -> Option<std::rc::Rc<NativeObj>> {
    match unwrap_base(v) {
        Value::Native(n) if matches!(n.data, NativeData::ByteArray(_)) => Some(n),
        _ => None,
    }
}

/// Run `f` on the mutable vector of a bytearray: BufferError, and no change, when `f`
/// would resize a bytearray memoryviews export.
pub(super) fn with_vec<R>(n: &NativeObj, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    match &n.data {
        NativeData::ByteArray(b) => crate::runtime::memoryview::resize_bytearray(b, f),
        _ => Err(type_error("expected a bytearray")),
    }
}

/// `obj[key] = v` for a bytearray.
pub fn bytearray_setitem(vm: &mut Vm, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
    let Some(cell) = bytearray_cell(obj) else {
        return Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(vm, obj)
        )));
    };
    let len = with_vec(&cell, |b| b.len()).unwrap_or(0);
    if is_slice(key) {
        let new = match bytes_of(&v) {
            Some(b) => b,
            None if as_int(&v).is_some() => {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            None => {
                let items = vm.collect(&v)?;
                let mut out = Vec::with_capacity(items.len());
                for item in &items {
                    out.push(byte_arg(vm, item, "byte")?);
                }
                out
            }
        };
        let (start, stop, step, count) =
            vm.slice_indices(key, || with_vec(&cell, |b| b.len()).unwrap_or(0))?;
        if step == 1 {
            let (start, stop) = (start as usize, stop.max(start) as usize);
            with_vec(&cell, |b| {
                b.splice(start..stop, new);
            })?;
            return Ok(());
        }
        if new.len() != count {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {count}",
                new.len()
            )));
        }
        with_vec(&cell, |b| {
            for (k, x) in new.into_iter().enumerate() {
                b[(start + k as i64 * step) as usize] = x;
            }
        })?;
        return Ok(());
    }
    let i = int_key(vm, obj, key)?;
    let byte = byte_arg(vm, &v, "byte")?;
    let Some(j) = normalize(i, len) else {
        return Err(index_error("bytearray index out of range"));
    };
    with_vec(&cell, |b| b[j] = byte)?;
    Ok(())
}

/// `del obj[key]` for a bytearray.
pub fn bytearray_delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    let Some(cell) = bytearray_cell(obj) else {
        return Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(vm, obj)
        )));
    };
    let len = with_vec(&cell, |b| b.len()).unwrap_or(0);
    if is_slice(key) {
        let (start, _, step, count) =
            vm.slice_indices(key, || with_vec(&cell, |b| b.len()).unwrap_or(0))?;
        if count == 0 {
            return Ok(());
        }
        // One pass, not one `remove` per byte: `del buf[:n]` on a stream's buffer is a
        // hot path and was quadratic.
        let (lo, step) = if step > 0 {
            (start, step)
        } else {
            (start + (count as i64 - 1) * step, -step)
        };
        let lo = lo as usize;
        let step = step as usize;
        with_vec(&cell, |b| {
            if step == 1 {
                b.drain(lo..lo + count);
            } else {
                let mut k = 0usize;
                b.retain(|_| {
                    let i = k;
                    k += 1;
                    !(i >= lo && (i - lo).is_multiple_of(step) && (i - lo) / step < count)
                });
            }
        })?;
        return Ok(());
    }
    let i = int_key(vm, obj, key)?;
    let Some(j) = normalize(i, len) else {
        return Err(index_error("bytearray index out of range"));
    };
    with_vec(&cell, |b| b.remove(j))?;
    Ok(())
}

/// `item in container` for bytes and bytearray: an int byte or a bytes-like substring.
pub fn bytes_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let hay = byte_data(container).unwrap_or(ByteData::Owned(Vec::new()));
    if let Some(needle) = bytes_of(item) {
        return Ok(find(&hay, &needle).is_some());
    }
    if as_int(item).is_some() || matches!(item, Value::Instance(_)) {
        if let Ok(b) = index_int(vm, item) {
            return match b.to_i64() {
                Some(b @ 0..=255) => Ok(hay.contains(&(b as u8))),
                _ => Err(value_error("byte must be in range(0, 256)")),
            };
        }
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name(vm, item)
    )))
}

/// `a % args`, `a + b` and `a * n` / `n * a` when a bytes-like operand is involved; `None` when the
/// other operand should get its chance (`__radd__`, `__rmul__`).
pub fn bytes_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    // A memoryview is bytes-like as an argument but has no operators of its own.
    let view = crate::runtime::memoryview::as_view;
    if view(a).is_some() || (op == BinOp::Mult && view(b).is_some()) {
        return Ok(None);
    }
    match op {
        BinOp::Mod if is_bytes_like(a) => {
            let fmt = bytes_of(a).unwrap_or_default();
            let out = crate::runtime::format::bytes_percent_format(vm, &fmt, b)?;
            Ok(Some(bytes_like_value(vm.types(), is_bytearray(a), out)))
        }
        BinOp::Add if is_bytes_like(a) => {
            let Some(rhs) = bytes_of(b) else {
                if matches!(b, Value::Instance(_)) {
                    return Ok(None);
                }
                return Err(type_error(format!(
                    "can't concat {} to {}",
                    type_name(vm, b),
                    type_name(vm, a)
                )));
            };
            let mut out = bytes_of(a).unwrap_or_default();
            out.extend_from_slice(&rhs);
            Ok(Some(bytes_like_value(vm.types(), is_bytearray(a), out)))
        }
        BinOp::Mult => {
            let (seq, n) = if is_bytes_like(a) { (a, b) } else { (b, a) };
            let Some(data) = bytes_of(seq) else {
                return Ok(None);
            };
            let Some(n) = as_int(n) else {
                if matches!(n, Value::Instance(_)) {
                    return Ok(None);
                }
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(vm, n)
                )));
            };
            let n = match n.to_i64() {
                Some(n) => n.max(0) as usize,
                None if n.is_negative() => 0,
                None => {
                    return Err(crate::runtime::error::builtin_error(
                        crate::runtime::types::ExcKind::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
            };
            Ok(Some(bytes_like_value(
                vm.types(),
                is_bytearray(seq),
                crate::runtime::alloc::repeat_bytes(&data, n)?,
            )))
        }
        _ => Ok(None),
    }
}

/// `a += b` for a bytearray: extends in place. `None` when not applicable.
pub fn bytearray_inplace_add(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(cell), Some(extra)) = (bytearray_cell(a), bytes_of(b)) else {
        return Ok(None);
    };
    with_vec(&cell, |v| v.extend_from_slice(&extra))?;
    Ok(Some(a.clone()))
}

/// `a *= n` for a bytearray: repeats in place (a count already converted).
pub fn bytearray_inplace_repeat(a: &Value, n: usize) -> PyResult<()> {
    let Some(cell) = bytearray_cell(a) else {
        return Err(type_error("expected a bytearray"));
    };
    let current = with_bytes(a, <[u8]>::to_vec).unwrap_or_default();
    let repeated = crate::runtime::alloc::repeat_items(&current, n)?;
    with_vec(&cell, |v| *v = repeated)
}

/// `len()` of a bytes-like native value.
pub fn bytes_len(v: &Value) -> Option<usize> {
    with_bytes(v, <[u8]>::len)
}
