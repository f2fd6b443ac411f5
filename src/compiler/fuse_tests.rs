//! Superinstruction marking: which pairs fuse, without overlap, and what they stand for.

use super::bytecode::Instr::{self, *};
use super::fuse::{fuse_pairs, fuse_super_methods, third, unfused};

#[test]
fn pairs_fuse_left_to_right_without_overlap() {
    let mut code = vec![
        LoadFast(0),
        LoadFast(1),
        LoadAttr(2),
        PopTop,
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
            PopTop,
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

#[test]
fn attribute_stores_fuse_with_the_local_they_store_into() {
    // self.x = x; y = f(); self.z = y + 1
    let mut code = vec![
        LoadFast(1),
        LoadFast(0),
        StoreAttr(2),
        StoreFast(3),
        LoadFast(0),
        StoreAttr(4),
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(
        code,
        vec![
            LoadFastFastStoreAttr(1, 0, 2),
            LoadFast(0),
            StoreAttr(2),
            // The store of `y` stays plain: the attribute store after it wins.
            StoreFast(3),
            LoadFastStoreAttr(0, 4),
            StoreAttr(4),
            ReturnValue,
        ]
    );
    assert_eq!(unfused(code[0]), Some((LoadFast(1), LoadFast(0))));
    assert_eq!(third(code[0]), Some(StoreAttr(2)));
    assert_eq!(unfused(code[4]), Some((LoadFast(0), StoreAttr(4))));
    assert_eq!(third(code[4]), None);
}

#[test]
fn an_augmented_attribute_assignment_and_constant_comparisons_fuse() {
    use crate::ast::{BinOp, CmpOp};
    // obj.x += 1; (top) is None
    let mut code = vec![
        LoadFast(0),
        DupTop,
        LoadAttr(1),
        LoadConst(2),
        InplaceOp(BinOp::Add),
        RotTwo,
        StoreAttr(1),
        LoadFast(0),
        LoadAttr(3),
        LoadConst(4),
        CompareOp(CmpOp::IsNot),
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(code[1], DupTopLoadAttr(1));
    assert_eq!(code[3], LoadConstInplace(2, BinOp::Add));
    assert_eq!(code[5], RotTwoStoreAttr(1));
    assert_eq!(code[7], LoadFastLoadAttr(0, 3));
    assert_eq!(code[9], LoadConstCompare(4, CmpOp::IsNot));
    for i in [1, 3, 5, 9] {
        let (_, second) = unfused(code[i]).unwrap();
        assert_eq!(code[i + 1], second);
        assert_eq!(third(code[i]), None);
    }
}

#[test]
fn a_local_attribute_into_a_local_and_a_local_method_fuse() {
    // k = self.kernel; k.send(p)
    let mut code = vec![
        LoadFast(0),
        LoadAttr(1),
        StoreFast(2),
        LoadFast(2),
        LoadMethod(3),
        LoadFast(4),
        CallMethod(1),
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(code[0], LoadFastLoadAttrStoreFast(0, 1, 2));
    assert_eq!(third(code[0]), Some(StoreFast(2)));
    assert_eq!(unfused(code[0]), Some((LoadFast(0), LoadAttr(1))));
    assert_eq!(code[3], LoadFastLoadMethod(2, 3));
    assert_eq!(unfused(code[3]), Some((LoadFast(2), LoadMethod(3))));
    assert_eq!(code[5], LoadFast(4));
}

#[test]
fn not_before_and_or_fuses_with_the_jump() {
    let mut code = vec![
        LoadFast(0),
        UnaryNot,
        JumpIfFalseOrPop(6),
        LoadFast(1),
        UnaryNot,
        JumpIfTrueOrPop(6),
        ReturnValue,
    ];
    fuse_pairs(&mut code);
    assert_eq!(code[1], UnaryNotJumpIfFalseOrPop(6));
    assert_eq!(code[4], UnaryNotJumpIfTrueOrPop(6));
    assert_eq!(unfused(code[1]), Some((UnaryNot, JumpIfFalseOrPop(6))));
    assert_eq!(unfused(code[4]), Some((UnaryNot, JumpIfTrueOrPop(6))));
}

#[test]
fn super_method_calls_fuse_only_for_the_global_named_super() {
    // super().m(x); other().m(x); super().m (global 0 "super", 1 "m", 2 "other")
    let mut code = vec![
        LoadGlobal(0),
        Call(0),
        LoadMethod(1),
        LoadFast(0),
        CallMethod(1),
        LoadGlobal(2),
        Call(0),
        LoadMethod(1),
        LoadGlobal(0),
        Call(1),
        LoadMethod(1),
    ];
    fuse_super_methods(&mut code, &["super", "m", "other"]);
    assert_eq!(code[0], LoadSuperMethod(0, 1));
    assert_eq!(unfused(code[0]), Some((LoadGlobal(0), Call(0))));
    assert_eq!(third(code[0]), Some(LoadMethod(1)));
    assert_eq!(code[5], LoadGlobal(2));
    assert_eq!(code[8], LoadGlobal(0));
    // The later instructions stay, and the pair pass leaves the group alone.
    fuse_pairs(&mut code);
    assert_eq!(&code[..3], &[LoadSuperMethod(0, 1), Call(0), LoadMethod(1)]);
}
