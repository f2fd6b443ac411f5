//! The dispatch loop.
//!
//! [`Vm::run`] executes a frame and everything it calls on an explicit stack of active
//! frames: a Python call pushes a frame, a return pops it, and resuming a generator
//! (from `for`, `yield from` or `await`) pushes the generator's own frame. Suspending
//! moves a frame back into its generator. So script recursion never becomes Rust
//! recursion; `run` returns only when its base frame returns, yields or raises.

use super::callers::Caller;
use super::frame::{Block, Frame, Link};
use super::gen_switch::{self, Suspended};
use super::generator::{GenState, Generator};
use super::Vm;
use crate::compiler::bytecode::{CodeKind, Instr};
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::{CodeObj, Interned};
use crate::runtime::list::PyList;
use crate::runtime::str::StrRef;
use crate::runtime::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Why `run` returned normally.
pub enum Halt {
    Return(Value),
    Yield(Value),
}

/// An entry of the frame stack: a frame with its `link`, `owner` and `extra` set. One
/// pointer, so calls and returns move it cheaply.
pub(super) struct Active {
    pub(super) frame: Box<Frame>,
}

/// How many emptied frame-stack vectors `Vm::run` keeps for reuse (one per level of
/// native-to-Python nesting that recurs).
const PARENT_STACK_POOL: usize = 16;

impl Active {
    #[inline(always)]
    pub(super) fn new(
        mut frame: Box<Frame>,
        owner: Option<Rc<Generator>>,
        link: Link,
        extra: Option<Value>,
    ) -> Active {
        frame.owner = owner;
        frame.link = link;
        frame.extra = extra;
        Active { frame }
    }

    /// A plain call of a frame fresh from the pool, whose `owner` and `extra` are
    /// already empty.
    #[inline(always)]
    pub(super) fn call(mut frame: Box<Frame>) -> Active {
        debug_assert!(frame.owner.is_none() && frame.extra.is_none());
        frame.link = Link::Call;
        Active { frame }
    }
}

/// What executing a frame stopped for.
pub(super) enum Step {
    Push(Active),
    Return(Value),
    /// The base frame yielded this, and it and the frames above it are suspended
    /// already (see `gen_switch`): `run` returns it.
    Suspended(Value),
    /// Unhandled in the current frame; the traceback entry is already added.
    Raise(PyErr),
}

/// What an instruction tells the dispatch loop when it is not simply "next": the ops
/// (`ops_*.rs`) cannot touch the frame stack themselves, since they hold the current
/// frame, so they describe the switch and `execute_inner` carries it out.
pub(super) enum Flow {
    /// Go on with the next instruction of this frame.
    Next,
    /// Enter this callee frame inside the loop (a plain Python call, a binary dunder).
    Enter(Active),
    /// A call's step: entered inside the loop when it is a plain call, else `run`'s.
    Call(Step),
    /// The frame returns this value: to its Python caller inside the loop when it can.
    Return(Value),
    /// Hand this step to `run` (a generator's frame to push past the recursion limit).
    Leave(Step),
    /// The frame yields this value (see `gen_switch`).
    Yield(Value),
}

/// In the instruction loop: go on when an op says `Flow::Next`, else leave the loop
/// with its flow (a `break` of the loop the macro is used in).
macro_rules! flow {
    ($flow:expr) => {{
        let flow = $flow;
        if matches!(flow, Flow::Next) {
            // `Next` owns nothing; forgetting it saves the out-of-line
            // `drop_in_place::<Flow>` the optimiser otherwise calls on every op.
            std::mem::forget(flow);
        } else {
            break flow;
        }
    }};
}

