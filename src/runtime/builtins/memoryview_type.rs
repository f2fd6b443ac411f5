//! The `memoryview` class as Python sees it: the constructor (over bytes, bytearray,
//! another view, or an object exposing a buffer through `__coro_buffer__`), its
//! attributes (`obj`, `nbytes`, `readonly`, `format`, `itemsize`, `ndim`, `shape`,
//! `strides`, ...), its methods (`tobytes`, `tolist`, `hex`, `cast`, `release`,
//! `toreadonly`, the context manager) and the protocol pieces the VM delegates to
//! (indexing, slicing, item assignment, `len`, iteration, `==`, `hash`, repr).
//! The view itself is `runtime::memoryview`'s.

use super::{getter, method, type_name};
use crate::runtime::error::{index_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::memoryview::{as_view, Format, MemView};
use crate::runtime::native::{bytes_value, NativeData, NativeObj};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(t: &Types, b: &crate::runtime::dict::PyDict) {
    b.set_by_str("memoryview", Value::Class(t.memoryview.clone()));
    let d = &t.memoryview.dict;
    method(d, "memoryview", "__new__", memoryview_new);
    method(d, "memoryview", "tobytes", |vm, a| {
        a.only_kw("tobytes", &["order"])?;
        let m = this(vm, &a, "tobytes")?;
        Ok(m.with_bytes(|b| bytes_value(vm.types(), b)))
    });
    method(d, "memoryview", "tolist", |vm, a| {
        Ok(Value::list(this(vm, &a, "tolist")?.items(vm.types())))
    });
    method(d, "memoryview", "hex", super::bytes_methods::hex);
    method(d, "memoryview", "release", |vm, a| {
        view_arg(vm, &a, "release")?.release();
        Ok(Value::None)
    });
    method(d, "memoryview", "__enter__", |vm, a| {
        this(vm, &a, "__enter__")?;
        Ok(a.pos()[0].clone())
    });
    method(d, "memoryview", "__exit__", |vm, a| {
        view_arg(vm, &a, "__exit__")?.release();
        Ok(Value::None)
    });
    method(d, "memoryview", "toreadonly", |vm, a| {
        let m = this(vm, &a, "toreadonly")?;
        let mut view = m.slice(0, 1, m.len);
        view.readonly = true;
        Ok(view_value(vm.types(), view))
    });
    method(d, "memoryview", "cast", cast);
    method(d, "memoryview", "__eq__", equal);
    method(d, "memoryview", "__len__", |vm, a| {
        Ok(Value::Int(this(vm, &a, "__len__")?.len as i64))
    });
    method(d, "memoryview", "__getitem__", |vm, a| {
        let p = a.check_pos("__getitem__", 2, 2)?;
        getitem(vm, &p[0], &p[1])
    });
    method(d, "memoryview", "__setitem__", |vm, a| {
        let p = a.check_pos("__setitem__", 3, 3)?;
        setitem(vm, &p[0], &p[1], &p[2])?;
        Ok(Value::None)
    });
    method(d, "memoryview", "__delitem__", |_, _| {
        Err(type_error("cannot delete memory"))
    });
    method(d, "memoryview", "__hash__", |vm, a| {
        let p = a.check_pos("__hash__", 1, 1)?;
        Ok(Value::Int(hash(vm, &p[0])?))
    });
    getter(t, d, "memoryview", "obj", |vm, a| {
        Ok(this(vm, &a, "obj")?.obj.clone())
    });
    getter(t, d, "memoryview", "nbytes", |vm, a| {
        Ok(Value::Int(this(vm, &a, "nbytes")?.nbytes() as i64))
    });
    getter(t, d, "memoryview", "readonly", |vm, a| {
        Ok(Value::Bool(this(vm, &a, "readonly")?.readonly))
    });
    getter(t, d, "memoryview", "itemsize", |vm, a| {
        Ok(Value::Int(this(vm, &a, "itemsize")?.format.size as i64))
    });
    getter(t, d, "memoryview", "format", |vm, a| {
        Ok(Value::from_string(this(vm, &a, "format")?.format.name()))
    });
    getter(t, d, "memoryview", "ndim", |vm, a| {
        this(vm, &a, "ndim")?;
        Ok(Value::Int(1))
    });
    getter(t, d, "memoryview", "shape", |vm, a| {
        let m = this(vm, &a, "shape")?;
        Ok(Value::tuple(vec![Value::Int(m.len as i64)]))
    });
    getter(t, d, "memoryview", "strides", |vm, a| {
        let m = this(vm, &a, "strides")?;
        Ok(Value::tuple(vec![Value::Int(m.stride as i64)]))
    });
    getter(t, d, "memoryview", "suboffsets", |vm, a| {
        this(vm, &a, "suboffsets")?;
        Ok(Value::tuple(vec![]))
    });
    for name in ["contiguous", "c_contiguous", "f_contiguous"] {
        getter(t, d, "memoryview", name, |vm, a| {
            Ok(Value::Bool(this(vm, &a, "contiguous")?.contiguous()))
        });
    }
}

/// A memoryview value.
pub fn view_value(t: &crate::runtime::types::Types, view: MemView) -> Value {
    NativeObj::value(t.memoryview.clone(), NativeData::MemoryView(Box::new(view)))
}

/// `memoryview(object)`.
fn memoryview_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("memoryview", &["object"])?;
    let pos = args.pos();
    let obj = match (pos.get(1), args.get_kw("object")) {
        (Some(o), None) if pos.len() == 2 => o.clone(),
        (None, Some(o)) => o.clone(),
        (None, None) => {
            return Err(type_error(
                "memoryview() missing required argument 'object' (pos 1)",
            ))
        }
        _ => {
            return Err(type_error(format!(
                "memoryview() takes at most 1 argument ({} given)",
                pos.len() - 1 + args.kwnames.len()
            )))
        }
    };
    view_of(vm, &obj)
}

