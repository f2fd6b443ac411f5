# sets of small ints (their order is deterministic) and sorted() views of string sets.
a = {3, 1, 2}
b = {2, 3, 4, 5}
print(a, b, len(a), 2 in a, 9 not in a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(b, {3}), a.difference({1}), a.symmetric_difference(b))
print(a <= b, {2, 3} <= b, {2, 3} < b, b >= {4}, a.isdisjoint({8, 9}), a.issubset(range(5)))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,))
print(s, set(), set([1, 1, 2]), set(range(4)))
s.discard(100)
s.remove(5)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
names = {"pear", "apple", "fig", "apple"}
print(sorted(names), len(names), "fig" in names)
print(sorted({w[0] for w in ["alpha", "beta", "avocado", "cherry"]}))
f = frozenset([1, 2, 3])
print(f, f | {4}, frozenset() == set(), {f: "frozen"}[frozenset({3, 2, 1})])
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {1}
print(c)
print({x % 4 for x in range(20)}, sorted({-1, -5, 3}), max({4, 9, 1}), sum({1, 2, 3}))
print(set("hello") == set("olleh"), sorted(set("mississippi")))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
