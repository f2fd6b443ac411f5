use super::class::Instance;
use super::dict::PyDict;
use super::instance_attrs::AttrView;
use super::instance_ref::InstanceRef;
use super::shape::{Shape, MAX_ATTRS};
use super::str::{PyStr, StrRef};
use super::value::Value;
use std::cell::Cell;
use std::rc::Rc;

fn name(s: &str) -> StrRef {
    PyStr::new(s)
}

/// The dict's keys, in order.
fn keys_of(d: &PyDict) -> Vec<String> {
    d.keys()
        .iter()
        .map(|k| k.as_pystr().unwrap().as_str().to_string())
        .collect()
}

/// The list `v` has no other holder.
fn held_only_here(v: &Value) -> bool {
    let Value::List(l) = v else { unreachable!() };
    Rc::strong_count(l) == 1
}

fn int(v: Option<Value>) -> Option<i64> {
    match v {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    }
}

#[test]
fn instances_adding_the_same_names_in_order_share_a_shape() {
    let root = Shape::root();
    let hint = Cell::new(0);
    let (a, b, c) = (
        Instance::for_test(root.clone(), 0),
        Instance::for_test(root.clone(), 0),
        Instance::for_test(root.clone(), 0),
    );
    for (i, n) in ["x", "y", "z"].into_iter().enumerate() {
        a.attrs().set(name(n), Value::Int(i as i64), &hint);
        b.attrs().set(name(n), Value::Int(10 + i as i64), &hint);
    }
    for n in ["z", "y", "x"] {
        c.attrs().set(name(n), Value::Int(0), &hint);
    }
    assert_eq!(a.attrs().shape_ptr(), b.attrs().shape_ptr());
    assert_ne!(a.attrs().shape_ptr(), c.attrs().shape_ptr());
    assert_eq!(int(b.attrs().get(&PyStr::new("y"))), Some(11));
    assert_eq!(hint.get(), 3);
    // Replacing a value keeps the shape.
    let before = a.attrs().shape_ptr();
    a.attrs().set(name("y"), Value::Int(99), &hint);
    assert_eq!(a.attrs().shape_ptr(), before);
    assert_eq!(int(a.attrs().get_if_shape(before, 1)), Some(99));
}

#[test]
fn the_dict_is_made_once_in_order_and_then_is_the_storage() {
    let hint = Cell::new(0);
    let a = Instance::for_test(Shape::root(), 0);
    a.attrs().set(name("b"), Value::Int(2), &hint);
    a.attrs().set(name("a"), Value::Int(1), &hint);
    let d: Rc<PyDict> = a.attrs().dict();
    assert!(a.attrs().shape_ptr().is_null());
    assert!(Rc::ptr_eq(&d, &a.attrs().dict()));
    let keys = keys_of(&d);
    assert_eq!(keys, ["b", "a"]);
    d.set_by_str("c", Value::Int(3));
    assert_eq!(int(a.attrs().get(&PyStr::new("c"))), Some(3));
    a.attrs().set(name("d"), Value::Int(4), &hint);
    assert_eq!(int(d.get_by_str("d")), Some(4));
    assert!(a.attrs().view(|v| matches!(v, AttrView::Dict(_))));
}

#[test]
fn removing_an_attribute_moves_to_a_dict_and_keeps_the_rest() {
    let hint = Cell::new(0);
    let a = Instance::for_test(Shape::root(), 0);
    a.attrs().set(name("x"), Value::Int(1), &hint);
    a.attrs().set(name("y"), Value::Int(2), &hint);
    assert!(a.attrs().remove(&PyStr::new("missing")).is_none());
    assert!(
        !a.attrs().shape_ptr().is_null(),
        "a failed delete changes nothing"
    );
    assert_eq!(int(a.attrs().remove(&PyStr::new("x"))), Some(1));
    assert!(!a.attrs().has(&PyStr::new("x")));
    assert_eq!(int(a.attrs().get(&PyStr::new("y"))), Some(2));
}

