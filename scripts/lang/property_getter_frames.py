# A property whose getter is a plain Python function runs as a frame of the dispatch loop
# (no nested interpreter). Each case runs the same site several times, so the cached path
# is the one checked: errors and tracebacks, recursion, closures, defaults, generators,
# `__getattr__` after an AttributeError, class mutation, and the caller seen from inside.
import sys


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @property
    def caller(self):
        return sys._getframe(1).f_code.co_name

    @property
    def broken(self):
        return 1 / self._c

    @property
    def deep(self):
        return self.deep

    @property
    def gen(self):
        yield self._c
        yield self._c + 1


def read_all(t):
    return t.f, t.caller, list(t.gen)


for c in (0, 10, 100):
    print(read_all(Temp(c)))

# An exception in the getter: the traceback has the reader and the getter.
for c in (2, 0):
    try:
        print(Temp(c).broken)
    except ZeroDivisionError as e:
        names = []
        tb = e.__traceback__
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("ZeroDivisionError", e, names)

# Unbounded recursion through a getter.
try:
    Temp(1).deep
except RecursionError as e:
    print("RecursionError", e)

# Getters that are not plain one-parameter functions.
scale = 3


def make(k):
    return property(lambda self: self.v * k * scale)


class Odd:
    with_default = property(lambda self, extra=5: self.v + extra)
    closure = make(2)
    builtin = property(len)

    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v + 100


for v in (1, 2, 3):
    o = Odd(v)
    print(o.with_default, o.closure, o.builtin)


# An AttributeError from the getter falls back to __getattr__, on every access.
class Fallback:
    @property
    def p(self):
        raise AttributeError("from the getter")

    def __getattr__(self, name):
        return "__getattr__ " + name


class Refusing:
    def __get__(self, obj, owner):
        raise AttributeError("from __get__")


class Guarded:
    data = Refusing()
    Refusing.__set__ = lambda self, obj, value: None

    def __getattr__(self, name):
        return "__getattr__ " + name


fb = Fallback()
for _ in range(3):
    print(fb.p, getattr(fb, "p"), Guarded().data)
try:
    Temp(1).missing
except AttributeError as e:
    print("AttributeError", e)


# Replacing the property on the class, and a subclass shadowing it with a constant.
class Base:
    @property
    def x(self):
        return "Base.x"


class Sub(Base):
    pass


def read_x(o):
    return o.x


s = Sub()
print([read_x(s) for _ in range(3)])
Base.x = property(lambda self: "new Base.x")
print([read_x(s) for _ in range(2)])
Sub.x = "Sub.x constant"
print([read_x(s) for _ in range(2)])
del Sub.x
print([read_x(s) for _ in range(2)])


# Read from a generator frame and from a method called in a loop.
class Counter:
    def __init__(self):
        self.n = 0

    @property
    def next_n(self):
        self.n += 1
        return self.n


def produce(c, k):
    for _ in range(k):
        yield c.next_n


cnt = Counter()
print(list(produce(cnt, 5)), sum(cnt.next_n for _ in range(4)), cnt.n)
