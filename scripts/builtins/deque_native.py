# collections.deque as CPython's C type: every method, the operators, messages,
# maxlen, iteration that notices mutation, subclasses, pickling and copying, weak
# references and the cycle collector.
import copy
import gc
import pickle
import weakref
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- construction")
print(deque(), deque("abc"), deque(range(5), 3), deque([], 0), deque(maxlen=2))
print(deque(iterable=[1, 2], maxlen=None), deque([1, 2], True).maxlen)
attempt("three args", lambda: deque(1, 2, 3))
attempt("bad keyword", lambda: deque(foo=1))
attempt("float maxlen", lambda: deque([], 1.5))
attempt("str maxlen", lambda: deque([], "a"))
attempt("huge maxlen", lambda: deque([], 2**64))
attempt("negative maxlen", lambda: deque([], -1))
attempt("not iterable", lambda: deque(1))
attempt("new of int", lambda: deque.__new__(int))
print(deque.__new__(deque, 1, 2, x=3), deque.__module__, deque.__name__, deque)
print(type(deque.__dict__["maxlen"]).__name__ in ("getset_descriptor", "property"))

print("-- __init__ again empties first")
d = deque([1, 2, 3], 5)
d.__init__("xy")
print(d, d.maxlen)
d.__init__([7], 1)
print(d, d.maxlen)
d.__init__(d)
print(d)

print("-- ends")
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("append no arg", lambda: deque().append())
attempt("append two", lambda: deque().append(1, 2))
attempt("pop arg", lambda: deque().pop(1))
attempt("descriptor", lambda: deque.append(1, 2))

print("-- maxlen trims the other end")
d = deque(range(3), 3)
d.append(3)
print(d)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft("ab")
print(d)
z = deque([], 0)
z.append(1)
z.extend(iter([1, 2, 3]))
print(z, len(z))
consumed = iter(range(5))
z.extend(consumed)
print(list(consumed))

print("-- extend")
d = deque([1, 2])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d.extend(x * x for x in range(3))
print(d)
d.extendleft((7, 8))
print(d)
attempt("extend int", lambda: deque().extend(5))

print("-- clear, copy, count, reverse")
d = deque([1, 2, 1, 3, 1], 9)
print(d.count(1), d.count(4), d.count(1.0))
e = d.copy()
print(e, e.maxlen, e is d, e == d, copy.copy(d) == d, d.__copy__().maxlen)
d.reverse()
print(d)
d.clear()
print(d, len(d), e)

print("-- index")
d = deque("abcabc")
print(d.index("b"), d.index("b", 2), d.index("c", -3), d.index("a", 1, 4))
print(d.index("c", -100, 100), d.index("a", 0, 2**100), d.index("a", -2**100))
attempt("index missing", lambda: d.index("z"))
attempt("index outside the bounds", lambda: d.index("a", 1, 3))
attempt("index str bound", lambda: d.index("a", "x"))
attempt("index no args", lambda: d.index())
attempt("index None bound", lambda: d.index("a", None))

print("-- insert")
d = deque([1, 2, 3])
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
d.insert(0, "zero")
print(d)
attempt("insert full", lambda: deque([1], 1).insert(0, 1))
attempt("insert str index", lambda: deque([1]).insert("a", 1))
attempt("insert one arg", lambda: deque([1]).insert(1))
attempt("insert huge", lambda: deque([1]).insert(2**64, 1))

print("-- remove")
d = deque([1, 2, 3, 2])
d.remove(2)
print(d)
attempt("remove missing", lambda: d.remove(9))

print("-- rotate")
d = deque(range(6))
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(14)
print(d)
d.rotate(-14)
print(d)
d.rotate(2**62)
print(d)
deque().rotate(5)
attempt("rotate str", lambda: deque().rotate("a"))
attempt("rotate huge", lambda: deque().rotate(2**64))
attempt("rotate two", lambda: deque().rotate(1, 2))
attempt("rotate keyword", lambda: deque().rotate(n=1))


