//! Superinstruction marking: which pairs fuse, without overlap, and what they stand for.

use super::bytecode::Instr::{self, *};
use super::fuse::{fuse_pairs, third, unfused};

#[test]
fn pairs_fuse_left_to_right_without_overlap() {
    let mut code = vec![
        LoadFast(0),
        LoadFast(1),
        LoadAttr(2),
        StoreFast(3),
        LoadFast(4),
        LoadConst(5),
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(
        code,
        vec![
            LoadFastLoadFast(0, 1),
            LoadFast(1),
            LoadAttr(2),
            StoreFastLoadFast(3, 4),
            LoadFast(4),
            LoadConst(5),
            ReturnValue,
        ]
    );
}

#[test]
fn each_fused_instruction_names_the_pair_it_replaced() {
    for (first, second) in [
        (LoadFast(7), LoadAttr(9)),
        (LoadFast(7), LoadFast(9)),
        (LoadFast(7), LoadConst(9)),
        (StoreFast(7), LoadFast(9)),
    ] {
        let mut code = [first, second];
        fuse_pairs(&mut code);
        assert_ne!(code[0], first);
        assert_eq!(code[1], second);
        assert_eq!(unfused(code[0]), Some((first, second)));
    }
    assert_eq!(unfused(LoadFast(1)), None);
}

#[test]
fn wide_operands_and_other_pairs_stay_plain() {
    let mut code: Vec<Instr> = vec![
        LoadFast(70_000),
        LoadAttr(1),
        LoadConst(0),
        LoadFast(1),
        LoadFast(2),
    ];
    fuse_pairs(&mut code);
    assert_eq!(
        code,
        vec![
            LoadFast(70_000),
            LoadAttr(1),
            LoadConst(0),
            LoadFastLoadFast(1, 2),
            LoadFast(2)
        ]
    );
    assert_eq!(std::mem::size_of::<Instr>(), 8);
}

#[test]
fn a_local_subscripted_by_a_constant_or_local_fuses_as_a_triple() {
    let mut code = vec![
        StoreFast(0),
        LoadFast(1),
        LoadConst(2),
        BinarySubscr,
        LoadFast(1),
        LoadFast(3),
        BinarySubscr,
        StoreFast(4),
        LoadFast(5),
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(
        code,
        vec![
            // The store stays plain: the triple after it wins over the pair.
            StoreFast(0),
            LoadFastConstSubscr(1, 2),
            LoadConst(2),
            BinarySubscr,
            LoadFastFastSubscr(1, 3),
            LoadFast(3),
            BinarySubscr,
            StoreFastLoadFast(4, 5),
            LoadFast(5),
            ReturnValue,
        ]
    );
    assert_eq!(unfused(code[1]), Some((LoadFast(1), LoadConst(2))));
    assert_eq!(third(code[1]), Some(BinarySubscr));
    assert_eq!(unfused(code[4]), Some((LoadFast(1), LoadFast(3))));
    assert_eq!(third(code[4]), Some(BinarySubscr));
    assert_eq!(third(code[7]), None);
}

#[test]
fn a_triple_cut_short_by_the_end_is_a_pair() {
    let mut code = vec![LoadFast(1), LoadConst(2)];
    fuse_pairs(&mut code);
    assert_eq!(code, vec![LoadFastLoadConst(1, 2), LoadConst(2)]);
}

#[test]
fn binary_operators_and_comparisons_on_locals_fuse_as_triples() {
    use crate::ast::{BinOp, CmpOp};
    let mut code = vec![
        LoadFast(0),
        LoadFast(1),
        BinaryOp(BinOp::Mult),
        LoadFast(2),
        LoadConst(3),
        BinaryOp(BinOp::Pow),
        LoadFast(0),
        LoadConst(1),
        CompareOp(CmpOp::Lt),
        LoadFast(0),
        LoadFast(2),
        CompareOp(CmpOp::Eq),
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(code[0], LoadFastFastBinary(0, 1, BinOp::Mult));
    assert_eq!(code[3], LoadFastConstBinary(2, 3, BinOp::Pow));
    assert_eq!(code[6], LoadFastConstCompare(0, 1, CmpOp::Lt));
    assert_eq!(code[9], LoadFastFastCompare(0, 2, CmpOp::Eq));
    for i in [0, 3, 6, 9] {
        let (first, second) = unfused(code[i]).unwrap();
        assert_eq!((code[i + 1], third(code[i])), (second, Some(code[i + 2])));
        assert!(matches!(first, LoadFast(_)));
    }
}

#[test]
fn an_augmented_subscript_assignment_fuses_its_read_and_its_write() {
    use crate::ast::BinOp;
    // a[k] -= x
    let mut code = vec![
        LoadFast(0),
        LoadConst(1),
        DupTopTwo,
        BinarySubscr,
        LoadFast(2),
        InplaceOp(BinOp::Sub),
        RotThree,
        StoreSubscr,
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(
        code,
        vec![
            LoadFastLoadConst(0, 1),
            LoadConst(1),
            DupTopTwoSubscr,
            BinarySubscr,
            LoadFast(2),
            InplaceOpStoreSubscr(BinOp::Sub),
            RotThree,
            StoreSubscr,
            ReturnValue,
        ]
    );
    assert_eq!(unfused(code[2]), Some((DupTopTwo, BinarySubscr)));
    assert_eq!(third(code[2]), None);
    assert_eq!(unfused(code[5]), Some((InplaceOp(BinOp::Sub), RotThree)));
    assert_eq!(third(code[5]), Some(StoreSubscr));
}
