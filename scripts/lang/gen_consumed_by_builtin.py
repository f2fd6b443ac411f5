# sum/all/any/min/max given a Python generator: results, early stops, errors in the
# generator and in the step, gi_running, PEP 479, yield from, exc_info, finalization.
import sys
import traceback


def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(10)), sum(x for x in range(5)), sum(x for x in []))
print(sum(x for x in [1.5, 2.5]), sum(x for x in [1, 2.5, 3]))
print(sum(x for x in [2**62, 2**62, 2**62]), sum(x for x in [-(2**63), -1]))
print(sum(x for x in [True, True, 1]), sum(x for x in [[1], [2]] if False))
print(all(x > 0 for x in [1, 2, 3]), all(x > 0 for x in [1, 0, 3]), all(x for x in []))
print(any(x > 2 for x in [1, 2, 3]), any(x > 5 for x in [1, 2]), any(x for x in []))
print(min(x for x in [3, 1, 2]), max(x for x in [3, 1, 2]), max(x % 3 for x in range(10)))
print(min(s for s in ["b", "a", "c"]), max(f for f in [1.0, 3, 2.5]))


class Key:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        return self.k < other.k

    def __gt__(self, other):
        return self.k > other.k

    def __repr__(self):
        return f"Key({self.k}, {self.tag})"


# the first of equal items wins
print(min(Key(k, t) for k, t in [(1, "a"), (0, "b"), (0, "c")]))
print(max(Key(k, t) for k, t in [(1, "a"), (2, "b"), (2, "c")]))

# a partly consumed generator, then consumed
g = squares(5)
print(next(g), sum(g), sum(g))
g = squares(5)
print(any(x == 4 for x in g), list(g))

# early stop leaves the generator suspended; its finally runs when it is dropped
def noisy(items):
    try:
        for x in items:
            print("  yield", x)
            yield x
    finally:
        print("  finally")


print(all(noisy([1, 0, 2])))
print(any(noisy([0, 3, 4])))
it = noisy([5, 0, 6])
print(all(it), "then", next(it))
del it


# errors raised inside the generator
def bad(n):
    yield 1
    raise KeyError(n)


for f in (sum, all, any, min, max):
    try:
        f(bad(7))
    except KeyError as e:
        print(f.__name__, "KeyError", e)

try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print([l.strip() for l in tb if not l.strip().startswith(("File", "Traceback", "^", "~"))])

# errors of the step: raised in the caller, the generator left suspended
g = (x for x in [1, "a", 3])
try:
    sum(g)
except TypeError as e:
    print("TypeError", e, next(g))
try:
    max(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
for f in (min, max):
    try:
        f(x for x in [])
    except ValueError as e:
        print("ValueError", e)


class Falsy:
    def __bool__(self):
        raise RuntimeError("no truth")


try:
    all(Falsy() for _ in range(3))
except RuntimeError as e:
    print("RuntimeError", e)

# PEP 479
def stops():
    yield 1
    raise StopIteration


try:
    sum(stops())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# a generator consuming itself (already executing)
def selfish():
    yield 0
    yield sum(me)


me = selfish()
try:
    print(max(me))
except ValueError as e:
    print("ValueError", e)

# exhausted and running generators, coroutine-like sends
g = squares(3)
list(g)
print(sum(g), all(g), any(g))
try:
    min(g)
except ValueError as e:
    print("ValueError", e)


# yield from inside a consumed generator
def inner(n):
    yield from range(n)
    yield from squares(n)
    return "done"


def outer(n):
    r = yield from inner(n)
    yield len(r)


print(sum(outer(4)), max(outer(3)), all(outer(2)), any(outer(0)))
print(sum(sum(i * c for i, c in enumerate(s)) for s in [(1, 2), (3, 4, 5)]))
print(sum(any(c == 0 for c in t) for t in [(1, 0), (2, 3), (0,)]))

# the exception being handled, seen from the step and from the generator
class Seer:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Seer(self.v + other.v)

    def __radd__(self, other):
        print("  handled in step:", sys.exc_info()[0])
        return Seer(other + self.v)


def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield Seer(1)
        print("  handled in generator:", sys.exc_info()[0])
        yield Seer(2)


try:
    raise IndexError("outer")
except IndexError:
    print(sum(handled()).v, sys.exc_info()[0])
print(sum(handled()).v)

# recursion: a consumed generator calling itself through sum
def depth(n):
    yield 1
    if n:
        yield sum(depth(n - 1))


print(sum(depth(50)))
try:
    sum(depth(100000))
except RecursionError as e:
    print("RecursionError")

# the builtins rebound or shadowed
def sum(it):
    return "shadowed"


print(sum(x for x in [1]))
del sum
import builtins
print(builtins.sum(x for x in [1, 2]), builtins.max(x for x in [4, 2]))

# list and tuple of a generator
print(list(squares(4)), tuple(squares(4)), list(x for x in []), tuple(x for x in ()))
print(tuple(outer(2)), list(outer(2)))
g = squares(4)
next(g)
print(list(g), tuple(g))
try:
    list(bad(3))
except KeyError as e:
    print("KeyError", e)
nested = tuple([i] for i in range(3))
nested[0].append(nested)
print(len(nested), nested[0][1] is nested)


class L(list):
    pass


print(L(x for x in "ab"), type(L(x for x in "ab")).__name__)
import gc
gc.collect()
print(tuple(tuple(range(i)) for i in range(3)), list(list(range(i)) for i in range(3)))
