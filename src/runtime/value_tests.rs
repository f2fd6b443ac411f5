//! `Value`'s hand-written reference counting: `discard` and `clone` keep an object's
//! count right whether it is shared or the last reference.

use crate::runtime::list::PyList;
use crate::runtime::value::Value;
use std::rc::Rc;

#[test]
fn discarding_a_shared_reference_leaves_the_object_alive() {
    let list = Rc::new(PyList::new(vec![Value::Int(1)]));
    let a = Value::List(list.clone());
    let b = a.clone();
    assert_eq!(Rc::strong_count(&list), 3);
    a.discard();
    assert_eq!(Rc::strong_count(&list), 2);
    b.discard();
    assert_eq!(Rc::strong_count(&list), 1);
    assert_eq!(list.items.borrow().len(), 1);
}

#[test]
fn discarding_the_last_reference_drops_the_object() {
    let inner = Rc::new(PyList::new(vec![]));
    let outer = Value::list(vec![Value::List(inner.clone())]);
    assert_eq!(Rc::strong_count(&inner), 2);
    // The outer list dies, and with it its reference to the inner one.
    outer.discard();
    assert_eq!(Rc::strong_count(&inner), 1);
}

#[test]
fn inline_values_are_inline() {
    for v in [
        Value::None,
        Value::Bool(true),
        Value::Int(-3),
        Value::Float(0.5),
    ] {
        assert!(v.is_inline());
        v.discard();
    }
    assert!(!Value::str("x").is_inline());
}
