//! `Value`'s hand-written reference counting: `discard` and `clone` keep an object's
//! count right whether it is shared or the last reference.

use crate::runtime::list::PyList;
use crate::runtime::str::StrRef;
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

/// `clone` and `discard` count through every heap variant's `Rc` seen as one type
/// (`Value::counted`): each must move the object's own count by exactly one.
#[test]
fn clone_and_discard_count_every_heap_variant() {
    fn check<T>(rc: Rc<T>, wrap: fn(Rc<T>) -> Value) {
        let v = wrap(rc.clone());
        assert_eq!(Rc::strong_count(&rc), 2);
        let copy = v.clone();
        assert_eq!(Rc::strong_count(&rc), 3);
        copy.discard();
        assert_eq!(Rc::strong_count(&rc), 2);
        v.discard();
        assert_eq!(Rc::strong_count(&rc), 1);
        assert_eq!(Rc::weak_count(&rc), 0);
    }
    check(Rc::new(PyList::new(vec![Value::Int(1)])), Value::List);
    // A string's count is its `StrRef`'s, at the same place.
    let Value::Str(s) = Value::str("text, past what an inline text held") else {
        unreachable!()
    };
    let v = Value::Str(s.clone());
    let copy = v.clone();
    assert_eq!(StrRef::strong_count(&s), 3);
    copy.discard();
    v.discard();
    assert_eq!(StrRef::strong_count(&s), 1);
    let Value::Tuple(t) = Value::tuple(vec![Value::Int(1), Value::str("x")]) else {
        unreachable!()
    };
    check(t, Value::Tuple);
    check(Rc::new(num_bigint::BigInt::from(7u8) << 80), Value::BigInt);
}

#[test]
fn identity_compares_objects_not_values() {
    let list = Value::list(vec![Value::Int(1)]);
    let same = list.clone();
    let equal = Value::list(vec![Value::Int(1)]);
    assert!(list.is(&same));
    assert!(!list.is(&equal));
    let s = Value::str("ab");
    assert!(s.is(&s.clone()));
    assert!(!s.is(&Value::str("ab")));
    // Heap against inline, and inline values by value.
    assert!(!list.is(&Value::None));
    assert!(!Value::None.is(&list));
    assert!(Value::None.is(&Value::None));
    assert!(Value::Int(7).is(&Value::Int(7)));
    assert!(!Value::Int(1).is(&Value::Bool(true)));
    assert!(!Value::Float(0.0).is(&Value::Float(-0.0)));
    // Two variants are never one object.
    assert!(!list.is(&s));
}
