//! `range` and `slice`: construction, length, indexing, slicing and containment of
//! ranges, and the slice-index arithmetic (`slice.indices`) every sequence shares.
//! The VM may call [`range_len`], [`range_getitem`] and [`range_contains`] directly;
//! the same operations are also registered as dunders on the range class.

use super::range_big::{self, BigRange};
use super::{as_int, getter, index_i64, method, type_name};
use crate::numeric::Int;
use crate::runtime::error::{
    index_error, overflow_error, type_error, value_error, PyErr, PyResult,
};
use crate::runtime::function::Args;
use crate::runtime::iter::{IterObj, IterState, RangeIter};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

pub(super) fn install(t: &Types) {
    let d = &t.range.dict;
    method(d, "range", "__new__", range_new);
    method(d, "range", "__len__", len_method);
    method(d, "range", "__getitem__", getitem_method);
    method(d, "range", "__contains__", contains_method);
    method(d, "range", "__iter__", iter_method);
    method(d, "range", "__reversed__", reversed_method);
    method(d, "range", "__repr__", repr_method);
    method(d, "range", "count", count);
    method(d, "range", "index", index);
    getter(t, d, "range", "start", |_, a| {
        bound(&a, |r| &r.start, |p| p.0)
    });
    getter(t, d, "range", "stop", |_, a| {
        bound(&a, |r| &r.stop, |p| p.1)
    });
    getter(t, d, "range", "step", |_, a| {
        bound(&a, |r| &r.step, |p| p.2)
    });
    let s = &t.slice.dict;
    method(s, "slice", "__new__", slice_new);
    method(s, "slice", "indices", slice_indices_method);
    method(s, "slice", "__repr__", slice_repr);
    getter(t, s, "slice", "start", |_, a| Ok(slice_parts(&a)?.0));
    getter(t, s, "slice", "stop", |_, a| Ok(slice_parts(&a)?.1));
    getter(t, s, "slice", "step", |_, a| Ok(slice_parts(&a)?.2));
}

/// A range value.
pub fn range_value(t: &crate::runtime::types::Types, start: i64, stop: i64, step: i64) -> Value {
    NativeObj::value(t.range.clone(), NativeData::Range { start, stop, step })
}

/// How many values `range(start, stop, step)` yields: exact, as the span of two i64s
/// fits a u64.
pub fn range_count(start: i64, stop: i64, step: i64) -> u64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as u64
}

/// `len(range(start, stop, step))`: OverflowError past `sys.maxsize`, as CPython.
pub fn range_len(start: i64, stop: i64, step: i64) -> PyResult<i64> {
    i64::try_from(range_count(start, stop, step))
        .map_err(|_| overflow_error("Python int too large to convert to C ssize_t"))
}

/// `range[index]` for an int or a slice.
pub fn range_getitem(
    vm: &mut Vm,
    start: i64,
    stop: i64,
    step: i64,
    index: &Value,
) -> PyResult<Value> {
    let len = range_count(start, stop, step) as i128;
    if len > i64::MAX as i128 || matches!(index, Value::BigInt(_)) {
        // The answer or the index may pass the i64 limits.
        return range_big::getitem(vm, &BigRange::of_small(start, stop, step), index);
    }
    if let Value::Native(n) = index {
        if let NativeData::Slice {
            start: a,
            stop: b,
            step: c,
        } = &n.data
        {
            let (i, j, k) = slice_indices(vm, a, b, c, || len as i64)?;
            let at = |x: i64| BigInt::from(start as i128 + x as i128 * step as i128);
            let new_step = BigInt::from(step as i128 * k as i128);
            return Ok(range_big::big_range_value(
                vm.types(),
                BigRange::new(at(i), at(j), new_step),
            ));
        }
    }
    if as_int(index).is_none() && !matches!(index, Value::Instance(_)) {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(vm, index)
        )));
    }
    let i = index_i64(vm, index)?;
    let i = if i < 0 { i as i128 + len } else { i as i128 };
    if i < 0 || i >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(Value::Int((start as i128 + i * step as i128) as i64))
}

