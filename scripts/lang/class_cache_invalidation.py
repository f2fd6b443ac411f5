# Attribute and method lookups are cached per class and per instruction; every mutation
# CPython honours must be seen at once. Each check runs the same code before and after
# the mutation, so a stale cache prints the old answer.


class Base:
    kind = "base"

    def who(self):
        return "Base.who"

    def __add__(self, other):
        return "Base.__add__"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.x = 1


def probe(obj):
    return obj.kind, obj.who(), obj + obj


leaf = Leaf()
for _ in range(3):
    print(probe(leaf))

# Assignment on a base reaches every subclass.
Base.kind = "patched"
Base.who = lambda self: "lambda who"
print(probe(leaf))

# An override in the middle of the MRO hides the base.
Mid.who = lambda self: "Mid.who"
print(probe(leaf))

# Deleting the override shows the base again.
del Mid.who
print(probe(leaf))

# setattr with a computed name, and a dunder replaced after use.
setattr(Leaf, "k" + "ind", "leaf kind")
Base.__add__ = lambda self, other: "new __add__"
print(probe(leaf))

# An instance attribute shadows a non-data class attribute; deleting it unshadows.
leaf.kind = "instance kind"
print(probe(leaf))
del leaf.kind
print(probe(leaf))

# A method stored on the instance is found before the class's.
leaf.who = lambda: "instance who"
print(probe(leaf))
del leaf.who


# A property added to the class after instances exist is a data descriptor: it wins over
# the instance dict from then on.
class P:
    def __init__(self):
        self.v = "from dict"


p = P()
for _ in range(2):
    print(p.v)
P.v = property(lambda self: "from property")
print(p.v)
del P.v
print(p.v)


# __getattribute__, __getattr__ and __setattr__ assigned after the class was made.
class Hooks:
    def __init__(self):
        self.a = 1


h = Hooks()
for _ in range(2):
    print(h.a)
try:
    h.missing
except AttributeError as e:
    print("AttributeError:", e)
Hooks.__getattr__ = lambda self, name: "getattr " + name
print(h.a, h.missing)
Hooks.__getattribute__ = lambda self, name: "getattribute " + name
print(h.a, h.missing)
del Hooks.__getattribute__
print(h.a)
log = []
Hooks.__setattr__ = lambda self, name, value: log.append((name, value))
h.a = 5
print(h.a, log)
del Hooks.__setattr__
h.a = 6
print(h.a)


# Many classes share one call site: the cache must key on the class.
class A:
    def f(self):
        return "A"


class B:
    def f(self):
        return "B"


class C(A):
    pass


print([o.f() for o in [A(), B(), C(), A(), C(), B()]])
A.f = lambda self: "A2"
print([o.f() for o in [A(), B(), C(), A(), C(), B()]])


# Globals and builtins: a name rebound or deleted is seen by code that already ran.
def use_len():
    return len("abc")


print(use_len())
len = lambda s: "my len"
print(use_len())
del len
print(use_len())