impl Vm {
    /// Run a frame to its end or first suspension.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Halt> {
        self.run(Active::new(frame, None, Link::Base, None), None)
    }

    /// Run a class body whose namespace is a mapping object (a metaclass's `__prepare__`
    /// result that is not a plain dict): its name stores, loads and deletes go through
    /// the mapping's `__setitem__`/`__getitem__`/`__delitem__`. The frame's `extra`
    /// (otherwise used only by `__init__` frames, which never run name operations) holds
    /// it, so ordinary name operations pay nothing.
    pub fn run_frame_in_mapping(&mut self, frame: Box<Frame>, mapping: Value) -> PyResult<Halt> {
        self.run(Active::new(frame, None, Link::Base, Some(mapping)), None)
    }

    /// LoadName/LoadClassDeref in a frame whose namespace is a mapping: None when absent.
    #[cold]
    #[inline(never)]
    pub(super) fn mapping_load(&mut self, f: &Frame, name: &StrRef) -> PyResult<Option<Value>> {
        let mapping = f.extra.clone().unwrap_or(Value::None);
        match self.getitem(&mapping, &Value::Str(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&self.types().key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// StoreName in a frame whose namespace is a mapping.
    #[cold]
    #[inline(never)]
    pub(super) fn mapping_store(&mut self, f: &Frame, name: &StrRef, v: Value) -> PyResult<()> {
        let mapping = f.extra.clone().unwrap_or(Value::None);
        self.setitem(&mapping, &Value::Str(name.clone()), v)
    }

    pub(super) fn run(&mut self, base: Active, pending: Option<PyErr>) -> PyResult<Halt> {
        // The frame stack's vector comes from a pool: a generator resumed from native
        // code (`sum(genexpr)`) whose body calls a function allocates nothing.
        let mut parents: Vec<Active> = self.parent_stacks.pop().unwrap_or_default();
        let mut cur = base;
        self.enter_frame()?;
        // A panic (a bug in coro) unwinds through here: note where the script was, for
        // the "internal error" report (see `internal_error`), and let it go on.
        let run = std::panic::AssertUnwindSafe(|| self.run_frames(&mut cur, &mut parents, pending));
        match std::panic::catch_unwind(run) {
            Ok(halt) => {
                // The base frame (or the placeholder left where it was moved out) goes
                // back to the pool: a native call of a Python function allocates nothing.
                self.recycle_frame(cur.frame);
                if parents.is_empty() && self.parent_stacks.len() < PARENT_STACK_POOL {
                    self.parent_stacks.push(parents);
                }
                halt
            }
            Err(panic) => {
                let frames = std::iter::once(&cur).chain(parents.iter().rev());
                self.note_panic_frames(frames.map(|a| &*a.frame));
                std::panic::resume_unwind(panic)
            }
        }
    }

    /// The dispatch loop over the frame stack `cur` + `parents` (see [`Vm::run`]).
    fn run_frames(
        &mut self,
        cur: &mut Active,
        parents: &mut Vec<Active>,
        pending: Option<PyErr>,
    ) -> PyResult<Halt> {
        let mut pending = pending;
        // A thrown exception goes to the innermost generator of a `yield from` chain.
        if let Some(e) = pending.take() {
            if let Some(e) = self.throw_into_chain(parents, cur, e) {
                pending = Some(e);
            }
        }
        loop {
            let step = match pending.take() {
                Some(e) => {
                    if self.unwind(&mut cur.frame, &e) {
                        self.execute(cur, parents)
                    } else {
                        Step::Raise(e)
                    }
                }
                None => self.execute(cur, parents),
            };
            match step {
                Step::Push(active) => {
                    if let Err(e) = self.enter_frame() {
                        // The callee never started: raise in the caller.
                        self.release_generator(&active);
                        pending = Some(self.raised_in(&cur.frame, e));
                        continue;
                    }
                    push_parent(parents, &mut self.callers, std::mem::replace(cur, active));
                }
                Step::Return(v) => {
                    self.depth -= 1;
                    gen_switch::generator_finished(&cur.frame);
                    let link = cur.frame.link;
                    let extra = cur.frame.extra.take();
                    let Some(parent) = self.pop_parent(parents) else {
                        return Ok(Halt::Return(v));
                    };
                    let done = std::mem::replace(cur, parent);
                    self.recycle_frame(done.frame);
                    match link {
                        Link::Base => unreachable!("the base frame has no parent"),
                        Link::Call => cur.frame.push(v),
                        Link::BinaryOp => {
                            if let Err(e) = self.binary_dunder_returned(&mut cur.frame, v) {
                                pending = Some(self.raised_in(&cur.frame, e));
                                continue;
                            }
                        }
                        Link::Init => {
                            if !v.is_none() {
                                let e = type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_of(&v).name()
                                ));
                                pending = Some(self.raised_in(&cur.frame, e));
                                continue;
                            }
                            cur.frame.push(extra.unwrap_or(Value::None));
                        }
                        Link::ForIter | Link::YieldFrom => {
                            gen_switch::generator_returned(&mut cur.frame, link, v)
                        }
                        Link::Consume(c) => match self.consumer_result(c, extra) {
                            Ok(result) => cur.frame.push(result),
                            Err(e) => pending = Some(self.raised_in(&cur.frame, e)),
                        },
                    }
                }
                Step::Suspended(v) => return Ok(Halt::Yield(v)),
                Step::Raise(mut e) => {
                    self.depth -= 1;
                    if let Some(g) = &cur.frame.owner {
                        g.state.set(GenState::Done);
                        e = self.convert_stop_iteration(g, e);
                    }
                    let Some(parent) = self.pop_parent(parents) else {
                        return Err(e);
                    };
                    let done = std::mem::replace(cur, parent);
                    self.recycle_frame(done.frame);
                    pending = Some(self.raised_in(&cur.frame, e));
                }
            }
        }
    }

    /// Count a new active frame; RecursionError past the limit, KeyboardInterrupt after
    /// a Ctrl-C.
    #[inline]
    pub(super) fn enter_frame(&mut self) -> PyResult<()> {
        if super::eval_breaker::tripped() {
            self.handle_breaker()?;
        }
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        self.depth += 1;
        Ok(())
    }

    /// A frame to leave where a frame was moved out (never executed): a pooled one, so
    /// that suspending and returning at the base level allocate nothing.
    #[inline]
    pub(super) fn placeholder_frame(&mut self) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(frame) => frame,
            None => Frame::new(self.placeholder.clone(), self.builtins.clone(), None),
        }
    }

    /// Resume the innermost suspended parent, dropping it from the caller trail.
    #[inline(always)]
    pub(super) fn pop_parent(&mut self, parents: &mut Vec<Active>) -> Option<Active> {
        let parent = parents.pop()?;
        self.callers.pop();
        Some(parent)
    }

    fn release_generator(&mut self, active: &Active) {
        if let Some(g) = &active.frame.owner {
            g.state.set(GenState::Suspended);
        }
    }

    pub(super) fn suspend(&mut self, owner: Option<Rc<Generator>>, mut frame: Box<Frame>) {
        if let Some(g) = owner {
            self.swap_handled(&mut frame);
            g.frame.set(Some(frame));
            g.state.set(GenState::Suspended);
        }
    }

    /// A generator keeps the exception its own `except` block handles (CPython's
    /// `gi_exc_state`): while it is suspended, the resumer's is the one being handled,
    /// and when it resumes its own is again. The outermost `ExceptHandler` of the frame
    /// holds the resumer's as its `previous` while the frame runs (what that handler
    /// restores when it ends) and the generator's own while it is suspended, so the
    /// same swap serves both the suspension and the resumption.
    #[inline]
    pub(super) fn swap_handled(&mut self, frame: &mut Frame) {
        if frame.blocks.is_empty() {
            return;
        }
        let outermost = frame.blocks.iter_mut().find_map(|b| match b {
            Block::ExceptHandler { previous } => Some(previous),
            Block::Handler { .. } => None,
        });
        if let Some(previous) = outermost {
            std::mem::swap(&mut self.handled, previous);
        }
    }

    /// An exception that reached a frame from a callee: add the frame's traceback line.
    fn raised_in(&mut self, frame: &Frame, e: PyErr) -> PyErr {
        e.add_traceback(&frame.code, frame.ip.saturating_sub(1), &frame.globals);
        e
    }

    /// Execute instructions of one frame until it calls, returns, yields or raises.
    /// Plain calls and returns, and generator resumptions, yields and returns between
    /// Python frames (see `gen_switch`), switch frames inside the loop; everything else
    /// (a yield of the base frame, frames past the recursion limit, unhandled
    /// exceptions) comes back to `run` as a [`Step`].
    fn execute(&mut self, cur: &mut Active, parents: &mut Vec<Active>) -> Step {
        loop {
            match self.execute_inner(cur, parents) {
                Ok(step) => return step,
                Err(Raised::Reraise(e)) => {
                    if !self.unwind(&mut cur.frame, &e) {
                        return Step::Raise(e);
                    }
                }
                Err(Raised::New(e)) => {
                    self.chain_context(&e);
                    let f = &mut cur.frame;
                    e.add_traceback(&f.code, f.ip.saturating_sub(1), &f.globals);
                    if !self.unwind(f, &e) {
                        return Step::Raise(e);
                    }
                }
            }
        }
    }

    /// Enter a pushed Python frame without leaving the dispatch loop, when it is a plain
    /// call; otherwise hand the step back.
    #[inline]
    fn switch_into(
        &mut self,
        step: Step,
        cur: &mut Active,
        parents: &mut Vec<Active>,
    ) -> Option<Step> {
        if super::eval_breaker::tripped() {
            // Recursion without loops still notices the breaker: `run` serves it on entry.
            return Some(step);
        }
        match step {
            Step::Push(active)
                if matches!(active.frame.link, Link::Call | Link::Init | Link::BinaryOp)
                    && self.depth < self.recursion_limit =>
            {
                self.depth += 1;
                push_parent(parents, &mut self.callers, std::mem::replace(cur, active));
                None
            }
            other => Some(other),
        }
    }

    #[inline(always)]
    fn execute_inner(
        &mut self,
        cur: &mut Active,
        parents: &mut Vec<Active>,
    ) -> Result<Step, Raised> {
        // The outer loop is entered once per frame switch; the inner one runs the
        // frame's instructions from a slice held in registers.
        loop {
            // SAFETY: the frame in `cur` holds an `Rc` to its code object, and `code` is
            // used only inside the instruction loop below: every path that moves,
            // replaces or recycles `cur`'s frame runs after it (a moved frame keeps its
            // `Rc`, being boxed; a recycled one is no longer read through `code`). This
            // saves a reference-count round trip per switch.
            let code: &CodeObj = unsafe { &*Rc::as_ptr(&cur.frame.code) };
            let instrs: &[Instr] = &code.code.instrs;
            // Borrowed once per frame switch, not per instruction.
            let f: &mut Frame = &mut cur.frame;
            // Every entry into the instruction loop passes here: a new or recycled frame
            // (ip 0), a frame switched to or resumed (a generator, `ForIter`'s and
            // `YieldFrom`'s resumptions, `throw` past a `YieldFrom`) and a frame whose
            // handler `unwind` found (`execute` calls back in). So one test per entry
            // proves the first fetch in range; only the placeholder frame's empty code
            // fails it (never executed: it returns None, as running off the end did).
            if f.ip >= instrs.len() {
                return Ok(Step::Return(Value::None));
            }
            // One arm per instruction, each a call of the op of the same name (in the
            // `ops_*` files); an op that switches frames hands the loop a `Flow`.
            let flow = loop {
                debug_assert!(f.ip < instrs.len(), "ip {} past the code", f.ip);
                // SAFETY: `f.ip` was in range on entry (tested above). Inside the loop it
                // changes only to a successor of the instruction just run, as the bytecode
                // verifier models them: the next instruction, a jump's or `ForIter`'s
                // target, `CompareOp` fused with the conditional jump after it (the jump's
                // successors), `YieldFrom` re-executing itself (`ip - 1`) and the handler
                // of `SetupFinally`/`SetupWith`. The verifier accepted this code before its
                // first frame was made (`CodeObj::stacksize`, a panic on failure) and
                // refuses any code whose reachable instructions fall off the end or jump
                // past it, so every successor is an index into `instrs`.
                let instr: &Instr = unsafe { instrs.get_unchecked(f.ip) };
                f.ip += 1;
                // Matched through the reference, not a copy: the dispatch reads the tag
                // alone and each arm reads its own operands (a copy was read whole before
                // the jump, as four loads of the variants' differently placed fields).
                match *instr {
                    Instr::Nop => {}
                    Instr::PopTop => self.op_pop_top(f),
                    Instr::DupTop => self.op_dup_top(f),
                    Instr::DupTopTwo => self.op_dup_top_two(f),
                    Instr::RotTwo => self.op_rot_two(f),
                    Instr::RotThree => self.op_rot_three(f),
                    Instr::RotFour => self.op_rot_four(f),
                    Instr::LoadConst(i) => self.op_load_const(f, code, i),
                    Instr::LoadFast(i) => self.op_load_fast(f, code, i)?,
                    Instr::StoreFast(i) => self.op_store_fast(f, i),
                    Instr::DeleteFast(i) => self.op_delete_fast(f, code, i)?,
                    Instr::LoadDeref(i) => self.op_load_deref(f, code, i)?,
                    Instr::StoreDeref(i) => self.op_store_deref(f, i),
                    Instr::DeleteDeref(i) => self.op_delete_deref(f, code, i)?,
                    Instr::LoadClosure(i) => self.op_load_closure(f, i),
                    Instr::LoadClassDeref(i) => self.op_load_class_deref(f, code, i)?,
                    Instr::LoadGlobal(i) => self.op_load_global(f, code, i)?,
                    Instr::StoreGlobal(i) => self.op_store_global(f, code, i),
                    Instr::DeleteGlobal(i) => self.op_delete_global(f, code, i)?,
                    Instr::LoadName(i) => self.op_load_name(f, code, i)?,
                    Instr::StoreName(i) => self.op_store_name(f, code, i)?,
                    Instr::DeleteName(i) => self.op_delete_name(f, code, i)?,
                    Instr::LoadAttr(i) => flow!(self.op_load_attr(f, code, i)?),
                    Instr::StoreAttr(i) => self.op_store_attr(f, code, i)?,
                    Instr::DeleteAttr(i) => self.op_delete_attr(f, code, i)?,
                    Instr::LoadMethod(i) => self.op_load_method(f, code, i)?,
                    Instr::BinarySubscr => self.op_binary_subscr(f)?,
                    Instr::StoreSubscr => self.op_store_subscr(f)?,
                    Instr::DeleteSubscr => self.op_delete_subscr(f)?,
                    Instr::BuildSlice(n) => self.op_build_slice(f, n),
                    Instr::BinaryOp(op) => flow!(self.op_binary_op(f, op)?),
                    Instr::InplaceOp(op) => self.op_inplace_op(f, op)?,
                    Instr::UnaryNot => self.op_unary_not(f)?,
                    Instr::UnaryNegative => flow!(self.op_unary(f, *instr)?),
                    Instr::UnaryPositive => flow!(self.op_unary(f, *instr)?),
                    Instr::UnaryInvert => flow!(self.op_unary(f, *instr)?),
                    Instr::CompareOp(op) => self.op_compare_op(f, instrs, op)?,
                    Instr::BuildTuple(n) => self.op_build_tuple(f, n),
                    Instr::BuildList(n) => self.op_build_list(f, n),
                    Instr::BuildSet(n) => self.op_build_set(f, n)?,
                    Instr::BuildConstSet(n) => self.op_build_const_set(f, n)?,
                    Instr::BuildMap(n) => self.op_build_map(f, n)?,
                    Instr::ListAppend(i) => self.op_list_append(f, i),
                    Instr::SetAdd(i) => self.op_set_add(f, i)?,
                    Instr::MapAdd(i) => self.op_map_add(f, i)?,
                    Instr::ListExtend(i) => self.op_list_extend(f, i)?,
                    Instr::SetUpdate(i) => self.op_set_update(f, i)?,
                    Instr::DictUpdate(i) => self.op_dict_update(f, i)?,
                    Instr::DictMerge(i) => self.op_dict_merge(f, i)?,
                    Instr::ListToTuple => self.op_list_to_tuple(f),
                    Instr::UnpackSequence(n) => self.op_unpack_sequence(f, n)?,
                    Instr::UnpackEx(packed) => self.op_unpack_ex(f, packed)?,
                    Instr::FormatValue(flags) => self.op_format_value(f, flags)?,
                    Instr::BuildString(n) => self.op_build_string(f, n),
                    Instr::Jump(t) => self.op_jump(f, t)?,
                    Instr::PopJumpIfFalse(t) => self.op_pop_jump_if_false(f, t)?,
                    Instr::PopJumpIfTrue(t) => self.op_pop_jump_if_true(f, t)?,
                    Instr::JumpIfFalseOrPop(t) => self.op_jump_if_false_or_pop(f, t)?,
                    Instr::JumpIfTrueOrPop(t) => self.op_jump_if_true_or_pop(f, t)?,
                    Instr::GetIter => self.op_get_iter(f)?,
                    Instr::ForIter(t) => flow!(self.op_for_iter(f, t)?),
                    Instr::MakeFunction(flags) => self.op_make_function(f, flags)?,
                    Instr::Call(argc) => flow!(self.op_call(f, argc)?),
                    Instr::CallMethod(argc) => flow!(self.op_call_method(f, argc)?),
                    Instr::CallKw(argc) => flow!(self.op_call_kw(f, argc)?),
                    Instr::CallEx(flags) => flow!(self.op_call_ex(f, flags)?),
                    Instr::ReturnValue => break self.op_return_value(f),
                    Instr::LoadBuildClass => self.op_load_build_class(f),
                    Instr::SetupFinally(t) => self.op_setup_finally(f, t),
                    Instr::SetupExcept(t) => self.op_setup_except(f, t),
                    Instr::PopBlock => self.op_pop_block(f),
                    Instr::PopExcept => self.op_pop_except(f),
                    Instr::Reraise => self.op_reraise(f)?,
                    Instr::Raise(n) => self.op_raise(f, n)?,
                    Instr::JumpIfNotExcMatch(t) => self.op_jump_if_not_exc_match(f, t)?,
                    Instr::CheckEgMatch => self.op_check_eg_match(f)?,
                    Instr::EnterStarHandler => self.op_enter_star_handler(f)?,
                    Instr::ReraiseStar => self.op_reraise_star(f)?,
                    Instr::SetupWith(t) => self.op_setup_with(f, t)?,
                    Instr::WithExceptStart => self.op_with_except_start(f)?,
                    Instr::YieldValue => break self.op_yield_value(f),
                    Instr::GetYieldFromIter => self.op_get_yield_from_iter(f, code)?,
                    Instr::GetAwaitable => self.op_get_awaitable(f)?,
                    Instr::YieldFrom => flow!(self.op_yield_from(f)?),
                    Instr::GetAiter => self.op_get_aiter(f)?,
                    Instr::GetAnext => self.op_get_anext(f)?,
                    Instr::EndAsyncFor => self.op_end_async_for(f)?,
                    Instr::BeforeAsyncWith => self.op_before_async_with(f)?,
                    Instr::SetupAsyncWith(t) => self.op_setup_async_with(f, t),
                    Instr::ImportName(i) => self.op_import_name(f, &code.names[i as usize])?,
                    Instr::ImportFrom(i) => self.op_import_from(f, &code.names[i as usize])?,
                    Instr::ImportStar => self.op_import_star(f)?,
                    Instr::SetupAnnotations => self.op_setup_annotations(f),
                    Instr::Copy(i) => self.op_copy(f, i),
                    Instr::Swap(i) => self.op_swap(f, i),
                    Instr::GetLen => self.op_get_len(f)?,
                    Instr::MatchSequence => self.op_match_sequence(f)?,
                    Instr::MatchMapping => self.op_match_mapping(f)?,
                    Instr::MatchKeys => self.op_match_keys(f)?,
                    Instr::MatchClass(n) => self.op_match_class(f, n)?,
                    Instr::LoadAssertionError => self.op_load_assertion_error(f),
                    Instr::PrintExpr => self.op_print_expr(f)?,
                    Instr::LoadFastLoadAttr(a, b) => {
                        flow!(self.op_load_fast_load_attr(f, code, a, b)?)
                    }
                    Instr::LoadFastLoadFast(a, b) => self.op_load_fast_load_fast(f, code, a, b)?,
                    Instr::LoadFastLoadConst(a, b) => {
                        self.op_load_fast_load_const(f, code, a, b)?
                    }
                    Instr::StoreFastLoadFast(a, b) => {
                        self.op_store_fast_load_fast(f, code, a, b)?
                    }
                    Instr::LoadFastConstSubscr(a, b) => {
                        self.op_load_fast_const_subscr(f, code, a, b)?
                    }
                    Instr::LoadFastFastSubscr(a, b) => {
                        self.op_load_fast_fast_subscr(f, code, a, b)?
                    }
                    Instr::LoadFastFastBinary(a, b, op) => {
                        flow!(self.op_load_fast_fast_binary(f, code, a, b, op)?)
                    }
                    Instr::LoadFastConstBinary(a, b, op) => {
                        flow!(self.op_load_fast_const_binary(f, code, a, b, op)?)
                    }
                    Instr::LoadFastFastCompare(a, b, op) => {
                        self.op_load_fast_fast_compare(f, code, instrs, a, b, op)?
                    }
                    Instr::LoadFastConstCompare(a, b, op) => {
                        self.op_load_fast_const_compare(f, code, instrs, a, b, op)?
                    }
                    Instr::LoadFastBinary(a, op) => {
                        flow!(self.op_load_fast_binary(f, code, a, op)?)
                    }
                    Instr::LoadConstBinary(a, op) => {
                        flow!(self.op_load_const_binary(f, code, a, op)?)
                    }
                    Instr::DupTopTwoSubscr => self.op_dup_top_two_subscr(f)?,
                    Instr::InplaceOpStoreSubscr(op) => self.op_inplace_op_store_subscr(f, op)?,
                    Instr::LoadFastStoreAttr(a, b) => {
                        self.op_load_fast_store_attr(f, code, a, b)?
                    }
                    Instr::LoadFastFastStoreAttr(a, b, c) => {
                        self.op_load_fast_fast_store_attr(f, code, a, b, c)?
                    }
                    Instr::LoadConstCompare(a, op) => {
                        self.op_load_const_compare(f, code, instrs, a, op)?
                    }
                    Instr::LoadConstInplace(a, op) => self.op_load_const_inplace(f, code, a, op)?,
                    Instr::DupTopLoadAttr(a) => flow!(self.op_dup_top_load_attr(f, code, a)?),
                    Instr::RotTwoStoreAttr(a) => self.op_rot_two_store_attr(f, code, a)?,
                    Instr::LoadFastLoadAttrStoreFast(a, b, c) => {
                        flow!(self.op_load_fast_load_attr_store_fast(f, code, a, b, c)?)
                    }
                    Instr::LoadFastLoadMethod(a, b) => {
                        self.op_load_fast_load_method(f, code, a, b)?
                    }
                    Instr::LoadSuperMethod(a, b) => self.op_load_super_method(f, code, a, b)?,
                    Instr::UnaryNotJumpIfFalseOrPop(t) => {
                        self.op_unary_not_jump_or_pop(f, t, false)?
                    }
                    Instr::UnaryNotJumpIfTrueOrPop(t) => {
                        self.op_unary_not_jump_or_pop(f, t, true)?
                    }
                }
            };
            if let Some(step) = self.switch_frames(flow, cur, parents)? {
                return Ok(step);
            }
        }
    }

    /// Carry out what an op asked of the frame stack: enter a callee or return to the
    /// caller inside the loop (`None`: run the new current frame), or hand a step to
    /// `run`.
    #[inline(always)]
    fn switch_frames(
        &mut self,
        flow: Flow,
        cur: &mut Active,
        parents: &mut Vec<Active>,
    ) -> Result<Option<Step>, Raised> {
        match flow {
            Flow::Next => Ok(None),
            Flow::Enter(callee) => {
                self.depth += 1;
                push_parent(parents, &mut self.callers, std::mem::replace(cur, callee));
                Ok(None)
            }
            Flow::Call(step) => Ok(self.switch_into(step, cur, parents)),
            Flow::Return(v) => self.return_inline(v, cur, parents),
            Flow::Leave(step) => Ok(Some(step)),
            Flow::Yield(v) => match self.suspend_yielding(v, cur, parents) {
                Suspended::Resumed => Ok(None),
                Suspended::Halt(v) => Ok(Some(Step::Suspended(v))),
                Suspended::Raise(e) => Err(Raised::New(e)),
            },
        }
    }

    /// `ReturnValue`: a plain return to a Python caller stays in the loop.
    #[inline(always)]
    fn return_inline(
        &mut self,
        v: Value,
        cur: &mut Active,
        parents: &mut Vec<Active>,
    ) -> Result<Option<Step>, Raised> {
        let f = &cur.frame;
        // The common return, a plain call's (no generator's), straight: the others
        // below decide where the value goes by the link.
        if f.link == Link::Call && f.owner.is_none() {
            if let Some(parent) = self.pop_parent(parents) {
                self.depth -= 1;
                let done = std::mem::replace(cur, parent);
                self.recycle_frame(done.frame);
                cur.frame.push(v);
                return Ok(None);
            }
            return Ok(Some(Step::Return(v)));
        }
        let inline = match f.link {
            Link::Call => f.owner.is_none(),
            Link::Init => v.is_none(),
            Link::BinaryOp | Link::ForIter | Link::YieldFrom | Link::Consume(_) => true,
            Link::Base => false,
        };
        if inline {
            if let Some(parent) = self.pop_parent(parents) {
                self.depth -= 1;
                let mut done = std::mem::replace(cur, parent);
                let link = done.frame.link;
                let result = match link {
                    Link::Init => done.frame.extra.take().unwrap_or(Value::None),
                    Link::ForIter | Link::YieldFrom => {
                        gen_switch::generator_finished(&done.frame);
                        v
                    }
                    Link::Consume(c) => match self.consumer_returned(c, &mut done.frame) {
                        Ok(result) => result,
                        Err(e) => {
                            self.recycle_frame(done.frame);
                            return Err(Raised::New(e));
                        }
                    },
                    _ => v,
                };
                self.recycle_frame(done.frame);
                match link {
                    Link::BinaryOp => self.binary_dunder_returned(&mut cur.frame, result)?,
                    Link::ForIter | Link::YieldFrom => {
                        gen_switch::generator_returned(&mut cur.frame, link, result)
                    }
                    _ => cur.frame.push(result),
                }
                return Ok(None);
            }
        }
        Ok(Some(Step::Return(v)))
    }
}

