//! Python threads as green threads: every Python thread runs on the interpreter's one
//! OS thread, on its own native stack (a `corosensei` coroutine), and one scheduler
//! switches between them where CPython's GIL would change hands: when the running thread
//! blocks (a sleep, a lock, a join, a blocking system call, its event loop's wait) and
//! every switch interval at the eval breaker.
//!
//! Why: coro's objects are `Rc`, not `Send`, so Python code cannot run on two OS threads
//! at once; CPython with its GIL never runs two either. A stackful coroutine per thread
//! can be suspended anywhere, even under natives that call back into Python (a `key=`
//! function, `__eq__` in a dict lookup), which saving the VM's explicit frame stack
//! could not do. Blocking work is a future: timers are tokio timers, blocking system
//! calls run on tokio's blocking pool; the waiting thread is parked until its future's
//! waker fires, while the others run. So Python code sees CPython's semantics with a
//! GIL and never a data race.
//!
//! The scheduler is the root of the program (see [`scheduler`]): `run_root` runs the
//! main Python thread as a coroutine too, under the one `block_on` of the tokio runtime,
//! so an event loop in any thread waits by suspending its thread, and tokio's
//! `block_on` is never entered twice. What is per thread (the exception being handled,
//! the recursion depth, the running event loop) moves in and out of the `Vm` as threads
//! switch.
//!
//! What it is not: parallelism. The `threading`, `queue` and `concurrent.futures`
//! modules are Python (src/runtime/pylib/) over the natives of [`module`] (`_thread`).

pub mod imports;
pub mod lock;
pub mod module;
pub mod scheduler;
pub mod switch;

#[cfg(test)]
mod tests;

pub use scheduler::{blocking, run_root, sleep, wait, Threads};

use crate::vm::Vm;

/// `threading.current_thread().name` (imports `threading` if need be).
pub fn current_thread_name(vm: &mut Vm) -> String {
    let name = vm.import_absolute("threading").and_then(|m| {
        let current = vm.getattr(&m, "current_thread")?;
        let thread = vm.call_args(&current, vec![])?;
        let name = vm.getattr(&thread, "name")?;
        vm.str(&name)
    });
    name.unwrap_or_else(|_| "MainThread".to_string())
}

/// Whether the running Python thread is the main thread.
pub fn in_main_thread(vm: &Vm) -> bool {
    vm.threads.current_is_main()
}
