use super::*;

#[test]
fn a_tuple_is_one_allocation_of_head_and_items() {
    assert_eq!(std::mem::size_of::<TupleRef>(), 8);
    assert_eq!(layout(0, false).size(), 16);
    // A pair of atoms: a 48-byte request, one 64-byte glibc chunk (it was 64 + 48 in
    // two); with the collector's header 72 bytes, an 80-byte chunk.
    assert_eq!(layout(2, false).size(), 48);
    assert_eq!(layout(2, true).size(), 72);
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

#[test]
fn only_tuples_that_can_make_a_cycle_have_the_collectors_header() {
    let atoms = PyTuple::new(vec![Value::Int(1), Value::str("s"), Value::Float(0.5)]);
    assert!(atoms.gc().is_none());
    let nested = PyTuple::new(vec![Value::Tuple(atoms.clone()), Value::None]);
    assert!(nested.gc().is_none());
    let holder = PyTuple::new(vec![Value::list(vec![]), Value::Int(1)]);
    let h = holder.gc().expect("a tuple holding a list has the header");
    assert!(!h.is_tracked());
    // The header leads back to its tuple.
    let back = std::mem::ManuallyDrop::new(unsafe { TupleRef::from_gc_header(h) });
    assert!(TupleRef::ptr_eq(&back, &holder));
    assert!(matches!(back.items[1], Value::Int(1)));
    let outer = PyTuple::new(vec![Value::Tuple(holder)]);
    assert!(outer.has_gc());
}

#[test]
fn a_refilled_tuple_gains_the_header_when_a_container_goes_in() {
    let mut last = None;
    let first = crate::runtime::iter::refill_tuple(&mut last, [Value::Int(0), Value::Int(1)]);
    drop(first);
    let Value::Tuple(t) =
        crate::runtime::iter::refill_tuple(&mut last, [Value::Int(2), Value::Int(3)])
    else {
        unreachable!()
    };
    assert!(!t.has_gc());
    drop(t);
    let Value::Tuple(t) =
        crate::runtime::iter::refill_tuple(&mut last, [Value::Int(4), Value::list(vec![])])
    else {
        unreachable!()
    };
    assert!(t.has_gc());
    assert!(matches!(t.items[0], Value::Int(4)));
}
