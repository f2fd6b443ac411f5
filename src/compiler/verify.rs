//! A static checker for emitted bytecode, the guard between compiler and VM: it walks
//! every path through each code object (fall-through, jumps and exception-handler
//! edges) simulating the value-stack depth and the block stack, and reports any
//! instruction reached with two different states, any stack underflow, any operand out
//! of range, blocks popped in the wrong order, falling off the end, a `ReturnValue`
//! with anything but the return value on the stack, and closures whose cells do not
//! match the free variables of the code they close over.
//!
//! It does not execute anything. `compile` runs it under `debug_assert!`.

use super::bytecode::{Code, CodeKind, Constant, Instr, Scope};
use smallvec::{smallvec, SmallVec};
use std::collections::VecDeque;

/// An instruction's successors (at most two), inline: the VM runs the verifier on every
/// code object it makes (`CodeObj::new`, for the stack depth), so it allocates little.
type Successors = SmallVec<[(usize, State); 2]>;

/// A block-stack entry, as the VM will have it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Block {
    /// A handler block pushed by SetupFinally/SetupWith/SetupAsyncWith.
    Handler,
    /// Pushed when a handler is entered; popped by PopExcept/EndAsyncFor.
    ExceptHandler,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct State {
    depth: u32,
    /// Inline up to a nesting no real code exceeds, so copying a state allocates nothing.
    blocks: SmallVec<[Block; 8]>,
}

