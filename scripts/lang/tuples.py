# tuples: packing, unpacking, immutability, comparison, hashing, methods.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[::-1], t[1:])
single = (5,)
empty = ()
print(single, empty, type(single).__name__, len(empty), (5), tuple("ab"), tuple([1, 2]))
x, y, z = t
print(x, y, z)
a = b = 1
a, b = b + 1, a + 10
print(a, b)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) == (2,))
print(t.index("two"), (1, 1, 2).count(1), 3.0 in t, max((3, 1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): "pair", (0,): "one"}
print(d[(1, 2)], d[0,], hash((1, 2)) == hash((1, 2)))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
def minmax(values):
    return min(values), max(values)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax("hello"))
coords = [(1, 2), (3, 4), (5, 6)]
for i, (cx, cy) in enumerate(coords):
    print(i, cx + cy)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(tuple(x * x for x in range(4)), repr((1,)), str(("a", 'b"')))
mutable_inside = ([1], 2)
mutable_inside[0].append(3)
print(mutable_inside)
try:
    hash(mutable_inside)
except TypeError as e:
    print(type(e).__name__, e)
