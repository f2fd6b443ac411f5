# str.join and dict() given a Python generator, and the consuming built-ins given an
# instance whose __iter__ is a generator function: results, errors, early stops.
import sys
import traceback


def words(n):
    for i in range(n):
        yield "w%d" % i


print("".join(str(x) for x in range(12)), ", ".join(words(4)), repr("-".join(words(0))))
print("ab".join(c for c in "xyz"), repr("".join(s for s in ["", "", ""])))
g = words(5)
print(next(g), "+".join(g), repr("+".join(g)))


class S(str):
    pass


print(repr("|".join(S(x) for x in "abc")), type("".join(S("q") for _ in range(1))).__name__)
print(repr(S("/").join(x for x in "abc")))

for bad in ([1, "a"], ["a", 2], ["a", None, 3]):
    try:
        "".join(x for x in bad)
    except TypeError as e:
        print("TypeError:", e)


def boom():
    yield "a"
    raise KeyError("inside")


try:
    "".join(boom())
except KeyError as e:
    print("KeyError", e)


def joins_itself():
    yield "x"
    yield "".join(me)


me = joins_itself()
try:
    "".join(me)
except ValueError as e:
    print("ValueError:", e)

print(dict((k, i) for i, k in enumerate("abc")), dict(x for x in []))
print(dict([k, k * 2] for k in "pq"), dict(s for s in ["ab", "cd"]))
print(dict((k % 3, k) for k in range(10)))
for bad in ([("a", 1), (1, 2, 3)], [("a", 1), ("b", 2), 5], [("a", 1), ("a", 2), "abc"]):
    try:
        dict(x for x in bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")


def pairs_then_bad():
    try:
        yield (1, 2)
        yield (BadHash(), 3)
        yield (4, 5)
    finally:
        print("  pairs_then_bad closed")


try:
    dict(pairs_then_bad())
except RuntimeError as e:
    print("RuntimeError:", e)


class Eq:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("  eq", self.k, other.k)
        return self.k == other.k

    def __repr__(self):
        return "Eq(%d)" % self.k


print(dict((Eq(k), k) for k in [1, 2, 1]))
d = dict((str(i), [i]) for i in range(3))
d["0"].append(d)
print(len(d), d["1"])


class Tree:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x


t = Tree([3, 1, 2])
print(sum(t), min(t), max(t), sorted(t), list(t), tuple(t), set(t), frozenset(t))
print(all(t), any(Tree([])), "".join(Tree(["a", "b"])), dict(Tree([(1, 2)])))
print(sum(Tree([])), list(Tree([])), list(Tree(x for x in range(3))))
try:
    min(Tree([]))
except ValueError as e:
    print("ValueError:", e)


class Nested:
    def __init__(self, depth):
        self.depth = depth

    def __iter__(self):
        if self.depth:
            yield from Nested(self.depth - 1)
        yield self.depth


print(sum(Nested(5)), list(Nested(3)))


class Raises:
    def __iter__(self):
        yield 1
        raise StopIteration


try:
    sum(Raises())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


class Fails:
    def __iter__(self):
        yield 1
        1 / 0


try:
    list(Fails())
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(l for l in lines if l.startswith("  File")).replace(__file__, "F"))


class NotGen:
    def __iter__(self):
        return iter([4, 5])


class WithArg:
    def __iter__(self, extra=10):
        yield extra


print(sum(NotGen()), list(WithArg()))


class Later:
    pass


def later_iter(self):
    yield "later"


Later.__iter__ = later_iter
print(list(Later()), "".join(Later()))
obj = Later()
obj.__iter__ = lambda: iter(["instance attribute ignored"])
print(list(obj))


class Mapping:
    def __iter__(self):
        yield ("k", "from __iter__")

    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return k * 2


print(dict(Mapping()), list(Mapping()), "".join(k for k, v in Mapping()))
