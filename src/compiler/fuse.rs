//! Superinstructions: pairs of instructions that run together often (a local's
//! attribute, two locals, a local and a constant, a store then a load, a binary
//! operator on the top of the stack and a local or constant, the read of `a[k] op= v`,
//! a store into a local's attribute, a method of a local, `not` before `and`/`or`, a
//! comparison or in-place operator with a constant,
//! the read and write of `obj.x op= v`) and triples (a local subscripted by a constant
//! or by another local: `a[0]`, `v[j]`; a binary operator or comparison on two locals or
//! a local and a constant: `dx * dx`, `i + 1`, `n < 2`; the write of `a[k] op= v`; a
//! local stored into another's attribute: `self.x = x`; a local's attribute stored
//! into a local: `k = self.kernel`; `super().m`) marked in the
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
            Some(pair)
                if fused_triple(instrs, i + 1).is_none() && !store_follows(instrs, i + 1) =>
            {
                instrs[i] = pair;
                i += 2;
            }
            _ => i += 1,
        }
    }
}

/// Mark every `super().name` of a method call: `LoadGlobal(super)`, `Call(0)`,
/// `LoadMethod(name)` (see `Instr::LoadSuperMethod`). Runs before [`fuse_pairs`], which
/// leaves the marked groups alone. Whether the global is still the builtin `super` and
/// the frame has its `__class__` and first argument is the VM's question, per call.
pub fn fuse_super_methods(instrs: &mut [Instr], names: &[impl AsRef<str>]) {
    use Instr::*;
    for i in 0..instrs.len().saturating_sub(2) {
        if let [LoadGlobal(g), Call(0), LoadMethod(m)] = instrs[i..i + 3] {
            let is_super = names.get(g as usize).map(AsRef::as_ref) == Some("super");
            if let (true, Some(g), Some(m)) = (is_super, narrow(g), narrow(m)) {
                instrs[i] = LoadSuperMethod(g, m);
            }
        }
    }
}

/// The triple superinstruction starting at `i`, if there is one.
fn fused_triple(instrs: &[Instr], i: usize) -> Option<Instr> {
    use Instr::*;
    Some(match *instrs.get(i..i + 3)? {
        [LoadFast(a), LoadConst(b), BinarySubscr] => LoadFastConstSubscr(narrow(a)?, narrow(b)?),
        [LoadFast(a), LoadFast(b), BinarySubscr] => LoadFastFastSubscr(narrow(a)?, narrow(b)?),
        [LoadFast(a), LoadFast(b), BinaryOp(op)] => LoadFastFastBinary(narrow(a)?, narrow(b)?, op),
        [LoadFast(a), LoadConst(b), BinaryOp(op)] => {
            LoadFastConstBinary(narrow(a)?, narrow(b)?, op)
        }
        [LoadFast(a), LoadFast(b), CompareOp(op)] => {
            LoadFastFastCompare(narrow(a)?, narrow(b)?, op)
        }
        [LoadFast(a), LoadConst(b), CompareOp(op)] => {
            LoadFastConstCompare(narrow(a)?, narrow(b)?, op)
        }
        [InplaceOp(op), RotThree, StoreSubscr] => InplaceOpStoreSubscr(op),
        [LoadFast(a), LoadFast(b), StoreAttr(c)] => {
            LoadFastFastStoreAttr(narrow(a)?, narrow(b)?, narrow(c)?)
        }
        [LoadFast(a), LoadAttr(b), StoreFast(c)] => {
            LoadFastLoadAttrStoreFast(narrow(a)?, narrow(b)?, narrow(c)?)
        }
        _ => return None,
    })
}

/// `LoadFast; StoreAttr` (`self.x = <value>`) starts at `i`: it wins over a pair that
/// would take its load (`x = f(); self.y = ...` fuses the attribute store, which saves
/// more than the store and load of the local do).
fn store_follows(instrs: &[Instr], i: usize) -> bool {
    matches!(
        instrs.get(i..i + 2),
        Some([Instr::LoadFast(a), Instr::StoreAttr(b)]) if narrow(*a).is_some() && narrow(*b).is_some()
    )
}

