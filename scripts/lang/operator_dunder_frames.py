# Operator dunders written in Python and instantiation through object.__new__: the
# dispatch loop runs them as frames; every protocol detail must stay CPython's.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __repr__(self):
        return f"V({self.x!r})"


print(V(1) + V(2), V(1) + 5, V(1) + 2.5, V(2) * 3, V(2) * True)
for a, b in [(V(1), V(2)), (V(1), 3), (V(1), None)]:
    try:
        a - b
    except TypeError as e:
        print("TypeError:", e)
try:
    V(1) + None
except TypeError as e:
    print("TypeError:", e)


class R:
    def __radd__(self, o):
        return ("radd", o)


print(V(1) + R())  # the right operand's reflected method after NotImplemented


class Sub(V):
    def __radd__(self, o):
        return ("Sub.radd", o)


print(V(1) + Sub(2))  # a subclass's reflected method goes first


class Boom:
    def __add__(self, o):
        return 1 / o


try:
    Boom() + 0
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print(tb[0], [line.strip() for line in tb if line.strip().startswith(("Boom", "return"))])


def make(k):
    class C:
        def __mul__(self, o):
            return k * o  # a closure cell

    return C()


print(make(7) * 6)


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Deep(self.n - 1) + (o + 1)


print(Deep(50) + 0)
sys.setrecursionlimit(200)
try:
    Deep(10_000) + 0
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


class Ret:
    def __init__(self):
        pass

    def __add__(self, o):
        return None


print(Ret() + 1)


# __init__ through object.__new__: argument errors and a return value.
class P:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


print(vars(P(1)), vars(P(1, 3)), vars(P(b=5, a=4)))
for args in [(), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 3


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class OwnNew:
    def __new__(cls, *args):
        print("OwnNew.__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("OwnNew.__init__", a)


OwnNew(1)


# Methods changed after the caches filled (class namespace writes).
class Base:
    def f(self):
        return "Base.f"

    def __add__(self, o):
        return "Base.add"


class Derived(Base):
    pass


d = Derived()
for step in range(4):
    print(step, d.f(), d + 1)
    if step == 0:
        Base.f = lambda self: "patched f"
    elif step == 1:
        Base.__add__ = lambda self, o: "patched add"
    elif step == 2:
        setattr(Derived, "f", lambda self: "Derived.f")
        del Base.__add__
        Base.__add__ = lambda self, o, extra=0: "three params"


class Flag:
    pass


x = Flag()
print(bool(x))
Flag.__bool__ = lambda self: False
print(bool(x), "yes" if x else "no")
Flag.__len__ = lambda self: 1
del Flag.__bool__
print(bool(x))
