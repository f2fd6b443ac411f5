# Pairs the compiler fuses (a local then its attribute, two locals, a local and a
# constant, a store then a load): results, and errors raised by either half reported
# at that half's own line.
import sys


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - first


first = sys._getframe().f_lineno


class P:
    def __init__(self, x):
        self.x = x


def pairs(p, a, b):
    s = p.x + a + b
    t = a * 2
    u = t + b
    return s, t, u, a - 1, (b,
                            a)


print(pairs(P(5), 3, 4))


def unbound_second():
    x = 1
    try:
        return (x,
                y)
    except NameError as e:
        print(type(e).__name__, e, line_of(e))
    y = 1


unbound_second()


def attr_error(p):
    try:
        return (p.x,
                p.missing)
    except AttributeError as e:
        print(type(e).__name__, e, line_of(e))


attr_error(P(1))


def unbound_first():
    try:
        return z.real
    except UnboundLocalError as e:
        print(type(e).__name__, e, line_of(e))
    z = 1


unbound_first()


def store_then_load(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    # A jump lands on the second half of a pair (the loop test's load of `i`).
    return total, i


print(store_then_load(10))


def many_locals():
    # Locals next to constants of each kind.
    a, b, c = 1, 2.5, "s"
    return a, b, c, a + 1, c * 2


print(many_locals())


class Prop:
    @property
    def v(self):
        raise KeyError("from the getter")


def getter_raises(p):
    try:
        return p.v
    except KeyError as e:
        print(type(e).__name__, e, line_of(e))


getter_raises(Prop())
