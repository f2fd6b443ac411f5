//! The Python frames waiting on a call they made, innermost last: what `warnings.warn`
//! needs to name its caller's file and line (and what `inspect.stack` shows).
//!
//! The dispatch loop keeps the active frames in a local stack per `Vm::run`; this trail
//! mirrors it with one entry per frame that pushed a callee, taken when it pushes and
//! dropped when it resumes. A frame that called into native code which then called Python
//! (a `key=` function, `map`) is not on the trail: the trail shows Python-to-Python calls.
//! It is not a frame object: no locals, no `f_back`.

use super::{Generator, Vm};
use crate::runtime::dict::PyDict;
use crate::runtime::function::CodeObj;
use std::rc::Rc;

/// A frame suspended on a call: its code, the instruction after the call, its globals.
pub(crate) struct Caller {
    pub code: Rc<CodeObj>,
    pub ip: usize,
    pub globals: Rc<PyDict>,
    /// The generator (coroutine, async generator) whose frame this is, if any: how the
    /// async call graph tells `async` frames from plain ones and names their coroutine.
    pub owner: Option<Rc<Generator>>,
}

impl Caller {
    /// The line of the call the frame is waiting on.
    pub fn line(&self) -> usize {
        self.code.code.line_of(self.ip.saturating_sub(1))
    }

    /// The file name the frame's code came from.
    pub fn file(&self) -> &str {
        &self.code.code.source.name
    }
}

impl Vm {
    /// The caller `depth` levels up from the innermost running Python frame (1 is the
    /// frame that called it), if the trail is that deep.
    pub(crate) fn caller(&self, depth: usize) -> Option<&Caller> {
        let n = self.callers.len();
        if depth == 0 || depth > n {
            return None;
        }
        self.callers.get(n - depth)
    }

    /// The whole trail, outermost first.
    pub(crate) fn caller_trail(&self) -> &[Caller] {
        &self.callers
    }
}