/// A new view of everything `obj` exports.
pub fn view_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Some(m) = as_view(obj) {
        m.check()?;
        return Ok(view_value(vm.types(), m.slice(0, 1, m.len)));
    }
    let base = super::unwrap_base(obj);
    if let Value::Native(n) = &base {
        let (len, readonly) = match &n.data {
            NativeData::Bytes(b) => (b.len(), true),
            NativeData::ByteArray(b) => (b.borrow().len(), false),
            _ => (0, true),
        };
        if matches!(n.data, NativeData::Bytes(_) | NativeData::ByteArray(_)) {
            let view = MemView::new(obj.clone(), base.clone(), 0, len, 1, Format::BYTE, readonly);
            return Ok(view_value(vm.types(), view));
        }
    }
    if let Value::Instance(_) = obj {
        // An object written in Python that keeps its data in a bytearray (array.array)
        // exports it through `__coro_buffer__`, which answers a memoryview of it.
        if let Some(export) = vm.getattr_opt(obj, "__coro_buffer__")? {
            let got = vm.call_args(&export, vec![])?;
            if let Some(m) = as_view(&got) {
                return Ok(view_value(vm.types(), m.exported_by(obj.clone())));
            }
        }
    }
    Err(type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_name(vm, obj)
    )))
}

/// The unreleased view `self` of a method.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemView> {
    let m = view_arg(vm, args, name)?;
    m.check()?;
    Ok(m)
}

/// The view `self` of a method, released or not.
fn view_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemView> {
    match args.pos().first() {
        Some(v) => match as_view(v) {
            Some(m) => Ok(m),
            None => Err(type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
                type_name(vm, v)
            ))),
        },
        None => Err(type_error(format!(
            "unbound method memoryview.{name}() needs an argument"
        ))),
    }
}

/// `m.cast(format[, shape])`: the same bytes seen as items of another format.
fn cast(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("cast", &["format", "shape"])?;
    let pos = args.pos();
    let m = this(vm, &args, "cast")?;
    let format = pos.get(1).or_else(|| args.get_kw("format"));
    let shape = pos.get(2).or_else(|| args.get_kw("shape"));
    let Some(format) = format else {
        return Err(type_error(
            "cast() missing required argument 'format' (pos 1)",
        ));
    };
    let Some(text) = format.as_pystr() else {
        return Err(type_error(format!(
            "cast() argument 'format' must be str, not {}",
            super::arg_type_name(vm, format)
        )));
    };
    let Some(to) = Format::parse(text.as_str()) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !m.contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if !m.format.is_byte() && !to.is_byte() {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nbytes();
    if nbytes % to.size != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let len = nbytes / to.size;
    if let Some(shape) = shape {
        if !matches!(shape, Value::List(_) | Value::Tuple(_)) {
            return Err(type_error("shape must be a list or a tuple"));
        }
        let dims = vm.collect(shape)?;
        if dims.len() != 1 {
            return Err(crate::runtime::error::builtin_error(
                crate::runtime::types::ExcKind::NotImplementedError,
                "coro: memoryview.cast to a multi-dimensional shape is not supported",
            ));
        }
        if !matches!(dims[0], Value::Int(n) if n as usize == len && n >= 0) {
            return Err(type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
    }
    let view = MemView::new(
        m.obj.clone(),
        m.base.clone(),
        m.offset,
        len,
        to.size as isize,
        to,
        m.readonly,
    );
    Ok(view_value(vm.types(), view))
}

/// `m[key]`: an item for an int, a new view for a slice.
pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let m = live_view(obj)?;
    if is_slice(key) {
        let (start, _, step, count) = vm.slice_indices(key, || m.len)?;
        return Ok(view_value(
            vm.types(),
            m.slice(start as usize, step as isize, count),
        ));
    }
    let i = item_index(vm, m, key)?;
    Ok(m.item(vm.types(), i))
}

/// `m[key] = v`.
pub fn setitem(vm: &mut Vm, obj: &Value, key: &Value, v: &Value) -> PyResult<()> {
    let m = live_view(obj)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    if is_slice(key) {
        let (start, _, step, count) = vm.slice_indices(key, || m.len)?;
        let source = source_items(vm, m.format, v)?;
        if source.len() != count {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (k, raw) in source.iter().enumerate() {
            m.store((start + k as i64 * step) as usize, raw);
        }
        return Ok(());
    }
    let i = item_index(vm, m, key)?;
    let raw = pack(vm, m.format, v)?;
    m.store(i, &raw);
    Ok(())
}

/// The packed items of the right-hand side of a slice assignment: a buffer of the same
/// format.
fn source_items(vm: &mut Vm, format: Format, v: &Value) -> PyResult<Vec<Vec<u8>>> {
    let (from, data) = match as_view(v) {
        Some(src) => {
            src.check()?;
            (src.format, src.with_bytes(<[u8]>::to_vec))
        }
        None => match crate::runtime::bytes::bytes_of(v) {
            Some(b) => (Format::BYTE, b),
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(vm, v)
                )))
            }
        },
    };
    if from.code != format.code {
        return Err(value_error(
            "memoryview assignment: lvalue and rvalue have different structures",
        ));
    }
    Ok(data.chunks(format.size).map(<[u8]>::to_vec).collect())
}

