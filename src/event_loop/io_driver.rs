//! Real work in flight outside the interpreter: tokio futures (sockets, child processes,
//! jobs on tokio's blocking pool) whose results come back to the loop as callbacks.
//!
//! What it is: each event loop owns one `IoDriver`, a tokio `LocalSet` plus an inbox. A
//! transport, a server or a process watcher is a local tokio task spawned with
//! [`IoDriver::spawn`]; it does the real I/O and, when Python must hear of it, posts a
//! [`Callback`] through its [`Poster`]. The loop's iteration (`run_loop::run_once`)
//! moves the inbox to the back of the ready queue right after its wait and before the
//! due timers — the place CPython's `_run_once` gives the selector's events — so the
//! interpreter stays the one scheduler and callbacks run in CPython's order.
//!
//! While Python code runs, tokio does not: local tasks progress only while the loop
//! waits, or at the `yield_now` each iteration makes while work is in flight. A task
//! holds only a weak poster, so dropping a closed loop drops its tasks (and closes their
//! sockets) with it.
//!
//! What it is not: the asyncio API. Transports, servers and processes are built on this
//! in their own files; this file only runs futures and carries their results back.

use super::handle::Callback;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::{Rc, Weak};

pub struct IoDriver {
    /// Replaced by a fresh one at [`IoDriver::shutdown`], which drops every task.
    local: RefCell<Rc<tokio::task::LocalSet>>,
    inbox: RefCell<VecDeque<Callback>>,
    wake: tokio::sync::Notify,
    /// Live tasks spawned here: while any is alive, the virtual clock does not jump
    /// (see `run_loop::run_once`).
    in_flight: Cell<usize>,
    me: Weak<IoDriver>,
}

impl IoDriver {
    pub fn new() -> Rc<IoDriver> {
        Rc::new_cyclic(|me| IoDriver {
            local: RefCell::new(Rc::new(tokio::task::LocalSet::new())),
            inbox: RefCell::new(VecDeque::new()),
            wake: tokio::sync::Notify::new(),
            in_flight: Cell::new(0),
            me: me.clone(),
        })
    }

    /// The `LocalSet` the loop's pump runs in (`local().run_until(pump)`).
    pub fn local(&self) -> Rc<tokio::task::LocalSet> {
        self.local.borrow().clone()
    }

    /// Drop every task (a closed loop's sockets and watchers), closing what they own.
    /// Done at `loop.close()`, while tokio's thread-local context is still alive: a
    /// task left for the process's exit would be woken by the reactor's shutdown after
    /// that context is gone.
    pub fn shutdown(&self) {
        let old = std::mem::replace(
            &mut *self.local.borrow_mut(),
            Rc::new(tokio::task::LocalSet::new()),
        );
        drop(old);
    }

    /// Run `work` as a local tokio task; it counts as in flight until it ends or is
    /// aborted. The task makes progress while the loop runs.
    pub fn spawn<F>(&self, work: F) -> tokio::task::JoinHandle<()>
    where
        F: Future<Output = ()> + 'static,
    {
        let guard = InFlight::new(self.me.clone());
        self.local.borrow().spawn_local(async move {
            let _guard = guard;
            work.await;
        })
    }

    /// Run `work` as a local task that does not count as in flight: a task that lives
    /// as long as the loop and counts what it watches itself (see [`IoDriver::hold`]).
    pub fn spawn_uncounted<F>(&self, work: F) -> tokio::task::JoinHandle<()>
    where
        F: Future<Output = ()> + 'static,
    {
        self.local.borrow().spawn_local(work)
    }

    pub fn weak(&self) -> Weak<IoDriver> {
        self.me.clone()
    }

    /// A handle a task keeps to post callbacks to this driver's loop.
    pub fn poster(&self) -> Poster {
        Poster(self.me.clone())
    }

    /// Queue `callback` for the loop's next iteration and wake its wait.
    pub fn post(&self, callback: Callback) {
        self.inbox.borrow_mut().push_back(callback);
        self.wake.notify_one();
    }

    /// End the loop's current (or next) wait without posting anything: another Python
    /// thread added to the ready queue (`call_soon_threadsafe`).
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Count (`+1`) or stop counting (`-1`) work done elsewhere as in flight: a call
    /// running in another Python thread whose result the loop awaits
    /// (`run_in_executor`), so the virtual clock holds meanwhile.
    pub fn hold(&self, delta: isize) {
        let n = self.in_flight.get() as isize + delta;
        self.in_flight.set(n.max(0) as usize);
    }

    pub fn in_flight(&self) -> usize {
        self.in_flight.get()
    }

    pub fn has_posted(&self) -> bool {
        !self.inbox.borrow().is_empty()
    }

    /// Everything posted since the last call, oldest first.
    pub fn take_posted(&self) -> VecDeque<Callback> {
        std::mem::take(&mut *self.inbox.borrow_mut())
    }

    /// Resolves when something is posted (at once if something already was).
    pub async fn posted(&self) {
        if self.has_posted() {
            return;
        }
        self.wake.notified().await;
    }
}

/// A weak sender of callbacks to a loop: posting to a loop that is gone does nothing.
#[derive(Clone)]
pub struct Poster(Weak<IoDriver>);

impl Poster {
    /// Post `callback`; false when the loop is gone.
    pub fn post(&self, callback: Callback) -> bool {
        match self.0.upgrade() {
            Some(driver) => {
                driver.post(callback);
                true
            }
            None => false,
        }
    }
}

/// Counts one live task in `in_flight`.
struct InFlight(Weak<IoDriver>);

impl InFlight {
    fn new(driver: Weak<IoDriver>) -> InFlight {
        if let Some(d) = driver.upgrade() {
            d.in_flight.set(d.in_flight.get() + 1);
        }
        InFlight(driver)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(d) = self.0.upgrade() {
            d.in_flight.set(d.in_flight.get().saturating_sub(1));
        }
    }
}
