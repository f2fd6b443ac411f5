//! The loop's clock and timer heap. Time is integer nanoseconds so equal delays give equal
//! deadlines (0.05 + 0.2 lands exactly on 0.25). The virtual clock starts at 0 and only
//! moves when the loop jumps it to the next deadline; the real clock is monotonic time
//! since the first loop of the process. Not the waiting itself (that is the pump's).

use super::future::FutRef;
use super::handle::Handle;
use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::rc::Rc;
use std::time::Instant;

/// The real clock's origin: the first loop of the process (process-wide, as the
/// monotonic clock it reads is; not interpreter state).
static EPOCH: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(Instant::now);

pub enum Clock {
    Virtual(Cell<i64>),
    Real(Instant),
}

impl Clock {
    pub fn new(virtual_time: bool) -> Clock {
        if virtual_time {
            Clock::Virtual(Cell::new(0))
        } else {
            Clock::Real(*EPOCH)
        }
    }

    pub fn now_ns(&self) -> i64 {
        match self {
            Clock::Virtual(now) => now.get(),
            Clock::Real(epoch) => epoch.elapsed().as_nanos() as i64,
        }
    }

    /// The tokio instant of a deadline (real clock only).
    pub fn instant_of(&self, ns: i64) -> Option<Instant> {
        match self {
            Clock::Virtual(_) => None,
            Clock::Real(epoch) => Some(*epoch + std::time::Duration::from_nanos(ns.max(0) as u64)),
        }
    }

    /// Jump the virtual clock forward to `ns` (never backwards).
    pub fn jump_to(&self, ns: i64) {
        if let Clock::Virtual(now) = self {
            now.set(now.get().max(ns));
        }
    }
}

/// Seconds (a Python float) to nanoseconds, rounded as vpython.py rounds.
pub fn seconds_to_ns(s: f64) -> i64 {
    let ns = (s * 1e9).round();
    if ns >= i64::MAX as f64 {
        i64::MAX / 2
    } else if ns <= i64::MIN as f64 {
        i64::MIN / 2
    } else {
        ns as i64
    }
}

pub fn ns_to_seconds(ns: i64) -> f64 {
    ns as f64 / 1e9
}

/// What a timer does when it is due.
pub enum Timer {
    /// A TimerHandle (`call_later`, `call_at`), cancelled through the handle.
    Handle(Rc<Handle>),
    /// The end of an `asyncio.sleep` a task awaits (see `sleep`): no handle; it is
    /// cancelled when the task stops waiting for this timer.
    Sleep(FutRef),
}

impl Timer {
    fn is_cancelled(&self, seq: u64) -> bool {
        match self {
            Timer::Handle(h) => h.is_cancelled(),
            Timer::Sleep(task) => !super::task::waits_for_sleep(task, seq),
        }
    }
}

struct Entry {
    when: i64,
    /// The registration number: breaks deadline ties, and names a sleep's timer.
    seq: u64,
    timer: Timer,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    // Reversed: BinaryHeap is a max-heap and we want the earliest (deadline, seq) first.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.when, other.seq).cmp(&(self.when, self.seq))
    }
}

/// Timers ordered by (deadline, registration number).
#[derive(Default)]
pub struct Timers {
    heap: RefCell<BinaryHeap<Entry>>,
    seq: Cell<u64>,
    /// The heap size at which cancelled timers are next swept out (see `push`).
    sweep_at: Cell<usize>,
}

/// Whether a queue of `len` items in room for `capacity` should give half its room
/// back: when it holds less than a quarter and the room is not small. A burst of a
/// hundred thousand sleeping tasks fills the timer heap and then the ready queue; their
/// room, returned as they drain, serves the objects the running steps make instead of
/// adding to the peak. Growing doubles and shrinking waits for a quarter, so a queue
/// that fills and drains repeatedly copies each item O(1) times.
pub fn worth_shrinking(len: usize, capacity: usize) -> bool {
    capacity > 1024 && len < capacity / 4
}