#[test]
fn a_cached_store_on_another_shape_gives_the_value_back() {
    let hint = Cell::new(0);
    let root = Shape::root();
    let a = Instance::for_test(root.clone(), 0);
    let trace = a
        .attrs()
        .set_traced(name("x"), Value::Int(1), &hint)
        .unwrap();
    assert_eq!(trace.from, Rc::as_ptr(&root));
    let repeat = |on: &InstanceRef, v: i64| {
        on.attrs().store_if_shape(
            trace.from,
            trace.index,
            trace.to.as_ref(),
            Value::Int(v),
            &hint,
        )
    };
    // An instance with no room for the value: the cached store gives it back.
    let full = Instance::for_test(root.clone(), 0);
    assert!(matches!(repeat(&full, 5), Err(Value::Int(5))));
    // Repeat the adding store on a fresh instance: it moves to the same shape.
    let b = Instance::for_test(root.clone(), 1);
    assert!(matches!(repeat(&b, 5), Ok(None)));
    assert_eq!(a.attrs().shape_ptr(), b.attrs().shape_ptr());
    // The same trace no longer fits b (its shape moved on).
    assert!(matches!(repeat(&b, 6), Err(Value::Int(6))));
    assert_eq!(int(b.attrs().get(&PyStr::new("x"))), Some(5));
}

#[test]
fn past_the_shape_limit_an_instance_keeps_a_dict() {
    let hint = Cell::new(0);
    let a = Instance::for_test(Shape::root(), 0);
    for i in 0..MAX_ATTRS + 5 {
        a.attrs()
            .set(name(&format!("a{i}")), Value::Int(i as i64), &hint);
    }
    assert!(a.attrs().shape_ptr().is_null());
    for i in 0..MAX_ATTRS + 5 {
        assert_eq!(
            int(a.attrs().get(&PyStr::new(&format!("a{i}")))),
            Some(i as i64)
        );
    }
    assert_eq!(a.attrs().dict().len(), MAX_ATTRS + 5);
}

#[test]
fn clearing_drops_every_value() {
    let hint = Cell::new(0);
    let root = Shape::root();
    let a = Instance::for_test(root.clone(), 0);
    let shared = Value::list(vec![]);
    a.attrs().set(name("l"), shared.clone(), &hint);
    a.attrs().clear(&root);
    assert!(a.attrs().is_empty());
    assert!(held_only_here(&shared));
}

#[test]
fn values_past_the_inline_room_spill_and_stay_in_order() {
    let hint = Cell::new(0);
    let root = Shape::root();
    let a = Instance::for_test(root.clone(), 2);
    for i in 0..7 {
        a.attrs().set(name(&format!("v{i}")), Value::Int(i), &hint);
    }
    assert_eq!(hint.get(), 7);
    for i in 0..7 {
        assert_eq!(int(a.attrs().get(&PyStr::new(&format!("v{i}")))), Some(i));
    }
    let keys = keys_of(&a.attrs().dict());
    assert_eq!(keys, ["v0", "v1", "v2", "v3", "v4", "v5", "v6"]);
    // A spilled instance clears back to its inline room.
    let b = Instance::for_test(root.clone(), 1);
    let shared = Value::list(vec![]);
    b.attrs().set(name("x"), Value::Int(1), &hint);
    b.attrs().set(name("l"), shared.clone(), &hint);
    b.attrs().clear(&root);
    assert!(b.attrs().is_empty());
    b.attrs().set(name("x"), Value::Int(3), &hint);
    assert_eq!(int(b.attrs().get(&PyStr::new("x"))), Some(3));
    assert!(held_only_here(&shared));
}

#[test]
fn a_weak_reference_outlives_the_instance_but_not_its_values() {
    let hint = Cell::new(0);
    let a = Instance::for_test(Shape::root(), 2);
    let shared = Value::list(vec![]);
    a.attrs().set(name("l"), shared.clone(), &hint);
    let weak = InstanceRef::downgrade(&a);
    let again = weak.upgrade().expect("alive");
    assert!(InstanceRef::ptr_eq(&a, &again));
    assert_eq!(InstanceRef::strong_count(&a), 2);
    drop((a, again));
    assert!(weak.upgrade().is_none());
    assert_eq!(weak.strong_count(), 0);
    assert!(
        held_only_here(&shared),
        "the values dropped with the instance"
    );
}
