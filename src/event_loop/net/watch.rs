//! Readiness of file descriptors for the loop: the selector half of CPython's
//! `_UnixSelectorEventLoop`, as one epoll set per loop.
//!
//! What it is: the loop's [`Reactor`] owns an epoll descriptor, itself registered with
//! tokio's reactor as one `AsyncFd`. A watched descriptor is an [`FdWatch`], in the
//! epoll set (level-triggered) with the directions watched now, and in the reactor's map
//! while it has any. One local tokio task waits until the set is readable, takes the
//! ready events (`epoll_wait` with a zero timeout) and posts one callback per ready
//! (descriptor, direction) to the loop, so they run after the wait and before due
//! timers, as selector events do; it looks again only once they have all run. A
//! descriptor left unread is reported again — level-triggered, as `add_reader`
//! callbacks are in CPython.
//!
//! Why one set and not a tokio registration and task per descriptor (as before): an idle
//! connection then costs the loop a map entry and this small struct (the kernel keeps
//! the rest), where a task per direction and tokio's registration cost 1.7 KB.
//!
//! What it is not: the I/O itself. Callbacks do the reads and writes (natively in the
//! transports, in Python for `add_reader` users), always inside a loop iteration, so
//! Python sees socket state change only between callbacks, as in CPython.

use super::super::handle::Callback;
use super::super::io_driver::{IoDriver, Poster};
use crate::runtime::error::{from_errno, PyResult};
use crate::runtime::native::NativeObj;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::rc::{Rc, Weak};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

/// What a direction's callback does when the descriptor is ready.
pub type OnReady = Rc<dyn Fn(&mut Vm) -> PyResult<()>>;

/// The most events one look takes; the rest wait for the next look (epoll hands them
/// out in turn).
const MAX_EVENTS: usize = 256;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Dir {
    Read,
    Write,
}

#[derive(Default)]
struct Direction {
    on_ready: RefCell<Option<OnReady>>,
    /// Bumped by every start and stop, so a callback posted for an earlier watch does
    /// not run a later one's work.
    generation: Cell<u32>,
}

/// One watched descriptor. A transport hands its socket's descriptor over
/// ([`FdWatch::owning`]), and it is closed when the last reference goes, after it left
/// the epoll set (a callback still posted for it keeps the number from being reused
/// meanwhile); `add_reader` watches the caller's descriptor ([`FdWatch::new`]).
pub struct FdWatch {
    pub fd: RawFd,
    owned: Option<OwnedFd>,
    /// The transport of an owned descriptor, named when `add_reader` is refused.
    pub owner: RefCell<Weak<NativeObj>>,
    reactor: Weak<Reactor>,
    read: Direction,
    write: Direction,
    /// The epoll events registered now (0: not in the set).
    registered: Cell<u32>,
}

/// The loop's epoll set, its watched descriptors and the task that reports them.
pub struct Reactor {
    epoll: AsyncFd<OwnedFd>,
    watches: RefCell<HashMap<RawFd, Rc<FdWatch>>>,
    /// Callbacks posted by the last look that have not run yet.
    pending: Cell<usize>,
    all_ran: tokio::sync::Notify,
    /// Directions watched now: each counts as work in flight for the loop (the virtual
    /// clock holds while a socket is watched).
    watched: Cell<usize>,
    io: Weak<IoDriver>,
}

#[cold]
fn os_error(e: std::io::Error) -> crate::runtime::error::PyErr {
    match e.raw_os_error() {
        Some(n) => from_errno(n, None, None),
        None => crate::runtime::error::runtime_error(e.to_string()),
    }
}

impl Reactor {
    /// A reactor for the loop whose driver is `io`, with its task running there.
    pub fn new(io: &IoDriver) -> PyResult<Rc<Reactor>> {
        // SAFETY: plain system call; the descriptor is owned below.
        let epfd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        if epfd < 0 {
            return Err(os_error(std::io::Error::last_os_error()));
        }
        // SAFETY: `epfd` is a fresh descriptor nobody else owns.
        let owned = unsafe { OwnedFd::from_raw_fd(epfd) };
        // The reactor is the runtime's: enter it in case the loop is not running yet.
        let rt = super::super::run_loop::runtime()?;
        let _entered = rt.enter();
        // SAFETY: the epoll descriptor stays open, and the same, for as long as the
        // AsyncFd owns it.
        let epoll = unsafe { AsyncFd::register_with_interest(owned, Interest::READABLE) }
            .map_err(|e| os_error(e.into_parts().1))?;
        let reactor = Rc::new(Reactor {
            epoll,
            watches: RefCell::new(HashMap::new()),
            pending: Cell::new(0),
            all_ran: tokio::sync::Notify::new(),
            watched: Cell::new(0),
            io: io.weak(),
        });
        io.spawn_uncounted(report(reactor.clone(), io.poster()));
        Ok(reactor)
    }

