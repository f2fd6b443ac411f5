use super::names::*;
use crate::ast::BinOp;
use crate::runtime::function::Interned;
use std::rc::Rc;

#[test]
fn binary_names_follow_the_operator() {
    let n = Names::new(&Interned::default());
    for op in [
        BinOp::Add,
        BinOp::Sub,
        BinOp::MatMult,
        BinOp::Pow,
        BinOp::FloorDiv,
    ] {
        let (m, r, i) = crate::vm::ops::dunder(op);
        let [nm, nr, ni] = n.binary(op);
        assert_eq!((nm.as_str(), nr.as_str(), ni.as_str()), (m, r, i));
    }
    assert_eq!(n.binary(BinOp::FloorDiv)[0].as_str(), "__floordiv__");
}

#[test]
fn names_are_the_interned_objects() {
    let interned = Interned::default();
    let n = Names::new(&interned);
    assert!(crate::runtime::str::StrRef::ptr_eq(
        &n.init,
        &interned.intern(&Rc::from("__init__"))
    ));
}

#[test]
fn each_interpreter_interns_its_own_names() {
    let (a, b) = (crate::vm::Vm::new(), crate::vm::Vm::new());
    assert!(!crate::runtime::str::StrRef::ptr_eq(
        &a.names.init,
        &b.names.init
    ));
    let text: Rc<str> = Rc::from("__init__");
    assert!(crate::runtime::str::StrRef::ptr_eq(
        &a.names.init,
        &a.interned.intern(&text)
    ));
    assert!(crate::runtime::str::StrRef::ptr_eq(
        &b.names.init,
        &b.interned.intern(&text)
    ));
}
