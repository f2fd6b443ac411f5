//! Superinstructions: pairs of instructions that run together often (a local's
//! attribute, two locals, a local and a constant, a store then a load) and triples (a
//! local subscripted by a constant or by another local: `a[0]`, `v[j]`) marked in the
//! emitted code so that the dispatch loop runs them for one fetch and dispatch. The
//! first instruction of a group is replaced by a fused one carrying both operands; the
//! others stay where they were, so jump targets, instruction indices (attribute caches,
//! tracebacks) and the verifier's view of them are unchanged, and the VM skips them
//! after running the group. Not a peephole optimiser: no instruction is removed, moved
//! or changed in meaning.

use super::bytecode::Instr;

/// Mark the fusable groups of `instrs`, left to right without overlap (the later
/// instructions of a group are never the first of another, so they stay the plain
/// instructions the fused one names). A triple wins over a pair that would take its
/// first instruction (`x = a[0]` fuses the load and subscript, not the store and load).
/// Operands that do not fit 16 bits are left unfused.
pub fn fuse_pairs(instrs: &mut [Instr]) {
    let mut i = 0;
    while i + 1 < instrs.len() {
        if let Some(triple) = fused_triple(instrs, i) {
            instrs[i] = triple;
            i += 3;
            continue;
        }
        match fused(instrs[i], instrs[i + 1]) {
            Some(pair) if fused_triple(instrs, i + 1).is_none() => {
                instrs[i] = pair;
                i += 2;
            }
            _ => i += 1,
        }
    }
}

/// The triple superinstruction starting at `i`, if there is one.
fn fused_triple(instrs: &[Instr], i: usize) -> Option<Instr> {
    use Instr::*;
    let (make, a, b): (fn(u16, u16) -> Instr, u32, u32) = match instrs.get(i..i + 3)? {
        [LoadFast(a), LoadConst(b), BinarySubscr] => (LoadFastConstSubscr, *a, *b),
        [LoadFast(a), LoadFast(b), BinarySubscr] => (LoadFastFastSubscr, *a, *b),
        _ => return None,
    };
    Some(make(u16::try_from(a).ok()?, u16::try_from(b).ok()?))
}

/// The superinstruction for `first` followed by `second`, if there is one.
fn fused(first: Instr, second: Instr) -> Option<Instr> {
    use Instr::*;
    let (make, a, b): (fn(u16, u16) -> Instr, u32, u32) = match (first, second) {
        (LoadFast(a), LoadAttr(b)) => (LoadFastLoadAttr, a, b),
        (LoadFast(a), LoadFast(b)) => (LoadFastLoadFast, a, b),
        (LoadFast(a), LoadConst(b)) => (LoadFastLoadConst, a, b),
        (StoreFast(a), LoadFast(b)) => (StoreFastLoadFast, a, b),
        _ => return None,
    };
    Some(make(u16::try_from(a).ok()?, u16::try_from(b).ok()?))
}

/// A superinstruction's first two instructions; None for a plain one (see `third`).
pub fn unfused(instr: Instr) -> Option<(Instr, Instr)> {
    use Instr::*;
    let (a, b) = match instr {
        LoadFastConstSubscr(a, b) => (LoadFast(a.into()), LoadConst(b.into())),
        LoadFastFastSubscr(a, b) => (LoadFast(a.into()), LoadFast(b.into())),
        LoadFastLoadAttr(a, b) => (LoadFast(a.into()), LoadAttr(b.into())),
        LoadFastLoadFast(a, b) => (LoadFast(a.into()), LoadFast(b.into())),
        LoadFastLoadConst(a, b) => (LoadFast(a.into()), LoadConst(b.into())),
        StoreFastLoadFast(a, b) => (StoreFast(a.into()), LoadFast(b.into())),
        _ => return None,
    };
    Some((a, b))
}

/// The third instruction of a triple superinstruction; None for a pair or plain one.
pub fn third(instr: Instr) -> Option<Instr> {
    use Instr::*;
    match instr {
        LoadFastConstSubscr(..) | LoadFastFastSubscr(..) => Some(BinarySubscr),
        _ => None,
    }
}