/// Check `code` and every code object nested in it.
pub fn verify(code: &Code) -> Result<(), String> {
    verify_one(code).map_err(|e| format!("in {}: {e}", code.qualname))?;
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

/// The deepest the value stack gets in `code` (its own frame only).
pub fn max_stack_depth(code: &Code) -> Result<u32, String> {
    verify_one(code)
}

fn verify_one(code: &Code) -> Result<u32, String> {
    let n = code.instrs.len();
    if code.spans.len() != n {
        return Err(format!("{} spans for {} instructions", code.spans.len(), n));
    }
    if code.cell_params.len() != code.cellvars.len() {
        return Err("cell_params and cellvars differ in length".into());
    }
    let params =
        code.argcount + code.kwonlyargcount + code.has_varargs as u32 + code.has_varkw as u32;
    if (code.varnames.len() as u32) < params || code.posonlyargcount > code.argcount {
        return Err("parameter counts exceed varnames".into());
    }
    for (cell, param) in code.cellvars.iter().zip(&code.cell_params) {
        if let Some(p) = param {
            if code.varnames.get(*p as usize) != Some(cell) {
                return Err(format!("cell {cell} maps to the wrong parameter"));
            }
        }
    }
    if n == 0 {
        return Err("empty code".into());
    }
    let mut states: Vec<Option<State>> = vec![None; n];
    let mut work = VecDeque::new();
    let mut max_depth = 0;
    let start = State {
        depth: 0,
        blocks: SmallVec::new(),
    };
    states[0] = Some(start);
    work.push_back(0usize);
    while let Some(ip) = work.pop_front() {
        let Some(state) = states[ip].clone() else {
            continue;
        };
        let instr = code.instrs[ip];
        // A superinstruction is checked as its first instruction, provided the others
        // follow it unchanged: the VM runs exactly that group, and the others are
        // checked where they stand (each the previous one's fall-through successor).
        let first = match super::fuse::unfused(instr) {
            Some((first, second)) => {
                if code.instrs.get(ip + 1) != Some(&second) {
                    return Err(format!("at {ip} {instr:?}: not followed by {second:?}"));
                }
                if let Some(third) = super::fuse::third(instr) {
                    if code.instrs.get(ip + 2) != Some(&third) {
                        return Err(format!("at {ip} {instr:?}: not followed by {third:?}"));
                    }
                }
                first
            }
            None => instr,
        };
        check_operands(code, ip, first)?;
        let successors =
            step(code, ip, first, &state).map_err(|e| format!("at {ip} {instr:?}: {e}"))?;
        for (target, next) in successors {
            if target >= n {
                return Err(format!(
                    "at {ip} {instr:?}: falls off or jumps past the end"
                ));
            }
            max_depth = max_depth.max(next.depth);
            match &states[target] {
                Some(existing) if *existing != next => {
                    return Err(format!(
                        "instruction {target} {:?} reached with {existing:?} and (from {ip}) {next:?}",
                        code.instrs[target]
                    ));
                }
                Some(_) => {}
                None => {
                    states[target] = Some(next);
                    work.push_back(target);
                }
            }
        }
    }
    Ok(max_depth)
}

fn pop(depth: u32, count: u32) -> Result<u32, String> {
    depth
        .checked_sub(count)
        .ok_or_else(|| format!("stack underflow: needs {count}, has {depth}"))
}

/// The successors of one instruction and the state each is entered with.
fn step(code: &Code, ip: usize, instr: Instr, s: &State) -> Result<Successors, String> {
    let d = s.depth;
    let next = ip + 1;
    let with = |depth: u32| State {
        depth,
        blocks: s.blocks.clone(),
    };
    let net = |popped: u32, pushed: u32| -> Result<Successors, String> {
        Ok(smallvec![(next, with(pop(d, popped)? + pushed))])
    };
    let handler_entry = |height: u32| {
        let mut blocks = s.blocks.clone();
        blocks.push(Block::ExceptHandler);
        State {
            depth: height + 1,
            blocks,
        }
    };
    let pushed_block = |depth: u32| {
        let mut blocks = s.blocks.clone();
        blocks.push(Block::Handler);
        State { depth, blocks }
    };
    let generator_like = code.kind != CodeKind::Function;
    use Instr::*;
    match instr {
        LoadFastLoadAttr(..)
        | LoadFastLoadFast(..)
        | LoadFastLoadConst(..)
        | StoreFastLoadFast(..)
        | LoadFastConstSubscr(..)
        | LoadFastFastSubscr(..)
        | LoadFastFastBinary(..)
        | LoadFastConstBinary(..)
        | LoadFastFastCompare(..)
        | LoadFastConstCompare(..)
        | LoadFastBinary(..)
        | LoadConstBinary(..)
        | DupTopTwoSubscr
        | InplaceOpStoreSubscr(..)
        | LoadFastStoreAttr(..)
        | LoadFastFastStoreAttr(..)
        | LoadConstCompare(..)
        | LoadConstInplace(..)
        | DupTopLoadAttr(..)
        | RotTwoStoreAttr(..)
        | LoadFastLoadAttrStoreFast(..)
        | LoadFastLoadMethod(..)
        | LoadSuperMethod(..)
        | UnaryNotJumpIfFalseOrPop(_)
        | UnaryNotJumpIfTrueOrPop(_) => Err("a superinstruction is checked as its group".into()),
        Nop | GetIter | GetYieldFromIter | GetAwaitable | GetAiter | ListToTuple | UnaryNot
        | UnaryNegative | UnaryPositive | UnaryInvert | LoadAttr(_) => net(1, 1),
        PopTop | PrintExpr | ImportStar => net(1, 0),
        DupTop => net(1, 2),
        DupTopTwo => net(2, 4),
        RotTwo => net(2, 2),
        RotThree => net(3, 3),
        RotFour => net(4, 4),
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) | LoadBuildClass | LoadAssertionError => net(0, 1),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => net(1, 0),
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | SetupAnnotations => {
            net(0, 0)
        }
        StoreAttr(_) => net(2, 0),
        DeleteAttr(_) => net(1, 0),
        LoadMethod(_) => net(1, 2),
        CallMethod(argc) => net(argc + 2, 1),
        BinarySubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_) => net(2, 1),
        StoreSubscr => net(3, 0),
        DeleteSubscr => net(2, 0),
        BuildSlice(n) => {
            if n != 2 && n != 3 {
                return Err("BuildSlice takes 2 or 3".into());
            }
            net(n, 1)
        }
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildConstSet(n) | BuildString(n) => net(n, 1),
        BuildMap(n) => net(2 * n, 1),
        ListAppend(i) | SetAdd(i) | ListExtend(i) | SetUpdate(i) | DictUpdate(i) | DictMerge(i) => {
            if i == 0 || d < i + 1 {
                return Err(format!("container {i} below the value is out of the stack"));
            }
            net(1, 0)
        }
        MapAdd(i) => {
            if i == 0 || d < i + 2 {
                return Err(format!("dict {i} below the pair is out of the stack"));
            }
            net(2, 0)
        }
        UnpackSequence(n) => net(1, n),
        UnpackEx(v) => net(1, (v & 0xff) + (v >> 8) + 1),
        FormatValue(flags) => net(1 + u32::from(flags & 4 != 0), 1),
        Jump(t) => Ok(smallvec![(t as usize, with(d))]),
        PopJumpIfFalse(t) | PopJumpIfTrue(t) => {
            let after = pop(d, 1)?;
            Ok(smallvec![(next, with(after)), (t as usize, with(after))])
        }
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => {
            let after = pop(d, 1)?;
            Ok(smallvec![(next, with(after)), (t as usize, with(d))])
        }
        ForIter(t) => {
            let after = pop(d, 1)?;
            Ok(smallvec![(next, with(d + 1)), (t as usize, with(after))])
        }
        MakeFunction(flags) => {
            check_closure(code, ip, flags)?;
            net(
                1 + (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1),
                1,
            )
        }
        Call(argc) => net(argc + 1, 1),
        CallKw(argc) => net(argc + 2, 1),
        CallEx(flags) => net(2 + (flags & 1), 1),
        ReturnValue => {
            if d != 1 || !s.blocks.is_empty() {
                return Err(format!(
                    "return with depth {d} and blocks {:?} (leftovers would leak)",
                    s.blocks
                ));
            }
            Ok(smallvec![])
        }
        SetupFinally(t) | SetupExcept(t) => Ok(smallvec![
            (next, pushed_block(d)),
            (t as usize, handler_entry(d)),
        ]),
        SetupWith(t) => {
            let height = pop(d, 1)? + 1;
            Ok(smallvec![
                (next, pushed_block(d + 1)),
                (t as usize, handler_entry(height)),
            ])
        }
        SetupAsyncWith(t) => {
            let height = pop(d, 2)? + 1;
            Ok(smallvec![
                (next, pushed_block(d)),
                (t as usize, handler_entry(height)),
            ])
        }
        PopBlock => {
            let mut blocks = s.blocks.clone();
            if blocks.pop() != Some(Block::Handler) {
                return Err(format!("PopBlock with blocks {:?}", s.blocks));
            }
            Ok(smallvec![(next, State { depth: d, blocks })])
        }
        PopExcept => {
            let mut blocks = s.blocks.clone();
            if blocks.pop() != Some(Block::ExceptHandler) {
                return Err(format!("PopExcept with blocks {:?}", s.blocks));
            }
            Ok(smallvec![(next, State { depth: d, blocks })])
        }
        EndAsyncFor => {
            let mut blocks = s.blocks.clone();
            if blocks.pop() != Some(Block::ExceptHandler) {
                return Err(format!("EndAsyncFor with blocks {:?}", s.blocks));
            }
            Ok(smallvec![(
                next,
                State {
                    depth: pop(d, 2)?,
                    blocks,
                },
            )])
        }
        Reraise => {
            pop(d, 1)?;
            Ok(smallvec![])
        }
        Raise(argc) => {
            if argc > 2 {
                return Err("Raise takes 0, 1 or 2".into());
            }
            pop(d, argc)?;
            Ok(smallvec![])
        }
        CheckEgMatch => net(4, 4),
        EnterStarHandler => {
            pop(d, 1)?;
            let mut blocks = s.blocks.clone();
            blocks.push(Block::ExceptHandler);
            Ok(smallvec![(next, State { depth: d, blocks })])
        }
        ReraiseStar => net(3, 0),
        JumpIfNotExcMatch(t) => {
            let after = pop(d, 2)? + 1;
            Ok(smallvec![(next, with(after)), (t as usize, with(after))])
        }
        WithExceptStart => {
            if s.blocks.last() != Some(&Block::ExceptHandler) {
                return Err("WithExceptStart outside a handler".into());
            }
            net(2, 3)
        }
        YieldValue => {
            if !matches!(code.kind, CodeKind::Generator | CodeKind::AsyncGenerator) {
                return Err("YieldValue outside a generator".into());
            }
            net(1, 1)
        }
        YieldFrom => {
            if !generator_like {
                return Err("YieldFrom in a plain function".into());
            }
            net(2, 1)
        }
        GetAnext | BeforeAsyncWith => {
            if !generator_like {
                return Err("async operation in a plain function".into());
            }
            net(1, 2)
        }
        Copy(i) => {
            if i == 0 || d < i {
                return Err(format!("Copy({i}) out of the stack"));
            }
            net(0, 1)
        }
        Swap(i) => {
            if i < 2 || d < i {
                return Err(format!("Swap({i}) out of the stack"));
            }
            net(0, 0)
        }
        GetLen | MatchSequence | MatchMapping => net(1, 2),
        MatchKeys => net(2, 3),
        MatchClass(_) => net(3, 1),
        ImportName(_) => net(2, 1),
        ImportFrom(_) => net(1, 2),
    }
}

