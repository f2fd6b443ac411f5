//! "coroutine '...' was never awaited": the RuntimeWarning CPython prints when a coroutine
//! object that never ran is destroyed.
//!
//! A generator's `Drop` cannot reach the VM, so it queues the coroutine's name in its
//! interpreter's mailbox (see `mailbox`), reached through the generator's finalizer; the
//! dispatch loop reports the queue at the instructions where such drops happen (popping an
//! expression statement's value, rebinding a name) with the line being executed, which is
//! where CPython's warning points, and `Vm::report_unawaited_at_exit` reports what is left
//! as CPython does at shutdown (`sys:1:`). A location is reported once per message, as the
//! default warning filter does. Not a `warnings` module: there are no filters.

use super::frame::Frame;
use super::mailbox::Mailbox;
use super::Vm;
use std::rc::Rc;

/// Queue the warning for a coroutine destroyed before it ever ran (its name, and its
/// address: the key of its creation stack, if tracked).
pub fn queue(mailbox: &Mailbox, qualname: Rc<str>, address: usize) {
    if let Ok(mut q) = mailbox.unawaited.try_borrow_mut() {
        q.push((qualname, address));
    }
    mailbox.request_safe_point();
}

fn take(mailbox: &Mailbox) -> Vec<(Rc<str>, usize)> {
    mailbox.clear_due();
    mailbox
        .unawaited
        .try_borrow_mut()
        .map(|mut q| std::mem::take(&mut *q))
        .unwrap_or_default()
}

/// Forget the queued warnings (an interpreter being dropped, see `vm::teardown`);
/// whether there were any.
pub(crate) fn discard(mailbox: &Mailbox) -> bool {
    !take(mailbox).is_empty()
}

impl Vm {
    /// Report the queued warnings as raised by the instruction `frame` is executing.
    #[cold]
    pub(crate) fn report_unawaited(&mut self, frame: &Frame) {
        self.run_finalizers();
        let code = &frame.code.code;
        let line = code.line_of(frame.ip.saturating_sub(1));
        let file = code.source.name.clone();
        for (name, address) in take(&self.mailbox) {
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
        for (name, address) in take(&self.mailbox) {
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
