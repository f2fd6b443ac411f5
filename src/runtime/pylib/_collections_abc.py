"""The abstract collection classes of collections.abc (Iterable, Sequence, Mapping, ...):
isinstance and issubclass answer for built-in types, registered classes and, for the
structural classes (Hashable, Iterable, Sized, ...), any class defining the methods;
subclasses get the documented mixin methods (Mapping.get, MutableMapping.update,
Sequence.index, Set's operators, ...). `collections.abc` re-exports them; typing's
aliases stand for them. Not the concrete containers (see `collections`).

Written from the collections.abc documentation (its table of abstract and mixin methods)
and python3's observable behaviour; the structural hooks are installed by one decorator.
"""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

# The classes are collections.abc's (their __module__, as in CPython).
__name__ = "collections.abc"


def _provides(C, names):
    """The structural test: each name is found along C's MRO, and the first class that
    has it does not set it to None (None is how a class opts out, as `__hash__ = None`)."""
    for name in names:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _structural(*names, generic=False):
    """Class decorator: isinstance/issubclass against exactly this class holds for any
    class providing `names` (subclasses of it answer only by inheritance or register);
    `generic` adds the `Cls[int]` alias."""

    def install(owner):
        def __subclasshook__(cls, C):
            return _provides(C, names) if cls is owner else NotImplemented

        __subclasshook__.__qualname__ = f"{owner.__qualname__}.__subclasshook__"
        owner.__subclasshook__ = classmethod(__subclasshook__)
        if generic:
            owner.__class_getitem__ = classmethod(GenericAlias)
        return owner

    return install


def _reraise(typ, val, tb):
    """The default `throw`: raise the exception described by (type, value, traceback)."""
    if val is None and tb is None:
        raise typ
    exc = typ() if val is None else val
    raise exc if tb is None else exc.with_traceback(tb)


def _is_same(a, b):
    # Containers compare by identity first, so a NaN is found in itself.
    return a is b or a == b


@_structural("__hash__")
class Hashable(metaclass=ABCMeta):
    @abstractmethod
    def __hash__(self):
        return 0

    __slots__ = ()


@_structural("__await__", generic=True)
class Awaitable(metaclass=ABCMeta):
    @abstractmethod
    def __await__(self):
        yield

    __slots__ = ()


