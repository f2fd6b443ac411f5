//! A frame: one activation of a code object — instruction pointer, value stack, fast
//! locals, cells and the block stack of active handlers. Frames live on the heap so a
//! generator or coroutine can keep its frame while suspended; the dispatch loop keeps the
//! running ones on an explicit stack, never on the Rust stack.

use super::generator::Generator;
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyErr;
use crate::runtime::function::{CellObj, CodeObj};
use crate::runtime::value::Value;
use std::rc::Rc;

/// An entry of the block stack.
pub enum Block {
    /// A `try` body, `with` body or `async for` step: on an exception jump to `handler`
    /// with the value stack cut back to `level`.
    Handler { handler: u32, level: u32 },
    /// Inside an `except`/`finally` handler: the exception handled before it, restored when
    /// the handler ends.
    ExceptHandler { previous: Option<PyErr> },
}

/// How a frame was entered: decides where its result goes.
#[derive(Clone, Copy, PartialEq, Eq)]
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
}

pub struct Frame {
    pub code: Rc<CodeObj>,
    /// Index of the next instruction.
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Fast locals; `None` is unbound.
    pub fast: Vec<Option<Value>>,
    /// Cell variables first, then free variables (the closure).
    pub cells: Vec<Rc<CellObj>>,
    pub globals: Rc<PyDict>,
    /// The namespace of a module or class body (LoadName/StoreName).
    pub locals: Option<Rc<PyDict>>,
    pub blocks: Vec<Block>,
    /// How the running frame was entered; meaningful only on the VM's frame stack.
    pub link: Link,
    /// The generator that owns the frame while it runs on the frame stack (taken out
    /// again when it suspends, so a generator never holds itself).
    pub owner: Option<Rc<Generator>>,
    /// For `Link::Init`: the instance being initialised.
    pub extra: Option<Value>,
    /// A function frame's `locals()` dict, made on the first call and refreshed by each
    /// (CPython 3.11 keeps one per frame, so what `exec` stores in it stays visible).
    pub locals_snapshot: std::cell::OnceCell<Rc<PyDict>>,
}

impl Frame {
    pub fn new(code: Rc<CodeObj>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Box<Frame> {
        let nlocals = code.varnames.len();
        let mut fast = Vec::with_capacity(nlocals);
        fast.resize(nlocals, None);
        Box::new(Frame {
            stack: Vec::with_capacity(8),
            fast,
            cells: Vec::new(),
            globals,
            locals,
            blocks: Vec::new(),
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
        // `release` already emptied the vectors and unbound every fast local; a frame
        // reused for a code object with as many locals (recursion) resizes nothing.
        let nlocals = code.varnames.len();
        if self.fast.len() != nlocals {
            self.fast.resize_with(nlocals, || None);
        }
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

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        // The compiler guarantees stack discipline; an empty pop is an interpreter bug,
        // reported as None rather than a crash.
        match self.stack.pop() {
            Some(v) => v,
            None => Value::None,
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

/// Drop a value, with the drop call only for the variants that hold a reference: an
/// inline number or `None` is forgotten after one tag test.
#[inline(always)]
pub fn forget_or_drop(v: Value) {
    if matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ) {
        std::mem::forget(v);
    } else {
        drop_heap_value(v);
    }
}

#[inline(never)]
fn drop_heap_value(v: Value) {
    drop(v);
}
