use super::names::*;
use crate::ast::BinOp;
use crate::runtime::function::intern;
use std::rc::Rc;

#[test]
fn binary_names_follow_the_operator() {
    let n = Names::new();
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
    let n = Names::new();
    assert!(crate::runtime::str::StrRef::ptr_eq(
        &n.init,
        &intern(&Rc::from("__init__"))
    ));
}
