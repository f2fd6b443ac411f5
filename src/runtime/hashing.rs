//! Hashing and equality of dict/set keys that need no Python code: the fast paths used by
//! every dict and set. Keys that need `__hash__`/`__eq__` of a user class answer `None`
//! here and the VM takes over.

use super::value::Value;
use num_bigint::BigInt;
use num_traits::Zero;

/// Python's `hash()` of an int that fits in i64.
#[inline]
pub fn int_hash(i: i64) -> i64 {
    crate::numeric::hash::hash_i64(i)
}

pub fn bigint_hash(b: &BigInt) -> i64 {
    crate::numeric::hash::hash_int(&crate::numeric::Int::from_bigint(b.clone()))
}

/// Python's `hash()` of a float: equal to the int hash when the float is integral. NaN
/// hashes by identity in CPython; a NaN key is never equal to anything, so 0 will do.
pub fn float_hash(x: f64) -> i64 {
    crate::numeric::hash::hash_float(x).unwrap_or(0)
}

/// CPython 3.11's tuple hash (xxHash-based) over element hashes.
pub fn tuple_hash(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    crate::numeric::hash::hash_tuple(hashes)
}

/// The hash of a key whose equality with a key of its own type needs no Python code:
/// an exact int or str. The sets' and dicts' one-probe paths (`PySet::add_exact`,
/// `PyDict::get_item`'s first step) take only these; any other key goes the general way.
#[inline(always)]
pub fn exact_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(int_hash(*i)),
        Value::Str(s) => Some(s.hash() as i64),
        _ => None,
    }
}

/// Whether the stored key `k` equals `key` (an exact int or str) when both are of the
/// same type; None when `k` is of another type, whose comparison the general path makes
/// (`1 == 1.0 == True`, a user class's `__eq__`).
#[inline(always)]
pub fn exact_eq(k: &Value, key: &Value) -> Option<bool> {
    match (k, key) {
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        (Value::Str(a), Value::Str(b)) => {
            Some(crate::runtime::str::StrRef::ptr_eq(a, b) || a.as_str() == b.as_str())
        }
        _ => None,
    }
}

/// The hash of a key when it needs no Python code; `None` means "ask the VM" (user
/// classes) or "unhashable" (the VM decides which).
pub fn fast_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => int_hash(*i),
        Value::BigInt(b) => bigint_hash(b),
        Value::Float(x) => float_hash(*x),
        Value::Str(s) => s.hash() as i64,
        Value::Tuple(t) => {
            let mut hs = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                hs.push(fast_hash(item)?);
            }
            tuple_hash(hs.into_iter())
        }
        Value::Native(n) => match &n.data {
            crate::runtime::native::NativeData::Bytes(b) => crate::runtime::bytes::bytes_hash(b),
            crate::runtime::native::NativeData::Complex(z) => z.hash(),
            _ => return None,
        },
        Value::List(_) | Value::Dict(_) | Value::Instance(_) => return None,
        Value::Set(s) => {
            if !s.frozen {
                return None;
            }
            return s.frozen_hash();
        }
        // As the methods compare (`Vm::rich_eq`): the receiver's identity with the
        // function's, or with the builtin method's name.
        Value::BoundMethod(m) => identity_hash(&m.receiver) ^ identity_hash(&m.func),
        Value::Builtin(b) if b.bound.is_some() => {
            let receiver = b.bound.as_ref().map_or(0, identity_hash);
            receiver ^ super::string_hash::str_hash(b.name, b.name.is_ascii())
        }
        other => identity_hash(other),
    })
}

/// The hash of an object by its identity (CPython's `_Py_HashPointer`).
pub fn identity_hash(v: &Value) -> i64 {
    v.id().rotate_right(4)
}

