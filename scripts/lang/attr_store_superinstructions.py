# Attribute stores the compiler fuses (`self.x = v`, `self.x = x`, `obj.x op= v`) and
# comparisons or in-place operators with a constant (`x.link is None`, `n += 1`): one
# store site run over classes, shapes and hooks that change between runs (every cache
# must notice), and errors raised by each part reported at that part's own line.
import sys


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - first


first = sys._getframe().f_lineno


def store_local(obj, v):
    obj.x = v


def store_expr(obj, v):
    obj.x = v + 1


def bump(obj):
    obj.x += 1


def bump_str(obj):
    obj.x += "!"


class A:
    def __init__(self):
        self.x = 0


class B(A):
    pass


class Slotted:
    __slots__ = ("x",)


class Hooked:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 10)


class Prop:
    def __init__(self):
        self._x = 5

    @property
    def x(self):
        print("get x")
        return self._x

    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v


class Frozen:
    @property
    def x(self):
        return 1


class Lazy:
    def __getattr__(self, name):
        print("getattr", name)
        return 100


a, b, s, h, p = A(), B(), Slotted(), Hooked(), Prop()
s.x = 1
for obj in (a, a, b, s, h, p, a, b):
    store_local(obj, 3)
    store_expr(obj, 3)
    bump(obj)
    print(type(obj).__name__, obj.x)

# The class gains a data descriptor after the sites saw plain stores.
for _ in range(3):
    store_local(a, 7)
print(a.x)


def set_x(self, v):
    print("descriptor set", v)


A.x = property(lambda self: -1, set_x)
store_local(a, 8)
bump(a)
store_expr(a, 9)
print(a.x, a.__dict__)
del A.x
print(a.x)
store_local(a, 11)
print(a.x)

# `__class__` assigned between stores at one site.
c = A()
for _ in range(3):
    store_local(c, 1)
c.__class__ = B
store_local(c, 2)
c.__class__ = A
bump(c)
print(type(c).__name__, c.x, c.__dict__)

# Attributes deleted, and instances whose dict took over.
d = A()
d.y = 1
for _ in range(2):
    bump(d)
del d.x
try:
    bump(d)
except AttributeError as e:
    print(type(e).__name__, e)
store_local(d, 40)
bump(d)
d.__dict__["z"] = 0
bump(d)
print(d.x, sorted(d.__dict__))

# A store replacing the last reference to an object with a finaliser.
class Noisy:
    def __del__(self):
        print("del Noisy")


n = A()
store_local(n, Noisy())
store_local(n, 0)
print("after")

# Strings, lists and a __getattr__ under `+=`.
e = A()
e.x = "a"
for _ in range(2):
    bump_str(e)
print(e.x)
lz = Lazy()
bump(lz)
print(lz.x, lz.__dict__)
lst = A()
lst.x = [1]
lst.x += [2]
print(lst.x)

# Errors in each part, at their own lines.
def unbound_value(obj):
    try:
        obj.x = (
            v)
    except NameError as e:
        print(type(e).__name__, e, line_of(e))
    v = 1


def unbound_target(v):
    try:
        (obj
         ).x = v
    except NameError as e:
        print(type(e).__name__, e, line_of(e))
    obj = 1


def bump_missing(obj):
    try:
        obj.missing += (
            1)
    except AttributeError as e:
        print(type(e).__name__, e, line_of(e))


def bump_bad(obj):
    try:
        obj.x += (
            None)
    except TypeError as e:
        print(type(e).__name__, e, line_of(e))


def store_frozen(obj):
    try:
        obj.x = (
            1)
    except AttributeError as e:
        print(type(e).__name__, e, line_of(e))


unbound_value(A())
unbound_target(1)
bump_missing(A())
bump_bad(A())
store_frozen(Frozen())
store_frozen(A())
try:
    store_local(None, 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    store_local(1, 1)
except AttributeError as e:
    print(type(e).__name__, e)


# Comparisons with a constant on the top of the stack, over every kind of value.
class Eq:
    def __eq__(self, other):
        print("eq", other)
        return True

    def __lt__(self, other):
        return NotImplemented


class Node:
    def __init__(self, link, kind):
        self.link = link
        self.kind = kind


def walk(node):
    out = []
    while node.link is not None:
        out.append(node.kind == 1)
        node = node.link
    return out, node.kind is None


chain = Node(Node(Node(None, None), 1), 2.0)
print(walk(chain))
for v in (1, 1.0, True, "1", None, Eq(), [1], (1,), 2**70):
    h = Node(None, v)
    print(repr(h.kind == 1) if not isinstance(v, Eq) else h.kind == 1, h.kind is not None,
          h.kind != "1", h.kind is True)
for v in ([1], {1: 2}, "x"):
    h = Node(None, v)
    try:
        print(h.kind in (1, "x"), h.kind in "xyz" if isinstance(v, str) else None)
        print(h.kind in {1, 2})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(Node(None, Eq()).kind < 1)
except TypeError as e:
    print(type(e).__name__, e, line_of(e))


# `+=` with a constant on locals, numbers past the inline range, floats, strings.
def accumulate(x, n):
    for _ in range(n):
        x += 1
        x *= 3
        x -= 0.0 if isinstance(x, float) else 0
    return x


print(accumulate(1, 5), accumulate(2**62, 3), accumulate(0.5, 4))
t = "a"
t += "b"
print(t)
try:
    t += 1
except TypeError as e:
    print(type(e).__name__, e)


# A local's attribute into a local (`k = self.kernel`) and a local's method, over
# instances, properties (the getter's frame returns into the store), `__getattr__`,
# non-instances, and unbound locals.
class K:
    def __init__(self):
        self.kernel = "kernel"

    @property
    def prop(self):
        return "from property"

    def m(self, v):
        return ("m", v)


def into_local(obj, name):
    if name == "kernel":
        k = obj.kernel
    else:
        k = obj.prop
    r = obj.m(k)
    return k, r


for o in (K(), K()):
    print(into_local(o, "kernel"), into_local(o, "prop"))
try:
    into_local(Lazy(), "kernel")
except TypeError as e:
    print(type(e).__name__, e, line_of(e))
try:
    into_local(1, "kernel")
except AttributeError as e:
    print(type(e).__name__, e, line_of(e))


def unbound_method():
    try:
        return (o2
                .m(1))
    except NameError as e:
        print(type(e).__name__, e, line_of(e))
    o2 = None


unbound_method()


# `not` before `and` / `or` as values: every truth kind, and a raising `__bool__`.
class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


class Sized:
    def __len__(self):
        return 0


def nots(a, b):
    return (not a and b), (not a or b), (not a and not b or a)


for a in (0, 1, None, "", "x", [], [0], Truth(True), Truth(False), Sized(), 0.0, 2**80):
    print([type(x).__name__ if isinstance(x, (Truth, Sized)) else x for x in nots(a, "b")])
try:
    nots(Truth(None), 1)
except ValueError as e:
    print(type(e).__name__, e, line_of(e))
