//! A stable sort of values whose `<` may run Python code and fail: used by `sorted`,
//! `list.sort` and `dir`. Comparison errors propagate; the slice is left in some
//! permutation of its items, as CPython leaves a list after a failed sort.
//!
//! Keys all of one built-in kind whose order runs no Python code (ints, floats without
//! NaN, strs, and tuples whose items at each position are all ints, all such floats or
//! all strs: CPython 3.11's "unsafe" pre-checked compares) are sorted by Rust's stable
//! sort; the rest by a natural merge sort (runs found as timsort finds them, short ones
//! extended to timsort's minimum run by binary insertion, neighbours merged, a merge skipped when already in order), so
//! sorted and reversed inputs cost n comparisons as in CPython.

use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cmp::Ordering;

/// Sort `items` by `key(item)` (or the items themselves), `reverse` for descending;
/// equal items keep their order either way, as in CPython.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut [Value],
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    if items.len() < 2 {
        return Ok(());
    }
    let keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call_args(f, [it.clone()])?);
            }
            ks
        }
        None => items.to_vec(),
    };
    // Sort a permutation of indices by key, then apply it.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if !sort_plain_keys(&keys, &mut order, reverse) {
        // A descending sort reverses, sorts ascending and reverses back, as CPython
        // does: the same `<` calls on the same operands, and equal items keep order.
        if reverse {
            order.reverse();
        }
        let mut before =
            |vm: &mut Vm, a: usize, b: usize| -> PyResult<bool> { vm.lt(&keys[a], &keys[b]) };
        let sorted = merge_sort(vm, &mut order, &mut before);
        if reverse {
            order.reverse();
        }
        sorted?;
    }
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    for (slot, v) in items.iter_mut().zip(sorted) {
        *slot = v;
    }
    Ok(())
}

