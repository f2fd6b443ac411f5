# Sorting tuples: the pre-checked path (every position holds one plain kind: ints, floats
# without NaN, or strs) must give the same order as comparing the tuples with `<`, and
# anything else (mixed kinds, NaN, bools, nested tuples, subclasses) the generic one.

rows = [((i * 7919) % 13, str(i % 7), (i * 0.5) % 3) for i in range(60)]
print(sorted(rows)[:6])
print(sorted(rows, reverse=True)[:6])

# Stability: equal keys keep their input order, forwards and reversed.
pairs = [((i % 3, "x"), i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))

# A shorter tuple that is a prefix of a longer one sorts first.
print(sorted([(1, 2, 3), (1, 2), (1,), (0, 9, 9, 9), (), (1, 2, 0)]))

# -0.0 equals 0.0: their order is the input's.
print(sorted([(0.0, "a"), (-0.0, "b"), (0.0, "c"), (-1.5, "d")]))

# Big ints, bools and nested tuples go the generic way and agree with `<`.
print(sorted([(10**30, 1), (5, 2), (-(10**30), 3)]))
print(sorted([(True, 1), (0, 2), (False, 3), (1, 0)]))
print(sorted([((2, 1), "a"), ((1, 5), "b"), ((1, 5), "a")]))

# NaN: no total order; the result is whatever the merge of `<` answers, as in CPython.
nan = float("nan")
print(sorted([(2.0, 1), (nan, 2), (1.0, 3), (0.5, 4)]))

# Mixed kinds at one position compare only when the earlier items are equal.
print(sorted([(1, "a"), (2, 3), (0, None)]))
try:
    sorted([(1, "a"), (1, 3)])
except TypeError as e:
    print("TypeError:", e)


class T(tuple):
    def __lt__(self, other):
        print("T.__lt__", tuple(self), tuple(other))
        return tuple.__lt__(self, other)


print(sorted([T((2, 1)), T((1, 2))]))

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
