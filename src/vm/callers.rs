//! The Python frames waiting on a call they made, innermost last: what `warnings.warn`
//! needs to name its caller's file and line (and what `inspect.stack` shows).
//!
//! The dispatch loop keeps the active frames in a local stack per `Vm::run`; this trail
//! mirrors it with one entry per frame that pushed a callee, taken when it pushes and
//! dropped when it resumes. A frame that called into native code which then called Python
//! (a `key=` function, `map`) is not on the trail: the trail shows Python-to-Python calls.
//! It is not a frame object (no `f_back`), but it reaches the waiting frame, so
//! `sys._getframe(n).f_locals` can show that frame's locals.

use super::frame::Frame;
use super::{Generator, Vm};
use crate::runtime::dict::PyDict;
use crate::runtime::function::CodeObj;
use std::rc::Rc;

/// A frame suspended on a call, read through a pointer to it: pushing an entry per call
/// costs one word and no reference counts (the frame's code, globals and generator are
/// read when someone asks, which is rare).
pub(crate) struct Caller {
    /// The waiting frame itself. It is boxed on the dispatch loop's frame stack, so its
    /// address is stable, and it outlives this entry: the entry is dropped when the
    /// frame resumes, before the frame can finish or move to a generator. While it
    /// waits nothing runs it, so its `ip` stays the instruction after the call.
    frame: *const Frame,
}

impl Caller {
    /// The entry for `frame`, which must stay alive and unmoved, and not run, while the
    /// entry exists (see `frame`).
    #[inline(always)]
    pub(crate) fn new(frame: &Frame) -> Caller {
        Caller { frame }
    }

    #[inline(always)]
    fn frame(&self) -> &Frame {
        // SAFETY: see the field: the frame is alive and not mutated while its entry
        // is on the trail (or held as the native call site).
        unsafe { &*self.frame }
    }

    /// The waiting frame's code.
    pub fn code(&self) -> &Rc<CodeObj> {
        &self.frame().code
    }

    /// The waiting frame's globals.
    pub fn globals(&self) -> &Rc<PyDict> {
        &self.frame().globals
    }

    /// The generator (coroutine, async generator) whose frame this is, if any: how the
    /// async call graph tells `async` frames from plain ones and names their coroutine.
    pub fn owner(&self) -> Option<&Rc<Generator>> {
        self.frame().owner.as_ref()
    }

    /// The line of the call the frame is waiting on.
    pub fn line(&self) -> usize {
        let f = self.frame();
        f.code.code.line_of(f.ip.saturating_sub(1))
    }

    /// The file name the frame's code came from.
    pub fn file(&self) -> &str {
        &self.frame().code.code.source.name
    }
}

impl Vm {
    /// The locals of the frame waiting `depth` levels up (as `caller`): its `locals()`
    /// dict, refreshed now (the globals for a module frame).
    pub(crate) fn caller_locals(&mut self, depth: usize) -> Option<Rc<PyDict>> {
        let frame: *const Frame = self.caller(depth)?.frame();
        // SAFETY: see `Caller::frame`: the frame is alive while its entry is on the
        // trail, and nothing mutates it while it waits on its call.
        let frame = unsafe { &*frame };
        Some(self.frame_locals(frame))
    }

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
