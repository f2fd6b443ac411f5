use super::dict::PyDict;
use super::instance_attrs::{AttrView, InstanceAttrs};
use super::shape::{Shape, MAX_ATTRS};
use super::str::PyStr;
use super::value::Value;
use std::cell::Cell;
use std::rc::Rc;

fn name(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::new(s))
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
        InstanceAttrs::new(root.clone(), 0),
        InstanceAttrs::new(root.clone(), 0),
        InstanceAttrs::new(root.clone(), 0),
    );
    for (i, n) in ["x", "y", "z"].into_iter().enumerate() {
        a.set(name(n), Value::Int(i as i64), &hint);
        b.set(name(n), Value::Int(10 + i as i64), &hint);
    }
    for n in ["z", "y", "x"] {
        c.set(name(n), Value::Int(0), &hint);
    }
    assert_eq!(a.shape_ptr(), b.shape_ptr());
    assert_ne!(a.shape_ptr(), c.shape_ptr());
    assert_eq!(int(b.get(&PyStr::new("y"))), Some(11));
    assert_eq!(hint.get(), 3);
    // Replacing a value keeps the shape.
    let before = a.shape_ptr();
    a.set(name("y"), Value::Int(99), &hint);
    assert_eq!(a.shape_ptr(), before);
    assert_eq!(int(a.get_if_shape(before, 1)), Some(99));
}

#[test]
fn the_dict_is_made_once_in_order_and_then_is_the_storage() {
    let hint = Cell::new(0);
    let a = InstanceAttrs::new(Shape::root(), 0);
    a.set(name("b"), Value::Int(2), &hint);
    a.set(name("a"), Value::Int(1), &hint);
    let d: Rc<PyDict> = a.dict();
    assert!(a.shape_ptr().is_null());
    assert!(Rc::ptr_eq(&d, &a.dict()));
    let keys: Vec<String> = d
        .keys()
        .iter()
        .map(|k| k.as_pystr().unwrap().as_str().to_string())
        .collect();
    assert_eq!(keys, ["b", "a"]);
    d.set_by_str("c", Value::Int(3));
    assert_eq!(int(a.get(&PyStr::new("c"))), Some(3));
    a.set(name("d"), Value::Int(4), &hint);
    assert_eq!(int(d.get_by_str("d")), Some(4));
    assert!(a.view(|v| matches!(v, AttrView::Dict(_))));
}

#[test]
fn removing_an_attribute_moves_to_a_dict_and_keeps_the_rest() {
    let hint = Cell::new(0);
    let a = InstanceAttrs::new(Shape::root(), 0);
    a.set(name("x"), Value::Int(1), &hint);
    a.set(name("y"), Value::Int(2), &hint);
    assert!(a.remove(&PyStr::new("missing")).is_none());
    assert!(!a.shape_ptr().is_null(), "a failed delete changes nothing");
    assert_eq!(int(a.remove(&PyStr::new("x"))), Some(1));
    assert!(!a.has(&PyStr::new("x")));
    assert_eq!(int(a.get(&PyStr::new("y"))), Some(2));
}

#[test]
fn a_cached_store_on_another_shape_gives_the_value_back() {
    let hint = Cell::new(0);
    let root = Shape::root();
    let a = InstanceAttrs::new(root.clone(), 0);
    let trace = a.set_traced(name("x"), Value::Int(1), &hint).unwrap();
    assert_eq!(trace.from, Rc::as_ptr(&root));
    let b = InstanceAttrs::new(root.clone(), 0);
    // Repeat the adding store on a fresh instance: it moves to the same shape.
    let stored = b.store_if_shape(
        trace.from,
        trace.index,
        trace.to.as_ref(),
        Value::Int(5),
        &hint,
    );
    assert!(matches!(stored, Ok(None)));
    assert_eq!(a.shape_ptr(), b.shape_ptr());
    // The same trace no longer fits b (its shape moved on).
    let again = b.store_if_shape(
        trace.from,
        trace.index,
        trace.to.as_ref(),
        Value::Int(6),
        &hint,
    );
    assert!(matches!(again, Err(Value::Int(6))));
    assert_eq!(int(b.get(&PyStr::new("x"))), Some(5));
}

#[test]
fn past_the_shape_limit_an_instance_keeps_a_dict() {
    let hint = Cell::new(0);
    let a = InstanceAttrs::new(Shape::root(), 0);
    for i in 0..MAX_ATTRS + 5 {
        a.set(name(&format!("a{i}")), Value::Int(i as i64), &hint);
    }
    assert!(a.shape_ptr().is_null());
    for i in 0..MAX_ATTRS + 5 {
        assert_eq!(int(a.get(&PyStr::new(&format!("a{i}")))), Some(i as i64));
    }
    assert_eq!(a.dict().len(), MAX_ATTRS + 5);
}

#[test]
fn clearing_drops_every_value() {
    let hint = Cell::new(0);
    let root = Shape::root();
    let a = InstanceAttrs::new(root.clone(), 0);
    let shared = Value::list(vec![]);
    a.set(name("l"), shared.clone(), &hint);
    a.clear(&root);
    assert!(a.is_empty());
    let Value::List(l) = &shared else {
        unreachable!()
    };
    assert_eq!(Rc::strong_count(l), 1);
}
