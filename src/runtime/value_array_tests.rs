use super::str::{PyStr, StrRef};
use super::value::Value;
use super::value_array::ValueArray;

fn text(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => panic!("not a str"),
    }
}

#[test]
fn an_empty_array_allocates_nothing_and_holds_nothing() {
    let a = ValueArray::with_capacity(0);
    assert_eq!(a.capacity(), 0);
    assert!(a.is_empty());
    let b = ValueArray::default();
    assert_eq!(std::mem::size_of_val(&b), 8);
}

#[test]
fn new_slots_are_none_and_growing_keeps_the_values() {
    let mut a = ValueArray::with_capacity(2);
    assert!(a.iter().all(|v| v.is_none()));
    a[0] = Value::str("x");
    a[1] = Value::Int(7);
    a.grow(5);
    assert_eq!(a.capacity(), 5);
    assert_eq!(text(&a[0]), "x");
    assert!(matches!(a[1], Value::Int(7)));
    assert!(a[2..].iter().all(|v| v.is_none()));
    let mut e = ValueArray::empty();
    e.grow(1);
    assert!(e[0].is_none());
}

#[test]
fn taking_the_values_moves_them_out_and_leaves_it_empty() {
    let mut a = ValueArray::with_capacity(3);
    a[1] = Value::str("y");
    let taken = a.take_all();
    assert_eq!(a.capacity(), 0);
    assert_eq!(taken.len(), 3);
    assert_eq!(text(&taken[1]), "y");
}

#[test]
fn dropping_the_array_drops_each_value_once() {
    let shared = PyStr::new("shared");
    let mut a = ValueArray::with_capacity(4);
    for slot in a.iter_mut() {
        *slot = Value::Str(shared.clone());
    }
    a.grow(6);
    assert_eq!(StrRef::strong_count(&shared), 5);
    drop(a);
    assert_eq!(StrRef::strong_count(&shared), 1);
}
