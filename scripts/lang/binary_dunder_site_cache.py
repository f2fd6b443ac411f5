# A BinaryOp instruction remembers which __op__ it ran for a class: every mutation
# CPython honours must make it run the current one (the cache must never go stale).


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __repr__(self):
        return f"V({self.x})"


def add(a, b):
    # One instruction, so one cache, for every call below.
    return a + b


a, b = V(1), V(2)
print([add(a, b) for _ in range(3)])
print(add(a, 10))

# Replaced on the class after the cache filled.
V.__add__ = lambda self, o: "replaced"
print(add(a, b), add(a, 5))


def add_two(self, o):
    return ("def", self.x)


V.__add__ = add_two
print(add(a, b))

# Set through setattr, then deleted: no __add__ left.
setattr(V, "__add__", lambda self, o: "via setattr")
print(add(a, b))
del V.__add__
try:
    add(a, b)
except TypeError as e:
    print("TypeError:", e)


# Inherited: the base's method changes under a subclass's instances.
class Base:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        return ("base", self.x, o)


class Derived(Base):
    pass


def sub(p, q):
    return p - q


d = Derived(7)
print(sub(d, 1), sub(d, 2))
Base.__sub__ = lambda self, o: ("base patched", o)
print(sub(d, 3))
Derived.__sub__ = lambda self, o: ("derived own", o)
print(sub(d, 4))
del Derived.__sub__
print(sub(d, 5))


# __class__ assignment moves an instance to another class.
class Other:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        return ("other", o)


d.__class__ = Other
print(sub(d, 6))
d.__class__ = Derived
print(sub(d, 7))


# Several classes through one site, and NotImplemented falling back to __rsub__.
class Declines:
    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return "rsub"


class Accepts:
    def __sub__(self, o):
        return "accepts"


for obj in [Declines(), Accepts(), Declines(), Derived(1), Accepts()]:
    try:
        print(sub(obj, 1))
    except TypeError as e:
        print("TypeError:", e)
try:
    sub(Declines(), Declines())
except TypeError as e:
    print("TypeError:", e)


# The function dies with its class: a new class at the same site works.
def make(n):
    class T:
        def __mul__(self, o):
            return ("T", n, o)
    return T()


def mul(p, q):
    return p * q


for n in range(3):
    print(mul(make(n), n))


# A method the site cannot take (a default makes it no two-parameter function) after a
# plain one.
class S:
    def __mul__(self, o):
        return "plain"


s = S()
print(mul(s, 1))
S.__mul__ = lambda self, o, extra=0: ("defaulted", o, extra)
print(mul(s, 3))
