"""The abstract collection classes of collections.abc (Iterable, Sequence, Mapping, ...),
which typing's aliases stand for. coro has no collections.abc module; these report
module 'collections.abc' and answer isinstance structurally (by the methods a class
defines) or by registration, as CPython's do. They are not importable as
collections.abc.
"""

from abc import ABCMeta

_GeneratorType = type(x for x in ())

class _StructuralABC(metaclass=ABCMeta):
    _required = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls.__dict__.get("_required") is None:
            return NotImplemented
        mro = C.__mro__
        for name in cls._required:
            for base in mro:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return NotImplemented
                    break
            else:
                return NotImplemented
        return True


def _make_abc(name, required, bases=(_StructuralABC,), register=()):
    cls = ABCMeta(name, bases, {"_required": required, "__module__": "collections.abc",
                                     "__qualname__": name, "__slots__": ()})
    for r in register:
        cls.register(r)
    return cls


Hashable = _make_abc("Hashable", ("__hash__",))
Awaitable = _make_abc("Awaitable", ("__await__",))
Coroutine = _make_abc("Coroutine", ("send", "throw", "close", "__await__"),
                      (Awaitable,))
AsyncIterable = _make_abc("AsyncIterable", ("__aiter__",))
AsyncIterator = _make_abc("AsyncIterator", ("__anext__", "__aiter__"),
                          (AsyncIterable,))
AsyncGenerator = _make_abc("AsyncGenerator", ("__aiter__", "__anext__", "asend",
                           "athrow", "aclose"), (AsyncIterator,))
Iterable = _make_abc("Iterable", ("__iter__",))
Iterator = _make_abc("Iterator", ("__next__", "__iter__"), (Iterable,))
Reversible = _make_abc("Reversible", ("__reversed__", "__iter__"), (Iterable,))
Generator = _make_abc("Generator", ("__iter__", "__next__", "send", "throw", "close"),
                      (Iterator,), (_GeneratorType,))
Sized = _make_abc("Sized", ("__len__",))
Container = _make_abc("Container", ("__contains__",))
Collection = _make_abc("Collection", ("__len__", "__iter__", "__contains__"),
                       (Sized, Iterable, Container))
Callable = _make_abc("Callable", ("__call__",))
Set = _make_abc("Set", None, (Collection,), (frozenset, set))
MutableSet = _make_abc("MutableSet", None, (Set,), (set,))
Mapping = _make_abc("Mapping", None, (Collection,), (dict,))
MutableMapping = _make_abc("MutableMapping", None, (Mapping,), (dict,))
Sequence = _make_abc("Sequence", None, (Reversible, Collection),
                     (tuple, str, range, list, bytes))
MutableSequence = _make_abc("MutableSequence", None, (Sequence,), (list,))
ByteString = _make_abc("ByteString", None, (Sequence,), (bytes, bytearray))
MappingView = _make_abc("MappingView", None, (Sized,))
KeysView = _make_abc("KeysView", None, (MappingView, Set))
ItemsView = _make_abc("ItemsView", None, (MappingView, Set))
ValuesView = _make_abc("ValuesView", None, (MappingView, Collection))


# coro's native types do not list every dunder in their class dicts: they are registered
# with the classes collections.abc registers them with.
_dict_keys, _dict_values, _dict_items = type({}.keys()), type({}.values()), type({}.items())
for _native_iterator in (iter([]), iter(()), iter({}), iter(""), iter(b""), iter(set()),
                         iter(range(0)), iter({}.values()), iter({}.items()), reversed([]),
                         enumerate([]), zip(), map(abs, []), filter(None, [])):
    Iterator.register(type(_native_iterator))
del _native_iterator
Reversible.register(dict)
MutableSequence.register(bytearray)
KeysView.register(_dict_keys)
ItemsView.register(_dict_items)
ValuesView.register(_dict_values)
_unhashable = (list, dict, set, bytearray, _dict_keys, _dict_items)


def _hashable_hook(cls, C):
    if cls is not Hashable:
        return NotImplemented
    if issubclass(C, _unhashable) and "__hash__" not in C.__dict__:
        return False
    return _StructuralABC.__dict__["__subclasshook__"].__func__(cls, C)


Hashable.__subclasshook__ = classmethod(_hashable_hook)


class AbstractContextManager(_StructuralABC):
    _required = ("__enter__", "__exit__")


class AbstractAsyncContextManager(_StructuralABC):
    _required = ("__aenter__", "__aexit__")


AbstractContextManager.__module__ = "contextlib"
AbstractAsyncContextManager.__module__ = "contextlib"
