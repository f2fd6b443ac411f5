# The mixin methods collections.abc gives subclasses, and isinstance for builtins.
from collections.abc import (
    Callable, Container, Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping,
    MutableMapping, MutableSequence, MutableSet, Sequence, Set, Sized, ValuesView,
    Generator, Reversible, Collection,
)


class Store(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'Store({self._d})'


s = Store({'a': 1}, b=2)
s.update([('c', 3)])
print(s, len(s), 'a' in s, 'z' in s, s.get('a'), s.get('z'), s.get('z', 0))
print(list(s.keys()), list(s.values()), list(s.items()))
print(s.keys(), s.items(), s.values())
print(s == {'a': 1, 'b': 2, 'c': 3}, s == Store(a=1), s != {'a': 1})
print(s.pop('a'), s.pop('zz', 'none'), s.setdefault('b', 9), s.setdefault('d', 4), s)
try:
    s.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(s.popitem(), s)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))
ks = Store(x=1, y=2).keys()
print(ks & {'x'}, sorted(ks | {'z'}), ks - {'x'}, ('x', 1) in Store(x=1).items(), 2 in Store(y=2).values())
print(isinstance(ks, KeysView), isinstance(Store().items(), ItemsView), isinstance(Store().values(), ValuesView))
print(reversed.__name__, Store.__reversed__)


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


sp = Span(5)
print(list(sp), 20 in sp, 25 in sp, list(reversed(sp)), sp.index(30), sp.count(10), sp[-1])
print(sp.index(30, 1), sp.index(30, -3))
for args in ((99,), (10, 2), (30, 0, 3)):
    try:
        sp.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))


class Items(MutableSequence):
    def __init__(self, data=()):
        self._data = list(data)

    def __getitem__(self, i):
        return self._data[i]

    def __setitem__(self, i, v):
        self._data[i] = v

    def __delitem__(self, i):
        del self._data[i]

    def __len__(self):
        return len(self._data)

    def insert(self, i, v):
        self._data.insert(i, v)

    def __repr__(self):
        return f'Items({self._data})'


it = Items([1, 2, 3])
it.append(4)
it.extend([5, 6])
it += [7]
print(it, it.pop(), it.pop(0), it)
it.remove(4)
it.reverse()
print(it, it.index(5), it.count(2), 3 in it)
it.extend(it)
print(it)
it.clear()
print(it, len(it))
try:
    it.pop()
except IndexError as e:
    print('IndexError', e)
try:
    Items([1]).remove(9)
except ValueError as e:
    print('ValueError', repr(e))


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return f'Bag({sorted(self._items)})'


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, {1, 2} & a, {9} | a)
print(a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]), a >= Bag([1]), a > Bag([1]), a.isdisjoint([7]))
print(a == {1, 2, 3}, a != b)
c = Bag([1, 2])
c |= [5]
c -= [1]
c ^= [2, 6]
c &= [5, 6, 7]
print(c, Bag([1])._hash() == hash(frozenset([1])))
c.remove(5)
try:
    c.remove(42)
except KeyError as e:
    print('KeyError', e)
print(c.pop(), c)
try:
    c.pop()
except KeyError as e:
    print('KeyError', repr(e))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


cd = Countdown(3)
print(iter(cd) is cd, list(cd))


class Gen(Generator):
    def send(self, value):
        raise StopIteration

    def throw(self, *args):
        raise StopIteration


print(list(Gen()), Gen().close())

# instantiation of an incomplete subclass
for cls in (Mapping, Sequence, MutableSet, Iterator):
    class Partial(cls):
        pass
    try:
        Partial()
    except TypeError as e:
        print('TypeError', e)

# isinstance and issubclass for builtins
print(isinstance([], Hashable), isinstance((), Hashable), isinstance({}, Hashable), isinstance(set(), Hashable), isinstance(frozenset(), Hashable), isinstance(bytearray(), Hashable))
print(isinstance(len, Callable), callable(len), isinstance([].append, Callable), isinstance(lambda: 0, Callable), isinstance(int, Callable), isinstance(1, Callable))
print(list.__hash__ is None, dict.__hash__ is None, set.__hash__ is None, bytearray.__hash__ is None, tuple.__hash__ is None, frozenset.__hash__ is None)


class L(list):
    pass


class H(list):
    def __hash__(self):
        return 7


print(L.__hash__ is None, isinstance(L(), Hashable), hash(H()), isinstance(H(), Hashable))
try:
    hash(L())
except TypeError as e:
    print('TypeError', e)
for t in (list, tuple, str, dict, set, frozenset, range, bytes, bytearray):
    print(t.__name__, [abc.__name__ for abc in (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable, Sized, Iterable, Reversible, Container, Collection) if issubclass(t, abc)])
print(issubclass(type(iter([])), Iterator), isinstance((x for x in ()), Generator), isinstance(Store(), Mapping), isinstance(Store(), dict))
print(Sequence.__module__, Mapping.__name__, Iterable[int], Callable[[int], str])
print(Callable[..., int], Callable[[], int], Callable[[int, str], list[int]], Callable[[int], str].__args__)
for bad in (lambda: Callable[int], lambda: Callable[int, str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
from collections.abc import Generator, Coroutine
class G(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 2
try:
    G().close()
except RuntimeError as e:
    print(e)
class C(Coroutine):
    def send(self, v): raise StopIteration
    def throw(self, typ, val=None, tb=None): return super().throw(typ, val, tb)
    def __await__(self): yield
C().close()
try:
    C().throw(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError', e)