/// Heaps below this size are never swept (CPython's `_MIN_SCHEDULED_TIMER_HANDLES`).
const MIN_SWEPT: usize = 100;

impl Timers {
    /// Add a timer; its registration number.
    ///
    /// Cancelled timers leave the heap when they reach its head, which for a long
    /// timeout that is almost always cancelled (`wait_for(..., timeout=30)` in a loop)
    /// is long after: so whenever the heap has doubled since the last sweep, every
    /// cancelled timer is dropped, as CPython rebuilds its heap once more than half of it
    /// is cancelled. Amortised, each push pays for at most two entries' checks.
    pub fn push(&self, when: i64, timer: Timer) -> u64 {
        let seq = self.seq.get();
        self.seq.set(seq + 1);
        let mut heap = self.heap.borrow_mut();
        if heap.len() >= self.sweep_at.get().max(MIN_SWEPT) {
            heap.retain(|e| !e.timer.is_cancelled(e.seq));
            self.sweep_at.set(heap.len() * 2);
        }
        heap.push(Entry { when, seq, timer });
        seq
    }

    /// Drop cancelled timers at the head; the earliest live deadline.
    pub fn next_deadline(&self) -> Option<i64> {
        let mut heap = self.heap.borrow_mut();
        while let Some(top) = heap.peek() {
            if top.timer.is_cancelled(top.seq) {
                heap.pop();
            } else {
                return Some(top.when);
            }
        }
        None
    }

    /// Remove and return the next timer due at or before `now`, with its number.
    pub fn pop_due(&self, now: i64) -> Option<(u64, Timer)> {
        let mut heap = self.heap.borrow_mut();
        let due = match heap.peek() {
            Some(top) if top.when <= now => heap.pop().map(|e| (e.seq, e.timer)),
            _ => None,
        };
        let len = heap.len();
        if worth_shrinking(len, heap.capacity()) {
            heap.shrink_to(len * 2);
        }
        due
    }

    pub fn is_empty(&self) -> bool {
        self.heap.borrow().is_empty()
    }

    pub fn clear(&self) {
        self.heap.borrow_mut().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::value::Value;

    fn h() -> Rc<Handle> {
        Handle::call(Value::None, vec![], None)
    }

    #[test]
    fn cancelled_timers_are_swept_as_the_heap_grows() {
        let t = Timers::default();
        for i in 0..1000 {
            let handle = h();
            t.push(1_000_000 + i, Timer::Handle(handle.clone()));
            handle.cancel();
        }
        let live = h();
        t.push(5, Timer::Handle(live.clone()));
        assert!(t.heap.borrow().len() <= 2 * MIN_SWEPT + 1);
        assert_eq!(t.next_deadline(), Some(5));
    }

    #[test]
    fn equal_deadlines_fire_in_registration_order() {
        let t = Timers::default();
        let (a, b, c) = (h(), h(), h());
        t.push(5, Timer::Handle(a.clone()));
        t.push(3, Timer::Handle(b.clone()));
        t.push(5, Timer::Handle(c.clone()));
        assert_eq!(t.next_deadline(), Some(3));
        let handle = |due: Option<(u64, Timer)>| match due {
            Some((_, Timer::Handle(h))) => h,
            _ => panic!("a handle timer was due"),
        };
        assert!(Rc::ptr_eq(&handle(t.pop_due(10)), &b));
        assert!(Rc::ptr_eq(&handle(t.pop_due(10)), &a));
        assert!(Rc::ptr_eq(&handle(t.pop_due(10)), &c));
        assert!(t.pop_due(10).is_none());
    }

    #[test]
    fn cancelled_heads_are_skipped() {
        let t = Timers::default();
        let a = h();
        t.push(1, Timer::Handle(a.clone()));
        t.push(2, Timer::Handle(h()));
        a.cancel();
        assert_eq!(t.next_deadline(), Some(2));
    }

    #[test]
    fn nanoseconds_add_exactly() {
        assert_eq!(
            seconds_to_ns(0.05) + seconds_to_ns(0.2),
            seconds_to_ns(0.25)
        );
    }
}
