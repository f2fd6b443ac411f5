# Binary operators, comparisons and augmented subscript assignments on locals and
# constants: every case the fused instructions answer in place, and every case they
# hand to the general path (errors, dunders, big ints), with the line of each error.
import sys


def where(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        tb = sys.exc_info()[2]
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(type(e).__name__, e, "line", tb.tb_lineno - fn.__code__.co_firstlineno)
    else:
        print(repr(r))


def arith(x, y):
    return [x + y, x - y, x * y, x / y, x // y, x % y, x ** 2, -x]


def int_only(x, y):
    return [x & y, x | y, x ^ y, x << 3, x >> 2, x ** 3, 2 ** y, x << y if y < 70 else 0]


for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**62, 3), (-2**63, 7),
             (7.5, 2), (-7.5, 2.0), (3, 0.5), (1e308, 10.0), (-0.0, 1.0)]:
    where(arith, x, y)
for x, y in [(5, 3), (-5, 3), (2**60, 4), (-2**63, 1), (1, 63), (1, 64), (-1, 65)]:
    where(int_only, x, y)

where(arith, 1, 0)
where(arith, 1.0, 0)
where(arith, 0.0, -1.0)
where(arith, "a", "b")
where(int_only, 1, -1)
where(int_only, 1.5, 2)
print(-(-2**63), -(2**63 - 1), -0.0, -(0.0), 2 ** -1, (-2) ** 63, (-2) ** 64)


def compare(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > 1:
        out.append(">1")
    if a >= 2.5:
        out.append(">=2.5")
    if a is b:
        out.append("is")
    if a is None:
        out.append("None")
    return out


for a, b in [(1, 2), (2, 1.0), (2**53 + 1, float(2**53)), (2**53, float(2**53)),
             (-2**63, -9.3e18), (2**63 - 1, 9.3e18), (float("nan"), 1), (1, float("nan")),
             (float("inf"), 2**62), ("a", "b"), (True, 1), (None, None), (10**30, 1e30)]:
    where(compare, a, b)
where(compare, 1, "x")
where(compare, "x", 1)


def contains(k, c):
    if k in c:
        return "in"
    return "not in"


where(contains, 1, [1, 2])
where(contains, "b", "abc")
where(contains, [1], {1: 2})
where(contains, 3, 7)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __repr__(self):
        return f"Num({self.v})"


def mixed(a, b):
    c = a + b
    d = a + 1
    e = (a + b) + b
    return [c, d, e, a < b, a < 5]


where(mixed, Num(1), Num(2))
where(mixed, 1, Num(2))
where(mixed, Num(1), 2)


def augmented(xs, k, v):
    xs[k] += v
    xs[k] -= v * 2
    xs[k] *= v
    xs[-1] **= 2
    return xs


where(augmented, [1, 2, 3], 0, 5)
where(augmented, [1.5, 2.5], 1, 0.5)
where(augmented, [1, 2], 5, 1)
where(augmented, {0: 1, -1: 2}, 0, 3)
where(augmented, ["a", "b"], 0, "c")
where(augmented, (1, 2), 0, 1)
where(augmented, [2**62, 1], 0, 2**62)
where(augmented, [[1], [2]], 0, [3])
where(augmented, [1, 2], 0, "x")


class Tracked(list):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


where(augmented, Tracked([1, 2]), 0, 1)


def unbound():
    total = 0
    for i in range(3):
        total = total + late
    late = 1
    return total


def unbound_compare():
    if early < 3:
        return 1
    early = 2


where(unbound)
where(unbound_compare)


def multiline(a, b):
    return (a
            +
            b)


where(multiline, 1, "x")
where(multiline, 1, 2)
