

# --- Unix signals on the loop (asyncio_signals.py) ----------------------------------
# loop.add_signal_handler / remove_signal_handler, as CPython's unix_events does them,
# on the signal module: the Python-level handler only notes the signal (as CPython's
# wake-up fd does) and the loop runs the callback in a later iteration, never inside
# the handler. The loop's wait watches the signal module's wake-up pipe, so a signal
# ends the wait (src/runtime/signal.rs).

# {loop: {signum: (callback, args)}}: the native loop has no instance dict.
_loop_signal_handlers = {}


def _check_signal(sig):
    import signal
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')


def _loop_add_signal_handler(self, sig, callback, *args):
    import signal
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    handlers = _loop_signal_handlers.setdefault(self, {})
    handlers[sig] = (callback, args)

    def noted(signum, frame, loop=self):
        # The self-pipe read of CPython's loop: the callback joins the ready queue from
        # the loop's next iteration.
        loop.call_soon(_loop_handle_signal, loop, signum)

    try:
        signal.signal(sig, noted)
    except OSError as exc:
        del handlers[sig]
        if exc.errno == 22:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise


def _loop_handle_signal(loop, sig):
    entry = _loop_signal_handlers.get(loop, {}).get(sig)
    if entry is not None and not loop.is_closed():
        loop.call_soon(entry[0], *entry[1])


def _loop_remove_signal_handler(self, sig):
    import signal
    _check_signal(sig)
    handlers = _loop_signal_handlers.get(self, {})
    try:
        del handlers[sig]
    except KeyError:
        return False
    if not handlers:
        _loop_signal_handlers.pop(self, None)
    handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
    try:
        signal.signal(sig, handler)
    except OSError as exc:
        if exc.errno == 22:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise
    return True


_native_loop_close = _EventLoop.close


def _loop_close(self):
    # CPython's unix loop forgets its signal handlers when it closes.
    if not self.is_running():
        for sig in list(_loop_signal_handlers.get(self, ())):
            self.remove_signal_handler(sig)
    return _native_loop_close(self)


_install(_EventLoop, 'add_signal_handler', _loop_add_signal_handler)
_install(_EventLoop, 'remove_signal_handler', _loop_remove_signal_handler)
_install(_EventLoop, 'close', _loop_close)
