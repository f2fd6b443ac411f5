//! A frame: one activation of a code object — instruction pointer, value stack, fast
//! locals, cells and the block stack of active handlers. Frames live on the heap so a
//! generator or coroutine can keep its frame while suspended; the dispatch loop keeps the
//! running ones on an explicit stack, never on the Rust stack.

use super::frame_slots::Slots;
pub use super::frame_slots::{FastLocals, ValueStack};
use super::generator::Generator;
use super::rare_vec::RareVec;
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyErr;
use crate::runtime::function::{CellObj, CodeObj};
use crate::runtime::value::Value;
use std::rc::Rc;

/// An entry of the block stack.
pub enum Block {
    /// A `try` body, `with` body or `async for` step: on an exception jump to `handler`
    /// with the value stack cut back to `level`. `by_kind`: the handler is a chain of
    /// `except NAME` clauses (`SetupExcept`), which match an error not yet given its
    /// instance by its kind.
    Handler {
        handler: u32,
        level: u32,
        by_kind: bool,
    },
    /// Inside an `except`/`finally` handler: the exception handled before it, restored when
    /// the handler ends.
    ExceptHandler { previous: Option<PyErr> },
}

/// How a frame was entered: decides where its result goes. `repr(u8)` gives the
/// variant its own tag byte: every call and return matches on it, and a niche in
/// `Consume`'s payload made each match compute the variant first.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Link {
    /// The frame `run` was called with.
    Base,
    /// A call: the return value is pushed on the caller's stack.
    Call,
    /// `__init__` of a new instance: the caller gets the instance.
    Init,
    /// A binary operator's dunder (`a + b` running `__add__`): the caller keeps both
    /// operands on its stack until the result is known not to be NotImplemented (see
    /// `Vm::binary_dunder_returned`).
    BinaryOp,
    /// A generator resumed by the caller's ForIter.
    ForIter,
    /// A generator/coroutine resumed by the caller's YieldFrom.
    YieldFrom,
    /// A generator run by a built-in consuming it (`sum(genexpr)`, see `gen_consume`):
    /// each yielded value goes to the built-in's step, its return to its result.
    Consume(Consumer),
}

/// The built-ins that consume a generator inside the dispatch loop (see `gen_consume`).
/// Their running state (the sum, the best item so far) is the frame's `extra`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Consumer {
    Sum,
    All,
    Any,
    Min,
    Max,
    List,
    Tuple,
    Set,
    FrozenSet,
    Sorted,
    /// `sep.join(gen)`.
    Join,
    /// `dict(gen)` of key/value pairs.
    Dict,
}

pub struct Frame {
    pub code: Rc<CodeObj>,
    /// Index of the next instruction.
    pub ip: usize,
    /// The value stack, in the slot buffer after the fast locals (see `frame_slots`).
    pub stack: ValueStack,
    /// Fast locals; `None` is unbound. They and the stack are one allocation, which
    /// this frame owns.
    pub fast: FastLocals,
    /// Cell variables first, then free variables (the closure).
    pub cells: RareVec<Rc<CellObj>>,
    pub globals: Rc<PyDict>,
    /// The namespace of a module or class body (LoadName/StoreName).
    pub locals: Option<Rc<PyDict>>,
    pub blocks: RareVec<Block>,
    /// How the running frame was entered; meaningful only on the VM's frame stack.
    pub link: Link,
    /// The generator that owns the frame while it runs on the frame stack (taken out
    /// again when it suspends, so a generator never holds itself).
    pub owner: Option<Rc<Generator>>,
    /// For `Link::Init`: the instance being initialised; for `Link::Consume`: the
    /// consuming built-in's state.
    pub extra: Option<Value>,
    /// A function frame's `locals()` dict, made on the first call and refreshed by each
    /// (CPython 3.11 keeps one per frame, so what `exec` stores in it stays visible).
    pub locals_snapshot: std::cell::OnceCell<Rc<PyDict>>,
}

