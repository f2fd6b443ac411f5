//! Unit tests of `deque.rs`: maxlen trimming, rotation, positions, the mutation counter,
//! and dropping a long chain of nested deques without deep recursion.

use super::deque::{DequeData, End};
use super::value::Value;

fn ints(d: &DequeData) -> Vec<i64> {
    d.items
        .iter()
        .map(|v| match v {
            Value::Int(i) => *i,
            _ => panic!("not an int"),
        })
        .collect()
}

fn filled(n: i64) -> DequeData {
    let mut d = DequeData::new();
    for i in 0..n {
        assert!(d.push_back(Value::Int(i)).is_none());
    }
    d
}

#[test]
fn maxlen_trims_the_opposite_end() {
    let mut d = DequeData::new();
    d.maxlen = Some(3);
    for i in 0..5 {
        d.push_back(Value::Int(i));
    }
    assert_eq!(ints(&d), [2, 3, 4]);
    let dropped = d.push(Value::Int(9), End::Left);
    assert!(matches!(dropped, Some(Value::Int(4))));
    assert_eq!(ints(&d), [9, 2, 3]);
    d.maxlen = Some(0);
    assert!(matches!(d.push_back(Value::Int(1)), Some(Value::Int(1))));
    assert_eq!(d.len(), 3);
}

#[test]
fn rotation_either_way_and_past_the_length() {
    let mut d = filled(5);
    d.rotate(2);
    assert_eq!(ints(&d), [3, 4, 0, 1, 2]);
    d.rotate(-2);
    assert_eq!(ints(&d), [0, 1, 2, 3, 4]);
    d.rotate(12);
    assert_eq!(ints(&d), [3, 4, 0, 1, 2]);
    d.rotate(i64::MIN);
    let mut e = filled(5);
    e.rotate(2);
    e.rotate(i64::MIN);
    assert_eq!(ints(&d), ints(&e));
}

#[test]
fn positions_and_insertion_clamp_as_list_insert() {
    let mut d = filled(3);
    assert_eq!(d.position(-1), Some(2));
    assert_eq!(d.position(3), None);
    assert_eq!(d.position(-4), None);
    d.insert(-100, Value::Int(7));
    d.insert(100, Value::Int(8));
    d.insert(-1, Value::Int(9));
    assert_eq!(ints(&d), [7, 0, 1, 2, 9, 8]);
    assert!(matches!(d.remove_at(1), Some(Value::Int(0))));
}

#[test]
fn every_length_change_moves_the_state() {
    let mut d = filled(2);
    let mut last = d.state;
    let mut changed = |d: &DequeData| {
        let moved = d.state != last;
        last = d.state;
        moved
    };
    d.pop_back();
    assert!(changed(&d));
    d.pop_front();
    assert!(changed(&d));
    assert!(d.pop_front().is_none());
    assert!(!changed(&d));
    d.push(Value::Int(1), End::Left);
    assert!(changed(&d));
    drop(d.take_all());
    assert!(changed(&d));
}

#[test]
fn a_long_chain_of_nested_deques_drops_without_recursion() {
    use crate::runtime::class::{Instance, Payload};
    let deque = crate::runtime::types::Types::new().deque;
    let mut inner = Value::None;
    for _ in 0..200_000 {
        let inst = Instance::new(deque.clone());
        if let Payload::Deque(d) = inst.payload() {
            d.borrow_mut().push_back(inner);
        }
        inner = Value::Instance(inst);
    }
    drop(inner);
}
