//! Ctrl-C as a flag the VM polls: the SIGINT handler only sets it (async-signal-safe),
//! and the dispatch loop checks it on backward jumps and calls, raising
//! KeyboardInterrupt in the running Python code so its `finally` blocks run. The event
//! loop's waits are woken by tokio's signal stream but decide by this same flag, so one
//! Ctrl-C is one KeyboardInterrupt.
//!
//! Not interrupted: a blocking native call (`time.sleep`, `input()`) sees the flag only
//! when it returns.

use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the SIGINT handler. A plain static, so the checks on every call and backward
/// jump are a single load.
static FLAG: AtomicBool = AtomicBool::new(false);
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Route SIGINT to the flag (once per process). Without it, SIGINT kills the process.
pub fn install() {
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    #[cfg(unix)]
    {
        // SAFETY: the action only stores to an atomic, which is async-signal-safe.
        let _ = unsafe {
            signal_hook::low_level::register(signal_hook::consts::SIGINT, || {
                FLAG.store(true, Ordering::SeqCst)
            })
        };
    }
}

/// Whether a Ctrl-C is waiting, without consuming it.
#[inline]
pub fn pending() -> bool {
    FLAG.load(Ordering::Relaxed)
}

/// Consume a waiting Ctrl-C.
#[inline]
pub fn take() -> bool {
    FLAG.load(Ordering::Relaxed) && FLAG.swap(false, Ordering::Relaxed)
}

/// Forget a Ctrl-C (the REPL drops one that arrived at the prompt).
pub fn clear() {
    take();
}