/// `x in range(...)` for ints (other values compare by equality with each element).
pub fn range_contains(vm: &mut Vm, start: i64, stop: i64, step: i64, x: &Value) -> PyResult<bool> {
    if let (Some(i), false) = (as_int(x), matches!(x, Value::Instance(_))) {
        let Some(i) = i.to_i64() else {
            return Ok(false);
        };
        let in_bounds = if step > 0 {
            start <= i && i < stop
        } else {
            stop < i && i <= start
        };
        return Ok(in_bounds && (i as i128 - start as i128) % step as i128 == 0);
    }
    let mut values = RangeIter::new(start, stop, step);
    while let Some(v) = values.next_value() {
        let v = Value::Int(v);
        if vm.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn parts(args: &Args<'_>) -> PyResult<(i64, i64, i64)> {
    if let Some(Value::Native(n)) = args.pos().first() {
        if let NativeData::Range { start, stop, step } = n.data {
            return Ok((start, stop, step));
        }
    }
    Err(type_error("descriptor requires a 'range' object"))
}

/// The range past the i64 limits a method was called on, if it is one.
fn big<'a>(args: &Args<'a>) -> Option<&'a BigRange> {
    match args.pos().first() {
        Some(Value::Native(n)) => match &n.data {
            NativeData::BigRange(r) => Some(r),
            _ => None,
        },
        _ => None,
    }
}

/// `r.start`, `r.stop` or `r.step`, of either kind of range.
fn bound(
    args: &Args<'_>,
    of_big: fn(&BigRange) -> &BigInt,
    of_small: fn((i64, i64, i64)) -> i64,
) -> PyResult<Value> {
    match big(args) {
        Some(r) => Ok(Value::from_bigint(of_big(r).clone())),
        None => Ok(Value::Int(of_small(parts(args)?))),
    }
}

const RANGE: Signature = Signature::new("range", &["start", "stop", "step"])
    .required(1)
    .positional_only("range");
const SLICE: Signature = Signature::new("slice", &["start", "stop", "step"])
    .required(1)
    .positional_only("slice");
const GETITEM: Signature = Signature::slot("__getitem__", &["key"]);
const CONTAINS: Signature = Signature::slot("__contains__", &["key"]);
const COUNT: Signature = Signature::one_arg("range.count");
const INDEX: Signature = Signature::one_arg("range.index");
const INDICES: Signature = Signature::one_arg("slice.indices");

/// `range(...)` of one to three small ints with a non-zero step, made without the
/// argument binder (`Vm::construct`'s fast path); None for anything else.
#[inline]
pub(crate) fn range_of_small_ints(
    t: &crate::runtime::types::Types,
    args: &[Value],
) -> Option<Value> {
    let (start, stop, step) = match args {
        [Value::Int(b)] => (0, *b, 1),
        [Value::Int(a), Value::Int(b)] => (*a, *b, 1),
        [Value::Int(a), Value::Int(b), Value::Int(c)] if *c != 0 => (*a, *b, *c),
        _ => return None,
    };
    Some(range_value(t, start, stop, step))
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = RANGE.positional_method(&args)?;
    let ints = super::index_int;
    let (start, stop, step) = match p.len() {
        1 => (Int::Small(0), ints(vm, &p[0])?, Int::Small(1)),
        2 => (ints(vm, &p[0])?, ints(vm, &p[1])?, Int::Small(1)),
        _ => (ints(vm, &p[0])?, ints(vm, &p[1])?, ints(vm, &p[2])?),
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(range_big::range_from_ints(vm.types(), start, stop, step))
}

fn len_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        return Ok(Value::Int(r.len_i64()?));
    }
    let (a, b, c) = parts(&args)?;
    Signature::slot("__len__", &[]).none_method(&args)?;
    Ok(Value::Int(range_len(a, b, c)?))
}

fn getitem_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        return range_big::getitem(vm, r, GETITEM.one_method(&args)?);
    }
    let (a, b, c) = parts(&args)?;
    let key = GETITEM.one_method(&args)?;
    range_getitem(vm, a, b, c, key)
}

fn contains_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        let key = CONTAINS.one_method(&args)?;
        return Ok(Value::Bool(range_big::contains(vm, r, key)?));
    }
    let (a, b, c) = parts(&args)?;
    let key = CONTAINS.one_method(&args)?;
    Ok(Value::Bool(range_contains(vm, a, b, c, key)?))
}

fn iter_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        return Ok(range_big::iter_value(r, false));
    }
    let (start, stop, step) = parts(&args)?;
    Signature::slot("__iter__", &[]).none_method(&args)?;
    Ok(IterObj::new_value(IterState::Range(RangeIter::new(
        start, stop, step,
    ))))
}

fn reversed_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        return Ok(range_big::iter_value(r, true));
    }
    let (start, stop, step) = parts(&args)?;
    Signature::slot("__reversed__", &[]).none_method(&args)?;
    Ok(IterObj::new_value(IterState::Range(RangeIter::reversed(
        start, stop, step,
    ))))
}

