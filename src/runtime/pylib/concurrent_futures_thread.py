"""concurrent.futures.thread: ThreadPoolExecutor, which runs submitted calls on a pool of
worker threads fed by one queue. Workers start as work arrives (an idle worker is reused
first) up to max_workers; every pool's workers are joined when the interpreter exits.

Not here: process pools, and letting a pool that is garbage but not shut down go."""

from concurrent.futures import _base
import itertools
import os
import queue
import threading

# Each live worker thread and the queue it reads: at interpreter exit every queue gets
# a wake-up and every worker is joined, so pending work still runs.
_workers_at_exit = {}
_interpreter_exiting = False
# Held while submitting, so that no work is queued after the exit hook looked.
_exit_lock = threading.Lock()


def _finish_at_exit():
    global _interpreter_exiting
    with _exit_lock:
        _interpreter_exiting = True
    workers = list(_workers_at_exit.items())
    for _, jobs in workers:
        jobs.put(None)
    for worker, _ in workers:
        worker.join()


threading._register_atexit(_finish_at_exit)


class _Job:
    """One submitted call and the future that receives its outcome."""

    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn, self.args, self.kwargs = future, fn, args, kwargs

    def run(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return  # cancelled while it waited in the queue
        try:
            outcome = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(outcome)


def _serve(pool, jobs, initializer, initargs):
    """A worker thread's life: the initializer, then jobs until a wake-up (None) finds
    the pool or the interpreter shutting down."""
    try:
        if initializer is not None:
            initializer(*initargs)
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
        pool._initializer_failed()
        return
    try:
        while True:
            job = jobs.get()
            if job is None:
                if pool._shutdown or _interpreter_exiting:
                    pool._shutdown = True
                    jobs.put(None)  # the next worker must wake and leave too
                    return
                continue
            job.run()
            job = None
            pool._idle_workers.release()
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


def _drain(jobs):
    """Take every job still queued (wake-ups dropped)."""
    taken = []
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return taken
        if job is not None:
            taken.append(job)


class ThreadPoolExecutor(_base.Executor):
    """An Executor running calls on at most max_workers threads (default
    min(32, os.cpu_count() + 4)), named thread_name_prefix (or
    'ThreadPoolExecutor-N') followed by '_' and the worker's number. Each worker first
    calls initializer(*initargs); if that fails the pool is broken."""

    # Numbers the pools that get the default thread name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        workers = min(32, (os.cpu_count() or 1) + 4) if max_workers is None else max_workers
        if workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = workers
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{self._counter()}"
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = queue.SimpleQueue()
        # Released by a worker each time it finishes a job and looks for the next.
        self._idle_workers = threading.Semaphore(0)
        self._shutdown_lock = threading.Lock()
        self._shutdown = False
        self._broken = False  # or the reason the pool is broken
        self._threads = set()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _exit_lock:
            self._check_open()
            future = _base.Future()
            self._work_queue.put(_Job(future, fn, args, kwargs))
            self._start_worker_if_needed()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _check_open(self):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        too_late = ('shutdown' if self._shutdown
                    else 'interpreter shutdown' if _interpreter_exiting else None)
        if too_late:
            raise RuntimeError(f'cannot schedule new futures after {too_late}')

    def _start_worker_if_needed(self):
        if self._idle_workers.acquire(timeout=0):
            return  # an idle worker will take the job
        count = len(self._threads)
        if count >= self._max_workers:
            return
        worker = threading.Thread(
            name=f"{self._thread_name_prefix or self}_{count}", target=_serve,
            args=(self, self._work_queue, self._initializer, self._initargs))
        worker.start()
        self._threads.add(worker)
        _workers_at_exit[worker] = self._work_queue

    def _initializer_failed(self):
        reason = 'A thread initializer failed, the thread pool is not usable anymore'
        with self._shutdown_lock:
            self._broken = reason
            for job in _drain(self._work_queue):
                job.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            for job in _drain(self._work_queue) if cancel_futures else ():
                job.future.cancel()
            self._work_queue.put(None)  # wakes one worker, which wakes the next
        if wait:
            for worker in self._threads:
                worker.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
