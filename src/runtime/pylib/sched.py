"""sched: a scheduler of calls at given times, ordered by time, then priority (lower
first), then the order they were entered in. The clock and the way to wait are the
scheduler's timefunc and delayfunc, so a simulated clock works as well as a real one.
Events are named tuples; the queue is safe to change from other threads."""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
# Marks a kwargs argument not given (a fresh dict each time, not a shared default).
_no_kwargs = object()


class scheduler:
    """Runs events when timefunc() reaches their time, waiting with delayfunc (also
    called with 0 after each event, to let other threads run)."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._lock = threading.RLock()
        self._queue = []  # a heap of Events
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_no_kwargs):
        """Schedule action(*argument, **kwargs) at time; return the event (for
        cancel)."""
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument,
                          {} if kwargs is _no_kwargs else kwargs)
            heapq.heappush(self._queue, event)
            return event

    def enter(self, delay, priority, action, argument=(), kwargs=_no_kwargs):
        """Schedule action delay time units from now (timefunc's units)."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Take event out of the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether no event is queued."""
        with self._lock:
            return not self._queue

    def _next_due(self):
        """(event, None) for the first event if it is due (taking it off the queue),
        (None, seconds to wait) if it is not, (None, None) when the queue is empty."""
        with self._lock:
            if not self._queue:
                return None, None
            first = self._queue[0]
            wait = first.time - self.timefunc()
            if wait > 0:
                return None, wait
            heapq.heappop(self._queue)
            return first, None

    def run(self, blocking=True):
        """Run the events as they fall due until none is left. Without blocking, run
        those due now and return how long until the next (None when none is left)."""
        while True:
            event, wait = self._next_due()
            if event is not None:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)
            elif wait is None:
                return None
            elif blocking:
                self.delayfunc(wait)
            else:
                return wait

    @property
    def queue(self):
        """The queued events in the order they will run (a new list)."""
        with self._lock:
            return sorted(self._queue)
