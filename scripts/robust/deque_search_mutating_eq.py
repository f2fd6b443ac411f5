# deque.index/remove/count/`in` whose comparison appends to or pops from the deque:
# CPython's errors, and a failing comparison leaves the deque as it was.
from collections import deque


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


class Probe:
    def __repr__(self):
        return type(self).__name__ + "()"


class Grow(Probe):
    def __eq__(self, other):
        d.append(9)
        return False


class GrowAndMatch(Probe):
    def __eq__(self, other):
        d.append(9)
        return True


class Clear(Probe):
    def __eq__(self, other):
        d.clear()
        return False


class Same(Probe):
    # An append and a pop leave the size as it was: still a mutation.
    def __eq__(self, other):
        d.append(1)
        d.pop()
        return False


class SetItem(Probe):
    # Item assignment is not a mutation of the deque's shape.
    def __eq__(self, other):
        d[0] = 5
        return False


class Boom(Probe):
    def __eq__(self, other):
        raise ZeroDivisionError("boom")


for cls in [Grow, GrowAndMatch, Clear, Same, SetItem, Boom]:
    for name in ["index", "remove", "count", "__contains__"]:
        d = deque([1, 2, 3])
        attempt(cls.__name__ + "." + name, getattr(d, name), cls())
        print("  ", d)

d = deque([1, 2, 3, 2])
print(d.index(2), d.index(2, 2), d.index(2, -1))
d.remove(2)
print(d)
attempt("missing", d.remove, 7)
attempt("missing", d.index, 7)
attempt("range", d.index, 1, 1, 2)
