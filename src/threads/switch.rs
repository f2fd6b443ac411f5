//! Time slices: while several Python threads live, a ticker OS thread raises the eval
//! breaker's switch reason every switch interval (`sys.setswitchinterval`, 5 ms by
//! default, as CPython's), and the running thread, at its next backward jump or call,
//! yields to the root so the other threads run and tokio looks at its timers and I/O.
//! Not the scheduler itself (see `scheduler`).

use super::scheduler::{Suspend, Threads};
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

/// The switch interval in nanoseconds.
static INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);
/// How many Python threads live (the ticker only ticks for two or more).
static ALIVE: AtomicUsize = AtomicUsize::new(1);
static TICKER: AtomicBool = AtomicBool::new(false);

pub fn interval() -> Duration {
    Duration::from_nanos(INTERVAL_NS.load(Ordering::Relaxed))
}

/// `sys.setswitchinterval(seconds)`, already checked to be positive.
pub fn set_interval(seconds: f64) {
    let ns = (seconds * 1e9).clamp(1_000.0, 1e18) as u64;
    INTERVAL_NS.store(ns, Ordering::Relaxed);
}

pub(crate) fn set_alive(n: usize) {
    ALIVE.store(n, Ordering::Relaxed);
}

/// Start the ticker (once per process).
pub(crate) fn start_ticker() {
    if TICKER.swap(true, Ordering::SeqCst) {
        return;
    }
    let started = std::thread::Builder::new()
        .name("coro-switch".into())
        .spawn(|| loop {
            // A quarter interval: a slice ends between one and one and a quarter
            // intervals after it began.
            std::thread::sleep(interval() / 4);
            if ALIVE.load(Ordering::Relaxed) > 1 {
                crate::vm::eval_breaker::trip(crate::vm::eval_breaker::SWITCH);
            }
        });
    if started.is_err() {
        // Without slices threads still switch whenever one blocks.
        TICKER.store(false, Ordering::SeqCst);
    }
}

/// The switch reason fired: yield when the running thread has had its whole slice.
pub(crate) fn preempt(vm: &mut Vm) {
    if vm.threads.count() < 2 || vm.threads.slice_start.elapsed() < interval() {
        return;
    }
    Threads::suspend_current(vm, Suspend::Yield);
}

/// A Ctrl-C is for the main thread: another thread steps aside so it runs.
pub(crate) fn let_main_run(vm: &mut Vm) {
    Threads::suspend_current(vm, Suspend::Yield);
}

/// `time.sleep(0)`: let the threads that are ready run first.
pub fn yield_now(vm: &mut Vm) {
    if vm.threads.others_ready() {
        Threads::suspend_current(vm, Suspend::Yield);
    }
}
