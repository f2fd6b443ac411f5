"""queue: thread-safe queues. Queue (first in, first out), LifoQueue (last in, first
out), PriorityQueue (smallest first) and SimpleQueue (unbounded FIFO, no task
tracking), with blocking put/get that may time out, and task_done/join.

A subclass changes the order by overriding the storage hooks _init, _qsize, _put and
_get, which always run with the queue's mutex held."""

import threading
import types
from collections import deque
from heapq import heappop, heappush

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get() when no item comes (without blocking, or within the timeout)."""


class Full(Exception):
    """Raised by put() when no room comes (without blocking, or within the timeout)."""


Empty.__module__ = '_queue'


def _wait_until(condition, ready, block, timeout, failure):
    """With condition held: return once ready() is true, or raise failure when it is not
    and may not (block false) or did not (timeout passed) become true."""
    if not block:
        if not ready():
            raise failure
        return
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if not condition.wait_for(ready, timeout):
        raise failure


class Queue:
    """A FIFO queue holding at most maxsize items (any number when maxsize <= 0).

    Every put counts an unfinished task; task_done() finishes one and join() waits
    until none is left."""

    def __init__(self, maxsize=0):
        # One lock, three conditions on it: items arrived, room freed, all tasks done.
        self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(self.mutex) for _ in range(3))
        self.unfinished_tasks = 0
        self.maxsize = maxsize
        self._init(maxsize)

    def _has_items(self):
        return self._qsize() > 0

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def task_done(self):
        """Mark one item taken by get() as processed; wakes join() after the last."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item put has been marked done."""
        with self.all_tasks_done:
            self.all_tasks_done.wait_for(lambda: not self.unfinished_tasks)

    def qsize(self):
        """How many items are queued (already stale when it returns)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether no item is queued right now."""
        with self.mutex:
            return not self._has_items()

    def full(self):
        """Whether a bounded queue has no room right now."""
        with self.mutex:
            return not self._has_room()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room when the queue is bounded and full: forever, up to
        timeout seconds, or not at all (block false); Full when no room came."""
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.not_empty.notify()
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Take the next item, waiting for one as put() waits for room; Empty when none
        came."""
        with self.not_empty:
            _wait_until(self.not_empty, self._has_items, block, timeout, Empty)
            # The waiter woken cannot run before the item is gone: the mutex is held.
            self.not_full.notify()
            return self._get()

    def put_nowait(self, item):
        """put(item) without waiting."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get() without waiting."""
        return self.get(block=False)

    # The storage hooks (the mutex is held): a deque in arrival order.
    def _qsize(self):
        return len(self.queue)

    def _init(self, maxsize):
        self.queue = deque()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """A Queue whose get() returns the smallest item (a heap; items are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return heappop(self.queue)

    def _put(self, item):
        heappush(self.queue, item)


class LifoQueue(Queue):
    """A Queue whose get() returns the item put most recently (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task_done/join: put never blocks."""

    def __init__(self):
        self._items = deque()
        # Counts the queued items, so that get() can block on it.
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Add item (block and timeout exist for Queue's signature and are ignored)."""
        self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        """Take the oldest item, waiting as Queue.get does; Empty when none came."""
        if not block:
            timeout = None  # not waiting: the timeout does not matter
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._available.acquire(block, timeout):
            raise Empty
        return self._items.popleft()

    def put_nowait(self, item):
        """put(item)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get() without waiting."""
        return self.get(False)

    def empty(self):
        """Whether no item is queued right now."""
        return not self._items

    def qsize(self):
        """How many items are queued right now."""
        return len(self._items)

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = '_queue'
