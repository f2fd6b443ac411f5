//! Readiness of file descriptors for the loop: the selector half of CPython's
//! `_UnixSelectorEventLoop`, on tokio's reactor.
//!
//! What it is: one [`FdWatch`] per watched descriptor (an `AsyncFd` registration shared
//! by its reader and writer). While a direction is watched, a local tokio task waits for
//! readiness and posts the direction's callback to the loop (so it runs after the wait
//! and before due timers, as selector events do); the task then waits until the
//! callback has run and asks it whether the descriptor is drained. A callback that saw
//! EAGAIN (or a short read) says so and readiness is cleared; otherwise the task posts
//! again next iteration — level-triggered, as `add_reader` callbacks are in CPython.
//!
//! What it is not: the I/O itself. Callbacks do the reads and writes (natively in the
//! transports, in Python for `add_reader` users), always inside a loop iteration, so
//! Python sees socket state change only between callbacks, as in CPython.

use super::super::handle::Callback;
use super::super::io_driver::IoDriver;
use crate::runtime::error::{from_errno, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::rc::Rc;
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

/// What a direction's callback does when the descriptor is ready; it returns whether
/// the descriptor is now drained (readiness may be cleared).
pub type OnReady = Rc<dyn Fn(&mut Vm) -> PyResult<bool>>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dir {
    Read,
    Write,
}

#[derive(Default)]
struct Direction {
    task: RefCell<Option<tokio::task::JoinHandle<()>>>,
    on_ready: RefCell<Option<OnReady>>,
    /// Bumped by every start and stop, so a callback posted for an earlier watch does
    /// not run a later one's work.
    generation: Cell<u64>,
}

/// How a posted callback tells its task it ran, and whether the descriptor is drained.
/// One per task, so a callback posted by an aborted task cannot wake its successor.
#[derive(Default)]
struct Ran {
    notify: tokio::sync::Notify,
    drained: Cell<bool>,
}

/// The registered descriptor is owned here and closed after it is deregistered, when
/// the last reference goes (the tasks that wait on it end only at tokio's next look):
/// a descriptor closed while still registered could have its number reused by a new
/// socket, which the late deregistration would then remove. A transport hands its
/// socket's descriptor over ([`FdWatch::owning`]); `add_reader` watches a duplicate
/// ([`FdWatch::new`]), since Python code closes its own descriptor when it likes.
pub struct FdWatch {
    pub fd: RawFd,
    afd: AsyncFd<OwnedFd>,
    read: Direction,
    write: Direction,
}

impl FdWatch {
    /// Register `fd` with the reactor (the loop must be running: the reactor is its
    /// runtime's). The descriptor should be non-blocking.
    pub fn new(fd: RawFd) -> PyResult<Rc<FdWatch>> {
        // SAFETY: plain system call; the duplicate is owned by the OwnedFd below.
        let dup = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
        if dup < 0 {
            return Err(from_errno(
                std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
                None,
                None,
            ));
        }
        // SAFETY: `dup` is a fresh descriptor nobody else owns.
        Self::register(fd, unsafe { OwnedFd::from_raw_fd(dup) }, true)
    }

    /// Watch `fd` itself, which the watch now owns and closes when it goes: the caller
    /// must not close it (a transport detaches its socket object instead).
    pub fn owning(fd: RawFd) -> PyResult<Rc<FdWatch>> {
        // SAFETY: the caller hands the descriptor over.
        Self::register(fd, unsafe { OwnedFd::from_raw_fd(fd) }, false)
    }

    /// Register `owned` for `fd`; if that fails, `close_on_error` says whether the
    /// descriptor is ours to close (a duplicate) or still its caller's.
    fn register(fd: RawFd, owned: OwnedFd, close_on_error: bool) -> PyResult<Rc<FdWatch>> {
        // The reactor is the runtime's: enter it in case the loop is not running yet.
        let rt = super::super::run_loop::runtime()?;
        let _entered = rt.enter();
        // SAFETY: the OwnedFd stays open, and is the same descriptor, for as long as the
        // AsyncFd owns it.
        let afd = unsafe {
            AsyncFd::register_with_interest(owned, Interest::READABLE | Interest::WRITABLE)
        }
        .map_err(|e| {
            let (owned, e) = e.into_parts();
            if !close_on_error {
                let _ = owned.into_raw_fd();
            }
            match e.raw_os_error() {
                Some(n) => from_errno(n, None, None),
                None => crate::runtime::error::runtime_error(e.to_string()),
            }
        })?;
        Ok(Rc::new(FdWatch {
            fd,
            afd,
            read: Direction::default(),
            write: Direction::default(),
        }))
    }

    fn dir(&self, d: Dir) -> &Direction {
        match d {
            Dir::Read => &self.read,
            Dir::Write => &self.write,
        }
    }

    pub fn is_watching(&self, d: Dir) -> bool {
        self.dir(d).on_ready.borrow().is_some()
    }

    /// Call `on_ready` from the loop whenever `fd` is ready in direction `d`, until
    /// [`FdWatch::stop`]. Replaces an earlier callback for that direction.
    pub fn start(self: &Rc<Self>, io: &IoDriver, d: Dir, on_ready: OnReady) {
        let dir = self.dir(d);
        dir.generation.set(dir.generation.get() + 1);
        *dir.on_ready.borrow_mut() = Some(on_ready);
        if dir.task.borrow().is_some() {
            return;
        }
        let me = self.clone();
        let poster = io.poster();
        let task = io.spawn(async move {
            let ran = Rc::new(Ran::default());
            loop {
                let ready = match d {
                    Dir::Read => me.afd.readable().await,
                    Dir::Write => me.afd.writable().await,
                };
                let Ok(mut guard) = ready else {
                    return;
                };
                let dir = me.dir(d);
                let generation = dir.generation.get();
                let watch = me.clone();
                let signal = ran.clone();
                let posted = poster.post(Callback::Native(Rc::new(move |vm| {
                    watch.run(vm, d, generation, &signal)
                })));
                if !posted {
                    return;
                }
                ran.notify.notified().await;
                if ran.drained.get() {
                    guard.clear_ready();
                }
            }
        });
        *dir.task.borrow_mut() = Some(task);
    }

    /// The posted callback: run the direction's work if it is still the one that was
    /// watched, then let the task go on.
    fn run(&self, vm: &mut Vm, d: Dir, generation: u64, ran: &Ran) -> PyResult<()> {
        let dir = self.dir(d);
        let work = if dir.generation.get() == generation {
            dir.on_ready.borrow().clone()
        } else {
            None
        };
        let result = match work {
            Some(f) => f(vm),
            None => Ok(false),
        };
        ran.drained.set(*result.as_ref().unwrap_or(&true));
        ran.notify.notify_one();
        result.map(|_| ())
    }

    /// Stop watching direction `d` (its task ends; a callback already posted does
    /// nothing).
    pub fn stop(&self, d: Dir) {
        let dir = self.dir(d);
        dir.generation.set(dir.generation.get() + 1);
        dir.on_ready.borrow_mut().take();
        if let Some(task) = dir.task.borrow_mut().take() {
            task.abort();
        }
    }

    pub fn stop_all(&self) {
        self.stop(Dir::Read);
        self.stop(Dir::Write);
    }
}

/// Is `fd` ready for `events` right now (a zero-timeout poll)? How an `add_reader`
/// callback's readiness is re-checked, since Python code does not report EAGAIN.
pub fn ready_now(fd: RawFd, events: i16) -> bool {
    let mut p = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    // SAFETY: one valid pollfd, zero timeout.
    unsafe { libc::poll(&mut p, 1, 0) > 0 }
}
