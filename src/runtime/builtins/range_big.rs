//! Ranges past the i64 limits, as CPython's `range` holds its bounds as ints of any
//! size: `range(2**64)`, `range(-2**100, 2**100, 2**98)`, and indexing or slicing a range
//! whose length does not fit an i64. Their iterator is CPython's `longrange_iterator`.
//! Ranges whose bounds fit an i64 stay the inline `NativeData::Range` (range.rs); this
//! is only the arbitrary-precision path, with `len()` an OverflowError past
//! `sys.maxsize` as in CPython.

use super::{as_int, type_name};
use crate::numeric::Int;
use crate::runtime::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A range with bounds of any size and its length, computed once.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

impl BigRange {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> BigRange {
        let len = if step.is_positive() && start < stop {
            (&stop - &start - 1) / &step + 1
        } else if step.is_negative() && start > stop {
            (&start - &stop - 1) / -&step + 1
        } else {
            BigInt::zero()
        };
        BigRange {
            start,
            stop,
            step,
            len,
        }
    }

    /// The range of three i64 bounds, for the operations whose answer may pass i64.
    pub fn of_small(start: i64, stop: i64, step: i64) -> BigRange {
        BigRange::new(start.into(), stop.into(), step.into())
    }

    /// Item number `i` (not checked against the length).
    fn at(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// `len(r)`: OverflowError past `sys.maxsize`, as CPython.
    pub fn len_i64(&self) -> PyResult<i64> {
        self.len
            .to_i64()
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
    }

    pub fn repr(&self) -> String {
        if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }

    /// Position of `x` in the range, if it is one of its values.
    fn position(&self, x: &BigInt) -> Option<BigInt> {
        let in_bounds = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        let offset = x - &self.start;
        (in_bounds && (&offset % &self.step).is_zero()).then(|| offset / &self.step)
    }
}

/// A range value from bounds of any size: the inline i64 range when all three fit.
pub fn range_from_ints(
    t: &crate::runtime::types::Types,
    start: Int,
    stop: Int,
    step: Int,
) -> Value {
    match (start, stop, step) {
        (Int::Small(a), Int::Small(b), Int::Small(c)) => super::range::range_value(t, a, b, c),
        (a, b, c) => big_range_value(
            t,
            BigRange::new(a.to_bigint(), b.to_bigint(), c.to_bigint()),
        ),
    }
}

/// A range value from big bounds: the inline i64 range when they fit.
pub(super) fn big_range_value(t: &crate::runtime::types::Types, r: BigRange) -> Value {
    if let (Some(a), Some(b), Some(c)) = (r.start.to_i64(), r.stop.to_i64(), r.step.to_i64()) {
        return super::range::range_value(t, a, b, c);
    }
    NativeObj::value(t.range.clone(), NativeData::BigRange(Box::new(r)))
}

fn int_of(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// `r[key]` for an int (of any size) or a slice.
pub fn getitem(vm: &mut Vm, r: &BigRange, key: &Value) -> PyResult<Value> {
    if let Value::Native(n) = key {
        if let NativeData::Slice { start, stop, step } = &n.data {
            return slice(vm, r, start, stop, step);
        }
    }
    if as_int(key).is_none() && !matches!(key, Value::Instance(_)) {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(vm, key)
        )));
    }
    let mut i = super::index_int(vm, key)?.to_bigint();
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(index_error("range object index out of range"));
    }
    Ok(int_of(r.at(&i)))
}

/// `r[a:b:c]`: the sub-range, with the slice's bounds clamped to the length in
/// arbitrary precision (CPython's `_PySlice_GetLongIndices`).
fn slice(vm: &mut Vm, r: &BigRange, start: &Value, stop: &Value, step: &Value) -> PyResult<Value> {
    let step = match slice_bound(vm, step)? {
        None => BigInt::one(),
        Some(s) if s.is_zero() => return Err(value_error("slice step cannot be zero")),
        Some(s) => s,
    };
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &r.len - 1)
    } else {
        (BigInt::zero(), r.len.clone())
    };
    let clamp = |x: BigInt| {
        if x.is_negative() {
            (x + &r.len).max(lower.clone())
        } else {
            x.min(upper.clone())
        }
    };
    let backwards = step.is_negative();
    let first = match slice_bound(vm, start)? {
        Some(x) => clamp(x),
        None if backwards => upper.clone(),
        None => lower.clone(),
    };
    let last = match slice_bound(vm, stop)? {
        Some(x) => clamp(x),
        None if backwards => lower.clone(),
        None => upper.clone(),
    };
    Ok(big_range_value(
        vm.types(),
        BigRange::new(r.at(&first), r.at(&last), &r.step * &step),
    ))
}

fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    if as_int(v).is_none() && vm.getattr_opt(v, "__index__")?.is_none() {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    Ok(Some(super::index_int(vm, v)?.to_bigint()))
}

/// `x in r`: arithmetic for ints, equality with each value for anything else.
pub fn contains(vm: &mut Vm, r: &BigRange, x: &Value) -> PyResult<bool> {
    if let (Some(i), false) = (as_int(x), matches!(x, Value::Instance(_))) {
        return Ok(r.position(&i.to_bigint()).is_some());
    }
    let mut values = BigRangeIter::new(r);
    while let Some(v) = values.next_value() {
        if vm.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `r.count(x)`.
pub fn count(vm: &mut Vm, r: &BigRange, x: &Value) -> PyResult<Value> {
    if as_int(x).is_some() && !matches!(x, Value::Instance(_)) {
        return Ok(Value::Int(contains(vm, r, x)? as i64));
    }
    let mut n = 0;
    let mut values = BigRangeIter::new(r);
    while let Some(v) = values.next_value() {
        if vm.eq(&v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `r.index(x)`.
pub fn index(vm: &mut Vm, r: &BigRange, x: &Value) -> PyResult<Value> {
    if let (Some(i), false) = (as_int(x), matches!(x, Value::Instance(_))) {
        if let Some(k) = r.position(&i.to_bigint()) {
            return Ok(int_of(k));
        }
    } else {
        let mut values = BigRangeIter::new(r);
        let mut k = BigInt::zero();
        while let Some(v) = values.next_value() {
            if vm.eq(&v, x)? {
                return Ok(int_of(k));
            }
            k += 1;
        }
    }
    let shown = vm.repr(x)?;
    Err(value_error(format!("{shown} is not in range")))
}

/// `iter(r)` or `reversed(r)`.
pub fn iter_value(r: &BigRange, reverse: bool) -> Value {
    let it = if reverse {
        BigRangeIter {
            next: r.at(&(&r.len - 1)),
            step: -&r.step,
            left: r.len.clone(),
        }
    } else {
        BigRangeIter::new(r)
    };
    IterObj::new_value(IterState::BigRange(Box::new(it)))
}

/// CPython's `longrange_iterator`: the next value, the step and how many are left.
pub struct BigRangeIter {
    next: BigInt,
    step: BigInt,
    left: BigInt,
}

impl BigRangeIter {
    fn new(r: &BigRange) -> BigRangeIter {
        BigRangeIter {
            next: r.start.clone(),
            step: r.step.clone(),
            left: r.len.clone(),
        }
    }

    pub fn next_value(&mut self) -> Option<Value> {
        if !self.left.is_positive() {
            return None;
        }
        self.left -= 1;
        let v = self.next.clone();
        self.next += &self.step;
        Some(int_of(v))
    }
}

/// Either kind of range as arbitrary-precision bounds; None for anything else.
fn as_range(v: &Value) -> Option<BigRange> {
    let Value::Native(n) = v else {
        return None;
    };
    match &n.data {
        NativeData::Range { start, stop, step } => Some(BigRange::of_small(*start, *stop, *step)),
        NativeData::BigRange(r) => Some(BigRange::new(
            r.start.clone(),
            r.stop.clone(),
            r.step.clone(),
        )),
        _ => None,
    }
}

/// `a == b` for two ranges: equal when they yield the same values (CPython compares
/// length, then first value, then step); None unless both are ranges.
pub fn ranges_equal(a: &Value, b: &Value) -> Option<bool> {
    let (x, y) = (as_range(a)?, as_range(b)?);
    Some(
        x.len == y.len
            && (x.len.is_zero() || (x.start == y.start && (x.len.is_one() || x.step == y.step))),
    )
}

/// `hash(r)`: the hash of `(len, start, step)` with the parts that do not decide the
/// values replaced by None, as CPython's; None unless `v` is a range.
pub fn range_hash(vm: &mut Vm, v: &Value) -> Option<PyResult<i64>> {
    let r = as_range(v)?;
    let (start, step) = if r.len.is_zero() {
        (Value::None, Value::None)
    } else if r.len.is_one() {
        (int_of(r.start), Value::None)
    } else {
        (int_of(r.start), int_of(r.step))
    };
    Some(vm.hash(&Value::tuple(vec![int_of(r.len), start, step])))
}
