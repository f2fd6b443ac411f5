"""concurrent.futures._base: Future, Executor, wait(), as_completed() and the exceptions,
with CPython 3.11's observable behaviour: a future's states and their repr, callbacks run
in the order added (an exception in one is logged, not raised), a cancelled future counts
as finished for wait() and as_completed() only once its executor saw it cancelled
(set_running_or_notify_cancel), and the messages of every error.

It is not an executor: the thread pool is concurrent.futures.thread."""

import collections
import threading
import time
import types

# A future's states (the names show in InvalidStateError's message).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'  # cancel() was called, the executor has not seen it yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'
_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# wait()'s return_when values (and as_completed's own).
FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

_WAS_CANCELLED = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# What wait() and as_completed() count as finished.
_SETTLED = (CANCELLED_AND_NOTIFIED, FINISHED)
# How repr() names each state.
_SHOWN_AS = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
             CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class _Logger:
    """LOGGER: the 'concurrent.futures' logger, imported only when something is logged."""

    def __getattr__(self, name):
        import logging
        return getattr(logging.getLogger('concurrent.futures'), name)


LOGGER = _Logger()


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


class _Waiter:
    """What wait() or as_completed() sleeps on: futures report to it as they finish, and
    it wakes the sleeper when its condition is met."""

    def __init__(self, return_when, unfinished):
        self.return_when = return_when
        self.unfinished = unfinished
        self.finished_futures = []
        self.lock = threading.Lock()
        self.event = threading.Event()

    def report(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.unfinished -= 1
            if (self.return_when in (FIRST_COMPLETED, _AS_COMPLETED)
                    or failed and self.return_when == FIRST_EXCEPTION
                    or self.unfinished <= 0):
                self.event.set()


class _Holding:
    """Holds the conditions of many futures, taken in one global order (by id) so that
    two waiters over overlapping sets cannot deadlock."""

    def __init__(self, futures):
        self.conditions = [f._condition for f in sorted(futures, key=id)]

    def __enter__(self):
        for condition in self.conditions:
            condition.acquire()

    def __exit__(self, *exc_info):
        for condition in self.conditions:
            condition.release()


def _attach_waiter(futures, return_when):
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED):
        raise ValueError(f'Invalid return condition: {return_when!r}')
    waiter = _Waiter(return_when, sum(f._state not in _SETTLED for f in futures))
    for future in futures:
        future._waiters.append(waiter)
    return waiter


def _detach_waiter(future, waiter):
    with future._condition:
        future._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield the futures of fs (duplicates once) as they finish or are cancelled, those
    already finished first; TimeoutError when some are unfinished after timeout seconds
    from the call."""
    deadline = None if timeout is None else time.monotonic() + timeout
    waiting = set(fs)
    total = len(waiting)
    with _Holding(waiting):
        batch = [f for f in waiting if f._state in _SETTLED]
        unfinished = waiting.difference(batch)
        waiter = _attach_waiter(waiting, _AS_COMPLETED)
    try:
        while True:
            # Each future handed out is let go of here, and its waiter removed.
            for future in batch:
                waiting.discard(future)
                unfinished.discard(future)
                _detach_waiter(future, waiter)
                yield future
            del batch
            if not unfinished:
                return
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining < 0:
                raise TimeoutError(f'{len(unfinished)} (of {total}) futures unfinished')
            waiter.event.wait(remaining)
            with waiter.lock:
                batch, waiter.finished_futures = waiter.finished_futures, []
                waiter.event.clear()
    finally:
        for future in waiting:
            _detach_waiter(future, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _failed(future):
    return not future.cancelled() and future.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures of fs meet return_when (FIRST_COMPLETED, FIRST_EXCEPTION or
    ALL_COMPLETED) or timeout seconds pass; return the sets (done, not_done)."""
    futures = set(fs)
    with _Holding(futures):
        done = {f for f in futures if f._state in _SETTLED}
        met = (len(done) == len(futures)
               or return_when == FIRST_COMPLETED and done
               or return_when == FIRST_EXCEPTION and any(_failed(f) for f in done))
        if met:
            return DoneAndNotDoneFutures(done, futures - done)
        waiter = _attach_waiter(futures, return_when)
    waiter.event.wait(timeout)
    for future in futures:
        _detach_waiter(future, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, futures - done)


class Future:
    """The eventual outcome of a call: a result, an exception, or cancellation."""

    def __init__(self):
        self._state = PENDING
        self._result = self._exception = None
        self._done_callbacks = []
        self._waiters = []
        self._condition = threading.Condition()

    def __repr__(self):
        with self._condition:
            shown = f'<{type(self).__name__} at {id(self):#x} state={_SHOWN_AS[self._state]}'
            if self._state == FINISHED:
                if self._exception:
                    shown += f' raised {type(self._exception).__name__}'
                else:
                    shown += f' returned {type(self._result).__name__}'
            return shown + '>'

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            self._call_back(fn)

    def cancel(self):
        """Cancel the call unless it is running or done; True when it is (now)
        cancelled."""
        with self._condition:
            if self._state in _WAS_CANCELLED:
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in _WAS_CANCELLED

    def running(self):
        """True if the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future finished or was cancelled."""
        with self._condition:
            return self._state in _DONE

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (now, if it is already)."""
        with self._condition:
            if self._state not in _DONE:
                self._done_callbacks.append(fn)
                return
        self._call_back(fn)

    def _settled_within(self, timeout):
        """With the condition held: wait up to timeout for an outcome; CancelledError or
        TimeoutError when there is none to give."""
        if self._state not in _DONE:
            self._condition.wait(timeout)
        if self._state in _WAS_CANCELLED:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (raising its exception if it raised), waiting up to
        timeout seconds (forever when None)."""
        with self._condition:
            self._settled_within(timeout)
            if self._exception:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result()
        does."""
        with self._condition:
            self._settled_within(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if the future was cancelled
        (its waiters are told now), True after marking it running."""
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.report(self, False)
                return False
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE:
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result, self._exception = result, exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.report(self, exception is not None)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """For executors: the call returned result."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor:
    """The base class of executors: submit() is theirs, map() and the with-statement
    come from here."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with every call submitted at once; the results come
        in order, and TimeoutError when one is not ready timeout seconds after this call.
        Leaving the iterator early cancels the calls not started."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        # Popped from the end, so each future is let go of once its result is out.
        futures.reverse()

        def results():
            try:
                while futures:
                    future = futures.pop()
                    try:
                        wait_for = None if deadline is None else deadline - time.monotonic()
                        outcome = future.result(wait_for)
                    finally:
                        future.cancel()
                    del future
                    yield outcome
            finally:
                for future in futures:
                    future.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once its calls are done (waiting for them when
        wait is true); later submits fail. cancel_futures cancels those not started."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.shutdown(wait=True)
        return False  # an exception from the with-block goes on
