# Unary operators and abs() on instances with Python dunders (run as frames of the
# dispatch loop), and the cases that take the general path.


class V:
    def __init__(self, x):
        self.x = x

    def __neg__(self):
        return V(-self.x)

    def __pos__(self):
        return self.x

    def __invert__(self):
        return ("inv", self.x)

    def __abs__(self):
        return abs(self.x) * 10

    def __repr__(self):
        return f"V({self.x})"


v = V(-3)
print(-v, +v, ~v, abs(v), -(-v), abs(-v), [abs(V(i)) for i in range(-2, 2)])
print(abs(-2), abs(2.5), -3, +True, ~5, abs(True))


class Odd:
    def __neg__(self):
        return NotImplemented

    def __abs__(self):
        return None

    def __pos__(self):
        raise ValueError("no plus")


o = Odd()
print(-o, abs(o))
try:
    +o
except ValueError as e:
    print("ValueError:", e)

for expr in ["-x", "+x", "~x", "abs(x)"]:
    try:
        eval(expr, {"x": object()})
    except TypeError as e:
        print("TypeError:", e)


class Missing:
    pass


for f in [lambda: -Missing(), lambda: ~Missing(), lambda: abs(Missing())]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


# Replaced and inherited dunders, a generator dunder, a closure, default parameters.
class Base:
    def __neg__(self):
        return "base neg"


class Sub(Base):
    pass


s = Sub()
print(-s)
Sub.__neg__ = lambda self: "lambda neg"
print(-s, -Base())
del Sub.__neg__
print(-s)


class Gen:
    def __neg__(self):
        yield 1

    def __abs__(self, extra=5):
        return extra


print(type(-Gen()).__name__, abs(Gen()))


def make(k):
    class K:
        def __invert__(self):
            return k

    return K()


print(~make("closure"))


# Recursion through __neg__ up to RecursionError; an error inside __abs__.
class Deep:
    def __neg__(self):
        return -self


try:
    -Deep()
except RecursionError as e:
    print("RecursionError:", e)


class Fails:
    def __abs__(self):
        return 1 / 0


try:
    abs(Fails())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# abs as a value, bound to other names, with wrong argument counts.
a = abs
print(a(V(4)), list(map(abs, [V(1), -2])))
try:
    abs(V(1), 2)
except TypeError as e:
    print("TypeError:", e)
try:
    abs()
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def __neg__(self):
        return "meta neg"


print(-WithMeta())


# Truth tests of instances (a class without __bool__ and __len__ is remembered as
# always true until it or a base changes), and of ints and None in `not`, `and`, `or`.
class Plain:
    pass


class PlainSub(Plain):
    pass


p, ps = Plain(), PlainSub()
print(bool(p), not ps, p and 1, (ps or 2) is ps, [1 if x else 0 for x in (p, ps, None, 0, 3)])
PlainSub.__len__ = lambda self: 0
print(bool(p), bool(ps), not ps)
Plain.__bool__ = lambda self: False
print(bool(p), bool(ps), p or "or", (ps and "and") is ps)
del PlainSub.__len__
print(bool(ps))
del Plain.__bool__
print(bool(p), bool(ps))
n = 0
print(not n, n or "zero", 5 and n, None or "none", not None, n and 1, 7 or 1)
while n:
    print("never")
if not None:
    print("not None")
