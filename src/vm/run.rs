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
use crate::runtime::class::Instance;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{
    name_error, runtime_error, type_error, unbound_local_error, PyErr, PyResult,
};
use crate::runtime::function::{Args, CodeObj, Function};
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::list::PyList;
use crate::runtime::str::PyStr;
use crate::runtime::types::types;
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

/// What to resume a generator with.
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

/// What a native resume of a generator produced.
pub enum GenStep {
    Yield(Value),
    Return(Value),
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
    pub(super) fn mapping_load(&mut self, f: &Frame, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let mapping = f.extra.clone().unwrap_or(Value::None);
        match self.getitem(&mapping, &Value::Str(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&types().key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// StoreName in a frame whose namespace is a mapping.
    #[cold]
    #[inline(never)]
    pub(super) fn mapping_store(&mut self, f: &Frame, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        let mapping = f.extra.clone().unwrap_or(Value::None);
        self.setitem(&mapping, &Value::Str(name.clone()), v)
    }

    /// Resume a generator from native code (`next()`, `send()`, a Task step).
    pub fn gen_resume(&mut self, gen: &Rc<Generator>, how: Resume) -> PyResult<GenStep> {
        let (frame, pending) = match self.take_frame_to_resume(gen, how)? {
            Taken::Frame(f, pending) => (f, pending),
            Taken::Finished(v) => return Ok(GenStep::Return(v)),
            Taken::Yielded(v) => return Ok(GenStep::Yield(v)),
        };
        let active = Active::new(frame, Some(gen.clone()), Link::Base, None);
        match self.run(active, pending)? {
            Halt::Return(v) => Ok(GenStep::Return(v)),
            Halt::Yield(v) => Ok(GenStep::Yield(v)),
        }
    }

    pub(super) fn gen_take_frame(&mut self, gen: &Rc<Generator>, how: Resume) -> PyResult<Taken> {
        match gen.state.get() {
            GenState::Running => {
                return Err(crate::runtime::error::value_error(format!(
                    "{} already executing",
                    gen.noun()
                )))
            }
            GenState::Done => {
                return match how {
                    Resume::Throw(e) => Err(e),
                    Resume::Send(_) => {
                        if gen.kind == CodeKind::Coroutine {
                            Err(runtime_error("cannot reuse already awaited coroutine"))
                        } else {
                            Ok(Taken::Finished(Value::None))
                        }
                    }
                };
            }
            GenState::Created => {
                if let Resume::Send(v) = &how {
                    if !v.is_none() {
                        return Err(type_error(format!(
                            "can't send non-None value to a just-started {}",
                            gen.noun()
                        )));
                    }
                }
                if let Resume::Throw(e) = how {
                    // Throwing into a generator that never started finishes it.
                    gen.state.set(GenState::Done);
                    gen.frame.take();
                    return Err(e);
                }
            }
            GenState::Suspended => {}
        }
        if let Some(body) = gen.native() {
            return self.resume_native_body(gen, body, how);
        }
        let was_created = gen.state.get() == GenState::Created;
        let mut frame = match gen.frame.take() {
            Some(f) => f,
            None => return Ok(Taken::Finished(Value::None)),
        };
        gen.state.set(GenState::Running);
        gen.started.set(true);
        match how {
            Resume::Send(v) => {
                if !was_created {
                    frame.push(v);
                }
                Ok(Taken::Frame(frame, None))
            }
            Resume::Throw(e) => Ok(Taken::Frame(frame, Some(e))),
        }
    }

    /// Resume a coroutine implemented in Rust: no frame, the body runs here.
    fn resume_native_body(
        &mut self,
        gen: &Rc<Generator>,
        body: &dyn super::generator::NativeBody,
        how: Resume,
    ) -> PyResult<Taken> {
        let thrown = matches!(how, Resume::Throw(_));
        gen.state.set(GenState::Running);
        gen.started.set(true);
        let outcome = body.resume(self, gen, how);
        let next = match &outcome {
            Ok(GenStep::Yield(_)) if !thrown => GenState::Suspended,
            _ => GenState::Done,
        };
        gen.state.set(next);
        match outcome? {
            GenStep::Yield(_) if thrown => Err(runtime_error(format!(
                "{} '{}' yielded after a throw",
                gen.noun(),
                gen.qualname()
            ))),
            GenStep::Yield(v) => Ok(Taken::Yielded(v)),
            GenStep::Return(v) => Ok(Taken::Finished(v)),
        }
    }

    fn run(&mut self, base: Active, pending: Option<PyErr>) -> PyResult<Halt> {
        let mut parents: Vec<Active> = Vec::new();
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
    fn enter_frame(&mut self) -> PyResult<()> {
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

    pub(super) fn suspend(owner: Option<Rc<Generator>>, frame: Box<Frame>) {
        if let Some(g) = owner {
            g.frame.set(Some(frame));
            g.state.set(GenState::Suspended);
        }
    }

    /// An exception that reached a frame from a callee: add the frame's traceback line.
    fn raised_in(&mut self, frame: &Frame, e: PyErr) -> PyErr {
        e.add_traceback(&frame.code.code, frame.ip.saturating_sub(1), &frame.globals);
        e
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    fn convert_stop_iteration(&mut self, g: &Generator, e: PyErr) -> PyErr {
        let t = types();
        let (cls, noun) = match g.kind {
            CodeKind::AsyncGenerator => (&t.stop_async_iteration, "async generator"),
            _ => (&t.stop_iteration, g.noun()),
        };
        if e.is_instance(cls)
            || (g.kind == CodeKind::AsyncGenerator && e.is_instance(&t.stop_iteration))
        {
            let which = if e.is_instance(&t.stop_iteration) {
                "StopIteration"
            } else {
                "StopAsyncIteration"
            };
            let new = runtime_error(format!("{noun} raised {which}"));
            {
                let mut d = new.data_mut();
                d.cause = Some(e.value());
                d.context = Some(e.value());
                d.suppress_context = true;
                d.traceback = e.data().traceback.clone();
            }
            return new;
        }
        e
    }

    /// Throwing into a frame suspended on `yield from`/`await` of another generator throws
    /// into that one instead (recursively). Returns the exception to raise in `cur`, or
    /// None when it was handed down the chain.
    fn throw_into_chain(
        &mut self,
        parents: &mut Vec<Active>,
        cur: &mut Active,
        e: PyErr,
    ) -> Option<PyErr> {
        let mut e = e;
        loop {
            let f = &cur.frame;
            let at_yield_from = matches!(f.code.code.instrs.get(f.ip), Some(Instr::YieldFrom));
            let sub = if at_yield_from {
                match f.top() {
                    Value::Generator(g) if g.state.get() == GenState::Suspended => Some(g.clone()),
                    _ => None,
                }
            } else {
                None
            };
            let Some(g) = sub else {
                return Some(e);
            };
            // Resume the delegating frame past its YieldFrom so the sub-generator's
            // result (or exception) lands there.
            cur.frame.ip += 1;
            match self.gen_take_frame(&g, Resume::Throw(e)) {
                Ok(Taken::Frame(frame, pending)) => {
                    if let Err(err) = self.enter_frame() {
                        g.state.set(GenState::Suspended);
                        return Some(err);
                    }
                    let child = Active::new(frame, Some(g), Link::YieldFrom, None);
                    push_parent(parents, &mut self.callers, std::mem::replace(cur, child));
                    match pending {
                        Some(p) => e = p,
                        None => return None,
                    }
                }
                Ok(Taken::Finished(v)) => {
                    cur.frame.pop();
                    cur.frame.push(v);
                    return None;
                }
                // `resume_native_body` turns a yield answering a throw into an error.
                Ok(Taken::Yielded(_)) => unreachable!("a native body yielded after a throw"),
                Err(err) => return Some(err),
            }
        }
    }

    /// Find a handler for `e` in the frame. On success the frame is ready to continue.
    pub(crate) fn unwind(&mut self, f: &mut Frame, e: &PyErr) -> bool {
        while let Some(block) = f.blocks.pop() {
            match block {
                Block::Handler { handler, level } => {
                    f.stack.truncate(level as usize);
                    let previous = self.handled.replace(e.clone());
                    f.blocks.push(Block::ExceptHandler { previous });
                    f.push(e.value());
                    f.ip = handler as usize;
                    return true;
                }
                Block::ExceptHandler { previous } => {
                    self.handled = previous;
                }
            }
        }
        false
    }

    /// Attach the exception being handled as `__context__` of a newly raised one.
    fn chain_context(&self, e: &PyErr) {
        if let Some(h) = &self.handled {
            if InstanceRef::ptr_eq(&h.0, &e.0) {
                return;
            }
            let mut d = e.data_mut();
            if d.context.is_none() {
                d.context = Some(h.value());
            }
        }
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
                    e.add_traceback(&f.code.code, f.ip.saturating_sub(1), &f.globals);
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
                let instr = unsafe { *instrs.get_unchecked(f.ip) };
                f.ip += 1;
                match instr {
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
                    Instr::LoadAttr(i) => self.op_load_attr(f, code, i)?,
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
                    Instr::UnaryNegative => flow!(self.op_unary(f, instr)?),
                    Instr::UnaryPositive => flow!(self.op_unary(f, instr)?),
                    Instr::UnaryInvert => flow!(self.op_unary(f, instr)?),
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
                Suspended::Misplaced(e) => Err(Raised::New(e)),
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
        let inline = match f.link {
            Link::Call => f.owner.is_none(),
            Link::Init => v.is_none(),
            Link::BinaryOp | Link::ForIter | Link::YieldFrom => true,
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

    /// `CallMethod(argc)` after `LoadMethod`: the stack holds method, receiver and
    /// arguments, or an attribute, the null marker and arguments. Removes the marker and
    /// returns how many values above the callee a plain call passes.
    #[inline(always)]
    pub(super) fn method_call_argc(&self, f: &mut Frame, argc: usize) -> usize {
        let self_pos = f.stack.len() - argc - 1;
        if self.is_null(&f.stack[self_pos]) {
            f.stack.remove(self_pos);
            argc
        } else {
            argc + 1
        }
    }

    /// The frame of a call with no binding work: a Python function of exactly `argc`
    /// positional parameters, or a class with a plain `__init__` (see `call_fast`).
    #[inline(always)]
    pub(super) fn simple_call(&mut self, f: &mut Frame, argc: usize) -> Option<Active> {
        if let Some(frame) = self.simple_call_frame(f, argc) {
            return Some(Active::call(frame));
        }
        self.simple_init_frame(f, argc)
            .map(|(frame, inst)| Active::new(frame, None, Link::Init, Some(inst)))
    }

    /// The call fast path: a plain Python function called with exactly its positional
    /// parameters. Moves the arguments into a new frame and pops the callee; None (with
    /// the stack untouched) for every other call.
    #[inline(always)]
    pub(super) fn simple_call_frame(&mut self, f: &mut Frame, argc: usize) -> Option<Box<Frame>> {
        let func_pos = f.stack.len().checked_sub(argc + 1)?;
        let Value::Function(func) = &f.stack[func_pos] else {
            return None;
        };
        if func.code.simple_argc as usize != argc && !super::call_fast::defaults_cover(func, argc) {
            return None;
        }
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        // `simple_argc` is the parameter count, so `fast` has a slot for every argument,
        // and a new frame's slots are all unbound: nothing to drop when filling them.
        let callee = super::call_fast::move_call_args(f, &mut frame.fast[..argc]);
        // The callee, known to be a function: drop its reference without the generic
        // Value drop (after binding the parameters not given to their defaults).
        if let Value::Function(func) = callee {
            super::call_fast::fill_defaults(&mut frame, &func, argc);
            drop(func);
        }
        Some(frame)
    }

    /// Call the callable at `stack[len - argc - 1]` with the `argc` values above it.
    /// Returns `Some(step)` when a Python frame must be pushed.
    #[inline]
    pub(super) fn call_on_stack(
        &mut self,
        f: &mut Frame,
        argc: usize,
        nkw: usize,
    ) -> PyResult<Option<Step>> {
        self.call_on_stack_kw(f, argc, nkw, Value::None)
    }

    pub(super) fn call_on_stack_kw(
        &mut self,
        f: &mut Frame,
        argc: usize,
        nkw: usize,
        kwnames: Value,
    ) -> PyResult<Option<Step>> {
        let func_pos = f.stack.len() - argc - 1;
        let kwnames_slice: &[Value] = match &kwnames {
            Value::Tuple(t) if nkw > 0 => &t.items,
            _ => &[],
        };
        let callee = f.stack[func_pos].clone();
        if argc == 0 {
            if let Some(result) = self.call_frame_builtin(f, &callee) {
                let v = result?;
                f.stack.truncate(func_pos);
                f.push(v);
                return Ok(None);
            }
        }
        match &callee {
            Value::Function(func) => {
                let c = &func.code.code;
                if kwnames_slice.is_empty()
                    && c.argcount as usize == argc
                    && !c.has_varargs
                    && !c.has_varkw
                    && c.kwonlyargcount == 0
                    && c.cellvars.is_empty()
                {
                    // The common call: move the arguments straight into the new frame.
                    let mut frame = self.new_frame(&func.code, &func.globals, None);
                    for (slot, v) in frame.fast.iter_mut().zip(f.stack.drain(func_pos + 1..)) {
                        *slot = Some(v);
                    }
                    f.stack.pop();
                    if !func.closure.is_empty() {
                        frame.cells.extend(func.closure.iter().cloned());
                    }
                    return Ok(self.start_frame(func, frame, f));
                }
                let frame =
                    self.frame_for_call(func, None, &f.stack[func_pos + 1..], kwnames_slice)?;
                f.stack.truncate(func_pos);
                Ok(self.start_frame(func, frame, f))
            }
            Value::BoundMethod(bm) => {
                if let Value::Function(func) = &bm.func {
                    let frame = self.frame_for_call(
                        func,
                        Some(bm.receiver.clone()),
                        &f.stack[func_pos + 1..],
                        kwnames_slice,
                    )?;
                    f.stack.truncate(func_pos);
                    return Ok(self.start_frame(func, frame, f));
                }
                let result = self.call(
                    &callee,
                    Args {
                        args: &f.stack[func_pos + 1..],
                        kwnames: kwnames_slice,
                    },
                )?;
                f.stack.truncate(func_pos);
                f.push(result);
                Ok(None)
            }
            Value::Class(cls) if !cls.is_builtin => {
                if let Some((inst, init)) = self.new_instance_for_init(cls)? {
                    let frame = self.frame_for_call(
                        &init,
                        Some(inst.clone()),
                        &f.stack[func_pos + 1..],
                        kwnames_slice,
                    )?;
                    f.stack.truncate(func_pos);
                    return Ok(Some(Step::Push(Active::new(
                        frame,
                        None,
                        Link::Init,
                        Some(inst),
                    ))));
                }
                let result = self.call(
                    &callee,
                    Args {
                        args: &f.stack[func_pos + 1..],
                        kwnames: kwnames_slice,
                    },
                )?;
                f.stack.truncate(func_pos);
                f.push(result);
                Ok(None)
            }
            _ => {
                let args = Args {
                    args: &f.stack[func_pos + 1..],
                    kwnames: kwnames_slice,
                };
                let result = match &callee {
                    // eval/exec without namespaces use this frame's.
                    Value::Builtin(b) if b.bound.is_none() && matches!(b.name, "eval" | "exec") => {
                        let caller = super::eval_exec::CallerScope {
                            globals: f.globals.clone(),
                            locals: self.frame_locals(f),
                        };
                        super::eval_exec::eval_or_exec(self, b.name, args, Some(caller))?
                    }
                    // Debug mode names this frame as where a future or handle was made.
                    _ if self.coro_origins.is_some() => self.call_noting_site(&callee, args, f)?,
                    _ => self.call(&callee, args)?,
                };
                f.stack.truncate(func_pos);
                f.push(result);
                Ok(None)
            }
        }
    }

    /// A bound frame for `func`: push it for a plain function, or wrap it in a generator.
    fn start_frame(
        &mut self,
        func: &Rc<Function>,
        frame: Box<Frame>,
        f: &mut Frame,
    ) -> Option<Step> {
        if func.code.code.kind == CodeKind::Function {
            Some(Step::Push(Active::new(frame, None, Link::Call, None)))
        } else {
            let g = self.make_generator(func, frame);
            if self.coro_origins.is_some() && func.code.code.kind == CodeKind::Coroutine {
                if let Value::Generator(gen) = &g {
                    self.note_coroutine_origin(gen, f);
                }
            }
            f.push(g);
            None
        }
    }

    pub(super) fn call_ex(
        &mut self,
        f: &mut Frame,
        func: Value,
        args: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Option<Step>> {
        let mut all = match &args {
            Value::Tuple(t) => t.items.to_vec(),
            other => match self.collect(other) {
                Ok(items) => items,
                Err(e) => return Err(self.star_unpack_error(e, other, Some(&func))),
            },
        };
        let mut names = Vec::new();
        if let Some(Value::Dict(d)) = &kwargs {
            {
                for (k, v) in d.items() {
                    names.push(k);
                    all.push(v);
                }
            }
        }
        let nkw = names.len();
        f.push(func);
        let argc = all.len();
        let grown = f.reserve_stack(argc);
        f.stack.extend(all);
        let step = self.call_on_stack_kw(f, argc, nkw, Value::tuple(names));
        if grown {
            // The call took its arguments off the stack: give back the room made for
            // them (`gather(*tasks)` spreads a hundred thousand, then the caller waits).
            f.fit_slots();
        }
        step
    }

    pub(crate) fn make_generator(&mut self, func: &Rc<Function>, mut frame: Box<Frame>) -> Value {
        // A generator keeps its frame while suspended, often by the hundred thousand
        // (pending tasks): give it a value stack of exactly its code's depth, not a
        // pooled frame's (never less: `Frame::push` relies on that room).
        frame.fit_slots();
        let g = Generator::new(frame, &func.name.borrow(), &func.qualname.borrow());
        // Async generators are finalized through their finalizer hook when they have
        // one (see `asyncgen_hooks`), else closed as generators are.
        if func.code.has_handlers || g.kind == CodeKind::AsyncGenerator {
            let queue = &self.finalizers;
            let fin = self.gen_finalizer.get_or_insert_with(|| {
                Rc::new(super::generator::GenFinalizer {
                    queue: queue.clone(),
                    asyncgen: super::generator::AsyncGenHook::NotConsulted,
                })
            });
            g.finalizer.set(Some(fin.clone()));
        }
        let g = Value::Generator(Rc::new(g));
        self.gc_track(&g);
        g
    }

    /// Run a Python function to completion from native code.
    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        receiver: Option<Value>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let frame = self.frame_for_call(func, receiver, args.args, args.kwnames)?;
        if func.code.code.kind != CodeKind::Function {
            let mut dummy = self.placeholder_frame();
            self.start_frame(func, frame, &mut dummy);
            let g = dummy.pop();
            self.recycle_frame(dummy);
            return Ok(g);
        }
        match self.run_frame(frame)? {
            Halt::Return(v) => Ok(v),
            Halt::Yield(_) => Err(runtime_error("function yielded outside a generator")),
        }
    }

    /// Run a module or class body code object in the given namespaces.
    pub fn run_code(
        &mut self,
        code: Rc<CodeObj>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> PyResult<Value> {
        let frame = self.new_frame(&code, &globals, locals);
        match self.run_frame(frame)? {
            Halt::Return(v) => Ok(v),
            Halt::Yield(_) => Err(runtime_error("module code yielded")),
        }
    }

    pub(super) fn unbound_deref(&self, code: &CodeObj, i: usize) -> PyErr {
        let name = self.deref_name(code, i);
        let ncells = code.code.cellvars.len();
        if i < ncells {
            unbound_local_error(format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ))
        } else {
            name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    pub(super) fn deref_name(&self, code: &CodeObj, i: usize) -> String {
        let c = &code.code;
        if i < c.cellvars.len() {
            c.cellvars[i].to_string()
        } else {
            c.freevars
                .get(i - c.cellvars.len())
                .map(|s| s.to_string())
                .unwrap_or_default()
        }
    }

    /// `raise X`: X may be a class (instantiated with no args) or an instance.
    pub(crate) fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Class(c) if c.is_subclass(&types().base_exception) => {
                let inst = self.call_args(&v, vec![])?;
                self.as_exception(inst)
            }
            Value::Instance(_) => self.as_exception(v),
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    pub(crate) fn as_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match v {
            Value::Instance(i) if i.exc_data().is_some() => Ok(PyErr(i)),
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    pub(super) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.type_of(exc);
        match typ {
            Value::Class(c) => {
                if !c.is_subclass(&types().base_exception) {
                    return Err(type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(cls.is_subclass(c))
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Send into a non-generator iterator used by `yield from`/`await`.
    pub(super) fn send_native(&mut self, sub: &Value, x: Value) -> PyResult<GenStep> {
        let r = if x.is_none() {
            self.next(sub)
        } else {
            let send = self.getattr(sub, "send")?;
            match self.call_args(&send, vec![x]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is_instance(&types().stop_iteration) => {
                    return Ok(GenStep::Return(stop_iteration_value(&e)));
                }
                Err(e) => Err(e),
            }
        };
        match r {
            Ok(Some(v)) => Ok(GenStep::Yield(v)),
            Ok(None) => Ok(GenStep::Return(self.take_stop_value())),
            Err(e) => Err(e),
        }
    }

    /// A new instance of a user class whose `__init__` is a Python function and whose
    /// `__new__` is object's: the dispatch loop pushes `__init__`'s frame directly.
    fn new_instance_for_init(
        &mut self,
        cls: &Rc<crate::runtime::class::Class>,
    ) -> PyResult<Option<(Value, Rc<Function>)>> {
        // A metaclass may define __call__: the general path decides.
        if cls.meta.is_some() {
            return Ok(None);
        }
        // object's own `__new__` (every class inherits it) only makes the instance, which
        // `new_object` does: with a Python `__init__` it has nothing to reject. Any other
        // `__new__` (written in Python, or a builtin base's) takes the general path.
        match cls.lookup(&self.names.new) {
            Some(Value::Builtin(b)) if b.owner == Some("object") => {}
            None => {}
            Some(_) => return Ok(None),
        }
        match cls.lookup(&self.names.init) {
            Some(Value::Function(init)) if init.code.code.kind == CodeKind::Function => {
                let inst = self.new_object(cls)?;
                Ok(Some((inst, init)))
            }
            _ => Ok(None),
        }
    }

    pub(crate) fn new_object(&mut self, cls: &Rc<crate::runtime::class::Class>) -> PyResult<Value> {
        let inst = Value::Instance(Instance::new(cls.clone()));
        self.gc_track(&inst);
        Ok(inst)
    }
}

/// The value a StopIteration carries.
pub fn stop_iteration_value(e: &PyErr) -> Value {
    e.first_arg().unwrap_or(Value::None)
}

/// What taking a generator's frame to resume it gave.
pub(super) enum Taken {
    /// The frame to run, with an exception to raise in it first.
    Frame(Box<Frame>, Option<PyErr>),
    /// It finished without running a frame (exhausted, or a native body returned).
    Finished(Value),
    /// A native body yielded.
    Yielded(Value),
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
pub(super) fn name_not_defined(name: &PyStr) -> PyErr {
    let e = name_error(format!("name '{}' is not defined", name.as_str()));
    // `e.name`, which the uncaught report's "Did you mean" reads.
    e.0.set_attr_by_str("name", Value::str(name.as_str()));
    e
}

#[cold]
fn recursion_error() -> PyErr {
    crate::runtime::error::recursion_error("maximum recursion depth exceeded")
}

/// The code of a placeholder frame (never executed), used while moving frames around.
pub(crate) fn placeholder_code() -> Rc<CodeObj> {
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
        span: Default::default(),
        doc: None,
    };
    CodeObj::new(Rc::new(code))
}

#[allow(dead_code)]
fn _assert_types(_: &RefCell<PyList>) {}

/// Push a caller on the frame stack, and on the caller trail (`super::callers`).
/// `Vec::push` stays an out-of-line call inside the large dispatch loop; this spells out
/// the common case.
#[inline(always)]
fn push_parent(parents: &mut Vec<Active>, callers: &mut Vec<Caller>, caller: Active) {
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

/// Replace the two inline numbers on top of the stack by `v`. They hold no heap
/// references, so they are forgotten rather than dropped (no drop glue on the hot path).
/// Callers have just matched the pair, so the stack holds at least two values.
#[inline(always)]
pub(super) fn replace_inline_pair(f: &mut Frame, v: Value) {
    let n = f.stack.len();
    debug_assert!(n >= 2);
    if n >= 2 {
        // SAFETY: shortening the length by one only skips the top value's destructor,
        // and that value is an inline number, which owns nothing.
        unsafe { f.stack.set_len(n - 1) };
        if let Some(top) = f.stack.last_mut() {
            std::mem::forget(std::mem::replace(top, v));
        }
    }
}

/// Arithmetic on two inline numbers that cannot fail or overflow into a big int.
#[inline(always)]
pub(super) fn fast_binary(op: crate::ast::BinOp, a: &Value, b: &Value) -> Option<Value> {
    use crate::ast::BinOp;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            BinOp::Mult => x.checked_mul(*y).map(Value::Int),
            BinOp::Mod if *y > 0 && *x >= 0 => Some(Value::Int(x % y)),
            BinOp::FloorDiv if *y > 0 && *x >= 0 => Some(Value::Int(x / y)),
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => float_fast(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_fast(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, *y),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(op: crate::ast::BinOp, x: f64, y: f64) -> Option<Value> {
    use crate::ast::BinOp;
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mult => Some(Value::Float(x * y)),
        BinOp::Div if y != 0.0 => Some(Value::Float(x / y)),
        // Errors (a zero to a negative power, a complex result, overflow) and their
        // messages are the general path's.
        BinOp::Pow => crate::numeric::float::pow(x, y).ok().map(Value::Float),
        _ => None,
    }
}
