# OrderedDict.move_to_end both ways, on large dicts and on subclasses that override
# __setitem__ (not called by move_to_end), with popitem from both ends.
from collections import OrderedDict

od = OrderedDict((i, i * i) for i in range(1000))
for i in range(3000):
    od.move_to_end((i * 7) % 1000, last=bool(i % 3))
    if i % 50 == 0:
        od.move_to_end((i * 11) % 1000)
print(list(od)[:10], list(od)[-10:], len(od), od[999])
print(od.popitem(last=False), od.popitem(), next(iter(od)), next(reversed(od)))

try:
    od.move_to_end("missing", last=False)
except KeyError as e:
    print("KeyError", e)


class Loud(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


lo = Loud(a=1, b=2, c=3)
lo.move_to_end("c", last=False)
lo.move_to_end("a")
print(list(lo.items()), lo == OrderedDict(c=3, b=2, a=1), lo == dict(a=1, b=2, c=3))
one = OrderedDict(x=1)
one.move_to_end("x", last=False)
print(one)
