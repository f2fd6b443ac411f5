//! A stable sort of values whose `<` may run Python code and fail: used by `sorted`,
//! `list.sort` and `dir`. Comparison errors propagate; the slice is left in some
//! permutation of its items, as CPython leaves a list after a failed sort.

use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Runs shorter than this are insertion-sorted before merging.
const RUN: usize = 16;

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
                ks.push(vm.call_args(f, vec![it.clone()])?);
            }
            ks
        }
        None => items.to_vec(),
    };
    // Sort a permutation of indices by key, then apply it.
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut before = |vm: &mut Vm, a: usize, b: usize| -> PyResult<bool> {
        if reverse {
            vm.lt(&keys[b], &keys[a])
        } else {
            vm.lt(&keys[a], &keys[b])
        }
    };
    merge_sort(vm, &mut order, &mut before)?;
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    for (slot, v) in items.iter_mut().zip(sorted) {
        *slot = v;
    }
    Ok(())
}

type Before<'a> = dyn FnMut(&mut Vm, usize, usize) -> PyResult<bool> + 'a;

fn merge_sort(vm: &mut Vm, v: &mut [usize], before: &mut Before<'_>) -> PyResult<()> {
    let n = v.len();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        insertion_sort(vm, &mut v[start..end], before)?;
        start = end;
    }
    let mut buf = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                merge(vm, &v[lo..mid], &v[mid..hi], &mut buf[lo..hi], before)?;
                v[lo..hi].copy_from_slice(&buf[lo..hi]);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

fn insertion_sort(vm: &mut Vm, v: &mut [usize], before: &mut Before<'_>) -> PyResult<()> {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && before(vm, v[j], v[j - 1])? {
            v.swap(j, j - 1);
            j -= 1;
        }
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
