# Python functions called by native code (map, filter, sorted, min, max, list.sort
# keys) bind their arguments without the general binder, and an instance's Python
# `__call__` called from Python code runs as a frame of the dispatch loop: results,
# defaults, receivers, errors, tracebacks and frames must stay CPython's.
import sys
import traceback


def ident(x):
    return x


def add(a, b=10, c=100):
    return a + b + c


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def scaled(self, k=2):
        return self.v * k


print(list(map(ident, range(5))))
print(list(map(add, [1, 2, 3])))
print(list(map(add, [1, 2], [3, 4])))
print(list(map(add, [1, 2], [3, 4], [5, 6])))
print(list(map(lambda *a: a, [1, 2], "ab")))
print(list(map(Box.get, [Box(1), Box(2)])))
print(list(map(Box(7).scaled, [1, 3])))
print(list(map(Box.scaled, [Box(4)])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted([3, 1, 2], key=lambda x: -x))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(min([3, 1, 2], key=lambda x: -x), max([3, 1, 2], key=lambda x: -x))
print(min(5, 9, 2, key=add), max("ab", "c", key=ident))
xs = [Box(3), Box(1), Box(2)]
xs.sort(key=Box.get)
print([b.v for b in xs])


def gen_of(x):
    yield x
    yield x * 2


print([list(g) for g in map(gen_of, [1, 2])])


def kwonly(a, *, k=1):
    return a + k


print(list(map(kwonly, [1, 2])))


def star(*a):
    return len(a)


print(list(map(star, [1, 2], [3, 4])))


def closure_maker(n):
    def inner(x):
        return x + n
    return inner


print(list(map(closure_maker(5), [1, 2])))


def cell_param(x):
    def get():
        return x
    return get()


print(list(map(cell_param, [8, 9])))

# Wrong argument counts: CPython's messages.
for call in (
    lambda: list(map(ident, [1], [2])),
    lambda: list(map(add, [])) or list(map(Box.get, [1, 2])),
    lambda: sorted([2, 1], key=add),
    lambda: min([1, 2], key=lambda: 0),
    lambda: list(filter(lambda a, b: a, [1])),
):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


# Exceptions raised by a key function reach the caller with their traceback.
def bad_key(x):
    if x == 2:
        raise ValueError("bad item %r" % x)
    return x


for consumer in (
    lambda: sorted([1, 2, 3], key=bad_key),
    lambda: min([1, 2, 3], key=bad_key),
    lambda: max([1, 2, 3], key=bad_key),
    lambda: list(map(bad_key, [1, 2, 3])),
    lambda: list(filter(bad_key, [1, 2, 3])),
    lambda: [1, 3, 2].sort(key=bad_key),
):
    try:
        consumer()
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("ValueError", e, [f.name for f in tb])


# A native caller's function sees its own frame and a caller above it.
def frame_names(x):
    f = sys._getframe()
    return (f.f_code.co_name, x)


print(list(map(frame_names, [1])))


# Instances called from Python code.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0):
        return self.n + x + y


a = Adder(10)
print(a(1), a(1, 2), a(x=3), a(1, y=5))
print(list(map(a, [1, 2])), sorted([3, 1], key=a))
total = 0
for i in range(1000):
    total += a(i)
print(total)

for bad in (lambda: a(), lambda: a(1, 2, 3), lambda: a(z=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class Caller:
    def __call__(self):
        f = sys._getframe()
        return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_lineno > 0


def outer():
    return Caller()()


print(outer())


class Raiser:
    def __call__(self, x):
        raise KeyError(x)


def call_raiser():
    return Raiser()(5)


try:
    call_raiser()
except KeyError as e:
    print("KeyError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])


class GenCall:
    def __call__(self, n):
        for i in range(n):
            yield i


print(list(GenCall()(3)))


class AsyncCall:
    async def __call__(self, x):
        return x + 1


co = AsyncCall()(1)
try:
    co.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)


# Looked up on the type: an instance attribute named __call__ is not used, and
# replacing the class's changes what a warm call site runs.
class Switch:
    def __call__(self):
        return "first"


s = Switch()
s.__call__ = lambda: "instance attribute"
results = []
for i in range(4):
    if i == 2:
        Switch.__call__ = lambda self: "replaced"
    results.append(s())
print(results)
Switch.__call__ = staticmethod(lambda: "static")
print(s())
Switch.__call__ = classmethod(lambda cls: cls.__name__)
print(s())
Switch.__call__ = len.__call__
try:
    print(s())
except TypeError as e:
    print("TypeError", e)
del Switch.__call__
try:
    s()
except TypeError as e:
    print("TypeError", e)


class Base:
    def __call__(self, x):
        return ("base", x)


class Derived(Base):
    pass


print(Derived()(1))


# __init__-returning instance check still holds for a __call__ that returns things.
class Deep:
    def __call__(self, n):
        return 0 if n == 0 else 1 + self(n - 1)


print(Deep()(50))
try:
    Deep()(100000)
except RecursionError as e:
    print("RecursionError", e)


# Keyword calls bound in the dispatch loop: defaults of the positional parameters
# left out, keyword-only defaults, and the errors of the general binder.
def kw(a, b=1, c=2, *, d=3, e):
    return (a, b, c, d, e)


def kw2(a, b=1, c=2):
    return (a, b, c)


print(kw(0, e=5), kw(0, c=9, e=5), kw(0, 1, d=7, e=8), kw(a=1, e=2))
print(kw2(0, c=5), kw2(0, b=5), kw2(c=1, a=2), kw2(0, 1, c=3))
for bad in (
    lambda: kw(0, d=1),
    lambda: kw2(b=1),
    lambda: kw2(0, a=1),
    lambda: kw2(0, z=1),
    lambda: kw(0, c=1, c2=3, e=1),
):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
kw.__kwdefaults__ = None
try:
    kw(0, e=1)
except TypeError as e:
    print("TypeError", e)
kw2.__defaults__ = (7,)
print(kw2(1, b=0))
try:
    kw2(1, c=0)
except TypeError as e:
    print("TypeError", e)
