# Calling a class whose __init__ is a plain Python function (the dispatch loop makes the
# instance and pushes __init__'s frame itself), and every case that must not take that
# path or must leave it when the class changes.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    return [P(i, -i) for i in range(n)]


ps = make(5)
print([(p.x, p.y) for p in ps], type(ps[0]).__name__)

# Wrong arity: the general binder's messages.
for args in [(), (1,), (1, 2, 3)]:
    try:
        P(*args) if len(args) != 1 else P(args[0])
    except TypeError as e:
        print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# __init__ returning something other than None.
class Bad:
    def __init__(self, a):
        self.a = a
        return a


for v in [None, 0, "s"]:
    try:
        b = Bad(v)
        print("made", b.a)
    except TypeError as e:
        print("TypeError:", e)


# An exception inside __init__.
class Raises:
    def __init__(self, a):
        if a < 0:
            raise ValueError(f"negative: {a}")
        self.a = a


def build(a):
    return Raises(a)


print(build(3).a)
try:
    build(-1)
except ValueError as e:
    print("ValueError:", e)


# __init__ replaced, deleted, and inherited after the first calls.
class Q:
    def __init__(self, a):
        self.a = a


print(Q(1).a)


def new_init(self, a):
    self.a = a * 10


Q.__init__ = new_init
print(Q(2).a)
del Q.__init__
try:
    Q(3)
except TypeError as e:
    print("TypeError:", e)
print(type(Q()).__name__)


class Base:
    def __init__(self, a):
        self.tag = "base"
        self.a = a


class Child(Base):
    pass


print(Child(4).tag, Child(4).a)
Base.__init__ = lambda self, a: setattr(self, "tag", f"lambda {a}")
print(Child(5).tag)


def child_init(self, a):
    self.tag = "child"


Child.__init__ = child_init
print(Child(6).tag, Base(7).tag)


# An own __new__ takes the general path, before and after the first call.
class WithNew:
    def __init__(self, a):
        self.a = a


print(WithNew(1).a)


def with_new_new(cls, a):
    inst = object.__new__(cls)
    inst.made_by_new = a
    return inst


WithNew.__new__ = with_new_new
w = WithNew(8)
print(w.a, w.made_by_new)


class Other:
    pass


class ReturnsOther:
    def __new__(cls, a):
        return Other()

    def __init__(self, a):
        print("never runs")


print(type(ReturnsOther(1)).__name__)


# A metaclass with __call__.
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(9).a)


# __init__ as a generator function, and one using a closure.
class GenInit:
    def __init__(self, a):
        yield a


try:
    GenInit(1)
except TypeError as e:
    print("TypeError:", e)


def make_class(k):
    class C:
        def __init__(self, a):
            self.a = a + k

    return C


C5 = make_class(5)
print(C5(1).a, C5(2).a)


# A builtin base: its own __new__ decides.
class MyList(list):
    def __init__(self, a):
        super().__init__([a, a])


print(MyList(3), len(MyList(4)))


class MyInt(int):
    def __init__(self, a):
        self.extra = a


print(MyInt(5) + 1, MyInt(5).extra)


# Recursion through __init__ up to RecursionError.
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RecursionError as e:
    print("RecursionError:", e)


# Keyword and default arguments still work (general path).
class KW:
    def __init__(self, a, b=2):
        self.s = a + b


print(KW(1).s, KW(1, 3).s, KW(a=1, b=5).s)


# Missing last parameters taken from the defaults, for functions and __init__.
def f3(a, b=10, c=100):
    return a + b + c


print(f3(1), f3(1, 2), f3(1, 2, 3), [f3(i) for i in range(3)])


def acc(x, into=[]):
    into.append(x)
    return len(into)


print(acc(1), acc(2), acc(3, []), acc(4))
f3.__defaults__ = (20, 200)
print(f3(1), f3(1, 2))
f3.__defaults__ = (300,)
print(f3(1, 2))
try:
    f3(1)
except TypeError as e:
    print("TypeError:", e)
f3.__defaults__ = None
try:
    f3(1, 2)
except TypeError as e:
    print("TypeError:", e)


class D:
    def __init__(self, a, b=2, c=3):
        self.t = (a, b, c)


print(D(1).t, D(1, 5).t, D(1, 5, 6).t)
try:
    D()
except TypeError as e:
    print("TypeError:", e)
D.__init__.__defaults__ = (7, 8)
print(D(1).t)


def counter():
    n = 0

    def bump(step=1):
        nonlocal n
        n += step
        return n

    return bump


bump = counter()
print(bump(), bump(), bump(5))