@_structural("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _reraise(typ, val, tb)

    def close(self):
        _finish(self, "coroutine")

    __slots__ = ()


def _finish(obj, kind):
    """close() for generator-like objects: GeneratorExit thrown in must end it."""
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(kind + " ignored GeneratorExit")


@_structural("__aiter__", generic=True)
class AsyncIterable(metaclass=ABCMeta):
    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __slots__ = ()


@_structural("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    def __aiter__(self):
        return self

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    __slots__ = ()


@_structural("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _reraise(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    __slots__ = ()


@_structural("__iter__", generic=True)
class Iterable(metaclass=ABCMeta):
    @abstractmethod
    def __iter__(self):
        return
        yield

    __slots__ = ()


@_structural("__iter__", "__next__")
class Iterator(Iterable):
    def __iter__(self):
        return self

    @abstractmethod
    def __next__(self):
        raise StopIteration

    __slots__ = ()


@_structural("__reversed__", "__iter__")
class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        return
        yield

    __slots__ = ()


@_structural("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _reraise(typ, val, tb)

    def close(self):
        _finish(self, "generator")

    __slots__ = ()


@_structural("__len__")
class Sized(metaclass=ABCMeta):
    @abstractmethod
    def __len__(self):
        return 0

    __slots__ = ()


@_structural("__contains__", generic=True)
class Container(metaclass=ABCMeta):
    @abstractmethod
    def __contains__(self, x):
        return False

    __slots__ = ()


@_structural("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(GenericAlias):
    """`Callable[[args], result]`: the arguments flattened, shown as a list."""

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif t_args is not Ellipsis:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {t_args}")
        super().__init__(origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return super().__repr__()
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return (f'collections.abc.Callable'
                f'[[{params}], {_type_repr(args[-1])}]')


@_structural("__call__")
class Callable(metaclass=ABCMeta):
    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __slots__ = ()
    __class_getitem__ = classmethod(_CallableGenericAlias)


def _set_operand(s, other):
    """`other` as a Set for s's binary operators, or None when it is not iterable."""
    if isinstance(other, Set):
        return other
    return s._from_iterable(other) if isinstance(other, Iterable) else None


def _contained(inner, outer):
    """Every element of `inner` is in `outer` (sizes checked first, as Set does)."""
    return len(inner) <= len(outer) and all(x in outer for x in inner)


class Set(Collection):
    """A finite, iterable container; the operators build results with _from_iterable."""

    # Comparisons are defined only between Sets; anything else gets NotImplemented.
    def __le__(self, other):
        return _contained(self, other) if isinstance(other, Set) else NotImplemented

    def __ge__(self, other):
        return _contained(other, self) if isinstance(other, Set) else NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for part in (self, other) for x in part)
        return NotImplemented

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def _hash(self):
        """The hash frozenset would give these elements (CPython's frozenset hash:
        each element's hash is scrambled, the results xor-ed, the total mixed once)."""
        width = 2 * sys.maxsize + 1
        acc = (1927868237 * (len(self) + 1)) & width
        for x in self:
            v = hash(x)
            acc = (acc ^ ((v ^ (v << 16) ^ 89869747) * 3644798167)) & width
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width
        if acc > sys.maxsize:
            acc -= width + 1
        return 590923713 if acc == -1 else acc

    __slots__ = ()


class MutableSet(Set):
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for x in (it if isinstance(it, Set) else self._from_iterable(it)):
            (self.discard if x in self else self.add)(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self

    __slots__ = ()


class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ give the rest."""

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return KeysView(self)

    def values(self):
        return ValuesView(self)

    def items(self):
        return ItemsView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None
    __slots__ = ()


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping

    __slots__ = ()


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        key, value = item
        mapping = self._mapping
        try:
            found = mapping[key]
        except KeyError:
            return False
        return _is_same(found, value)

    __slots__ = ()


class ValuesView(MappingView, Collection):
    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        return any(_is_same(v, value) for v in self)

    __slots__ = ()


class MutableMapping(Mapping):
    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    # The "no default given" marker of pop (its name-mangled attribute is in dir()).
    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            pairs = ((k, other[k]) for k in keys)
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    __slots__ = ()


class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ give the rest."""

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Iterate by index until IndexError, without trusting __len__.
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def __contains__(self, value):
        return any(_is_same(item, value) for item in self)

    def count(self, value):
        return sum(1 for item in self if _is_same(item, value))

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _is_same(item, value):
                return position
            position += 1
        raise ValueError

    __slots__ = ()


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        # Extending by itself must not loop forever: take a snapshot first.
        for item in (list(values) if values is self else values):
            self.append(item)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    __slots__ = ()


# coro's native types do not list every dunder in their class dicts: they are registered
# with the classes collections.abc registers them with.
_GeneratorType = type(x for x in ())
_dict_keys, _dict_values, _dict_items = type({}.keys()), type({}.values()), type({}.items())
for _native_iterator in (iter([]), iter(()), iter({}), iter(""), iter(b""), iter(set()),
                         iter(range(0)), iter({}.values()), iter({}.items()), reversed([]),
                         enumerate([]), zip(), map(abs, []), filter(None, [])):
    Iterator.register(type(_native_iterator))
del _native_iterator
Generator.register(_GeneratorType)
for _callable in (len, lambda: None, [].append, Hashable.__subclasshook__):
    Callable.register(type(_callable))
del _callable
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(dict)
MutableMapping.register(dict)
Reversible.register(dict)
for _sequence in (tuple, str, range, bytes):
    Sequence.register(_sequence)
del _sequence
MutableSequence.register(list)
MutableSequence.register(bytearray)
ByteString.register(bytes)
ByteString.register(bytearray)
KeysView.register(_dict_keys)
ItemsView.register(_dict_items)
ValuesView.register(_dict_values)


@_structural("__enter__", "__exit__", generic=True)
class AbstractContextManager(metaclass=ABCMeta):
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    __slots__ = ()


@_structural("__aenter__", "__aexit__", generic=True)
class AbstractAsyncContextManager(metaclass=ABCMeta):
    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    __slots__ = ()


AbstractContextManager.__module__ = "contextlib"
AbstractAsyncContextManager.__module__ = "contextlib"
__name__ = "_collections_abc"

# collections registers its deque and ChainMap here when it was imported first.
if "collections" in sys.modules and hasattr(sys.modules["collections"], "_register_with_abcs"):
    sys.modules["collections"]._register_with_abcs(sys.modules[__name__])
