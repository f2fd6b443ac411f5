# permutations and islice: order, edge cases, laziness, and how much of the underlying
# iterator islice consumes (it matters when the iterator is shared).
import itertools

print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations([], 0)), list(itertools.permutations([1, 2], 3)))
print(list(itertools.permutations([1, 2, 3], 0)), list(itertools.permutations("ab", True)))
print(sum(1 for _ in itertools.permutations(range(7))))
p = itertools.permutations(range(8))
print(next(p), next(p), next(p))
print(type(p).__name__, type(itertools.islice([], 1)).__name__)
for bad in ("a", 1.0):
    try:
        itertools.permutations([1], bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    itertools.permutations([1], -1)
except ValueError as e:
    print("ValueError:", e)

print(list(itertools.islice(itertools.permutations(range(8)), 40319, None)))
print(list(itertools.islice(range(20), 2, None, 3)))
print(list(itertools.islice(range(20), 5)))
print(list(itertools.islice("abcdef", 1, 4)))
for args in [(10, 5), (0, 5, 3), (3, 3), (0, 0), (2, 7, 2)]:
    it = iter(range(20))
    print(args, list(itertools.islice(it, *args)), next(it))
it = iter(range(3))
print(list(itertools.islice(it, 5, None)), next(it, "done"))
for bad in [(-1,), (0, -1), (0, 5, 0), ("x",)]:
    try:
        itertools.islice(range(3), *bad)
    except ValueError as e:
        print("ValueError:", e)


def noisy():
    for i in range(5):
        print("produce", i)
        yield i


s = itertools.islice(noisy(), 1, 4, 2)
print("made")
print(list(s))


class Boom:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise RuntimeError("boom at 3")
        return self.n


b = Boom()
s = itertools.islice(b, 4, None)
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "exhausted"), b.n)

# set operations that CPython runs in the size of the smaller operand
big = set(range(100000))
for _ in range(1000):
    big.difference_update(set())
    big.difference_update({5, 6})
big.difference_update([7], (8,), {9: 1})
print(len(big), 5 in big, 10 in big)
small = {1, 2, 3}
print(sorted(big - small)[:3], len(big - {10, 11}))
s = {1, 2, 3}
s.symmetric_difference_update([3, 4, 4])
print(sorted(s))
s.symmetric_difference_update(s)
print(s)
s = {1, 2, 3, 4}
s.intersection_update([2, 3, 5], {3, 2})
print(sorted(s))
s.difference_update(s)
print(s)
fs = frozenset({1, 2})
print(fs - {1}, type(fs - {1}).__name__)

# islice skipping past the end of a permutations iterator leaves both exhausted
p = itertools.permutations(range(3))
print(list(itertools.islice(p, 10, None)), list(p))
p = itertools.permutations(range(3))
print(list(itertools.islice(p, 5, None)), list(p))
