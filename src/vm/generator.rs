//! Generators, coroutines and async generators: a suspended frame plus a lifecycle state.
//! Resuming one pushes its frame onto the VM's frame stack; suspending moves it back here.

use super::frame::Frame;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::function::CodeObj;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made but never resumed: the frame starts at instruction 0.
    Created,
    /// Stopped at a `yield` (or delegating through `yield from`/`await`).
    Suspended,
    /// Its frame is on the VM's frame stack right now.
    Running,
    /// Returned or raised; the frame is gone.
    Done,
}

pub struct Generator {
    pub kind: CodeKind,
    pub state: Cell<GenState>,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub code: Rc<CodeObj>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// For coroutines: whether anything ever awaited or drove it, for the
    /// "coroutine ... was never awaited" warning.
    pub started: Cell<bool>,
}

impl Generator {
    pub fn new(frame: Box<Frame>, name: Rc<str>, qualname: Rc<str>) -> Generator {
        Generator {
            kind: frame.code.code.kind,
            code: frame.code.clone(),
            state: Cell::new(GenState::Created),
            frame: RefCell::new(Some(frame)),
            name,
            qualname,
            started: Cell::new(false),
        }
    }

    /// "generator", "coroutine" or "async generator", as error messages name it.
    pub fn noun(&self) -> &'static str {
        match self.kind {
            CodeKind::Coroutine => "coroutine",
            CodeKind::AsyncGenerator => "async generator",
            _ => "generator",
        }
    }
}