class Idx:
    def __index__(self):
        return 2


d = deque(range(6))
d.rotate(Idx())
print(d, d[Idx()])

print("-- indexing")
d = deque(range(10))
print(d[0], d[-1], d[5], d[-10])
attempt("index past", lambda: d[10])
attempt("index before", lambda: d[-11])
attempt("str index", lambda: d["a"])
attempt("float index", lambda: d[1.5])
attempt("huge index", lambda: d[2**70])
attempt("slice", lambda: d[1:2])
d[0] = "first"
d[-1] = "last"
del d[1]
del d[-2]
print(d)


def set_past():
    d[20] = 1


def del_past():
    del d[20]


def set_str():
    d["a"] = 1


attempt("set past", set_past)
attempt("del past", del_past)
attempt("set str", set_str)
print(3 in d, 1 in d, "last" in d)

print("-- iteration")
d = deque(range(5))
print(list(d), list(reversed(d)), sum(d))
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
d[1] = "changed"
d.reverse()
print(next(it), list(it))
for label, mutate in [
    ("append", lambda d: d.append(9)),
    ("pop", lambda d: d.pop()),
    ("rotate", lambda d: d.rotate(1)),
    ("clear", lambda d: d.clear()),
    ("del", lambda d: d.__delitem__(0)),
    ("insert", lambda d: d.insert(1, 0)),
    ("remove", lambda d: d.remove(2)),
    ("extend empty", lambda d: d.extend([])),
]:
    for walk in (iter, reversed):
        d = deque(range(4))
        it = walk(d)
        next(it)
        mutate(d)
        try:
            print(label, walk.__name__, list(it))
        except RuntimeError as e:
            print(label, walk.__name__, "RuntimeError", e)
            attempt("  again", lambda: list(it))
d = deque([1, 2])
it = iter(d)
d.append(3)
d.pop()
attempt("append then pop", lambda: next(it))
d = deque([1])
it = reversed(d)
print(next(it))
d.append(2)
attempt("exhausted reverse after append", lambda: next(it))

print("-- repr")
d = deque([1, "a", None])
d.append(d)
print(d, repr(deque(range(3), 7)))
outer = deque([[d]])
print(outer)
print(str(deque([0.5])), f"{deque([1, 2])}")

print("-- comparisons")
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != [1, 2, 3], a == a)
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2, 3]) > deque([1, 2]))
print(deque() <= deque(), deque() >= deque(), deque() < deque())
print(deque([float("nan")]) == deque([float("nan")]))
attempt("order with list", lambda: deque([1]) < [1])
attempt("order with int", lambda: deque([1]) >= 1)
attempt("hash", lambda: hash(deque()))
print(deque.__hash__, deque([1]).__eq__(5))

print("-- arithmetic")
d = deque([1, 2], 5)
print(d + deque([3]), (d + deque([3])).maxlen, d * 2, 3 * d, d * 0, d * -1)
print(deque([1, 2, 3], 4) * 3, deque([1], 3) * 10)
attempt("add list", lambda: deque([1]) + [1])
attempt("add int", lambda: deque([1]) + 5)
attempt("mul str", lambda: deque([1]) * "a")
attempt("mul float", lambda: deque([1]) * 1.5)
attempt("str mul", lambda: "a" * deque([1]))
attempt("mul huge", lambda: deque([1]) * 2**64)
e = d
e += [7, 8]
print(e is d, d)
e *= 2
print(e is d, d)
e *= 0
print(e is d, d)


class Right:
    def __radd__(self, other):
        return "radd"

    def __rmul__(self, other):
        return "rmul"


print(deque([1]) + Right(), deque([1]) * Right())


def iadd_int():
    x = deque()
    x += 5


attempt("iadd int", iadd_int)

print("-- class_getitem, abc")
import collections.abc

print(deque[int], deque[int].__origin__ is deque)
print(isinstance(deque(), collections.abc.MutableSequence),
      isinstance(deque(), collections.abc.Hashable))

