"""collections.UserDict, UserList and UserString: wrappers that keep their contents in
`self.data` (a dict, list or str) so that subclasses can override any method and have
the others go through it, as CPython's collections documents them.

Kept apart from collections.py because they derive from the abstract classes in
_collections_abc, which `import collections` alone does not load; collections hands
these names out on first use (its module __getattr__)."""

import _collections_abc
import sys as _sys


def _same_class(instance, data):
    """A new instance of instance's own class holding data (subclasses stay subclasses)."""
    return instance.__class__(data)


def _unwrap(other):
    """The list or str inside a UserList/UserString; anything else as it is."""
    return other.data if isinstance(other, (UserList, UserString)) else other


def _shallow_copy(instance, data):
    """copy.copy of a wrapper: a new object of the same class with the same instance
    attributes, data replaced by the copy given."""
    twin = instance.__class__.__new__(instance.__class__)
    twin.__dict__.update(instance.__dict__)
    twin.__dict__["data"] = data
    return twin


class UserDict(_collections_abc.MutableMapping):
    # Every operation goes through self.data (a dict) and the mapping methods; the
    # rest (get, items, update, pop, ...) come from MutableMapping through them.

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key not in data:
            # A subclass's __missing__ supplies absent keys, as for dict subclasses.
            missing = getattr(self.__class__, "__missing__", None)
            if missing is None:
                raise KeyError(key)
            return missing(self, key)
        return data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return _same_class(self, self.data | _mapping_data(other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return _same_class(self, _mapping_data(other) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _mapping_data(other)
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data.copy())

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass is copied with copy.copy (its own __copy__ if it has one) while its
        # data is empty, then filled through its own __setitem__.
        import copy
        saved, self.data = self.data, {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = saved
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _mapping_data(other):
    return other.data if isinstance(other, UserDict) else other


def _as_list(other):
    """other as a list to combine with a UserList's data."""
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        elif type(initlist) is list:
            self.data = initlist[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    # Comparisons see through another UserList to its list.
    def __eq__(self, other):
        return self.data == _unwrap(other)

    def __lt__(self, other):
        return self.data < _unwrap(other)

    def __le__(self, other):
        return self.data <= _unwrap(other)

    def __gt__(self, other):
        return self.data > _unwrap(other)

    def __ge__(self, other):
        return self.data >= _unwrap(other)

    __hash__ = None  # mutable

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return _same_class(self, found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return _same_class(self, self.data + _as_list(other))

    def __radd__(self, other):
        return _same_class(self, _as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return _same_class(self, self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data[:])

    def copy(self):
        return _same_class(self, self)

    # The list methods, on self.data.
    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)


class UserString(_collections_abc.Sequence):
    # Every str method, on self.data: those giving text give an instance of the
    # caller's class; arguments that are UserStrings count as their text where str
    # would take a str.

    def __init__(self, seq):
        if isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = seq if isinstance(seq, str) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string)

    def __lt__(self, string):
        return self.data < _unwrap(string)

    def __le__(self, string):
        return self.data <= _unwrap(string)

    def __gt__(self, string):
        return self.data > _unwrap(string)

    def __ge__(self, string):
        return self.data >= _unwrap(string)

    def __len__(self):
        return len(self.data)

    def __contains__(self, char):
        return _unwrap(char) in self.data

    def __getitem__(self, index):
        return _same_class(self, self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return _same_class(self, self.data + other)

    def __radd__(self, other):
        return _same_class(self, (other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return _same_class(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _same_class(self, self.data % args)

    def __rmod__(self, template):
        return _same_class(self, str(template) % self)

    # Methods with arguments, spelled out for their signatures.
    def center(self, width, *args):
        return _same_class(self, self.data.center(width, *args))

    def ljust(self, width, *args):
        return _same_class(self, self.data.ljust(width, *args))

    def rjust(self, width, *args):
        return _same_class(self, self.data.rjust(width, *args))

    def zfill(self, width):
        return _same_class(self, self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return _same_class(self, self.data.expandtabs(tabsize))

    def strip(self, chars=None):
        return _same_class(self, self.data.strip(chars))

    def lstrip(self, chars=None):
        return _same_class(self, self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return _same_class(self, self.data.rstrip(chars))

    def removeprefix(self, prefix, /):
        return _same_class(self, self.data.removeprefix(_unwrap(prefix)))

    def removesuffix(self, suffix, /):
        return _same_class(self, self.data.removesuffix(_unwrap(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return _same_class(self, self.data.replace(_unwrap(old), _unwrap(new), maxsplit))

    def translate(self, *args):
        return _same_class(self, self.data.translate(*args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_unwrap(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_unwrap(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_unwrap(sub), start, end)

    # index, rindex, startswith and endswith do not unwrap, as in CPython: a
    # UserString argument is a TypeError there.
    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def encode(self, encoding="utf-8", errors="strict"):
        # None stands for the default, as str.encode does not allow.
        return self.data.encode("utf-8" if encoding is None else encoding,
                                "strict" if errors is None else errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    maketrans = str.maketrans


def _without_arguments(name, rewrap):
    """UserString.name(self): str.name on the text, rewrapped or not."""
    on_text = getattr(str, name)
    if rewrap:
        def method(self):
            return _same_class(self, on_text(self.data))
    else:
        def method(self):
            return on_text(self.data)
    method.__name__ = name
    method.__qualname__ = "UserString." + name
    return method


for _name in ("capitalize", "casefold", "lower", "swapcase", "title", "upper"):
    setattr(UserString, _name, _without_arguments(_name, True))
for _name in ("isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier",
              "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"):
    setattr(UserString, _name, _without_arguments(_name, False))
del _name

for _cls in (UserDict, UserList, UserString):
    _cls.__module__ = "collections"