    /// The watch of `fd`, if it has a watched direction.
    pub fn get(&self, fd: RawFd) -> Option<Rc<FdWatch>> {
        self.watches.borrow().get(&fd).cloned()
    }

    /// Stop every watch (the loop closes).
    pub fn stop_all(&self) {
        let all: Vec<_> = self.watches.borrow().values().cloned().collect();
        for w in all {
            w.stop_all();
        }
    }

    fn count_watched(&self, delta: isize) {
        self.watched
            .set((self.watched.get() as isize + delta).max(0) as usize);
        if let Some(io) = self.io.upgrade() {
            io.hold(delta);
        }
    }

    /// Post the callbacks of one look's ready events; how many were posted (None: the
    /// loop is gone).
    fn post_ready(&self, events: &[libc::epoll_event], poster: &Poster) -> Option<usize> {
        let mut posted = 0;
        for ev in events {
            let Some(watch) = self.get(ev.u64 as RawFd) else {
                continue;
            };
            let bits = ev.events;
            // As CPython's EpollSelector: an error or hang-up wakes both directions.
            let dirs = [
                (Dir::Read, bits & !(libc::EPOLLOUT as u32) != 0),
                (Dir::Write, bits & !(libc::EPOLLIN as u32) != 0),
            ];
            for (d, hit) in dirs {
                if !hit || !watch.is_watching(d) {
                    continue;
                }
                let generation = watch.dir(d).generation.get();
                let w = watch.clone();
                if !poster.post(Callback::Native(Rc::new(move |vm| {
                    w.run(vm, d, generation)
                }))) {
                    return None;
                }
                posted += 1;
            }
        }
        Some(posted)
    }

    /// A posted callback ran: the task may look again once all have.
    fn ran_one(&self) {
        let left = self.pending.get().saturating_sub(1);
        self.pending.set(left);
        if left == 0 {
            self.all_ran.notify_one();
        }
    }
}

/// The reactor's task: look at the epoll set whenever it is readable and no callback
/// from the last look is still waiting to run.
async fn report(reactor: Rc<Reactor>, poster: Poster) {
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; MAX_EVENTS];
    loop {
        while reactor.pending.get() > 0 {
            reactor.all_ran.notified().await;
        }
        let Ok(mut guard) = reactor.epoll.readable().await else {
            return;
        };
        // SAFETY: `events` has room for MAX_EVENTS entries; zero timeout.
        let n = unsafe {
            libc::epoll_wait(
                reactor.epoll.as_raw_fd(),
                events.as_mut_ptr(),
                MAX_EVENTS as i32,
                0,
            )
        };
        if n <= 0 {
            guard.clear_ready();
            continue;
        }
        let Some(posted) = reactor.post_ready(&events[..n as usize], &poster) else {
            return;
        };
        if posted == 0 {
            // Only events nobody watches (a descriptor closed while still in the set):
            // wait for news rather than spin on them.
            guard.clear_ready();
        }
        reactor.pending.set(posted);
    }
}

impl FdWatch {
    /// Watch `fd`, which stays its caller's (who should make it non-blocking).
    pub fn new(reactor: &Rc<Reactor>, fd: RawFd) -> Rc<FdWatch> {
        Self::make(reactor, fd, None)
    }

    /// Watch `fd` itself, which the watch now owns and closes when it goes: the caller
    /// must not close it (a transport detaches its socket object instead).
    pub fn owning(reactor: &Rc<Reactor>, fd: RawFd) -> Rc<FdWatch> {
        // SAFETY: the caller hands the descriptor over.
        Self::make(reactor, fd, Some(unsafe { OwnedFd::from_raw_fd(fd) }))
    }

    fn make(reactor: &Rc<Reactor>, fd: RawFd, owned: Option<OwnedFd>) -> Rc<FdWatch> {
        Rc::new(FdWatch {
            fd,
            owned,
            owner: RefCell::new(Weak::new()),
            reactor: Rc::downgrade(reactor),
            read: Direction::default(),
            write: Direction::default(),
            registered: Cell::new(0),
        })
    }

