# `obj.__class__ = cls`: the swap itself, CPython's checks, and attribute caches that must
# not serve what the old class (or the old class's attribute layout) said.


class A:
    kind = "a"

    def __init__(self):
        self.x = 1
        self.y = 2

    def who(self):
        return "A.who"


class B:
    kind = "b"

    def who(self):
        return "B.who"

    @property
    def x(self):
        return "B.x property"


class C:
    def __init__(self):
        self.y = 20
        self.x = 10


def describe(o):
    # One call site: its attribute caches see every class in turn.
    return (type(o).__name__, o.kind, o.who(), o.y)


a = A()
print(describe(a))
a.__class__ = B
print(describe(a), isinstance(a, B), isinstance(a, A))
print(a.x, vars(a))
a.__class__ = A
print(describe(a), a.x)

# A state machine, the pattern __class__ assignment exists for.
class Idle:
    def step(self):
        self.__class__ = Running
        return "start"


class Running:
    def step(self):
        self.count = getattr(self, "count", 0) + 1
        if self.count == 3:
            self.__class__ = Idle
        return f"run {self.count}"


m = Idle()
print([m.step() for _ in range(6)])

# Attributes added in another order by another class: stores and loads at the same
# sites keep finding the right values.
objs = [A(), C(), A(), C()]
for i, o in enumerate(objs):
    if i % 2:
        o.__class__ = A
for round in range(3):
    for o in objs:
        o.x += 1
        o.y += 100
    print([(o.x, o.y) for o in objs])
print([type(o).__name__ for o in objs])

# object.__setattr__ and setattr go through the same checks.
o = A()
object.__setattr__(o, "__class__", C)
print(type(o).__name__, o.x, o.y)
setattr(o, "__class__", A)
print(type(o).__name__, o.who())

# __setattr__ hooks see the assignment first.
class Hooked:
    def __setattr__(self, name, value):
        print("hook", name, value.__name__ if isinstance(value, type) else value)
        super().__setattr__(name, value)


h = Hooked()
h.__class__ = A
print(type(h).__name__)

# Subclasses of builtins, exceptions and slotted classes.
class L1(list):
    pass


class L2(list):
    def total(self):
        return sum(self)


l = L1([1, 2, 3])
l.__class__ = L2
print(type(l).__name__, l.total(), l)


class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1("boom")
e.__class__ = E2
try:
    raise e
except E2 as caught:
    print("caught", type(caught).__name__, caught.args)


class S1:
    __slots__ = ("a", "b")


class S2:
    __slots__ = ("b", "a")


s = S1()
s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)

# A class with __del__ after assignment.
class Dying:
    def __del__(self):
        print("Dying.__del__")


d = A()
d.__class__ = Dying
del d
print("after del")

# The errors, in CPython's words.
class S3:
    __slots__ = ("c",)


class D(dict):
    pass


cases = [
    (A(), 1),
    (A(), "B"),
    (A(), int),
    (A(), S1),
    (S1(), S3),
    (S1(), A),
    (L1(), A),
    (L1(), D),
    (E1(), A),
    (A(), E1),
    (1, bool),
    (object(), A),
    ([], L1),
    (A, B),
    (len, A),
]
for target, value in cases:
    try:
        target.__class__ = value
        print("assigned", type(target).__name__)
    except TypeError as err:
        print("TypeError:", err)

try:
    del A().__class__
except TypeError as err:
    print("TypeError:", err)
try:
    object.__delattr__(A(), "__class__")
except TypeError as err:
    print("TypeError:", err)
