# Calls that spread a tuple (`f(*args)`, `f(*args, **kw)` with `kw` empty) into a plain
# function, and functions with `*args`/`**kw` called by position (a decorator's
# wrapper): defaults, errors, receivers, closures, generators, frames, tracebacks and
# recursion through them behave as the general binding does.
import functools
import sys
import traceback


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


def only_star(f):
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def add(x, y=10, z=100):
    return x + y + z


@only_star
def pair(x, y):
    return (x, y)


@deco
def caller_name():
    return sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name


@deco
def gen(n):
    yield from range(n)


class K:
    @deco
    def m(self, x, *rest):
        return (type(self).__name__, x, rest)

    @only_star
    def n(self, x):
        return ("n", x)


print(add(1), add(1, 2), add(1, 2, 3), add(1, z=0), add(*[1, 2]), add(*(5,), **{}))
print(pair(1, 2), pair(*"ab"), caller_name(), list(gen(3)))
print(K().m(1), K().m(1, 2, 3), K().n(4))
for bad in (lambda: add(), lambda: add(1, 2, 3, 4), lambda: pair(1),
            lambda: pair(1, 2, 3), lambda: add(1, q=2), lambda: pair(*5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class T(tuple):
    pass


print(pair(*T((7, 8))), add(*T((1,))))


def closure_maker(k):
    def inner(a, b=k):
        return a * b
    return only_star(inner)


print(closure_maker(3)(2), closure_maker(3)(2, 5))


def star_and_first(first, *rest, **kw):
    return first, rest, kw


print(star_and_first(1), star_and_first(1, 2, 3), star_and_first(*range(4)))
print(star_and_first(1, x=2))
try:
    star_and_first()
except TypeError as e:
    print("TypeError:", e)


@deco
def boom(x):
    return 1 // x


try:
    boom(0)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(t.name, t.line) for t in tb])


@deco
def down(n):
    return down(n - 1) if n else "bottom"


print(down(50))
try:
    down(10 ** 6)
except RecursionError as e:
    print("RecursionError", e)