/// `==` of two values of the atomic builtin kinds (None, bool, int, float, str), which
/// no dunder can change: a scan of a list can compare them under one borrow. None when
/// either side is of another kind.
#[inline]
pub fn atomic_eq(a: &Value, b: &Value) -> Option<bool> {
    let atomic = |v: &Value| {
        matches!(
            v,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::BigInt(_)
                | Value::Str(_)
        )
    };
    if !(atomic(a) && atomic(b)) {
        return None;
    }
    // Every numeric pair and equal kinds have an answer there; mixed kinds are unequal.
    Some(fast_eq(a, b).unwrap_or(false))
}

/// Equality of two keys when it needs no Python code; `None` means "ask the VM".
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_nested(a, b, 0)
}

/// How deep [`fast_eq`] follows nested tuples before asking the VM, whose comparison
/// counts each level against the recursion limit (a 100,000-deep tuple comparison is
/// CPython's RecursionError, not an answer).
const FAST_EQ_DEPTH: u32 = 32;

fn fast_eq_nested(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    Some(match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            crate::runtime::str::StrRef::ptr_eq(x, y) || x.as_str() == y.as_str()
        }
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => *x == *y as i64,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            int_float_eq(&BigInt::from(*x), *y)
        }
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            (*x as i64 as f64) == *y
        }
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        (Value::BigInt(_), Value::Int(_) | Value::Bool(_))
        | (Value::Int(_) | Value::Bool(_), Value::BigInt(_)) => false,
        (Value::BigInt(x), Value::Float(y)) | (Value::Float(y), Value::BigInt(x)) => {
            int_float_eq(x, *y)
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            if depth >= FAST_EQ_DEPTH {
                return None;
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if p.is(q) {
                    continue;
                }
                if !fast_eq_nested(p, q, depth + 1)? {
                    return Some(false);
                }
            }
            true
        }
        (Value::Instance(_), _) | (_, Value::Instance(_)) => {
            if a.is(b) {
                return Some(true);
            }
            return None;
        }
        (Value::Set(x), Value::Set(y)) => return x.fast_eq(y),
        (Value::Native(_), _) | (_, Value::Native(_))
            if super::complex::is_complex(a) || super::complex::is_complex(b) =>
        {
            return super::complex::eq(a, b)
        }
        (Value::Native(_), _) | (_, Value::Native(_))
            if super::memoryview::as_view(a).is_some()
                || super::memoryview::as_view(b).is_some() =>
        {
            // Views compare their items by format, in `memoryview.__eq__`.
            return None;
        }
        (Value::Native(_), Value::Native(_)) => crate::runtime::bytes::bytes_eq(a, b)
            .or_else(|| crate::runtime::builtins::range_big::ranges_equal(a, b))
            .unwrap_or_else(|| a.is(b)),
        (Value::List(_), Value::List(_)) | (Value::Dict(_), Value::Dict(_)) => return None,
        // Methods compare by receiver and function (the VM's `rich_eq`).
        (Value::BoundMethod(_), Value::BoundMethod(_)) | (Value::Builtin(_), Value::Builtin(_)) => {
            return None
        }
        _ => a.is(b),
    })
}

/// Exact comparison of an int with a float, as CPython does (no rounding of the int).
pub fn int_float_eq(i: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match float_to_bigint(f) {
        Some(b) => &b == i,
        None => false,
    }
}

/// The exact integer value of an integral finite float.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Some(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if t < 0.0 {
        b = -b;
    }
    if b.is_zero() {
        return Some(BigInt::zero());
    }
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_hashes_match_cpython() {
        assert_eq!(int_hash(-1), -2);
        assert_eq!(int_hash(42), 42);
        assert_eq!(int_hash(i64::MAX), 3);
        assert_eq!(bigint_hash(&(BigInt::from(1) << 100)), 549755813888);
    }

    #[test]
    fn float_hashes_match_cpython() {
        assert_eq!(float_hash(1.0), 1);
        assert_eq!(float_hash(0.5), 1152921504606846976);
        assert_eq!(float_hash(-1.5), -1152921504606846977);
        assert_eq!(float_hash(2.5), 1152921504606846978);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        // hash((1, 2)) and hash(()) in CPython 3.11
        assert_eq!(tuple_hash([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(tuple_hash([].into_iter()), 5740354900026072187);
    }
}