/// Sort `order` when every key is an int, every key a float other than NaN, or every
/// key a str: their `<` is a total order that runs no Python code. False (nothing
/// done) for anything else.
fn sort_plain_keys(keys: &[Value], order: &mut [usize], reverse: bool) -> bool {
    fn by<T>(order: &mut [usize], keys: &[T], reverse: bool, cmp: impl Fn(&T, &T) -> Ordering) {
        // A stable sort with the comparison turned round keeps equal keys in their
        // original order, which is what CPython's `reverse=True` promises.
        if reverse {
            order.sort_by(|&a, &b| cmp(&keys[b], &keys[a]));
        } else {
            order.sort_by(|&a, &b| cmp(&keys[a], &keys[b]));
        }
    }
    match &keys[0] {
        Value::Int(_) => {
            let ints: Option<Vec<i64>> = keys
                .iter()
                .map(|k| {
                    if let Value::Int(i) = k {
                        Some(*i)
                    } else {
                        None
                    }
                })
                .collect();
            let Some(ints) = ints else { return false };
            by(order, &ints, reverse, i64::cmp);
        }
        Value::Float(_) => {
            let floats: Option<Vec<f64>> = keys
                .iter()
                .map(|k| match k {
                    Value::Float(x) if !x.is_nan() => Some(*x),
                    _ => None,
                })
                .collect();
            let Some(floats) = floats else { return false };
            // No NaN: partial_cmp is total (and -0.0 equals 0.0, as `<` says).
            by(order, &floats, reverse, |a, b| {
                a.partial_cmp(b).unwrap_or(Ordering::Equal)
            });
        }
        Value::Str(_) => {
            let strs: Option<Vec<&str>> = keys
                .iter()
                .map(|k| {
                    if let Value::Str(s) = k {
                        Some(s.as_str())
                    } else {
                        None
                    }
                })
                .collect();
            let Some(strs) = strs else { return false };
            // UTF-8 byte order is code-point order.
            by(order, &strs, reverse, |a, b| a.cmp(b));
        }
        Value::Tuple(_) => {
            let Some(tuples) = plain_tuples(keys) else {
                return false;
            };
            by(order, &tuples, reverse, |a, b| {
                // Lexicographic, a prefix first: what `<` on tuples answers when no
                // item's `==` or `<` can run code or fail.
                for (x, y) in a.iter().zip(b.iter()) {
                    let o = plain_cmp(x, y);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                a.len().cmp(&b.len())
            });
        }
        _ => return false,
    }
    true
}

/// The plain kinds a tuple's item may have at one position across all the keys.
#[derive(Clone, Copy, PartialEq)]
enum PlainKind {
    Int,
    Float,
    Str,
}

fn plain_kind(v: &Value) -> Option<PlainKind> {
    match v {
        Value::Int(_) => Some(PlainKind::Int),
        Value::Float(x) if !x.is_nan() => Some(PlainKind::Float),
        Value::Str(_) => Some(PlainKind::Str),
        _ => None,
    }
}

/// The keys' items, when every key is a tuple and, position by position, every item is
/// of one plain kind: then comparing two keys runs no Python code and cannot fail.
fn plain_tuples(keys: &[Value]) -> Option<Vec<&[Value]>> {
    let mut kinds: Vec<PlainKind> = Vec::new();
    let mut tuples = Vec::with_capacity(keys.len());
    for k in keys {
        let Value::Tuple(t) = k else { return None };
        let items: &[Value] = &t.items;
        for (i, item) in items.iter().enumerate() {
            let kind = plain_kind(item)?;
            match kinds.get(i) {
                Some(&seen) if seen != kind => return None,
                Some(_) => {}
                None => kinds.push(kind),
            }
        }
        tuples.push(items);
    }
    Some(tuples)
}

/// The order of two items of the same plain kind (see [`plain_tuples`]).
fn plain_cmp(x: &Value, y: &Value) -> Ordering {
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        // No NaN: partial_cmp is total (and -0.0 equals 0.0, as `==` says).
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
        (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
        _ => unreachable!("plain_tuples checked the kinds"),
    }
}

type Before<'a> = dyn FnMut(&mut Vm, usize, usize) -> PyResult<bool> + 'a;

fn merge_sort(vm: &mut Vm, v: &mut [usize], before: &mut Before<'_>) -> PyResult<()> {
    let n = v.len();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        if end < n {
            if before(vm, v[end], v[end - 1])? {
                // Strictly descending (no equal neighbours): reversing keeps stability.
                end += 1;
                while end < n && before(vm, v[end], v[end - 1])? {
                    end += 1;
                }
                v[start..end].reverse();
            } else {
                end += 1;
                while end < n && !before(vm, v[end], v[end - 1])? {
                    end += 1;
                }
            }
        }
        let min_run = min_run(n);
        if end - start < min_run {
            let stop = (start + min_run).min(n);
            binary_insertion_sort(vm, &mut v[start..stop], end - start, before)?;
            end = stop;
        }
        runs.push((start, end));
        start = end;
    }
    let mut buf = vec![0usize; n];
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match *pair {
                [(lo, mid), (_, hi)] => {
                    // Already in order across the seam: nothing to merge.
                    if before(vm, v[mid], v[mid - 1])? {
                        merge(vm, &v[lo..mid], &v[mid..hi], &mut buf[lo..hi], before)?;
                        v[lo..hi].copy_from_slice(&buf[lo..hi]);
                    }
                    merged.push((lo, hi));
                }
                [one] => merged.push(one),
                _ => unreachable!("chunks(2) yields one or two runs"),
            }
        }
        runs = merged;
    }
    Ok(())
}

/// The shortest run timsort merges (listsort.txt): `n` itself below 64, else the six
/// leading bits of `n`, plus one when any bit below them is set.
fn min_run(mut n: usize) -> usize {
    let mut below = 0;
    while n >= 64 {
        below |= n & 1;
        n >>= 1;
    }
    n + below
}

/// Binary insertion sort of `v`, whose first `sorted` items are already in order: each
/// next item goes after the last item it is not before, found by halving (the
/// comparisons timsort makes, so a short list's `<` calls are CPython's).
fn binary_insertion_sort(
    vm: &mut Vm,
    v: &mut [usize],
    sorted: usize,
    before: &mut Before<'_>,
) -> PyResult<()> {
    for i in sorted.max(1)..v.len() {
        let pivot = v[i];
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if before(vm, pivot, v[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v[lo..=i].rotate_right(1);
    }
    Ok(())
}

fn merge(
    vm: &mut Vm,
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    before: &mut Before<'_>,
) -> PyResult<()> {
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only when strictly before: keeps equal items stable.
        if before(vm, right[j], left[i])? {
            out[k] = right[j];
            j += 1;
        } else {
            out[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    for &x in &left[i..] {
        out[k] = x;
        k += 1;
    }
    for &x in &right[j..] {
        out[k] = x;
        k += 1;
    }
    Ok(())
}
