//! Superinstructions: pairs of instructions that run together often (a local's
//! attribute, two locals, a local and a constant, a store then a load) marked in the
//! emitted code so that the dispatch loop runs both for one fetch and dispatch. The
//! first instruction of a pair is replaced by a fused one carrying both operands; the
//! second stays where it was, so jump targets, instruction indices (attribute caches,
//! tracebacks) and the verifier's view of the second are unchanged, and the VM skips
//! it after running the pair. Not a peephole optimiser: no instruction is removed,
//! moved or changed in meaning.

use super::bytecode::Instr;

/// Mark the fusable pairs of `instrs`, left to right without overlap (the second of a
/// pair is never the first of another, so it stays the plain instruction the fused one
/// names). Operands that do not fit 16 bits are left unfused.
pub fn fuse_pairs(instrs: &mut [Instr]) {
    let mut i = 0;
    while i + 1 < instrs.len() {
        match fused(instrs[i], instrs[i + 1]) {
            Some(pair) => {
                instrs[i] = pair;
                i += 2;
            }
            None => i += 1,
        }
    }
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

/// A superinstruction's two instructions; None for a plain one.
pub fn unfused(instr: Instr) -> Option<(Instr, Instr)> {
    use Instr::*;
    let (a, b) = match instr {
        LoadFastLoadAttr(a, b) => (LoadFast(a.into()), LoadAttr(b.into())),
        LoadFastLoadFast(a, b) => (LoadFast(a.into()), LoadFast(b.into())),
        LoadFastLoadConst(a, b) => (LoadFast(a.into()), LoadConst(b.into())),
        StoreFastLoadFast(a, b) => (StoreFast(a.into()), LoadFast(b.into())),
        _ => return None,
    };
    Some((a, b))
}
