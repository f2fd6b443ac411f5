# Tuples of numbers and strings take no part in cycles; tuples holding containers do,
# including an iterator's reused result tuple once a container goes into it.
import gc
import weakref


class Node:
    pass


print(gc.get_referents((1, "a", 2.5)))
print(gc.get_referents(((1, 2), "b")))

# enumerate reuses its result tuple when nothing else holds it: the first, of two
# ints, is dropped at once, so the second result (1, n) comes from the reuse path.
n = Node()
r = weakref.ref(n)
it = enumerate([0, n])
next(it)
p = next(it)
n.pair = p
del n, p, it
gc.collect()
print(r() is None)

# The same through zip and dict.items().
for make in (lambda x: zip([1, x], [2, 3]), lambda x: iter({1: 2, 3: x}.items())):
    n = Node()
    r = weakref.ref(n)
    it = make(n)
    next(it)
    p = next(it)
    n.pair = p
    del n, p, it
    gc.collect()
    print(r() is None)

# A cycle through a tuple built from a list.
a = []
t = (1, "x", a)
a.append(t)
del a, t
print(gc.collect() >= 2)