fn repr_method(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        return Ok(Value::from_string(r.repr()));
    }
    let (a, b, c) = parts(&args)?;
    Signature::slot("__repr__", &[]).none_method(&args)?;
    Ok(Value::from_string(if c == 1 {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {c})")
    }))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        return range_big::count(vm, r, COUNT.one_method(&args)?);
    }
    let (a, b, c) = parts(&args)?;
    let x = COUNT.one_method(&args)?;
    if as_int(x).is_some() {
        return Ok(Value::Int(range_contains(vm, a, b, c, x)? as i64));
    }
    let mut n = 0;
    let mut values = RangeIter::new(a, b, c);
    while let Some(v) = values.next_value() {
        if vm.eq(&Value::Int(v), x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(r) = big(&args) {
        return range_big::index(vm, r, INDEX.one_method(&args)?);
    }
    let (a, b, c) = parts(&args)?;
    let x = INDEX.one_method(&args)?;
    let mut values = RangeIter::new(a, b, c);
    let mut k = 0;
    while let Some(v) = values.next_value() {
        if vm.eq(&Value::Int(v), x)? {
            return Ok(Value::Int(k));
        }
        k += 1;
    }
    let r = vm.repr(x)?;
    Err(value_error(format!("{r} is not in range")))
}

/// A slice value.
pub fn slice_value(
    t: &crate::runtime::types::Types,
    start: Value,
    stop: Value,
    step: Value,
) -> Value {
    NativeObj::value(t.slice.clone(), NativeData::Slice { start, stop, step })
}

fn slice_parts(args: &Args<'_>) -> PyResult<(Value, Value, Value)> {
    if let Some(Value::Native(n)) = args.pos().first() {
        if let NativeData::Slice { start, stop, step } = &n.data {
            return Ok((start.clone(), stop.clone(), step.clone()));
        }
    }
    Err(type_error("descriptor requires a 'slice' object"))
}

fn slice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SLICE.positional_method(&args)?;
    Ok(match p {
        [stop] => slice_value(vm.types(), Value::None, stop.clone(), Value::None),
        [start, stop] => slice_value(vm.types(), start.clone(), stop.clone(), Value::None),
        _ => slice_value(vm.types(), p[0].clone(), p[1].clone(), p[2].clone()),
    })
}

fn slice_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b, c) = slice_parts(&args)?;
    let (a, b, c) = (vm.repr(&a)?, vm.repr(&b)?, vm.repr(&c)?);
    Ok(Value::from_string(format!("slice({a}, {b}, {c})")))
}

fn slice_indices_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b, c) = slice_parts(&args)?;
    let len = index_i64(vm, INDICES.one_method(&args)?)?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (i, j, k) = slice_indices(vm, &a, &b, &c, || len)?;
    Ok(Value::tuple(vec![
        Value::Int(i),
        Value::Int(j),
        Value::Int(k),
    ]))
}

/// `slice(start, stop, step).indices(len)`: the clamped (start, stop, step) CPython
/// iterates for a sequence of length `len`. The bounds' `__index__` methods run first
/// and the length is read after them, as CPython's `PySlice_Unpack` then
/// `PySlice_AdjustIndices`: an `__index__` that resizes the sequence is seen.
pub fn slice_indices(
    vm: &mut Vm,
    start: &Value,
    stop: &Value,
    step: &Value,
    len: impl FnOnce() -> i64,
) -> PyResult<(i64, i64, i64)> {
    let step = if step.is_none() {
        1
    } else {
        let s = slice_component(vm, step)?;
        if s == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        s.max(-i64::MAX)
    };
    let start = if start.is_none() {
        None
    } else {
        Some(slice_component(vm, start)?)
    };
    let stop = if stop.is_none() {
        None
    } else {
        Some(slice_component(vm, stop)?)
    };
    let len = len();
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |x: i64| -> i64 {
        if x < 0 {
            (x.saturating_add(len)).max(lower)
        } else {
            x.min(upper)
        }
    };
    let start = match start {
        Some(x) => clamp(x),
        None if step < 0 => upper,
        None => lower,
    };
    let stop = match stop {
        Some(x) => clamp(x),
        None if step < 0 => lower,
        None => upper,
    };
    Ok((start, stop, step))
}

/// A slice bound as i64, saturating huge ints as CPython does.
fn slice_component(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if as_int(v).is_none() && vm.getattr_opt(v, "__index__")?.is_none() {
        return Err(slice_type_error());
    }
    Ok(match super::index_int(vm, v)? {
        crate::numeric::Int::Small(i) => i,
        crate::numeric::Int::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    })
}

#[cold]
fn slice_type_error() -> PyErr {
    type_error("slice indices must be integers or None or have an __index__ method")
}
