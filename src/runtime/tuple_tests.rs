use super::*;

#[test]
fn a_tuple_is_one_allocation_of_head_and_items() {
    assert_eq!(std::mem::size_of::<TupleRef>(), 8);
    assert_eq!(layout(0).size(), 40);
    // A pair: a 72-byte request, one 80-byte glibc chunk (it was 64 + 48 in two).
    assert_eq!(layout(2).size(), 72);
    assert_eq!(GC_AT, 8);
}

#[test]
fn items_read_back_and_the_count_is_shared() {
    let t = PyTuple::new(vec![Value::Int(1), Value::str("a"), Value::None]);
    assert_eq!(t.len(), 3);
    assert!(matches!(t.items[0], Value::Int(1)));
    assert_eq!(t.items[1].as_pystr().map(|s| s.as_str()), Some("a"));
    let u = t.clone();
    assert_eq!(TupleRef::strong_count(&t), 2);
    assert!(TupleRef::ptr_eq(&t, &u));
    drop(u);
    assert_eq!(TupleRef::strong_count(&t), 1);
}

#[test]
fn get_mut_only_for_the_sole_reference() {
    let mut t = PyTuple::new(vec![Value::Int(1), Value::Int(2)]);
    TupleRef::get_mut(&mut t).unwrap()[1] = Value::Int(5);
    assert!(matches!(t.items[1], Value::Int(5)));
    let u = t.clone();
    assert!(TupleRef::get_mut(&mut t).is_none());
    drop(u);
}

#[test]
fn the_empty_tuple_and_dropped_items() {
    let e = PyTuple::new(Vec::new());
    assert!(e.is_empty());
    let inner = Value::list(vec![Value::Int(1)]);
    let t = PyTuple::new(vec![inner.clone(), inner.clone()]);
    assert_eq!(crate::runtime::traverse::strong_count(&inner), 3);
    drop(t);
    assert_eq!(crate::runtime::traverse::strong_count(&inner), 1);
}