/// The superinstruction for `first` followed by `second`, if there is one.
fn fused(first: Instr, second: Instr) -> Option<Instr> {
    use Instr::*;
    Some(match (first, second) {
        (LoadFast(a), LoadAttr(b)) => LoadFastLoadAttr(narrow(a)?, narrow(b)?),
        (LoadFast(a), LoadFast(b)) => LoadFastLoadFast(narrow(a)?, narrow(b)?),
        (LoadFast(a), LoadConst(b)) => LoadFastLoadConst(narrow(a)?, narrow(b)?),
        (StoreFast(a), LoadFast(b)) => StoreFastLoadFast(narrow(a)?, narrow(b)?),
        (LoadFast(a), BinaryOp(op)) => LoadFastBinary(a, op),
        (LoadConst(a), BinaryOp(op)) => LoadConstBinary(a, op),
        (DupTopTwo, BinarySubscr) => DupTopTwoSubscr,
        (LoadFast(a), StoreAttr(b)) => LoadFastStoreAttr(narrow(a)?, narrow(b)?),
        (LoadFast(a), LoadMethod(b)) => LoadFastLoadMethod(narrow(a)?, narrow(b)?),
        (UnaryNot, JumpIfFalseOrPop(t)) => UnaryNotJumpIfFalseOrPop(t),
        (UnaryNot, JumpIfTrueOrPop(t)) => UnaryNotJumpIfTrueOrPop(t),
        (LoadConst(a), CompareOp(op)) => LoadConstCompare(a, op),
        (LoadConst(a), InplaceOp(op)) => LoadConstInplace(a, op),
        (DupTop, LoadAttr(a)) => DupTopLoadAttr(a),
        (RotTwo, StoreAttr(a)) => RotTwoStoreAttr(a),
        _ => return None,
    })
}

/// An operand in a fused instruction's 16 bits; None when it does not fit.
fn narrow(operand: u32) -> Option<u16> {
    u16::try_from(operand).ok()
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
        LoadFastFastBinary(a, b, _) => (LoadFast(a.into()), LoadFast(b.into())),
        LoadFastConstBinary(a, b, _) => (LoadFast(a.into()), LoadConst(b.into())),
        LoadFastFastCompare(a, b, _) => (LoadFast(a.into()), LoadFast(b.into())),
        LoadFastConstCompare(a, b, _) => (LoadFast(a.into()), LoadConst(b.into())),
        LoadFastBinary(a, op) => (LoadFast(a), BinaryOp(op)),
        LoadConstBinary(a, op) => (LoadConst(a), BinaryOp(op)),
        DupTopTwoSubscr => (DupTopTwo, BinarySubscr),
        InplaceOpStoreSubscr(op) => (InplaceOp(op), RotThree),
        LoadFastStoreAttr(a, b) => (LoadFast(a.into()), StoreAttr(b.into())),
        LoadFastFastStoreAttr(a, b, _) => (LoadFast(a.into()), LoadFast(b.into())),
        LoadFastLoadAttrStoreFast(a, b, _) => (LoadFast(a.into()), LoadAttr(b.into())),
        LoadFastLoadMethod(a, b) => (LoadFast(a.into()), LoadMethod(b.into())),
        LoadSuperMethod(a, _) => (LoadGlobal(a.into()), Call(0)),
        UnaryNotJumpIfFalseOrPop(t) => (UnaryNot, JumpIfFalseOrPop(t)),
        UnaryNotJumpIfTrueOrPop(t) => (UnaryNot, JumpIfTrueOrPop(t)),
        LoadConstCompare(a, op) => (LoadConst(a), CompareOp(op)),
        LoadConstInplace(a, op) => (LoadConst(a), InplaceOp(op)),
        DupTopLoadAttr(a) => (DupTop, LoadAttr(a)),
        RotTwoStoreAttr(a) => (RotTwo, StoreAttr(a)),
        _ => return None,
    };
    Some((a, b))
}

/// The third instruction of a triple superinstruction; None for a pair or plain one.
pub fn third(instr: Instr) -> Option<Instr> {
    use Instr::*;
    match instr {
        LoadFastConstSubscr(..) | LoadFastFastSubscr(..) => Some(BinarySubscr),
        LoadFastFastBinary(_, _, op) | LoadFastConstBinary(_, _, op) => Some(BinaryOp(op)),
        LoadFastFastCompare(_, _, op) | LoadFastConstCompare(_, _, op) => Some(CompareOp(op)),
        InplaceOpStoreSubscr(_) => Some(StoreSubscr),
        LoadFastFastStoreAttr(_, _, c) => Some(StoreAttr(c.into())),
        LoadFastLoadAttrStoreFast(_, _, c) => Some(StoreFast(c.into())),
        LoadSuperMethod(_, b) => Some(LoadMethod(b.into())),
        _ => None,
    }
}