fn pack(vm: &mut Vm, format: Format, v: &Value) -> PyResult<Vec<u8>> {
    let mut truth = None;
    if format.code == b'?' {
        truth = Some(vm.truthy(v)?);
    }
    let mut float = None;
    if matches!(format.code, b'f' | b'd') {
        float = Some(super::float_arg(vm, v).map_err(|_| format.invalid_type())?);
    }
    format.pack(
        v,
        |_| Ok(truth.unwrap_or(false)),
        |_| Ok(float.unwrap_or(0.0)),
    )
}

/// The position an int key names, with CPython's errors.
fn item_index(vm: &mut Vm, m: &MemView, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(index_error("cannot fit 'int' into an index-sized integer"))
        }
        Value::Instance(_) if vm.getattr_opt(key, "__index__")?.is_some() => {
            super::index_i64(vm, key)?
        }
        _ => return Err(type_error("memoryview: invalid slice key")),
    };
    let j = if i < 0 { i + m.len as i64 } else { i };
    if j < 0 || j >= m.len as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn is_slice(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(n.data, NativeData::Slice { .. }))
}

/// The unreleased view inside a memoryview value.
fn live_view(v: &Value) -> PyResult<&MemView> {
    let Some(m) = as_view(v) else {
        return Err(type_error("expected a memoryview"));
    };
    m.check()?;
    Ok(m)
}

/// `len(m)`.
pub fn len(v: &Value) -> PyResult<usize> {
    Ok(live_view(v)?.len)
}

/// `iter(m)`: the items, taken now.
pub fn iter(t: &Types, v: &Value) -> PyResult<Value> {
    let items = live_view(v)?.items(t);
    Ok(IterObj::new_value(IterState::Values { items, index: 0 }))
}

/// `hash(m)`: read-only views of byte formats hash as their bytes.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let m = live_view(v)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !m.format.is_byte() {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    // The exporter must be hashable too (a read-only view of a bytearray is not).
    let obj = m.obj.clone();
    vm.hash(&obj)?;
    Ok(m.with_bytes(crate::runtime::string_hash::bytes_hash))
}

/// `m.__eq__(other)`.
fn equal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.check_pos("__eq__", 2, 2)?;
    Ok(match views_equal(vm, &p[0], &p[1])? {
        Some(same) => Value::Bool(same),
        None => vm.types().not_implemented.clone(),
    })
}

/// `a == b` where either is a memoryview: equal when both are buffers with equal items
/// (a released view equals only itself); None when the other is no buffer.
pub fn views_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if a.is(b) {
        return Ok(Some(true));
    }
    let (m, other) = match (as_view(a), as_view(b)) {
        (Some(m), _) => (m, b),
        (None, Some(m)) => (m, a),
        (None, None) => return Ok(None),
    };
    let theirs = match as_view(other) {
        Some(o) if o.released.get() || m.released.get() => return Ok(Some(false)),
        Some(o) => o.items(vm.types()),
        None => match crate::runtime::bytes::bytes_of(other) {
            Some(_) if m.released.get() => return Ok(Some(false)),
            Some(data) => data.into_iter().map(|x| Value::Int(x as i64)).collect(),
            None => return Ok(None),
        },
    };
    let mine = m.items(vm.types());
    if mine.len() != theirs.len() {
        return Ok(Some(false));
    }
    for (x, y) in mine.iter().zip(&theirs) {
        if !vm.eq(x, y)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

/// `repr(m)`.
pub fn repr(v: &Value) -> String {
    let released = as_view(v).is_some_and(|m| m.released.get());
    let prefix = if released { "released " } else { "" };
    format!("<{prefix}memory at {:#x}>", v.id())
}
