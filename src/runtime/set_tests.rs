//! Unit tests of `set.rs`: the exact int/str paths against the general ones, across
//! the inline first table, growth, removals (dummies) and keys of other types.

use super::dict::KeyCx;
use super::error::PyResult;
use super::hashing::{fast_eq, fast_hash};
use super::set::PySet;
use super::str::PyStr;
use super::value::Value;

/// The general paths' context for keys that need no Python code.
struct Native;

impl KeyCx for Native {
    fn hash_key(&mut self, key: &Value) -> PyResult<i64> {
        Ok(fast_hash(key).expect("a natively hashable key"))
    }
    fn keys_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(fast_eq(a, b).expect("natively comparable keys"))
    }
}

fn s(text: &str) -> Value {
    Value::Str(PyStr::new(text))
}

#[test]
fn exact_paths_agree_with_the_general_ones_through_growth_and_removals() {
    let exact = PySet::new(false);
    let general = PySet::new(false);
    for round in 0..3i64 {
        for i in 0..200i64 {
            let k = Value::Int((i * 7919 + round) % 301 - 150);
            let added = exact.add_exact(&k).expect("an int key");
            assert_eq!(added, general.add(&mut Native, k.clone()).unwrap());
            let key = s(&format!("w{}", i % 37));
            assert_eq!(
                exact.add_exact(&key),
                Some(general.add(&mut Native, key).unwrap())
            );
        }
        for i in (0..300i64).step_by(3) {
            let k = Value::Int(i - 150);
            let removed = exact.discard_exact(&k).expect("an int key");
            assert_eq!(removed, general.discard(&mut Native, &k).unwrap());
        }
        assert_eq!(exact.len(), general.len());
        let (a, b) = (exact.items(), general.items());
        assert!(a.iter().zip(&b).all(|(x, y)| fast_eq(x, y) == Some(true)));
        for i in -160..160i64 {
            let k = Value::Int(i);
            assert_eq!(
                exact.contains_exact(&k),
                Some(general.contains(&mut Native, &k).unwrap())
            );
        }
    }
}

#[test]
fn exact_paths_step_aside_for_keys_of_other_types() {
    let set = PySet::new(false);
    set.add(&mut Native, Value::Float(1.0)).unwrap();
    set.add(&mut Native, Value::Bool(false)).unwrap();
    // 1 == 1.0 and 0 == False: the exact path does not decide, the general one does.
    assert_eq!(set.contains_exact(&Value::Int(1)), None);
    assert_eq!(set.add_exact(&Value::Int(0)), None);
    assert_eq!(set.discard_exact(&Value::Int(1)), None);
    assert!(set.contains_member(&mut Native, &Value::Int(1)).unwrap());
    // Keys of other hashes are still answered, and a float key is never exact.
    assert_eq!(set.contains_exact(&Value::Int(2)), Some(false));
    assert_eq!(set.contains_exact(&Value::Float(2.0)), None);
    assert_eq!(set.add_exact(&Value::Int(5)), Some(true));
    assert_eq!(set.len(), 3);
}

#[test]
fn a_small_set_grows_out_of_its_inline_table_in_cpythons_order() {
    let set = PySet::new(false);
    for i in [17, 3, 40, 8, 1, 33, 9, 64, 2] {
        set.add_exact(&Value::Int(i));
    }
    let order: Vec<i64> = set
        .items()
        .iter()
        .map(|v| if let Value::Int(i) = v { *i } else { 0 })
        .collect();
    assert_eq!(order, [64, 1, 33, 3, 2, 40, 8, 9, 17]);
    assert_eq!(set.table_slots(), 32);
}
