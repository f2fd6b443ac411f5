//! The eval breaker: reasons for the dispatch loop to stop what it is doing, as flags it
//! polls. Ctrl-C: the SIGINT handler only sets its bit (async-signal-safe), and the
//! dispatch loop checks on backward jumps and calls, raising KeyboardInterrupt in the
//! main Python thread so its `finally` blocks run. The event loop's waits are woken by
//! tokio's signal stream but decide by this same flag, so one Ctrl-C is one
//! KeyboardInterrupt. Switch: the green-thread ticker (`threads::switch`) sets its bit
//! every switch interval while several Python threads live, and the running thread
//! gives the others their turn.
//!
//! Not interrupted: a blocking native call made outside the thread scheduler
//! (`input()`) sees the flag only when it returns.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

/// The reasons, one bit each. A plain static, so the checks on every call and backward
/// jump are a single load.
static FLAG: AtomicU8 = AtomicU8::new(0);
static INSTALLED: AtomicBool = AtomicBool::new(false);

const CTRL_C: u8 = 1;
const SWITCH: u8 = 2;

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
                FLAG.fetch_or(CTRL_C, Ordering::SeqCst);
            })
        };
    }
}

/// Whether any reason is waiting (the dispatch loop's one check), without consuming it.
#[inline]
pub fn pending() -> bool {
    FLAG.load(Ordering::Relaxed) != 0
}

/// Whether a Ctrl-C is waiting, without consuming it.
#[inline]
pub fn ctrl_c_pending() -> bool {
    FLAG.load(Ordering::Relaxed) & CTRL_C != 0
}

/// Consume a waiting Ctrl-C.
#[inline]
pub fn take() -> bool {
    ctrl_c_pending() && FLAG.fetch_and(!CTRL_C, Ordering::Relaxed) & CTRL_C != 0
}

/// Forget a Ctrl-C (the REPL drops one that arrived at the prompt).
pub fn clear() {
    take();
}

/// Ask the running Python thread to let the others run (the switch interval passed).
pub fn request_switch() {
    FLAG.fetch_or(SWITCH, Ordering::Relaxed);
}

/// Consume a waiting switch request.
#[inline]
pub fn take_switch() -> bool {
    FLAG.load(Ordering::Relaxed) & SWITCH != 0
        && FLAG.fetch_and(!SWITCH, Ordering::Relaxed) & SWITCH != 0
}
