"""Container datatypes (coro's embedded collections module): namedtuple, deque,
Counter, defaultdict, OrderedDict, ChainMap; UserDict, UserList and UserString come from
_collections_user on first use.

Written from the documented semantics of CPython's collections. The dict subclasses
route `d[key]` through their own __getitem__ so __missing__ is honoured whether or
not the VM implements that hook for dict subclasses.
"""

import sys as _sys
import operator as _operator
from operator import itemgetter as _itemgetter


def _class_getitem(cls, item):
    """`Counter[int]`: a types.GenericAlias, as for the builtin containers."""
    from types import GenericAlias
    return GenericAlias(cls, item)

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
    "defaultdict", "deque", "namedtuple",
]

_USER_CLASSES = ("UserDict", "UserList", "UserString")


def __getattr__(name):
    """UserDict, UserList and UserString live in _collections_user (they need the ABCs);
    `collections.abc` works without importing it first, as CPython's does."""
    if name == "abc":
        import collections.abc
        return _sys.modules["collections.abc"]
    if name in _USER_CLASSES:
        import _collections_user
        value = getattr(_collections_user, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


def __dir__():
    """The module's names, with the ones __getattr__ hands out before their first use."""
    return sorted(set(globals()) | set(_USER_CLASSES) | {"abc"})

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
    "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield",
])


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named typename whose items are also attributes field_names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename)) if hasattr(_sys, "intern") else str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (
                not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith("_")
                or name in seen
            ):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}"
            )
        if name in _KEYWORDS:
            raise ValueError(
                f"Type names and field names cannot be a keyword: {name!r}"
            )
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(
                f"Field names cannot start with an underscore: {name!r}"
            )
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults)))))
    num_fields = len(fields)
    arg_list = ", ".join(fields)
    if num_fields == 1:
        arg_list += ","

    # Compiled from text with the fields as its parameters: a call binds its arguments
    # as any function's do (with CPython's messages, under the qualname set below) and
    # builds the tuple at once.
    params = "".join(f", {name}" for name in fields)
    new_namespace = {"_tuple_new": tuple.__new__, "__name__": f"namedtuple_{typename}"}
    exec(f"def __new__(_cls{params}):\n return _tuple_new(_cls, ({arg_list}))",
         new_namespace)
    __new__ = new_namespace["__new__"]
    __new__.__defaults__ = defaults if defaults else None
    __new__.__qualname__ = f"{typename}.__new__"
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{self.__class__.__name__}({body})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(
            _tuplefield(index), _tuplefield_set, _tuplefield_delete,
            doc=f"Alias for field number {index}"
        )
    result = type(typename, (tuple,), namespace)
    if module is None:
        module = _caller_module()
    result.__module__ = module
    return result


# ---------------------------------------------------------------------------- deque


# Native, as CPython's (runtime/deque.rs, builtins/deque_methods.rs).
from _collections import deque, _count_elements as _count_into
from _collections import _tuplefield, _tuplefield_set, _tuplefield_delete, _move_to_front

# The repr guard of defaultdict and OrderedDict.
_repr_running = set()


# ---------------------------------------------------------------------- defaultdict


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict that calls default_factory
    for a missing key and stores the result."""

    __class_getitem__ = classmethod(_class_getitem)

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        if id(self) in _repr_running:
            return "..."
        _repr_running.add(id(self))
        try:
            factory = repr(self.default_factory)
            body = _dict_repr(self)
        finally:
            _repr_running.discard(id(self))
        return f"{type(self).__name__}({factory}, {body})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _same_items(a, b):
    """Dict equality, spelled out so it holds for dict subclasses on either side."""
    if len(a) != len(b):
        return False
    for key, value in dict.items(a):
        if key not in b:
            return False
        other = dict.__getitem__(b, key)
        if not (other is value or other == value):
            return False
    return True


def _dict_repr(d):
    """repr of d's items as a plain dict shows them."""
    return repr(dict(d.items()))


# ---------------------------------------------------------------------- OrderedDict


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end and an ordered
    popitem; equality with another OrderedDict is order-sensitive."""

    __class_getitem__ = classmethod(_class_getitem)

    def __reduce__(self):
        state = dict(vars(self)) if hasattr(self, '__dict__') else None
        return self.__class__, (), state or None, None, iter(self.items())

    def __init__(self, other=(), /, **kwds):
        dict.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict) or hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(dict.keys(self))) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Put key's entry last in the order, or first when last is false; a missing
        key raises KeyError."""
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        # The dict's order is the OrderedDict's: the entry moves inside its table.
        _move_to_front(self, key)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        if id(self) in _repr_running:
            return "..."
        _repr_running.add(id(self))
        try:
            body = repr(list(self.items()))
        finally:
            _repr_running.discard(id(self))
        return f"{type(self).__name__}({body})"

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict) and list(self) != list(other):
            return False
        return _same_items(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# -------------------------------------------------------------------------- Counter


class Counter(dict):
    """Dict subclass for counting hashable items: missing elements count zero."""

    __class_getitem__ = classmethod(_class_getitem)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, "items"):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + dict.get(self, elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_into(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, "items"):
                for elem, count in iterable.items():
                    self[elem] = dict.get(self, elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = dict.get(self, elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    def _every_count(self, other, holds):
        """Whether holds(self[e], other[e]) for every element of either (a missing
        element counts 0): the rich comparisons of two Counters."""
        return all(holds(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        if isinstance(other, Counter):
            return self._every_count(other, _operator.eq)
        return NotImplemented

    def __ne__(self, other):
        return not self == other if isinstance(other, Counter) else NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return self._every_count(other, _operator.le)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return self._every_count(other, _operator.ge)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            new = count + other[elem]
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            new = count - other[elem]
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            new = other_count if count < other_count else count
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            new = count if count < other_count else other_count
            if new > 0:
                result[elem] = new
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ------------------------------------------------------------------------- ChainMap


class ChainMap:
    """A view over several mappings searched in order; writes go to the first."""

    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}")

    def clear(self):
        self.maps[0].clear()


def _register_with_abcs(abcs):
    """As CPython's collections does: deque is a MutableSequence and ChainMap a
    MutableMapping (which `match` sequence and mapping patterns rely on). Done from
    whichever of this module and _collections_abc is imported second, so importing
    collections alone does not load the ABCs."""
    abcs.MutableSequence.register(deque)
    abcs.MutableMapping.register(ChainMap)


if "_collections_abc" in _sys.modules:
    _register_with_abcs(_sys.modules["_collections_abc"])
