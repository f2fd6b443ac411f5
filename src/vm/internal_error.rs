//! What happens when coro itself has a bug: a Rust panic while a script runs.
//!
//! The script's output so far is flushed, and instead of Rust's panic message and an
//! abort the user sees `coro: internal error: ...` with the Python traceback of where the
//! script was, and the process exits with status 70 (as before, but readable). The panic
//! hook only records the message and the Rust location; each `Vm::run` that the panic
//! unwinds through adds its frames ([`Vm::note_panic_frames`]); the interpreter's entry
//! points catch the unwind ([`Vm::catch_internal_error`]) and report it as
//! `Outcome::InternalError`.
//!
//! What it is not: recovery. The interpreter is not used again after a panic, apart from
//! flushing its streams.

use super::frame::Frame;
use super::Vm;
use crate::runtime::error::builtin_error;
use crate::runtime::error::PyErr;
use crate::runtime::types::ExcKind;
use std::sync::Mutex;

/// The last panic's message and Rust location. A process-wide fact about a crash, not
/// interpreter state: the hook has no access to any `Vm`.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Record panics; the report comes from whoever catches the unwind (or from `main` if
/// nothing does). `quiet` silences Rust's own message (the coro binary); otherwise the
/// previous hook still prints it (test harnesses).
pub fn install_panic_hook(quiet: bool) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !quiet {
            previous(info);
        }
        let message = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "panic".to_string()
        };
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("{message}{at}"));
        }
    }));
}

/// The message of the last panic, as the hook recorded it.
pub fn last_panic() -> String {
    LAST_PANIC
        .lock()
        .ok()
        .and_then(|l| l.clone())
        .unwrap_or_else(|| "panic".to_string())
}

/// The first line of an internal-error report.
pub fn headline(message: &str) -> String {
    format!("coro: internal error (a bug in coro, not in your program): {message}\n")
}

impl Vm {
    /// A panic is unwinding through a `run` whose frames are `frames`, innermost first.
    pub(crate) fn note_panic_frames<'a>(&mut self, frames: impl Iterator<Item = &'a Frame>) {
        let trace = self
            .panic_trace
            .get_or_insert_with(|| builtin_error(ExcKind::SystemError, last_panic()));
        for f in frames {
            trace.add_traceback(&f.code, f.ip.saturating_sub(1), &f.globals);
        }
    }

    /// Run `work`; a panic inside it becomes `Err((message, traceback))`, the traceback
    /// carried by a SystemError whose frames are where the script was.
    pub fn catch_internal_error<T>(
        &mut self,
        work: impl FnOnce(&mut Vm) -> T,
    ) -> Result<T, (String, PyErr)> {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(self)));
        result.map_err(|_| {
            let trace = self
                .panic_trace
                .take()
                .unwrap_or_else(|| builtin_error(ExcKind::SystemError, last_panic()));
            (last_panic(), trace)
        })
    }
}
