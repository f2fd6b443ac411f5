# Sets of ints and strs probed in one step, beside keys that need Python code: a
# user class hashing like an int, floats and bools equal to ints, NaN, mutation from
# __eq__, KeyError messages, and set/frozenset/sorted consuming a generator.

calls = []


class Like:
    """Hashes as the int it wraps and compares equal to it, counting its calls."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        calls.append(("hash", self.n))
        return hash(self.n)

    def __eq__(self, other):
        calls.append(("eq", self.n, other if isinstance(other, (int, str)) else "obj"))
        return self.n == (other.n if isinstance(other, Like) else other)


s = {1, 2, 3}
s.add(Like(9))
print(9 in s, 10 in s, calls)
calls.clear()
s.add(9)
print(len(s), calls)
calls.clear()
s.remove(9)
print(len(s), calls, sorted(x if isinstance(x, int) else ("Like", x.n) for x in s))
calls.clear()
s.discard(Like(1))
print(sorted(x if isinstance(x, int) else ("Like", x.n) for x in s), calls)

# 1 == 1.0 == True: one key, the first one kept.
t = {1.0}
t.add(1)
t.add(True)
print(t, 1 in t, True in t, 2 in t)
t.remove(1)
print(t)
u = {True, "a"}
u.add(1)
u.discard(1)
print(u, "a" in u, "b" in u)

nan = float("nan")
v = {nan, 1, "x"}
print(nan in v, 1 in v, "x" in v)

# A key whose __eq__ empties the set while an int probe passes it.
class Clearer:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.target.clear()
        return False


w = set()
w.add(Clearer(w))
print(5 in w, len(w))
w.add(Clearer(w))
w.add(5)
print(len(w), 5 in w)

# Errors.
for key in [7, "k", (1, 2), -1, 2**62, 2**61 - 1, -(2**61) + 1]:
    try:
        set().remove(key)
    except KeyError as e:
        print("KeyError", repr(e))
try:
    {1}.add([])
except TypeError as e:
    print("TypeError", e)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print("TypeError", e)

# Large and negative ints hash as CPython's.
big = {2**61 - 2, 2**61 - 1, 2**61, -(2**61), -1, -2, 2**62 + 5, -(2**63)}
print(sorted(big), 2**61 - 1 in big, 0 in big, -1 in big, [hash(x) for x in sorted(big)])
strs = {"a", "bb", "é", "a" * 40}
strs.add("b" + "b")
strs.discard("é")
print(sorted(strs), "bb" in strs, "é" in strs)

# Changed size during iteration.
it_set = {1, 2, 3}
try:
    for x in it_set:
        it_set.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)

# Small sets keep CPython's order as they grow past their first table.
order = set()
for i in [17, 3, 40, 8, 1, 33, 9, 64, 2, 5, 100, 7]:
    order.add(i)
    print(list(order))
print({(p * 7) % 13 for p in range(12)}, {str(i) for i in range(3)} == {"0", "1", "2"})


# Built-ins consuming a generator.
def gen(n):
    for i in range(n):
        yield i % 5


print(set(gen(12)), frozenset(gen(7)), sorted(gen(9)), set(x for x in []), frozenset(x for x in ()))
print(sorted(x * -1 for x in range(5)), type(frozenset(gen(3))).__name__)


def bad():
    yield 1
    yield [2]


g = bad()
try:
    set(g)
except TypeError as e:
    print("TypeError", e, next(g, "done"))
try:
    sorted(x for x in [1, "a", 2])
except TypeError as e:
    print("TypeError", e)


def raising():
    yield 3
    raise ValueError("inside")


for ctor in (set, frozenset, sorted):
    try:
        ctor(raising())
    except ValueError as e:
        print(ctor.__name__, "ValueError", e)

seen = []


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        seen.append(self.n)
        return self.n % 2

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return f"K{self.n}"


print(sorted(set(Key(i) for i in [3, 1, 3, 2]), key=lambda k: k.n), seen)
print(sorted(Key(i) for i in [3, 1, 2]))


# A comprehension's function has no attributes until given some.
def f():
    pass


print(f.__dict__, hasattr(f, "x"))
f.x = 1
print(f.__dict__, f.x)
del f.x
print(f.__dict__)
try:
    del f.y
except AttributeError as e:
    print("AttributeError", e)

from itertools import permutations, combinations, product

print(list(permutations(range(3))), list(combinations("abcd", 2))[:3], list(product([1, 2], "xy")))
print(len(list(permutations(range(20), 2))), list(permutations([])), list(product()))
