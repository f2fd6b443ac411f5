"""Utilities for with-statement contexts (coro's embedded contextlib).

Written from the documented semantics of CPython's contextlib: contextmanager,
asynccontextmanager, ContextDecorator, suppress, nullcontext, closing, aclosing,
redirect_stdout, redirect_stderr, ExitStack, AsyncExitStack, AsyncContextDecorator, chdir.
Tracebacks are not tracked by coro, so `__traceback__` is never rewritten.
"""

import functools
import os

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
    "suppress", "aclosing", "chdir",
]


class AbstractContextManager:
    """A base whose __enter__ returns self; subclasses supply __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """A base whose __aenter__ returns self; subclasses supply __aexit__."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager also decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @functools.wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager a @contextmanager function returns: the generator runs up to
    its yield on enter, and resumes (or has the body's exception thrown in) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A fresh generator for every decorated call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed by _recreate_cm, not once used as a with target.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            # A bare exception class was passed: make the instance the generator sees.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator finished: it suppressed the exception, unless what stopped it
            # is the very StopIteration the body raised.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration from the body, re-raised inside the generator, turns into
            # RuntimeError (PEP 479); report the original instead.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            # Re-raising the same exception means "not handled": let `with` re-raise it
            # so the traceback does not show this frame.
            if exc is not value:
                raise
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class AsyncContextDecorator:
    """Lets an async context manager also decorate a coroutine function: each call
    awaits the function inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @functools.wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)

        return inner


class _AsyncGeneratorContextManager(AsyncContextDecorator, AbstractAsyncContextManager):
    """The async context manager an @asynccontextmanager function returns."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator function yielding once becomes a
    factory of context managers."""

    @functools.wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async-generator form of contextmanager."""

    @functools.wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    return helper


class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress(AbstractContextManager):
    """Silences the listed exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Points sys.<_stream> at another file for the block (re-entrant: a stack of the
    previous ones)."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send print() and sys.stdout writes to another file in the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr writes to another file in the block."""

    _stream = "stderr"


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` gets enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block (re-entrant: a stack of the
    previous ones)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())


def _exit_wrapper(cm, cm_exit):
    def exit_method(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)

    return exit_method


def _callback_wrapper(callback, args, kwds):
    def exit_callback(exc_type, exc, tb):
        callback(*args, **kwds)

    exit_callback.__wrapped__ = callback
    return exit_callback


def _async_exit_wrapper(cm, cm_exit):
    async def exit_method(exc_type, exc, tb):
        return await cm_exit(cm, exc_type, exc, tb)

    return exit_method


def _async_callback_wrapper(callback, args, kwds):
    async def exit_callback(exc_type, exc, tb):
        await callback(*args, **kwds)

    exit_callback.__wrapped__ = callback
    return exit_callback


def _fix_context(new_exc, old_exc, frame_exc):
    """Chain new_exc onto old_exc (the previous callback's failure) instead of onto the
    exception the with statement was handling."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


def _protocol_error(cls, kind):
    return TypeError(
        f"'{cls.__module__}.{cls.__qualname__}' object does "
        f"not support the {kind} protocol"
    )


class _Unwinding:
    """The bookkeeping of an exit stack's unwinding: the exception details the next
    callback gets, whether a callback suppressed the exception, and the exception a
    callback raised that is still to be raised."""

    def __init__(self, exc_details):
        self.received = exc_details[0] is not None
        self.frame_exc = exc_details[1]
        self.exc_details = exc_details
        self.suppressed = False
        self.pending = False

    def returned(self, suppress):
        if suppress:
            self.suppressed = True
            self.pending = False
            self.exc_details = (None, None, None)

    def raised(self, new_exc):
        if self.exc_details[1] is not None:
            _fix_context(new_exc, self.exc_details[1], self.frame_exc)
        self.pending = True
        self.exc_details = (type(new_exc), new_exc, None)

    def finish(self):
        """What __exit__ returns, or the last callback's exception, raised with the
        context the unwinding gave it."""
        if self.pending:
            exc = self.exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return self.received and self.suppressed


class _BaseExitStack:
    """The stack both exit stacks share: (is_sync, callback) pairs, unwound last-in
    first-out by the subclass's exit."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every callback to a new stack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an __exit__-style callback, or a context manager's __exit__."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _exit_wrapper(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            raise _protocol_error(cls, "context manager")
        result = enter(cm)
        self._exit_callbacks.append((True, _exit_wrapper(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; returns callback."""
        self._exit_callbacks.append((True, _callback_wrapper(callback, args, kwds)))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A stack of exit callbacks and context managers, unwound last-in first-out."""

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                unwinding.returned(cb(*unwinding.exc_details))
            except BaseException as new_exc:
                unwinding.raised(new_exc)
        return unwinding.finish()


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: also takes async context managers and coroutine
    callbacks, awaited as the stack unwinds."""

    async def enter_async_context(self, cm):
        """Enter cm with `await cm.__aenter__()` and push its __aexit__."""
        cls = type(cm)
        enter = getattr(cls, "__aenter__", None)
        exit = getattr(cls, "__aexit__", None)
        if enter is None or exit is None:
            raise _protocol_error(cls, "asynchronous context manager")
        result = await enter(cm)
        self._exit_callbacks.append((False, _async_exit_wrapper(cm, exit)))
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-style coroutine function, or an async context
        manager's __aexit__."""
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _async_exit_wrapper(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run on exit; returns callback."""
        self._exit_callbacks.append((False, _async_callback_wrapper(callback, args, kwds)))
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aexit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    unwinding.returned(cb(*unwinding.exc_details))
                else:
                    unwinding.returned(await cb(*unwinding.exc_details))
            except BaseException as new_exc:
                unwinding.raised(new_exc)
        return unwinding.finish()
