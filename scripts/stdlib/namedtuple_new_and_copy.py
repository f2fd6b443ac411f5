# A namedtuple's __new__ binds its fields as a function's parameters (CPython's messages for
# bad calls), and copy/deepcopy rebuild it from __getnewargs__.
from collections import namedtuple
import pickle, copy
E = namedtuple("E", "")
O = namedtuple("O", "a")
P = namedtuple("P", "x y z", defaults=(0,))
R = namedtuple("R", ["def", "_x", "ok", "ok"], rename=True)
print(E(), O(1), O(a=2), P(1, 2), P(1, 2, 3), P(z=1, y=2, x=3), R(1, 2, 3, 4))
print(P.__new__.__qualname__, P.__new__.__defaults__, P.__new__.__doc__, P.__new__.__name__)
for f in (lambda: P(), lambda: P(1), lambda: P(1, 2, 3, 4), lambda: P(1, w=2), lambda: P(1, x=1),
          lambda: O(), lambda: E(1), lambda: P(1, y=2, q=1, r=2)):
    try:
        f()
    except TypeError as e:
        print(e)
p = P(1, 2)
print(p._replace(x=9), P._make([4, 5, 6]), pickle.loads(pickle.dumps(p)), copy.copy(p), p._asdict())
class Q(P):
    pass
print(Q(1, 2), type(Q(1, 2)).__name__, isinstance(Q(1, 2), P))
import copy
Point = namedtuple("Point", "x y")
pts = [Point(1, [2]), Point(3, [4])]
deep = copy.deepcopy(pts)
print(deep, deep[0].y is pts[0].y, copy.copy(Point(5, 6)), copy.deepcopy(Point(7, (8,))))
class N:
    def __getnewargs_ex__(self):
        return (1,), {"b": 2}
    def __new__(cls, a=0, b=0):
        self = object.__new__(cls)
        self.made = (a, b)
        return self
print(copy.copy(N()).made, copy.deepcopy(N()).made)
