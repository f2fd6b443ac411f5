//! The "Did you mean: 'x'?" that CPython 3.11 appends to an uncaught NameError or
//! AttributeError in the top-level report (never to `str(e)`, and not in the `traceback`
//! module's output, which learned it only in 3.12). The closest candidate by a Levenshtein
//! distance over UTF-8 bytes where a case flip costs 1 and any other edit 2, accepted
//! when no more than about a third of the characters change, as documented for
//! CPython's Python/suggestions.c. 3.11 makes no suggestions for ImportError.

use crate::runtime::error::PyErr;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_NAME_BYTES: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance from `a` to `b`, or `limit + 1` once it is certain to exceed `limit`.
fn distance(a: &[u8], b: &[u8], limit: usize) -> usize {
    if a.len() > MAX_NAME_BYTES || b.len() > MAX_NAME_BYTES {
        return limit + 1;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > limit {
        return limit + 1;
    }
    // One row of the matrix: row[i] is the cost from b[..j] to a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        // As CPython's: the row starts from b[..j]'s cost, not b[..j + 1]'s.
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(ac, bc);
            diagonal = row[i];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > limit {
            return limit + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if close enough.
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for candidate in candidates {
        if candidate == name {
            continue;
        }
        // No more than a third of the characters involved should change, and a match
        // must beat the best so far.
        let mut limit = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            limit = limit.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), candidate.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, best_d)| d < best_d) {
            best = Some((candidate, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn str_attr(e: &PyErr, attr: &str, t: &Types) -> Option<String> {
    match e.instance(t).get_attr_by_str(attr) {
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    }
}

fn strings(vm: &mut Vm, v: &Value) -> Vec<String> {
    vm.collect(v)
        .unwrap_or_default()
        .iter()
        .filter_map(|k| k.as_pystr().map(|s| s.as_str().to_string()))
        .collect()
}

/// Names a failed name lookup could have meant: the innermost frame's local variables,
/// then its globals, then the builtins, the first group with a match winning.
fn name_error_suggestion(vm: &mut Vm, e: &PyErr, name: &str) -> Option<String> {
    let innermost = e.data().traceback.first().cloned()?;
    let locals: Vec<String> = innermost
        .code
        .code
        .varnames
        .iter()
        .map(|n| n.to_string())
        .collect();
    if let Some(found) = closest(&locals, name) {
        return Some(found);
    }
    let globals = strings(vm, &Value::Dict(innermost.globals.clone()));
    if let Some(found) = closest(&globals, name) {
        return Some(found);
    }
    let builtins = strings(vm, &Value::Dict(vm.builtins.clone()));
    closest(&builtins, name)
}

/// The attributes of the object a failed attribute lookup was on, as `dir()` lists them.
fn attribute_error_suggestion(vm: &mut Vm, e: &PyErr, name: &str) -> Option<String> {
    let obj = e.instance(vm.types()).get_attr_by_str("obj")?;
    let dir = vm.builtins.get_by_str("dir")?;
    let listed = vm.call_args(&dir, vec![obj]).ok()?;
    closest(&strings(vm, &listed), name)
}

/// What the top-level report adds after the exception's message, if anything.
pub fn suggestion(vm: &mut Vm, e: &PyErr) -> Option<String> {
    let t = vm.types();
    let found = if e.is_instance(&t.name_error) {
        let name = str_attr(e, "name", t)?;
        name_error_suggestion(vm, e, &name)
    } else if e.is_instance(&t.attribute_error) {
        let name = str_attr(e, "name", t)?;
        attribute_error_suggestion(vm, e, &name)
    } else {
        None
    };
    found.map(|s| format!(". Did you mean: '{s}'?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(candidates: &[&str], name: &str) -> Option<String> {
        let owned: Vec<String> = candidates.iter().map(|s| s.to_string()).collect();
        closest(&owned, name)
    }

    #[test]
    fn distances_weigh_case_flips_lightly() {
        assert_eq!(distance(b"abc", b"abc", 10), 0);
        assert_eq!(distance(b"abc", b"aBc", 10), CASE_COST);
        assert_eq!(distance(b"abc", b"abd", 10), MOVE_COST);
        assert_eq!(distance(b"abc", b"ab", 10), MOVE_COST);
        assert_eq!(distance(b"kitten", b"sitting", 100), 3 * MOVE_COST);
    }

    #[test]
    fn close_names_are_suggested() {
        assert_eq!(pick(&["value", "other"], "valeu").as_deref(), Some("value"));
        assert_eq!(pick(&["len", "print"], "lenn").as_deref(), Some("len"));
        assert_eq!(pick(&["abcdef"], "xyz"), None);
        assert_eq!(pick(&["x"], "x"), None);
    }
}
