//! "coroutine '...' was never awaited": the RuntimeWarning CPython prints when a coroutine
//! object that never ran is destroyed.
//!
//! A generator's `Drop` cannot reach the VM, so it queues the coroutine's name here; the
//! dispatch loop reports the queue at the instructions where such drops happen (popping an
//! expression statement's value, rebinding a name) with the line being executed, which is
//! where CPython's warning points, and `Vm::report_unawaited_at_exit` reports what is left
//! as CPython does at shutdown (`sys:1:`). A location is reported once per message, as the
//! default warning filter does. Not a `warnings` module: there are no filters.

use super::frame::Frame;
use super::Vm;
use std::cell::{Cell, RefCell};

// A mailbox filled by `Drop`s, which have no `Vm`; drained at the next safe point (see
// ARCHITECTURE, "Interpreter state and thread-locals").
thread_local! {
    /// Each coroutine's name and address (the key of its creation stack, if tracked).
    static QUEUED: RefCell<Vec<(std::rc::Rc<str>, usize)>> = const { RefCell::new(Vec::new()) };
    static ANY: Cell<bool> = const { Cell::new(false) };
}

/// Queue the warning for a coroutine destroyed before it ever ran.
pub fn queue(qualname: std::rc::Rc<str>, address: usize) {
    let _ = QUEUED.try_with(|q| q.borrow_mut().push((qualname, address)));
    let _ = ANY.try_with(|a| a.set(true));
}

/// Ask the dispatch loop to stop at its next safe point for work a `Drop` queued (the
/// callbacks of dead weak references, see `runtime::weakref`).
pub fn request_safe_point() {
    let _ = ANY.try_with(|a| a.set(true));
}

/// Whether any warning waits: one thread-local load, cheap enough for the dispatch loop.
#[inline(always)]
pub(crate) fn pending() -> bool {
    ANY.with(|a| a.get())
}

fn take() -> Vec<(std::rc::Rc<str>, usize)> {
    ANY.with(|a| a.set(false));
    QUEUED.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

/// Forget the queued warnings (an interpreter being dropped, see `vm::teardown`);
/// whether there were any.
pub(crate) fn discard() -> bool {
    !take().is_empty()
}

impl Vm {
    /// Report the queued warnings as raised by the instruction `frame` is executing.
    #[cold]
    pub(crate) fn report_unawaited(&mut self, frame: &Frame) {
        self.run_finalizers();
        let code = &frame.code.code;
        let line = code.line_of(frame.ip.saturating_sub(1));
        let file = code.source.name.clone();
        for (name, address) in take() {
            let mut text = format!("coroutine '{name}' was never awaited");
            if let Some(origin) = self.take_coroutine_origin(address) {
                text.push('\n');
                text.push_str(&origin);
            }
            if !self.warned.insert((file.to_string(), line, text.clone())) {
                continue;
            }
            let mut out = format!("{file}:{line}: RuntimeWarning: {text}\n");
            // CPython shows the line only when it can read the file.
            if !file.starts_with('<') {
                let src = code.source.line_text(line).trim();
                if !src.is_empty() {
                    out.push_str(&format!("  {src}\n"));
                }
            }
            out.push_str(
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            );
            self.out.write_stderr(&out);
        }
    }

    /// Report what is still queued when the program ends, as CPython's shutdown does.
    pub fn report_unawaited_at_exit(&mut self) {
        for (name, address) in take() {
            let mut text = format!("coroutine '{name}' was never awaited");
            if let Some(origin) = self.take_coroutine_origin(address) {
                text.push('\n');
                text.push_str(&origin);
            }
            if self.warned.insert(("sys".into(), 1, text.clone())) {
                self.out
                    .write_stderr(&format!("sys:1: RuntimeWarning: {text}\n"));
            }
        }
    }
}
