# itertools.count and itertools.groupby as native iterators: values past the i64 range,
# other number types, reprs, messages, groups left unconsumed or read after the groupby
# moved on, and errors from the key function and __eq__.
import itertools, operator
from itertools import count, groupby, islice
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(list(islice(count(), 5)), list(islice(count(3, 2), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(2**63 - 2), 4)), list(islice(count(-2**63+1, -1), 3)))
c = count(5); next(c); print(repr(c), repr(count(1, 2)), repr(count(1.0)), repr(count(0, 1.0)), repr(count(2**70, -1)))
print(type(c), type(c).__name__, isinstance(c, count), count, count.__module__)
attempt("str", lambda: count("a"))
attempt("str step", lambda: count(1, "a"))
attempt("kw", lambda: list(islice(count(step=3, start=1), 3)))
attempt("too many", lambda: count(1, 2, 3))
from fractions import Fraction
from decimal import Decimal
print(list(islice(count(Fraction(1, 2), Fraction(1, 3)), 3)), list(islice(count(Decimal("0.1")), 2)))
print(list(islice(count(1j, 1), 2)))
print(list(islice(itertools.islice(count(), 500000, 500010), 3)))
for k, g in groupby("aaabccdaa"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
print([k for k, g in groupby("aabbcc")])
gs = list(groupby("aabbb"))
print([(k, list(g)) for k, g in gs])
it = groupby("aabbc")
k, g = next(it); print(k, next(g))
k2, g2 = next(it); print(k2, list(g), list(g2))
print({k: list(g) for k, g in groupby(range(10), key=lambda x: x // 3)})
print(type(groupby("")), type(next(groupby("a"))[1]), groupby.__module__)
attempt("no args", lambda: groupby())
attempt("not iterable", lambda: groupby(1))
attempt("kw", lambda: [k for k, _ in groupby(iterable="aab", key=str.upper)])
def bad(x):
    raise ValueError(x)
attempt("key raises", lambda: list(groupby([1], bad)))
class E:
    def __eq__(self, o): raise RuntimeError("eq")
attempt("eq raises", lambda: list(groupby([E(), E()])))
print(list(groupby([])))