fn check_operands(code: &Code, ip: usize, instr: Instr) -> Result<(), String> {
    use Instr::*;
    let ncells = code.cellvars.len() + code.freevars.len();
    let fail = |what: &str| Err(format!("at {ip} {instr:?}: {what}"));
    match instr {
        LoadConst(i) if i as usize >= code.consts.len() => fail("constant out of range"),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => {
            if code.scope != Scope::Function {
                fail("fast local outside a function")
            } else if i as usize >= code.varnames.len() {
                fail("local out of range")
            } else {
                Ok(())
            }
        }
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) if i as usize >= ncells => {
            fail("cell out of range")
        }
        LoadClassDeref(i) => {
            if code.scope != Scope::Class {
                fail("LoadClassDeref outside a class body")
            } else if (i as usize) < code.cellvars.len() || i as usize >= ncells {
                fail("class deref is not a free variable")
            } else {
                Ok(())
            }
        }
        LoadName(_) | StoreName(_) | DeleteName(_) if code.scope == Scope::Function => {
            fail("name op in a function")
        }
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
        | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i)
            if i as usize >= code.names.len() =>
        {
            fail("name out of range")
        }
        CallKw(argc) => match ip.checked_sub(1).map(|p| code.instrs[p]) {
            Some(LoadConst(k)) => match code.consts.get(k as usize) {
                Some(Constant::Tuple(names))
                    if names.len() as u32 <= argc
                        && names.iter().all(|n| matches!(n, Constant::Str(_))) =>
                {
                    Ok(())
                }
                _ => fail("keyword names are not a tuple of strings"),
            },
            _ => fail("keyword names not loaded right before"),
        },
        _ => Ok(()),
    }
}

