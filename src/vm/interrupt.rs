//! Ctrl-C as a flag the VM polls: the SIGINT handler only sets it (async-signal-safe),
//! and the dispatch loop checks it on backward jumps and calls, raising
//! KeyboardInterrupt in the running Python code so its `finally` blocks run. The event
//! loop's waits are woken by tokio's signal stream but decide by this same flag, so one
//! Ctrl-C is one KeyboardInterrupt.
//!
//! Not interrupted: a blocking native call (`time.sleep`, `input()`) sees the flag only
//! when it returns.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();

/// Route SIGINT to the flag (once per process). Without it, SIGINT kills the process.
pub fn install() {
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        {
            let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, flag.clone());
        }
        flag
    });
}

/// Whether a Ctrl-C is waiting, without consuming it.
#[inline]
pub fn pending() -> bool {
    FLAG.get().is_some_and(|f| f.load(Ordering::Relaxed))
}

/// Consume a waiting Ctrl-C.
#[inline]
pub fn take() -> bool {
    FLAG.get().is_some_and(|f| f.swap(false, Ordering::Relaxed))
}

/// Forget a Ctrl-C (the REPL drops one that arrived at the prompt).
pub fn clear() {
    take();
}
