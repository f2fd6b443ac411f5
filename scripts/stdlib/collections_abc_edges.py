# Edges of collections.abc's mixins and subclass hooks the main goldens leave out.
import asyncio
import contextlib
from collections.abc import (
    AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Callable, Collection,
    Container, Coroutine, Generator, Hashable, ItemsView, Iterable, Iterator, KeysView,
    Mapping, MappingView, MutableMapping, MutableSequence, MutableSet, Reversible,
    Sequence, Set, Sized, ValuesView,
)


class NoHash:
    __hash__ = None


class Both:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class IterNone:
    __iter__ = None

    def __len__(self):
        return 1


print(issubclass(NoHash, Hashable), issubclass(Both, Collection), issubclass(Both, Sized),
      issubclass(Both, Container), issubclass(IterNone, Iterable), issubclass(IterNone, Sized),
      issubclass(IterNone, Collection), issubclass(Both, Reversible), issubclass(Both, Sequence))


class Sub(Hashable):
    def __hash__(self):
        return super().__hash__() + 5


class SizedSub(Sized):
    def __len__(self):
        return super().__len__() + 3


class Cont(Container):
    def __contains__(self, x):
        return super().__contains__(x)


class It(Iterable):
    def __iter__(self):
        return super().__iter__()


class Rev(Reversible):
    def __iter__(self):
        return iter([1])

    def __reversed__(self):
        return super().__reversed__()


class Call(Callable):
    def __call__(self, *a, **k):
        return super().__call__(*a, **k)


print(hash(Sub()), len(SizedSub()), 3 in Cont(), list(It()), list(reversed(Rev())), Call()(1, x=2))


class Fixed(Set):
    def __init__(self, items=()):
        self._l = []
        for x in items:
            if x not in self._l:
                self._l.append(x)

    def __contains__(self, x):
        return x in self._l

    def __iter__(self):
        return iter(self._l)

    def __len__(self):
        return len(self._l)

    def __repr__(self):
        return f'Fixed({self._l})'


f = Fixed([3, 1, 2])
print(f & [2, 3, 9], [2, 9] & f, f | [4, 1], [4] | f, f - [1], [1, 5] - f, f ^ [3, 7], [3, 7] ^ f)
print(f.__le__(5), f.__lt__([1]), f.__gt__(None), f.__ge__('x'), f.__eq__(3), f.__and__(3), f.__or__(3), f.__sub__(3), f.__rsub__(3), f.__xor__(3))
print(f == Fixed([1, 2, 3]), f < Fixed([1, 2, 3, 4]), f > Fixed([2]), f <= Fixed([1]), f >= Fixed([1, 9]), f != Fixed([1]))
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, {1, 2, 3, 4} >= f, f.isdisjoint([8, 9]), f.isdisjoint(iter([1])))
print(Fixed([])._hash() == hash(frozenset()), Fixed([1, 'a', (2, 3)])._hash() == hash(frozenset([1, 'a', (2, 3)])),
      Fixed(range(50))._hash() == hash(frozenset(range(50))), Fixed([-1, -2])._hash() == hash(frozenset([-1, -2])))


class Bag(MutableSet):
    def __init__(self, items=()):
        self._l = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._l

    def __iter__(self):
        return iter(list(self._l))

    def __len__(self):
        return len(self._l)

    def add(self, x):
        if x not in self._l:
            self._l.append(x)

    def discard(self, x):
        if x in self._l:
            self._l.remove(x)

    def __repr__(self):
        return f'Bag({self._l})'


b = Bag([1, 2, 3])
b ^= b
print(b)
b = Bag([1, 2, 3])
b -= b
print(b)
b = Bag([1, 2, 3])
b ^= iter([3, 4, 4])
print(b)
b &= Bag([4, 2])
print(b, b.pop(), b)
b = Bag('abc')
b.clear()
print(b, type(Bag([1]) | [2]).__name__)