/// An error leaving an instruction: a new raise (gets a traceback line and context) or a
/// re-raise (keeps its traceback).
pub(super) enum Raised {
    New(PyErr),
    Reraise(PyErr),
}

impl From<PyErr> for Raised {
    #[inline]
    fn from(e: PyErr) -> Raised {
        Raised::New(e)
    }
}

#[cold]
fn recursion_error() -> PyErr {
    crate::runtime::error::recursion_error("maximum recursion depth exceeded")
}

/// The code of a placeholder frame (never executed), used while moving frames around.
pub(crate) fn placeholder_code(
    t: &crate::runtime::types::Types,
    interned: &Interned,
) -> Rc<CodeObj> {
    let code = crate::compiler::bytecode::Code {
        name: "<empty>".into(),
        qualname: "<empty>".into(),
        source: Rc::new(crate::compiler::bytecode::SourceFile {
            name: "<empty>".into(),
            text: "".into(),
        }),
        kind: CodeKind::Function,
        scope: crate::compiler::bytecode::Scope::Function,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        has_varargs: false,
        has_varkw: false,
        instrs: vec![],
        spans: vec![],
        consts: vec![],
        names: vec![],
        varnames: vec![],
        cellvars: vec![],
        cell_params: vec![],
        freevars: vec![],
        closure_from: vec![],
        span: Default::default(),
        doc: None,
    };
    CodeObj::new(t, Rc::new(code), interned)
}

#[allow(dead_code)]
fn _assert_types(_: &RefCell<PyList>) {}

/// Push a caller on the frame stack, and on the caller trail (`super::callers`).
/// `Vec::push` stays an out-of-line call inside the large dispatch loop; this spells out
/// the common case.
#[inline(always)]
pub(super) fn push_parent(parents: &mut Vec<Active>, callers: &mut Vec<Caller>, caller: Active) {
    callers.push(Caller::new(&caller.frame));
    let len = parents.len();
    if len == parents.capacity() {
        parents.reserve(32);
    }
    // SAFETY: the capacity was checked (and grown) just above, so slot `len` is
    // allocated and unused; writing it and bumping the length is what `push` does.
    unsafe {
        parents.as_mut_ptr().add(len).write(caller);
        parents.set_len(len + 1);
    }
}
