# The Python half of coro's asyncio module: everything built on the native loop,
# Future and Task (see src/event_loop/mod.rs). Semantics follow CPython 3.11, with the
# 3.7-3.10 extras older documents use (@coroutine, wait() given coroutines, loop=).

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


def iscoroutinefunction(func):
    # `sleep` is a coroutine function written natively.
    return (func is sleep or _code_kind(func) == 'coroutine'
            or getattr(func, '_is_coroutine', None) is True)


def coroutine(func):
    """The generator-based coroutine decorator of Python 3.7-3.10."""
    kind = _code_kind(func)
    if kind == 'coroutine':
        return func
    if kind == 'generator':
        return _as_coroutine_function(func)

    async def coro(*args, **kw):
        res = func(*args, **kw)
        if isfuture(res) or iscoroutine(res) or _code_kind(res) is None and hasattr(res, '__await__'):
            res = await res
        return res

    coro.__name__ = getattr(func, '__name__', 'coro')
    coro.__qualname__ = getattr(func, '__qualname__', 'coro')
    return coro


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


def _run_until_complete(self, future):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.is_running():
        raise RuntimeError('This event loop is already running')
    if _get_running_loop() is not None:
        raise RuntimeError('Cannot run the event loop while another loop is running')
    new_task = not isfuture(future)
    future = ensure_future(future, loop=self)
    if new_task:
        future._no_destroy_log()
    future.add_done_callback(_run_until_complete_cb)
    try:
        self.run_forever()
    except BaseException:
        if new_task and future.done() and not future.cancelled():
            future.exception()
        raise
    finally:
        future.remove_done_callback(_run_until_complete_cb)
    if not future.done():
        raise RuntimeError('Event loop stopped before Future completed.')
    return future.result()


# The async generators each loop saw start (its firstiter hook), and whether
# shutdown_asyncgens was called: per loop, [WeakSet, shutdown called].
_asyncgen_state = {}


def _loop_asyncgens(loop):
    state = _asyncgen_state.get(loop)
    if state is None:
        import _weakrefset
        state = _asyncgen_state[loop] = [_weakrefset.WeakSet(), False]
    return state


def _asyncgen_firstiter_hook(self, agen):
    state = _loop_asyncgens(self)
    if state[1]:
        import warnings
        warnings.warn(
            f"asynchronous generator {agen!r} was scheduled after "
            f"loop.shutdown_asyncgens() call",
            ResourceWarning, source=self)
    state[0].add(agen)


def _asyncgen_finalizer_hook(self, agen):
    _loop_asyncgens(self)[0].discard(agen)
    if not self.is_closed():
        self.call_soon_threadsafe(_create_aclose_task, self, agen)


def _create_aclose_task(loop, agen):
    # CPython's tasks drive aclose()'s awaitable itself; coro's need a coroutine.
    loop.create_task(_wrap_awaitable(agen.aclose()))


async def _shutdown_asyncgens(self):
    state = _loop_asyncgens(self)
    state[1] = True
    if not len(state[0]):
        return
    closing_agens = list(state[0])
    state[0].clear()
    results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            self.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


# Executors: calls run in other Python threads (green threads, see src/threads), their
# concurrent futures chained to the loop's futures as CPython's asyncio.futures does.
# Per loop: [default executor or None, shutdown_default_executor called].
_executor_state = {}


def _loop_executor_state(loop):
    state = _executor_state.get(loop)
    if state is None:
        state = _executor_state[loop] = [None, False]
    return state


async def _shutdown_default_executor(self):
    state = _loop_executor_state(self)
    state[1] = True
    executor = state[0]
    if executor is None:
        return
    import threading
    future = self.create_future()

    def do_shutdown():
        try:
            executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    thread = threading.Thread(target=do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()
        _executor_state.pop(self, None)


def _run_in_executor(self, executor, func, *args):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if executor is None:
        state = _loop_executor_state(self)
        if state[1]:
            raise RuntimeError('Executor shutdown has been called')
        executor = state[0]
        if executor is None:
            import concurrent.futures
            executor = concurrent.futures.ThreadPoolExecutor(
                thread_name_prefix='asyncio')
            state[0] = executor
    return wrap_future(executor.submit(func, *args), loop=self)


def _set_default_executor(self, executor):
    import concurrent.futures
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    _loop_executor_state(self)[0] = executor


def _convert_future_exc(exc):
    import concurrent.futures
    exc_class = type(exc)
    if exc_class is concurrent.futures.CancelledError:
        return CancelledError(*exc.args)
    elif exc_class is concurrent.futures.TimeoutError:
        return TimeoutError(*exc.args)
    elif exc_class is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args)
    else:
        return exc


