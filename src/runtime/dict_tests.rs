//! Unit tests of `dict.rs` across the small (scanned) and indexed sizes, and of the
//! write counter the method caches watch.

use super::dict::PyDict;
use super::str::{PyStr, StrRef};
use super::value::Value;

fn key(i: usize) -> StrRef {
    PyStr::new(&format!("k{i}"))
}

#[test]
fn lookups_hold_while_growing_past_the_scan_size_and_shrinking_back() {
    let d = PyDict::new();
    for i in 0..40 {
        d.set_str(key(i), Value::Int(i as i64));
        for j in 0..=i {
            assert_eq!(
                d.get_str(&key(j)).map(|v| v.id()),
                Some(Value::Int(j as i64).id())
            );
        }
        assert!(d.get_str(&key(i + 1)).is_none());
    }
    for i in (0..40).rev() {
        assert!(d.del_str(&key(i)).is_some());
        assert!(d.get_str(&key(i)).is_none());
        for j in 0..i {
            assert!(
                d.get_str(&key(j)).is_some(),
                "k{j} lost after deleting k{i}"
            );
        }
        assert_eq!(d.len(), i);
    }
}

#[test]
fn deleting_and_reinserting_in_a_small_dict_keeps_order() {
    let d = PyDict::new();
    for i in 0..6 {
        d.set_str(key(i), Value::Int(i as i64));
    }
    d.del_str(&key(2));
    d.set_str(key(2), Value::Int(20));
    let keys: Vec<String> = d
        .keys()
        .iter()
        .map(|k| {
            k.as_pystr()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(keys, ["k0", "k1", "k3", "k4", "k5", "k2"]);
}

#[test]
fn every_write_changes_the_write_counter() {
    let d = PyDict::new();
    let w0 = d.writes();
    d.set_str(key(1), Value::Int(1));
    let w1 = d.writes();
    assert!(w1 > w0);
    d.set_str(key(1), Value::Int(2));
    let w2 = d.writes();
    assert!(w2 > w1, "replacing a value must count as a write");
    d.del_str(&key(1));
    assert!(d.writes() > w2);
    let w3 = d.writes();
    let _ = d.get_str(&key(1));
    assert_eq!(d.writes(), w3, "reads are not writes");
}

/// String keys hash and compare natively: a context that is never asked.
struct NoPython;

impl super::dict::KeyCx for NoPython {
    fn hash_key(&mut self, _: &Value) -> super::error::PyResult<i64> {
        unreachable!("string keys hash natively")
    }
    fn keys_equal(&mut self, _: &Value, _: &Value) -> super::error::PyResult<bool> {
        unreachable!("string keys compare natively")
    }
}

fn order(d: &PyDict) -> Vec<String> {
    d.keys()
        .iter()
        .map(|k| match k {
            Value::Str(s) => s.as_str().to_string(),
            _ => unreachable!(),
        })
        .collect()
}

#[test]
fn front_moves_keep_lookups_and_order_across_room_openings() {
    for size in [1usize, 5, 8, 9, 60] {
        let d = PyDict::new();
        let mut model: Vec<String> = Vec::new();
        for i in 0..size {
            d.set_str(key(i), Value::Int(i as i64));
            model.push(format!("k{i}"));
        }
        for step in 0..(size * 7) {
            let i = (step * 5 + 3) % size;
            assert!(d.move_to_front(&mut NoPython, &Value::Str(key(i))).unwrap());
            let name = format!("k{i}");
            model.retain(|k| *k != name);
            model.insert(0, name);
            if step % 3 == 0 {
                // Delete the first key and add a fresh one at the end.
                let first = model.remove(0);
                let n: usize = first[1..].parse().unwrap();
                assert!(d.del_str(&key(n)).is_some());
                d.set_str(key(n), Value::Int(n as i64));
                model.push(first);
            }
            assert_eq!(order(&d), model, "size {size} step {step}");
            for k in 0..size {
                assert!(d.get_str(&key(k)).is_some(), "k{k} lost");
            }
        }
        assert!(!d
            .move_to_front(&mut NoPython, &Value::Str(key(size + 1)))
            .unwrap());
    }
}
