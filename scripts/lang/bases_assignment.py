# `cls.__bases__ = (...)` gives the class and every class below it a new MRO, and every
# cache warmed under the old one (method and attribute lookups per instruction, binary
# dunders, instantiation, truth, identity equality, isinstance) answers from the new one.
# Each probe runs the same code before and after, so a stale cache prints the old answer.


class Old:
    kind = "old"

    def who(self):
        return "Old.who"

    def __add__(self, other):
        return "Old.__add__"

    def __init__(self):
        self.made_by = "Old.__init__"

    def __len__(self):
        return 0


class New:
    kind = "new"

    def who(self):
        return "New.who"

    def __add__(self, other):
        return "New.__add__"

    def __init__(self):
        self.made_by = "New.__init__"

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    @property
    def prop(self):
        return "New.prop"


class Mid(Old):
    pass


class Leaf(Mid):
    pass


def probe(obj):
    return (obj.kind, obj.who(), obj + obj, type(obj)().made_by, bool(obj),
            obj == Leaf(), isinstance(obj, Old), isinstance(obj, New),
            getattr(obj, "prop", "no prop"))


leaf = Leaf()
for _ in range(3):
    print(probe(leaf))
print([c.__name__ for c in Leaf.__mro__])

Mid.__bases__ = (New,)
for _ in range(3):
    print(probe(leaf))
print([c.__name__ for c in Leaf.__mro__], [c.__name__ for c in Mid.__bases__])
print(Mid.__base__.__name__, issubclass(Leaf, New), issubclass(Leaf, Old))
print([c.__name__ for c in Old.__subclasses__()], [c.__name__ for c in New.__subclasses__()])

# Two bases, then back again.
Mid.__bases__ = (Old, New)
print(probe(leaf), [c.__name__ for c in Leaf.__mro__])
Mid.__bases__ = (Old,)
print(probe(leaf), [c.__name__ for c in Leaf.__mro__])


# The checks, in CPython's order and words; a refused assignment changes nothing.
class A:
    pass


class B:
    pass


class S:
    __slots__ = ("x",)


class T:
    __slots__ = ("y",)


class U:
    __slots__ = ("x",)


class C(A):
    pass


class CS(S):
    pass


class E(Exception):
    pass


class I(int):
    pass


class D1(dict):
    pass


class D2(dict):
    pass


class D3(D1):
    pass


def attempt(cls, value):
    try:
        cls.__bases__ = value
        print("ok", [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e, [c.__name__ for c in cls.__mro__])


attempt(C, [B])
attempt(C, ())
attempt(C, (1,))
attempt(C, (C,))
attempt(A, (C,))
attempt(C, (A, A))
attempt(C, (object,))
attempt(C, (S,))
attempt(C, (bool,))
attempt(C, (int,))
attempt(CS, (T,))
attempt(CS, (U,))
attempt(CS, (S, A))
attempt(CS, (A,))
attempt(E, (ValueError,))
attempt(E, (OSError,))
attempt(E, (A,))
attempt(I, (A,))
attempt(D3, (D2,))
attempt(D3, (dict,))
attempt(int, (object,))
for stmt in ("del C.__bases__", "del int.__bases__", "del int.real"):
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)


# A class below that cannot be linearized under the new bases: nothing changes.
class X(A, B):
    pass


class Y(X):
    pass


class Z(A, B):
    pass


class W(Y, Z):
    pass


attempt(Z, (B, A))
print([c.__name__ for c in W.__mro__])
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])
try:
    class Bad(X, type("Rev", (B, A), {})):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NotABase(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
