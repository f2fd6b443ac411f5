# enumerate, zip and dict.items() may refill the tuple they yielded last when nothing else
# holds it; a tuple the program kept must never change.
import gc

kept = [t for t in enumerate("abc")]
print(kept, [t for t in zip("ab", [1, 2], (None, 3.5))], list({1: "x", 2: "y"}.items()))
pairs = []
for t in enumerate(range(3), 10):
    pairs.append(t)
for i, c in enumerate("xyz"):
    pairs.append((i, c))
print(pairs)
it = zip(range(3), "abc")
a = next(it)
b = next(it)
print(a, b, a is b, next(it), next(it, "end"))
d = {"k": [1], "j": (2,)}
items = d.items()
first = None
for kv in items:
    if first is None:
        first = kv
print(first, kv, first is kv)
# unpacked at once, the tuples are free to reuse: the values must still be right.
total = 0
for i, (x, y) in enumerate(zip(range(1000), range(1000, 2000))):
    total += i * x + y
print(total, sum(k * v for k, v in {i: i + 1 for i in range(100)}.items()))
print(list(zip()), list(zip([1, 2], [])), list(enumerate([])), dict(enumerate("ab")))
print(list(zip(*[(1, 2, 3), (4, 5, 6)])), sorted(zip("cab", range(3))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
# cycles through an iterator's kept tuple are collected
class Node:
    pass
n = Node()
n.it = enumerate([n])
next(n.it)
del n
print(gc.collect() > 0)
e = enumerate(["v"])
t = next(e)
print(t, type(e).__name__, next(e, "done"), t)
