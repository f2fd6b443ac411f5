"""concurrent.futures: run calls in a pool of threads and wait on their futures.

The futures, waiting functions and exceptions come from concurrent.futures._base, the
thread pool from concurrent.futures.thread. ProcessPoolExecutor is not provided."""

from concurrent.futures import _base, thread
from concurrent.futures._base import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, BrokenExecutor, CancelledError,
    Executor, Future, InvalidStateError, TimeoutError, as_completed, wait)
from concurrent.futures.thread import ThreadPoolExecutor

# The public names as CPython lists them (InvalidStateError is importable, not listed).
__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor')
