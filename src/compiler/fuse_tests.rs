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
