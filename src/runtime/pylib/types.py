"""Names for built-in types and the coroutine decorator (coro's embedded types module).

Types are taken as `type(...)` of sample objects; those coro has no object for
(descriptors of builtin slots) are absent. MappingProxyType is a class of its own here:
coro's class `__dict__` is a plain dict, not one of its proxies.
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

import _frame
TracebackType = _frame.traceback
FrameType = _frame.frame
del _frame
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


class MappingProxyType:
    """mappingproxy(mapping): a read-only view of a mapping."""

    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(
                f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __lt__(self, other):
        return self._mapping < other

    def __le__(self, other):
        return self._mapping <= other

    def __gt__(self, other):
        return self._mapping > other

    def __ge__(self, other):
        return self._mapping >= other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    __hash__ = None

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"


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
    """Create a class object dynamically, as a class statement would: bases resolved
    through __mro_entries__, the metaclass chosen and its __prepare__ called, then
    exec_body(ns) filling the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def resolve_bases(bases):
    """The bases with each non-class that has __mro_entries__ replaced by what it gives."""
    resolved = list(bases)
    changed = False
    at = 0
    for base in bases:
        entries = None
        if not isinstance(base, type) and hasattr(base, "__mro_entries__"):
            entries = base.__mro_entries__(bases)
            changed = True
            if not isinstance(entries, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
            resolved[at:at + 1] = entries
            at += len(entries)
        else:
            at += 1
    return tuple(resolved) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class about to be made."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _type_repr(obj):
    """How a type appears inside a generic alias or union (typing's rules)."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj) is FunctionType:
        return obj.__name__
    return repr(obj)


def _type_parameters(args):
    params = []
    for a in args:
        if type(a).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple"):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if arg in subst:
        return subst[arg]
    params = getattr(arg, "__parameters__", ())
    if params and hasattr(arg, "__getitem__") and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


def _call_origin(alias, args, kwargs):
    """Calling a generic alias makes an instance of its origin that remembers the alias."""
    result = alias.__origin__(*args, **kwargs)
    try:
        result.__orig_class__ = alias
    except (AttributeError, TypeError):
        pass
    return result


class GenericAlias:
    """`list[int]`: a builtin class with type arguments (PEP 585)."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _type_parameters(args)

    def __repr__(self):
        if not self.__args__:
            return f"{_type_repr(self.__origin__)}[()]"
        return f"{_type_repr(self.__origin__)}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        return _call_origin(self, args, kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, items):
        if not isinstance(items, tuple):
            items = (items,)
        params = self.__parameters__
        if len(items) != len(params):
            raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments "
                            f"for {self!r}; actual {len(items)}, expected {len(params)}")
        subst = dict(zip(params, items))
        return GenericAlias(self.__origin__, tuple(_substitute(a, subst) for a in self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def _union_arg(a):
    return type(None) if a is None else a


def _unionable(a):
    return a is None or isinstance(a, (type, GenericAlias, UnionType)) or \
        type(a).__module__ == "typing"


class UnionType:
    """`int | str`: the union of types made by `|` (PEP 604)."""

    def __init__(self, args):
        flat = []
        for a in args:
            parts = a.__args__ if isinstance(a, UnionType) else (_union_arg(a),)
            for p in parts:
                if p not in flat:
                    flat.append(p)
        self.__args__ = tuple(flat)
        self.__parameters__ = _type_parameters(self.__args__)

    def __repr__(self):
        return " | ".join("None" if a is type(None) else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __getitem__(self, items):
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(self.__parameters__, items))
        result = None
        for a in self.__args__:
            a = _substitute(a, subst)
            result = a if result is None else _type_or(result, a)
        return result


def _type_or(a, b):
    """`a | b` for types (what type.__or__ and type.__ror__ do)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = UnionType((a, b)).__args__
    if len(args) == 1:
        return args[0]
    return UnionType((a, b))
