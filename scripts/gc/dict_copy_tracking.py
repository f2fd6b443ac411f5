# dict.copy() keeps the source's tracking (as CPython's copy does): a tracked dict's copy
# is tracked even when it now holds only atoms, an untracked one's is not; and a copy
# in a cycle is collected.
import gc

a = {1: 2, "x": "y"}
b = {1: []}
c = {1: []}
c[1] = 2
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c))
print(gc.is_tracked(a.copy()), gc.is_tracked(b.copy()), gc.is_tracked(c.copy()))
big = {i: i for i in range(1000)}
print(gc.is_tracked(big.copy()), len(big.copy()))
big[5] = [1]
print(gc.is_tracked(big.copy()))
gc.collect()
d = {"self": None}
e = d.copy()
e["self"] = e
del d, e
print(gc.collect() >= 1)
