# What type.__new__ checks in a class's __slots__, and private slot names mangled.
class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

def make(name, bases, slots):
    try:
        type(name, bases, {"__slots__": slots})
        return "ok"
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"

# A base without __slots__ already gives __dict__ and __weakref__.
for slots in [("__dict__",), ("__weakref__",), ("a", "__dict__"), ("x",)]:
    print("Plain", slots, make("C", (Plain,), slots))
# A slotted base gives neither, but each may be asked for once.
for slots in [("__dict__",), ("__weakref__",), ("__dict__", "__dict__"),
              ("__weakref__", "__weakref__"), ("b", "b")]:
    print("Slotted", slots, make("C", (Slotted,), slots))

# Variable-size builtins take no slots at all; set gives __weakref__, exceptions __dict__.
for base in (int, str, tuple, bytes, float, list, dict, set, frozenset, Exception, object):
    print(base.__name__, [make("C", (base,), s) for s in [(), ("x",), ("__dict__",), ("__weakref__",)]])

# Items must be identifiers given as str.
for bad in [(1,), ("a b",), ("",), "x y", ("x", 2), ["ok", "fine"], {"d": "doc"}]:
    print(repr(bad), make("C", (), bad))

try:
    class D:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
try:
    class E:
        __slots__ = ("__y",)
        __y = 2
except ValueError as e:
    print("ValueError", e)

# Private names in __slots__ are mangled as the methods that set them are.
class M:
    __slots__ = ("__p", "q")
    def __init__(self):
        self.__p = 1
        self.q = 2
    def p(self):
        return self.__p
m = M()
print(M.__slots__, m.p(), m.q, m._M__p, hasattr(m, "__dict__"))
try:
    m.r = 3
except AttributeError as e:
    print("AttributeError", e)

class W:
    __slots__ = ("__weakref__",)
class W2(W):
    __slots__ = ()
try:
    class W3(W):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
class DD:
    __slots__ = ("__dict__",)
try:
    class DD2(DD):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(e)
d = DD()
d.anything = 1
print(d.__dict__)