class Dict(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'Dict({self._d})'


d = Dict(a=1, b=[2], c=float('nan'))
print(d.keys(), d.values(), ('b', [2]) in d.items(), ('z', 1) in d.items(), [2] in d.values(), 9 in d.values())
nan = d['c']
print(('c', nan) in d.items(), nan in d.values(), d.__eq__([]), d == Dict(a=1, b=[2]), Mapping.__reversed__)
print(sorted(d.keys() & ['a', 'z']), sorted(Dict(x=1).items() | {('y', 2)}), len(d.values()), list(d.values())[:2])
print(isinstance(d.keys(), MappingView), MappingView(d), len(MappingView([1, 2])))
try:
    hash(d)
except TypeError as e:
    print('TypeError', e)


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class KeysOnly:
    def keys(self):
        return ['p', 'q']

    def __getitem__(self, k):
        return k * 2


s = Store()
s.update(KeysOnly(), r=3)
s.update(d)
s.update([('z', 0)], z=1)
print(dict(s), s.pop('p', None), s.setdefault('new'), s.get('new', 'x'))
for bad in ((1,), ([1],), ([(1, 2, 3)],)):
    try:
        s.update(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s.update({}, {})
except TypeError as e:
    print('TypeError', e)


class Seq(Sequence):
    def __init__(self, *v):
        self._v = v

    def __getitem__(self, i):
        return self._v[i]

    def __len__(self):
        return len(self._v)


q = Seq(1, 2, 3, 2, 1)
print(q.index(2), q.index(2, 2), q.index(1, -1), q.index(2, -10), q.index(3, 0, 3), q.count(2), q.count(9))
for args in ((3, 3), (1, 1, -1), (2, 0, 1), (5, -2)):
    try:
        print(q.index(*args))
    except ValueError as e:
        print('ValueError', repr(e))
print(q.index(1, None) if False else '', list(reversed(q)), nan in Seq(nan), Seq().count(1))


class MSeq(MutableSequence):
    def __init__(self, *v):
        self._v = list(v)

    def __getitem__(self, i):
        return self._v[i]

    def __setitem__(self, i, v):
        self._v[i] = v

    def __delitem__(self, i):
        del self._v[i]

    def __len__(self):
        return len(self._v)

    def insert(self, i, v):
        self._v.insert(i, v)


m = MSeq(1, 2, 3, 4, 5)
m.reverse()
print(m._v, m.pop(1), m._v)
m.reverse()
m += (9, 8)
print(m._v, m.remove(9), m._v)
e = MSeq()
e.reverse()
e.extend(e)
print(e._v)


class AIt(AsyncIterator):
    def __init__(self):
        self.n = 2

    async def __anext__(self):
        if not self.n:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class AGen(AsyncGenerator):
    def __init__(self):
        self.sent = []

    async def asend(self, v):
        self.sent.append(v)
        if len(self.sent) > 2:
            raise StopAsyncIteration
        return len(self.sent)

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


class Stubborn(AsyncGenerator):
    async def asend(self, v):
        return 1

    async def athrow(self, *a):
        return 2


async def main():
    a = AIt()
    print(a.__aiter__() is a, [x async for x in a])
    g = AGen()
    print([x async for x in g], g.sent)
    await g.aclose()
    try:
        await g.athrow(KeyError, KeyError('k'))
    except KeyError as e:
        print('KeyError', e)
    try:
        await g.athrow(KeyError)
    except KeyError as e:
        print('KeyError', repr(e))
    try:
        await Stubborn().aclose()
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
print(isinstance(AIt(), AsyncIterable), issubclass(AGen, AsyncIterator), isinstance(main(), Awaitable) if False else '',
      issubclass(type(main), Callable))


class Co(Coroutine):
    def send(self, v):
        raise StopIteration(v)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)

    def __await__(self):
        return iter(())


for args in ((ValueError,), (ValueError, None), (ValueError, ValueError('v'))):
    try:
        Co().throw(*args)
    except ValueError as e:
        print('ValueError', repr(e))
print(isinstance(Co(), Awaitable), issubclass(Co, Coroutine), Co().close())


class G(Generator):
    def send(self, v):
        if v is None:
            return 'first'
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = G()
print(next(g), g.close())
try:
    g.throw(TypeError)
except TypeError as e:
    print('TypeError', repr(e))


class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return super().__exit__(*a)


class ACM(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        return await super().__aexit__(*a)


with CM() as cm:
    print(type(cm).__name__)


async def use():
    async with ACM() as acm:
        print(type(acm).__name__)


asyncio.run(use())


class Open:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(contextlib.AbstractContextManager.__module__,
      issubclass(int, contextlib.AbstractAsyncContextManager), CM.__enter__.__qualname__)
print([c.__qualname__ for c in (Set, MutableMapping, AsyncGenerator, ItemsView)],
      Sequence.__mro__[1:4], KeysView.__mro__[1:3], ValuesView.__bases__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__),
      sorted(AsyncGenerator.__abstractmethods__), sorted(Coroutine.__abstractmethods__))
print(Iterable.__slots__, MappingView.__slots__, Set.__slots__)
