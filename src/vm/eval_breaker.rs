//! The eval breaker: one atomic word of reasons the VM must stop running bytecode for a
//! moment and look. The dispatch loop checks it (a single relaxed load) on backward
//! jumps and calls; when it is non-zero, [`Vm::handle_breaker`] serves each reason set:
//!
//! - [`CTRL_C`]: SIGINT arrived while SIGINT has its default Python handler; it becomes
//!   KeyboardInterrupt in the running Python code, so its `finally` blocks run. The event
//!   loop's waits are woken by tokio's signal stream but decide by this same bit, so one
//!   Ctrl-C is one KeyboardInterrupt.
//! - [`SIGNALS`]: a signal with a Python handler (`signal.signal`) arrived; the handlers
//!   run in the main thread between bytecodes, as CPython runs them
//!   (see `runtime::signal`).
//! - [`SWITCH`]: the green-thread switch interval passed; the running Python thread lets
//!   the others run (see `threads`).
//! - [`GC`]: enough new containers to collect generation 0 (see `vm::gc`).
//! - [`FINALIZERS`]: a `Drop` queued a finalizer (see `vm::gc::finalize`).
//! - [`BUDGET`]: a step budget is in force (fuzzing: [`Vm::set_step_budget`]); the
//!   reason stays set, so every check counts one step.
//!
//! Reasons are set from signal handlers, so setting one is a lone atomic `fetch_or`
//! (async-signal-safe). What it is not: the signal module itself, nor a scheduler.
//!
//! Not interrupted: a blocking native call sees the breaker only when it returns, unless
//! it polls it (`time.sleep`, `waitpid` do).

use crate::runtime::error::PyResult;
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// SIGINT with the default handler: raise KeyboardInterrupt.
pub const CTRL_C: u32 = 1 << 0;
/// Signals with Python handlers are pending.
pub const SIGNALS: u32 = 1 << 1;
/// The switch interval passed while several Python threads live: the running thread
/// gives the others their turn (set by the green-thread ticker, `threads::switch`).
pub const SWITCH: u32 = 1 << 2;

/// The cycle collector's generation 0 passed its threshold: collect at this safe point
/// (set by `vm::gc` when a container is registered).
pub const GC: u32 = 1 << 3;

/// Finalizers were queued by a `Drop` (`__del__`, closing a dropped generator): run them
/// before the next call, as CPython runs them when the last reference goes.
pub const FINALIZERS: u32 = 1 << 4;

/// A step budget is in force ([`Vm::set_step_budget`]): never consumed while it is, so
/// every backward jump and call comes here and spends one step.
pub const BUDGET: u32 = 1 << 5;

/// The reasons set. A plain static, so the checks on every call and backward jump are a
/// single load.
static BREAKER: AtomicU32 = AtomicU32::new(0);
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Route SIGINT to the breaker (once per process). Without it, SIGINT kills the process.
pub fn install() {
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    #[cfg(unix)]
    {
        // SAFETY: the action only does an atomic fetch_or, which is async-signal-safe.
        let _ = unsafe {
            signal_hook::low_level::register(signal_hook::consts::SIGINT, || trip(CTRL_C))
        };
    }
}

/// Whether any reason is set, without consuming it: the hot-path check.
#[inline]
pub fn tripped() -> bool {
    BREAKER.load(Ordering::Relaxed) != 0
}

/// Set `reason` (async-signal-safe).
#[inline]
pub fn trip(reason: u32) {
    BREAKER.fetch_or(reason, Ordering::SeqCst);
}

/// Consume `reason`: whether it was set.
#[inline]
pub fn take(reason: u32) -> bool {
    BREAKER.load(Ordering::Relaxed) & reason != 0
        && BREAKER.fetch_and(!reason, Ordering::SeqCst) & reason != 0
}

/// Whether `reason` is set, without consuming it.
#[inline]
pub fn is_set(reason: u32) -> bool {
    BREAKER.load(Ordering::Relaxed) & reason != 0
}

/// Forget a Ctrl-C (the REPL drops one that arrived at the prompt).
pub fn clear_ctrl_c() {
    take(CTRL_C);
}

impl Vm {
    /// Serve every reason the breaker holds: a thread switch, KeyboardInterrupt for a
    /// Ctrl-C and the Python handlers of pending signals (both in the main thread).
    /// Called where the dispatch loop found it tripped.
    #[cold]
    pub fn handle_breaker(&mut self) -> PyResult<()> {
        if take(SWITCH) {
            crate::threads::switch::preempt(self);
        }
        let main = crate::threads::in_main_thread(self);
        if is_set(CTRL_C) {
            if main {
                take(CTRL_C);
                return Err(crate::runtime::signal::keyboard_interrupt());
            }
            // Only the main thread receives it: let it run.
            crate::threads::switch::let_main_run(self);
        }
        if main && take(SIGNALS) {
            crate::runtime::signal::run_handlers(self)?;
        }
        if take(FINALIZERS) {
            self.run_finalizers();
        }
        if take(GC) {
            self.gc_collect_due();
        }
        if is_set(BUDGET) {
            self.spend_step()?;
        }
        Ok(())
    }

    /// Bound a run to `steps` backward jumps and calls (`None`: no bound), for fuzzing
    /// programs that may loop forever. Once spent, every later check raises again, so a
    /// handler that catches the error cannot keep a loop alive.
    pub fn set_step_budget(&mut self, steps: Option<u64>) {
        self.step_budget = steps;
        match steps {
            Some(_) => trip(BUDGET),
            None => {
                take(BUDGET);
            }
        }
    }

    fn spend_step(&mut self) -> PyResult<()> {
        match &mut self.step_budget {
            Some(0) => Err(step_budget_spent()),
            Some(left) => {
                *left -= 1;
                Ok(())
            }
            None => {
                take(BUDGET);
                Ok(())
            }
        }
    }
}

#[cold]
fn step_budget_spent() -> crate::runtime::error::PyErr {
    crate::runtime::error::runtime_error("step budget spent")
}
