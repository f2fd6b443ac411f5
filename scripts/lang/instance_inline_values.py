# Instances whose attributes outgrow the room made for them when they were created
# (the class's usual count then), and what must still hold for them: order, __dict__,
# del, vars(), __class__ assignment, copy, pickle, weak references, __del__, cycles.
import copy
import gc
import pickle
import weakref


class Bag:
    pass


# Made before any instance had attributes: every one has to grow.
bags = [Bag() for _ in range(5)]
for n, b in enumerate(bags):
    for i in range(n * 3):
        setattr(b, f"a{i}", i * n)
print([len(vars(b)) for b in bags])
print(list(vars(bags[4]).items())[:4], bags[4].a11)

# Later instances get the room at once; one that goes past it still keeps order.
late = Bag()
for i in range(20):
    setattr(late, f"k{i}", i)
print(list(vars(late))[-3:], late.k19, late.k0)

# del of an attribute that had moved out of line, then more stores.
del late.k3
late.k3 = "back"
print(list(vars(late))[-2:], late.k3, hasattr(late, "k2"))

# __dict__ of a grown instance is the storage.
d = bags[3].__dict__
d["a0"] = "via dict"
bags[3].new = 1
print(bags[3].a0, d["new"], len(d))


class Other:
    def total(self):
        return sum(v for v in vars(self).values() if isinstance(v, int))


b = bags[2]
b.__class__ = Other
print(type(b).__name__, b.total(), b.a5)

# copy and pickle of grown instances.
c = copy.copy(bags[4])
dc = copy.deepcopy(late)
print(c.a11, dc.k19, dc.k3, c is not bags[4])
p = pickle.loads(pickle.dumps(bags[4]))
print(type(p).__name__, p.a0, p.a11, sorted(vars(p)) == sorted(vars(bags[4])))

# Weak references to grown instances.
w = weakref.ref(bags[1])
print(w() is bags[1], w().a2)
del bags[1]
gc.collect()
print(w())


# __del__ sees the attributes, inline or grown.
class Noisy:
    def __del__(self):
        print("del", sorted(vars(self).items())[:3], len(vars(self)))


n = Noisy()
n.x = 1
n = None
m = Noisy()
for i in range(9):
    setattr(m, f"f{i}", i)
m = None


# Cycles through grown instances are collected.
class Node:
    pass


gc.collect()
a, z = Node(), Node()
for i in range(10):
    setattr(a, f"v{i}", z)
a.peer, z.peer = z, a
wa = weakref.ref(a)
del a, z
print(gc.collect() >= 2, wa())

# Slots: fixed names, no dict, no weak references unless asked.
class S:
    __slots__ = ("x", "y", "z")

    def __init__(self):
        self.x, self.y, self.z = 1, 2, 3


s = S()
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError", e)
s.y = 20
print(s.x + s.y + s.z, hasattr(s, "__dict__"))
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError", e)