print("-- no attributes on a plain deque")
attempt("set attribute", lambda: setattr(deque(), "x", 1))
attempt("__dict__", lambda: deque().__dict__)
attempt("set on the type", lambda: setattr(deque, "x", 1))

print("-- searches whose __eq__ mutates")


class Mutating:
    def __init__(self, target, action):
        self.target = target
        self.action = action

    def __eq__(self, other):
        self.action(self.target)
        return False

    def __repr__(self):
        return "Mutating()"


for name in ("count", "index", "remove", "__contains__"):
    d = deque([1, 2, 3])
    try:
        print(name, getattr(d, name)(Mutating(d, lambda t: t.append(0))), d)
    except (RuntimeError, IndexError) as e:
        print(name, type(e).__name__, e, d)
    d = deque([1, 2, 3])
    try:
        print(name, "setitem", getattr(d, name)(Mutating(d, lambda t: t.__setitem__(0, 5))), d)
    except ValueError as e:
        print(name, "setitem", type(e).__name__, e, d)


class FoundAndMutates:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append("x")
        return True


d = deque([1, 2])
print(d.index(FoundAndMutates(d)), d)
d = deque([1, 2])
print(FoundAndMutates(d) in d, d)
d = deque([1, 2])
try:
    d.remove(FoundAndMutates(d))
except IndexError as e:
    print("remove", e, d)

print("-- subclasses")


class Stack(deque):
    def __init__(self, items=(), limit=None, name="s"):
        super().__init__(items, limit)
        self.name = name

    def append(self, x):
        super().append(x * 10)

    def __repr__(self):
        return f"Stack<{self.name}>{list(self)}"


s = Stack([1, 2], 4, name="t")
s.append(3)
s.extend([4])  # CPython's extend does not call an overridden append
print(s, s.name, len(s), s.maxlen, isinstance(s, deque), type(s).__mro__[1] is deque)
print(s == deque([1, 2, 30, 4]), s[2], s.pop(), s)
s.flag = True
print(sorted(vars(s)), s.__reduce__()[1:3])


class Plain(deque):
    pass


p = Plain("ab", 3)
print(p, repr(p), p.copy(), type(p.copy()).__name__, type(copy.copy(p)).__name__)
print(type(p + deque("c")).__name__, p + deque("c"), type(deque("c") + p).__name__)
print(type(p * 2).__name__, p * 2, Plain.__hash__)
p.x = 1
q = copy.deepcopy(p)
print(type(q).__name__, q, q.x, q.maxlen)
r = pickle.loads(pickle.dumps(p))
print(type(r).__name__, r, r.x, r.maxlen)


class Slotted(deque):
    __slots__ = ("a",)


t = Slotted()
t.a = 1
attempt("slotted attribute", lambda: setattr(t, "b", 1))
print(weakref.ref(t)() is t)


class BadCopy(deque):
    def __new__(cls, *args):
        if args:
            return [1]
        return super().__new__(cls)


attempt("copy must return a deque", lambda: BadCopy().copy())

print("-- pickle and copy")
d = deque([1, [2, 3], "x"], 10)
print(d.__reduce__()[:3], deque([1]).__reduce__()[:3])
e = pickle.loads(pickle.dumps(d))
print(e, e.maxlen, type(e) is deque)
f = copy.deepcopy(d)
print(f, f[1] is d[1], copy.copy(d)[1] is d[1])
d.append(d)
g = copy.deepcopy(d)
print(g[-1] is g, len(g))

print("-- weak references and the collector")
d = deque([1])
r = weakref.ref(d)
print(r() is d)
del d
print(r())
gc.collect()
d = deque()
d.append(d)
r = weakref.ref(d)
del d
print(r() is not None)
gc.collect()
print(r())
s = Stack()
deque.append(s, s)
r = weakref.ref(s)
del s
gc.collect()
print(r())
long = deque(range(300000))
for _ in range(1000):
    long = deque([long])
del long
print("dropped")
