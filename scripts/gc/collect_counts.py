# gc.collect() returns how many unreachable objects it found: the counts CPython gives
# for cycles of instances, lists, dicts, closures and functions.
import gc

gc.collect()


class A:
    pass


def pairs(n):
    for i in range(n):
        a = A()
        b = A()
        a.other = b
        b.other = a


pairs(10)
print("pairs", gc.collect())

for i in range(10):
    a = A()
    a.me = a
del a
print("self cycles", gc.collect())

l = []
l.append(l)
del l
print("list", gc.collect())

d = {}
d["x"] = d
del d
print("dict", gc.collect())


def make_closure():
    x = [1]

    def g():
        return x, g

    return g


g = make_closure()
del g
print("closure", gc.collect())

a = A()
a.__dict__
a.me = a
del a
print("instance with its __dict__ shown", gc.collect())

ring = [A() for i in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
print("ring of five", gc.collect())

class B:
    pass


b = B()
b.items = [b, {"k": (b,)}]
del b
print("through a list, a dict and a tuple", gc.collect())

print("nothing left", gc.collect())
kept = A()
kept.me = kept
print("still referenced", gc.collect())
print(kept.me is kept)
