"""Names for built-in types and the coroutine decorator (coro's embedded types module).

Types are taken as `type(...)` of sample objects; those coro has no object for
(frames, tracebacks, descriptors of builtin slots) are absent.
"""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)


def _generator():
    yield 1


_sample_generator = _generator()
GeneratorType = type(_sample_generator)
del _sample_generator


async def _coroutine():
    pass


_sample_coroutine = _coroutine()
CoroutineType = type(_sample_coroutine)
# Closed so it is not reported as never awaited (coro may lack close() on coroutines).
_close = getattr(_sample_coroutine, "close", None)
if _close is not None:
    _close()
del _close
del _sample_coroutine


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    CodeType = type(_function.__code__)
except AttributeError:
    pass


def _cell_factory():
    a = 1

    def f():
        nonlocal a

    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except (AttributeError, TypeError, IndexError):
    pass
del _C, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f"{name}(...)"
        _repr_running.add(id(self))
        try:
            items = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(id(self))
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = set()


class _GeneratorWrapper:
    """Makes a generator-like object returned by a non-generator function awaitable."""

    def __init__(self, gen):
        self.__wrapped = gen

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert a regular generator function into a generator-based coroutine.

    coro's VM lets `await` drive any generator, so a generator function is returned
    as it is, marked with `_is_coroutine`; other callables are wrapped so that a
    generator-like result becomes awaitable."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func) is FunctionType:
        func._is_coroutine = True
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) in (CoroutineType, GeneratorType):
            return coro
        if hasattr(coro, "__next__") and hasattr(coro, "send") and not hasattr(coro, "__await__"):
            return _GeneratorWrapper(coro)
        return coro

    try:
        wrapped.__name__ = func.__name__
        wrapped.__qualname__ = func.__qualname__
        wrapped.__doc__ = func.__doc__
    except AttributeError:
        pass
    wrapped.__wrapped__ = func
    wrapped._is_coroutine = True
    return wrapped


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically: like a class statement with a body callback."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop("metaclass", type)
    return meta(name, tuple(bases), ns, **kwds)
