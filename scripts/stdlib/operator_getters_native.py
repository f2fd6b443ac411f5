# operator.itemgetter / attrgetter / methodcaller calls (native here): one and several
# items, dotted paths, methods with positional and keyword arguments, errors in
# CPython's words, and their use as sort keys and under map.
import operator
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.inner = self

    def m(self, k, scale=1):
        return (self.a + k) * scale


ps = [P(i, -i) for i in range(6)]
print(list(map(itemgetter(1), [(1, 2), "ab", {1: "x"}])), itemgetter(0, -1, slice(1, 3))("hello"))
print(list(map(attrgetter("a"), ps)), attrgetter("a", "b", "inner.inner.b")(ps[3]))
print(list(map(methodcaller("m", 3), ps)), methodcaller("m", 1, scale=10)(ps[2]), methodcaller("upper")("x"))
print(sorted(ps, key=attrgetter("b"))[0].a, sorted([(2, "b"), (1, "z"), (2, "a")], key=itemgetter(0, 1)))
print(max(ps, key=attrgetter("a")).a, min([(3, 1), (1, 3)], key=itemgetter(1)))
for f, arg in [(itemgetter(5), (1, 2)), (itemgetter("k"), {}), (attrgetter("zz"), ps[0]),
               (attrgetter("inner.zz"), ps[0]), (methodcaller("nope"), ps[0]),
               (methodcaller("m"), ps[0]), (itemgetter(1), 5)]:
    try:
        f(arg)
    except (IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: itemgetter(1)(), lambda: itemgetter(1)(1, 2), lambda: itemgetter(1)(x=1),
             lambda: attrgetter("a")(), lambda: methodcaller("a")(), lambda: methodcaller("a")(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


ig = itemgetter(2)
print(ig([1, 2, 3]), isinstance(ig, itemgetter), repr(itemgetter(1, "a")), repr(attrgetter("a.b")))
print(repr(methodcaller("m", 1, scale=2)), callable(itemgetter(0)))


class Tricky:
    def __getitem__(self, k):
        return ("got", k)

    def __getattr__(self, name):
        return name * 2


print(itemgetter(7, "x")(Tricky()), attrgetter("q", "r")(Tricky()), attrgetter("r.upper")(Tricky())())
import pickle
print(pickle.loads(pickle.dumps(itemgetter(1)))([5, 6]), pickle.loads(pickle.dumps(attrgetter("a")))(ps[4]))
