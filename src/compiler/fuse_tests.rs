//! Superinstruction marking: which pairs fuse, without overlap, and what they stand for.

use super::bytecode::Instr::{self, *};
use super::fuse::{fuse_pairs, unfused};

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