    /// Does this watch own (and close) its descriptor, as a transport's does?
    pub fn is_owning(&self) -> bool {
        self.owned.is_some()
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
    /// [`FdWatch::stop`]. Replaces an earlier callback for that direction. Fails as
    /// `epoll_ctl` does (a regular file: PermissionError, as CPython's `add_reader`).
    pub fn start(self: &Rc<Self>, d: Dir, on_ready: OnReady) -> PyResult<()> {
        let dir = self.dir(d);
        let was = dir.on_ready.borrow_mut().replace(on_ready);
        dir.generation.set(dir.generation.get().wrapping_add(1));
        if was.is_some() {
            return Ok(());
        }
        if let Err(e) = self.update() {
            dir.on_ready.borrow_mut().take();
            return Err(e);
        }
        if let Some(r) = self.reactor.upgrade() {
            r.count_watched(1);
        }
        Ok(())
    }

    /// The posted callback: run the direction's work if it is still the one that was
    /// watched, then let the reactor look again once its batch has run.
    fn run(&self, vm: &mut Vm, d: Dir, generation: u32) -> PyResult<()> {
        let dir = self.dir(d);
        let work = if dir.generation.get() == generation {
            dir.on_ready.borrow().clone()
        } else {
            None
        };
        let result = match work {
            Some(f) => f(vm),
            None => Ok(()),
        };
        if let Some(r) = self.reactor.upgrade() {
            r.ran_one();
        }
        result
    }

    /// Stop watching direction `d` (a callback already posted does nothing).
    pub fn stop(self: &Rc<Self>, d: Dir) {
        let dir = self.dir(d);
        dir.generation.set(dir.generation.get().wrapping_add(1));
        if dir.on_ready.borrow_mut().take().is_none() {
            return;
        }
        // Leaving the set cannot fail in a way that matters: a descriptor closed
        // meanwhile has left it by itself.
        let _ = self.update();
        if let Some(r) = self.reactor.upgrade() {
            r.count_watched(-1);
        }
    }

    pub fn stop_all(self: &Rc<Self>) {
        self.stop(Dir::Read);
        self.stop(Dir::Write);
    }

    /// Register the directions watched now with the epoll set (and the reactor's map).
    fn update(self: &Rc<Self>) -> PyResult<()> {
        let Some(reactor) = self.reactor.upgrade() else {
            return Ok(());
        };
        let mut want = 0u32;
        if self.is_watching(Dir::Read) {
            want |= libc::EPOLLIN as u32;
        }
        if self.is_watching(Dir::Write) {
            want |= libc::EPOLLOUT as u32;
        }
        let had = self.registered.get();
        if want == had {
            return Ok(());
        }
        let epfd = reactor.epoll.as_raw_fd();
        let ctl = |op: i32| {
            let mut ev = libc::epoll_event {
                events: want,
                u64: self.fd as u64,
            };
            // SAFETY: plain system call with a valid event.
            if unsafe { libc::epoll_ctl(epfd, op, self.fd, &mut ev) } < 0 {
                Err(std::io::Error::last_os_error())
            } else {
                Ok(())
            }
        };
        let result = if want == 0 {
            ctl(libc::EPOLL_CTL_DEL)
        } else if had == 0 {
            // A descriptor number may still be in the set from a closed-and-reused
            // file that was never removed: then modify it.
            ctl(libc::EPOLL_CTL_ADD).or_else(|e| match e.raw_os_error() {
                Some(libc::EEXIST) => ctl(libc::EPOLL_CTL_MOD),
                _ => Err(e),
            })
        } else {
            // The descriptor was closed and its number reused since: add it again.
            ctl(libc::EPOLL_CTL_MOD).or_else(|e| match e.raw_os_error() {
                Some(libc::ENOENT) => ctl(libc::EPOLL_CTL_ADD),
                _ => Err(e),
            })
        };
        let mut watches = reactor.watches.borrow_mut();
        if want == 0 {
            self.registered.set(0);
            if watches.get(&self.fd).is_some_and(|w| Rc::ptr_eq(w, self)) {
                watches.remove(&self.fd);
            }
            return Ok(());
        }
        result.map_err(os_error)?;
        self.registered.set(want);
        watches.insert(self.fd, self.clone());
        Ok(())
    }
}
