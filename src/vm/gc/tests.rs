//! The collector on values built in Rust: what it frees, what it must keep (objects held
//! from Rust, borrowed contents, older generations), and the registry's bookkeeping.

use crate::interpreter::Interpreter;
use crate::runtime::value::Value;
use std::rc::Rc;

fn self_list(vm: &mut crate::vm::Vm) -> std::rc::Weak<crate::runtime::list::PyList> {
    let l = Value::list(vec![]);
    vm.gc_track(&l);
    let Value::List(rc) = &l else { unreachable!() };
    rc.push(l.clone());
    Rc::downgrade(rc)
}

#[test]
fn a_self_referencing_list_is_freed() {
    let mut interp = Interpreter::new();
    let weak = self_list(&mut interp.vm);
    assert!(weak.upgrade().is_some(), "the cycle keeps it alive");
    let found = interp.vm.gc_collect(2).collected;
    assert_eq!(found, 1);
    assert!(weak.upgrade().is_none());
}

#[test]
fn a_reference_held_by_rust_keeps_the_cycle() {
    let mut interp = Interpreter::new();
    let weak = self_list(&mut interp.vm);
    let held = weak.upgrade().unwrap();
    assert_eq!(interp.vm.gc_collect(2).collected, 0);
    assert_eq!(held.len(), 1, "not cleared");
    drop(held);
    assert_eq!(interp.vm.gc_collect(2).collected, 1);
}

#[test]
fn borrowed_contents_are_kept_not_cleared() {
    let mut interp = Interpreter::new();
    let weak = self_list(&mut interp.vm);
    let list = weak.upgrade().unwrap();
    let raw = Rc::as_ptr(&list);
    drop(list);
    // SAFETY: the cycle keeps the list alive; the borrow ends before the collection
    // could free it.
    let borrow = unsafe { (*raw).items.borrow_mut() };
    assert_eq!(interp.vm.gc_collect(2).collected, 0);
    drop(borrow);
    assert_eq!(interp.vm.gc_collect(2).collected, 1);
}

#[test]
fn a_young_collection_leaves_older_objects_alone() {
    let mut interp = Interpreter::new();
    let old = self_list(&mut interp.vm);
    // Alive through a young collection, it moves to generation 1; garbage there, only
    // a collection of generation 1 finds it.
    let held = old.upgrade();
    interp.vm.gc_collect(0);
    drop(held);
    assert!(old.upgrade().is_some());
    let young = self_list(&mut interp.vm);
    assert_eq!(interp.vm.gc_collect(0).collected, 1);
    assert!(young.upgrade().is_none());
    assert!(old.upgrade().is_some());
    assert_eq!(interp.vm.gc_collect(1).collected, 1);
    assert!(old.upgrade().is_none());
}

#[test]
fn dead_entries_leave_the_young_count() {
    let mut interp = Interpreter::new();
    let before = interp.vm.gc.count()[0];
    let l = Value::list(vec![]);
    interp.vm.gc_track(&l);
    interp.vm.gc_track(&l);
    assert_eq!(interp.vm.gc.count()[0], before + 1, "registered once");
    drop(l);
    assert_eq!(interp.vm.gc.count()[0], before);
}

#[test]
fn a_deque_holding_itself_and_its_iterator_is_freed() {
    use crate::runtime::class::Instance;
    use crate::runtime::iter::{DequeWalk, IterObj, IterState};
    let mut interp = Interpreter::new();
    let inst = Instance::new(interp.vm.types().deque.clone());
    let d = Value::Instance(inst.clone());
    interp.vm.gc_track(&d);
    let walk = DequeWalk {
        deque: inst.clone(),
        next: 0,
        left: 0,
        state: 0,
        reverse: false,
    };
    let it = IterObj::new_value(IterState::Deque(Box::new(walk)));
    {
        let mut items = inst.deque().unwrap().borrow_mut();
        items.push_back(d.clone());
        items.push_back(it);
    }
    let weak = crate::runtime::instance_ref::InstanceRef::downgrade(&inst);
    drop((inst, d));
    assert!(weak.upgrade().is_some(), "the cycle keeps it alive");
    interp.vm.gc_collect(2);
    assert!(weak.upgrade().is_none());
}