/// `MakeFunction(16)`: the inner code's `closure_from` must name, in this code's cells
/// (cellvars, then freevars), exactly the inner code's free variables, in order.
fn check_closure_from(code: &Code, inner: &Code) -> Result<(), String> {
    if inner.freevars.is_empty() || inner.closure_from.len() != inner.freevars.len() {
        return Err(format!(
            "closure of {} not named by its cells",
            inner.qualname
        ));
    }
    for (k, &i) in inner.closure_from.iter().enumerate() {
        check_closure_cell(code, inner, k, i)?;
    }
    Ok(())
}

/// Cell `i` of `code` (cellvars, then freevars) must be the `k`th free variable of
/// the code `inner` its function is made from.
fn check_closure_cell(code: &Code, inner: &Code, k: usize, i: u32) -> Result<(), String> {
    let i = i as usize;
    let wanted = &inner.freevars[k];
    let got = code
        .cellvars
        .get(i)
        .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())));
    if got != Some(wanted) {
        return Err(format!(
            "closure cell {k} of {} is {got:?}, needs {wanted}",
            inner.qualname
        ));
    }
    Ok(())
}

/// `LoadClosure...; BuildTuple(n); LoadConst code; MakeFunction(8)` must name exactly
/// the inner code's free variables, in order.
fn check_closure(code: &Code, ip: usize, flags: u32) -> Result<(), String> {
    let inner = match ip.checked_sub(1).map(|p| code.instrs[p]) {
        Some(Instr::LoadConst(k)) => match code.consts.get(k as usize) {
            Some(Constant::Code(inner)) => inner.clone(),
            _ => return Err("MakeFunction without a code constant".into()),
        },
        _ => return Err("MakeFunction not preceded by LoadConst".into()),
    };
    if flags > 31 || flags & 24 == 24 {
        return Err(format!("bad MakeFunction flags {flags}"));
    }
    if flags & 16 != 0 {
        return check_closure_from(code, &inner);
    }
    if flags & 8 == 0 {
        if !inner.freevars.is_empty() {
            return Err(format!("{} needs a closure", inner.qualname));
        }
        return Ok(());
    }
    let nfree = inner.freevars.len();
    let Some(Instr::BuildTuple(n)) = ip.checked_sub(2).map(|p| code.instrs[p]) else {
        return Err("closure tuple not built right before".into());
    };
    if n as usize != nfree || nfree == 0 || ip < 2 + nfree {
        return Err(format!(
            "closure of {} has {n} cells, needs {nfree}",
            inner.qualname
        ));
    }
    for k in 0..nfree {
        let Instr::LoadClosure(i) = code.instrs[ip - 2 - nfree + k] else {
            return Err("closure tuple items are not LoadClosure".into());
        };
        check_closure_cell(code, &inner, k, i)?;
    }
    Ok(())
}