def _copy_future_state(source, dest):
    # source is done; dest is an asyncio future.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    # source is a done asyncio future.
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _chain_future(source, destination):
    # Copy the state of source to destination when it is done; cancelling the
    # destination cancels the source. Either may be an asyncio or a concurrent future.
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None
    if dest_loop is not None and source_loop is None:
        # A call in another thread: the destination's loop counts it as in flight.
        dest_loop._hold_in_flight(1)

    def _set_state(future, other):
        if isfuture(future):
            if dest_loop is not None and source_loop is None:
                dest_loop._hold_in_flight(-1)
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future object in an asyncio future."""
    if isfuture(future):
        return future
    import concurrent.futures
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to the loop (of another thread); a concurrent future."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor and await it."""
    loop = get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))


_install(_EventLoop, 'run_until_complete', _run_until_complete)
_install(_EventLoop, 'shutdown_asyncgens', _shutdown_asyncgens)
_install(_EventLoop, '_asyncgen_firstiter_hook', _asyncgen_firstiter_hook)
_install(_EventLoop, '_asyncgen_finalizer_hook', _asyncgen_finalizer_hook)
_install(_EventLoop, 'shutdown_default_executor', _shutdown_default_executor)
_install(_EventLoop, 'run_in_executor', _run_in_executor)
_install(_EventLoop, 'set_default_executor', _set_default_executor)


def _cancel_all_tasks(loop):
    to_cancel = _all_tasks_list(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got {!r}'.format(main))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    nfuts = 0
    nfinished = 0
    cancel_requested = False
    outer = None

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        future_discard_from_awaited_by(fut, cur_task)
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(_make_cancelled_error(fut))
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    msg = _cancel_message(child)
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if cancel_requested:
                outer.set_exception(_make_cancelled_error(fut))
            else:
                outer.set_result(results)

    def _cancel(msg=None):
        nonlocal cancel_requested
        ret = False
        for child in children:
            if child.cancel(msg):
                ret = True
        if ret:
            cancel_requested = True
        return ret

    arg_to_fut = {}
    loop = None
    # The call graph shows the gathering task as awaiting each child.
    cur_task = current_task() if _get_running_loop() is not None else None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._no_destroy_log()
            nfuts += 1
            arg_to_fut[arg] = fut
            if not fut.done():
                future_add_to_awaited_by(fut, cur_task)
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = loop.create_future()
    _set_cancel_hook(outer, _cancel)
    return outer


def _unique_futures(fs, loop):
    tasks = {}
    for f in fs:
        fut = ensure_future(f, loop=loop)
        if fut not in tasks:
            tasks[fut] = None
    return list(tasks)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = _unique_futures(fs, loop)
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    cur_task = current_task()
    for f in fs:
        f.add_done_callback(_on_completion)
        future_add_to_awaited_by(f, cur_task)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
            future_discard_from_awaited_by(f, cur_task)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    cur_task = current_task() if _get_running_loop() is not None else None
    future_add_to_awaited_by(inner, cur_task)

    def _inner_done_callback(inner):
        future_discard_from_awaited_by(inner, cur_task)
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    done = Queue()
    loop = get_event_loop()
    todo = _unique_futures(fs, loop)
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    return [_wait_for_one() for _ in range(len(todo))]


# Debug mode (see src/event_loop/debug.rs).
_install(_EventLoop, 'slow_callback_duration',
         property(_get_slow_callback_duration, _set_slow_callback_duration))
for _cls in (Future, Handle):
    _install(_cls, '_source_traceback', property(_source_traceback_of))
del _cls


def _log_slow_callback(what, dt):
    import logging
    logging.getLogger('asyncio').warning('Executing %s took %.3f seconds', what, dt)