impl Frame {
    pub fn new(code: Rc<CodeObj>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Box<Frame> {
        let (fast, stack) = Slots::alloc(code.varnames.len(), code.stacksize() as usize);
        Box::new(Frame {
            stack,
            fast,
            cells: RareVec::new(),
            globals,
            locals,
            blocks: RareVec::new(),
            ip: 0,
            code,
            link: Link::Call,
            owner: None,
            extra: None,
            locals_snapshot: std::cell::OnceCell::new(),
        })
    }

    /// Make a recycled frame ready for a new activation.
    #[inline(always)]
    pub fn reset(&mut self, code: &Rc<CodeObj>, globals: &Rc<PyDict>, locals: Option<Rc<PyDict>>) {
        // `release` already emptied the stack and unbound every fast local; a frame
        // reused for a code object with as many locals and no deeper stack (recursion)
        // changes nothing, one whose buffer is too small gets a new one.
        Slots::reuse(
            &mut self.fast,
            &mut self.stack,
            code.varnames.len(),
            code.stacksize() as usize,
        );
        self.ip = 0;
        // Recursion reuses a frame of the same function: keep the references it has.
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        if locals.is_some() {
            self.locals = locals;
        }
    }

    /// Drop what the frame holds (so objects die now), keeping the allocations. Each
    /// part is tested first: a returning function's stack, cells and blocks are usually
    /// empty, and its locals usually inline numbers, which need no drop call.
    #[inline(always)]
    pub fn release(&mut self) {
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        for slot in self.fast.iter_mut() {
            if let Some(v) = slot.take() {
                forget_or_drop(v);
            }
        }
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        if !self.blocks.is_empty() {
            self.blocks.clear();
        }
        if self.locals.is_some() {
            self.locals = None;
        }
        if self.owner.is_some() {
            self.owner = None;
        }
        if self.extra.is_some() {
            self.extra = None;
        }
        if self.locals_snapshot.get().is_some() {
            self.locals_snapshot = std::cell::OnceCell::new();
        }
    }

    /// Give the slot buffer exactly the room the code needs (a pooled frame's may be
    /// larger): for a generator, which keeps its frame while suspended.
    pub fn fit_slots(&mut self) {
        let depth = (self.code.stacksize() as usize).max(self.stack.len());
        if self.fast.stack_room() > depth {
            Slots::regrow(&mut self.fast, &mut self.stack, depth);
        }
    }

    /// Make room for `more` values above the stack's top: for native code pushing past
    /// the code's verified depth (`CallEx` spreading its arguments). Whether the buffer
    /// grew (`fit_slots` gives the room back).
    pub fn reserve_stack(&mut self, more: usize) -> bool {
        let need = self.stack.len() + more;
        let grow = need > self.fast.stack_room();
        if grow {
            Slots::regrow(&mut self.fast, &mut self.stack, need);
        }
        grow
    }

    /// Push with a room test: for native code pushing past the code's verified depth
    /// (after `reserve_stack`), or pushing a count it does not know statically.
    #[inline]
    pub fn push_checked(&mut self, v: Value) {
        self.stack.push_within(self.fast.stack_room(), v)
    }

    /// Push each item with a room test (see `push_checked`).
    pub fn extend_stack(&mut self, items: impl IntoIterator<Item = Value>) {
        let room = self.fast.stack_room();
        self.stack.extend_within(room, items)
    }

    /// Insert `v` at `index` of the stack, moving the values above it up one.
    pub fn insert_stack(&mut self, index: usize, v: Value) {
        let room = self.fast.stack_room();
        self.stack.insert_within(room, index, v)
    }

    /// Push without a capacity test. The stack has room for the code object's whole
    /// `stacksize` from the frame's start (see the SAFETY note).
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.stack.len();
        debug_assert!(
            len < self.fast.stack_room() && len < self.code.stacksize() as usize,
            "value stack overflow in {} at {}: depth {len}, stacksize {}",
            self.code.code.qualname,
            self.ip,
            self.code.stacksize()
        );
        // SAFETY: `len < room`, so slot `len` is allocated and unused. Why
        // `len < room`: a frame's stack gets room for its code's `stacksize` when
        // the frame starts (`Frame::new`, `Frame::reset`; `Frame::fit_slots` never goes
        // below it), and only `reserve_stack` reallocates it, growing it.
        // `stacksize` is the verifier's maximum depth over every path of the bytecode,
        // exception-handler entries included (`CodeObj::stacksize` refuses code it
        // cannot verify), and each op leaves at most the depth its stack effect in
        // `compiler::verify::step` says, pushing nothing above it on the way (checked by
        // the assertion above over the golden suite and the fuzz corpus replay in debug
        // builds). Pushes above that bound made by native code (`CallEx` spreading its
        // arguments) reserve room first and go through `extend_stack`.
        unsafe { self.stack.push_unchecked(v) }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        if self.stack.is_empty() {
            return empty_pop();
        }
        // SAFETY: the stack is not empty. (Not `ValueStack::pop`: its `Option` costs a
        // move of the value in the loop.)
        unsafe { self.stack.pop_unchecked() }
    }

    /// Pop the top `N` values, the lowest first (`[a, b] = f.pop_n()` pops `b` then `a`
    /// of `[.., a, b]`), with one emptiness test for all.
    #[inline(always)]
    pub fn pop_n<const N: usize>(&mut self) -> [Value; N] {
        match self.stack.pop_n() {
            Some(values) => values,
            None => std::array::from_fn(|_| empty_pop()),
        }
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// The item `n` below the top (0 is the top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.stack.len();
        if n < len {
            &self.stack[len - 1 - n]
        } else {
            &Value::None
        }
    }

    /// Swap the top with the `i`-th item (1 is the top itself), as `Swap(i)`.
    #[inline]
    pub fn swap_top_with(&mut self, i: usize) {
        let len = self.stack.len();
        if (1..=len).contains(&i) {
            self.stack.swap(len - 1, len - i);
        }
    }

    /// The line of the instruction being executed, for tracebacks.
    pub fn current_line(&self) -> usize {
        self.code.code.line_of(self.ip.saturating_sub(1))
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        Slots::free(&mut self.fast, &mut self.stack);
    }
}

/// The verifier rules out popping an empty stack; were it to happen (an interpreter bug)
/// the op sees None rather than reading outside the stack.
#[cold]
#[inline(never)]
fn empty_pop() -> Value {
    debug_assert!(false, "pop of an empty value stack");
    Value::None
}

/// Drop a value, with the drop call only for the last reference to an object (see
/// `Value::discard`).
#[inline(always)]
pub fn forget_or_drop(v: Value) {
    v.discard();
}
