# namedtuple fields read the tuple itself (a subclass's __getitem__ is not asked), are
# read-only with CPython's messages, and keep their docstrings.
import collections, time
P = collections.namedtuple("P", "x y", defaults=[0])
p = P(1, 2)
print(p.x, p.y, P(5).y, P.x.__doc__, type(P.x).__name__ in ("property", "_tuplegetter"))
class Q(P):
    def __getitem__(self, i):
        return "overridden"
q = Q(3, 4)
print(q.x, q[0], q.y)
try:
    P.x.__get__(5)
except TypeError as e:
    print("TypeError")
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
print(p._replace(x=9), p._asdict(), P._make([7, 8]).y)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
