"""A generally useful event scheduler class, as CPython's `sched`: scheduler with
enter/enterabs/cancel/empty/run (blocking or not) and the ordered queue of Event named
tuples (time, priority, sequence, action, argument, kwargs)."""

import time
import heapq
from collections import namedtuple
from itertools import count
import threading
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay
        functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        # Breaks ties between events of equal time and priority: first entered, first run.
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    break
                event = q[0]
                now = self.timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                # A zero delay lets other threads run between events.
                self.delayfunc(0)

    @property
    def queue(self):
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
