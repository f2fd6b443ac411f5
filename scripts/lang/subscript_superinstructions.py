# A local subscripted by a constant or by another local (`a[0]`, `v[j]`), which the
# compiler fuses into one instruction: lists, tuples, dicts, negative indexes, every
# other container, and each part's error reported at its own line.
import sys


def line_of(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - first


first = sys._getframe().f_lineno


class Seq:
    def __getitem__(self, i):
        return ("item", i)


class Bad:
    def __getitem__(self, i):
        raise KeyError(i)


def reads(a, t, d, s, r, obj, j):
    x = a[0]
    y = a[-1]
    z = t[1]
    w = d["k"]
    u = d[2]
    return x, y, z, w, u, s[1], r[2], obj[3], a[j], t[j], s[j], obj[j], a[True], d[j]


print(reads([1.5, 2, "three"], (4, 5), {"k": "v", 2: "two", 1: "one"}, "abc", range(10, 20), Seq(), 1))


def errors(a, d, n, bad, j):
    for f in (lambda: a[10], lambda: a[j], lambda: d["missing"], lambda: n[0],
              lambda: a["x"], lambda: bad[0], lambda: a[2**70]):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
    try:
        return (a[0],
                a[7])
    except IndexError as e:
        print(type(e).__name__, e, line_of(e))


errors([1, 2], {}, 5, Bad(), 9)


def unbound_key(a):
    try:
        return (a[0],
                a[k])
    except UnboundLocalError as e:
        print(type(e).__name__, e, line_of(e))
    k = 0


unbound_key([1])


def unbound_container():
    try:
        return c[0]
    except UnboundLocalError as e:
        print(type(e).__name__, e, line_of(e))
    c = []


unbound_container()


def augmented(a, d, i):
    # `a[i] op= x` rotates three values (the container, the key and the result).
    a[0] += 1
    a[i] -= 2.5
    a[-1] *= 3
    d["k"] += "!"
    t = [[1, 2], [3, 4]]
    t[i][0] += 10
    return a, d, t


print(augmented([1, 2.0, 3], {"k": "v"}, 1))


def store_then_subscript(rows):
    total = 0.0
    for r in rows:
        x = r[0]
        y = r[1]
        total += x * y
    return total


print(store_then_subscript([(1.5, 2.0), (3, 4), (0.25, 8)]))


class L(list):
    def __getitem__(self, i):
        return ("sub", list.__getitem__(self, i))


def subclass(l, i):
    return l[0], l[i]


print(subclass(L([7, 8]), 1))
