//! The `asyncio` module: event loops, futures, tasks and timers, on tokio.
//!
//! What it is: the interpreter's own scheduler, built so that the order in which script
//! callbacks and coroutines run is exactly CPython's asyncio order:
//!
//! - one FIFO ready queue per loop and one timer heap ordered by (deadline in integer
//!   nanoseconds, registration number) — see [`clock`] and [`run_loop`];
//! - every loop iteration is CPython's `_run_once`: move the timers that are due to the
//!   back of the ready queue, then run exactly the handles that were ready when the
//!   iteration started;
//! - a Task is a Future plus a coroutine, stepped with `Vm::gen_resume` ([`task`]); a task
//!   woken by a finished future resumes one loop step later, because the future's done
//!   callback schedules the step with `call_soon`, as CPython's `Task.__wakeup` does;
//! - time only advances when nothing is ready: in virtual time (`--virtual-time`) the
//!   clock jumps to the next deadline; in real time the pump awaits
//!   `tokio::time::sleep_until` (racing `tokio::signal::ctrl_c`) on a current-thread
//!   tokio runtime.
//!
//! What it is not: a tokio task per asyncio Task. Stepping a coroutine needs the one
//! `&mut Vm`, which a `'static` `spawn_local` future cannot hold, and tokio's own wake
//! order (LIFO slot, cooperative budget, 1 ms timer wheel) would reorder steps that
//! CPython runs in FIFO order. So tokio is the driver for waiting (timers, Ctrl-C) and
//! the interpreter is the scheduler; `run_until_complete` is one `block_on` of the pump.
//!
//! Futures live inside `NativeData::Extension` values; the scheduler holds them as
//! [`future::FutRef`] (the Rust object plus its Python wrapper) so a future handed back to
//! Python keeps its identity, and `all_tasks` is weak, as CPython's WeakSet. The cycle collector sees through futures
//! and tasks, and a pending task or an unretrieved exception is reported when its object
//! dies, as CPython's `__del__` ([`future_gc`]). Async generators get
//! their `__anext__`/`asend`/`athrow`/`aclose` awaitables from [`async_gen`].
//!
//! Ctrl-C: the first real-time wait installs a SIGINT listener on the tokio runtime;
//! from then on a Ctrl-C ends the wait (or is noticed at the next iteration) as
//! KeyboardInterrupt out of `run_forever`, so `asyncio.run` cancels the main task (its
//! `finally` blocks run) and the script exits with 130. A Ctrl-C during a long
//! computation that never returns to the loop is seen only when it does.
//!
//! Hosts: the REPL keeps one loop for its session and interleaves it with waiting for
//! typed lines, through `EventLoop::enter` (the running-loop guard), `run_until` and
//! `next_work` (see `repl::asyncio_driver`).
//!
//! The high-level API (`sleep`, `gather`, `wait`, `wait_for`, `shield`, `Queue`, `Lock`,
//! `TaskGroup`, `run`, ...) is written in Python in `asyncio.py` and `asyncio_sync.py` on
//! top of these natives, as CPython's own is; the interpreter compiles it when the module
//! is installed.

pub mod async_gen;
pub mod call_graph;
pub mod clock;
pub mod debug;
pub mod future;
pub mod future_gc;
pub mod handle;
pub mod io_driver;
pub mod module;
pub mod net;
pub mod object;
pub mod process;
pub mod run_loop;
pub mod sleep;
pub mod task;
pub mod task_dump;
pub mod timeline_hooks;

#[cfg(test)]
mod tests;

pub use module::{install, PRELUDE};
