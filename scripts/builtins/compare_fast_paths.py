# Tuple and list ordering and `in`/`==` scans: the native fast paths (ints and strs
# compared without dunders) must give what the general comparison gives.
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other if not isinstance(other, Loud) else other.v)
        return isinstance(other, Loud) and self.v == other.v
    def __lt__(self, other):
        print("lt", self.v)
        return self.v < other.v
    __hash__ = None

keys = [(3, "b"), (1, "z"), (3, "a"), (2, "q"), (1, "a"), (10, ""), (-5, "x")]
print(sorted(keys))
print(sorted(keys, reverse=True))
print(sorted([("b", 2, 1.5), ("b", 2, 0.5), ("a", 9, 0.0)]))
print((1, 2) < (1, 2, 0), (1, 2) <= (1, 2), (1, "a") > (1, "B"), [1, "x"] < [1, "y"])
print((1, Loud(1)) < (1, Loud(2)))
print((2, Loud(1)) < (1, Loud(2)))
print((1, 2.5) < (1, 2), (1, True) == (1, 1), (0, -0.0) == (0, 0))
nan = float("nan")
print((1, nan) < (1, 2), (1, nan) > (1, 2), (2, nan) > (1, nan))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)

words = ["alpha", "beta", 3, 4.0, None, True]
print("beta" in words, 4 in words, 1 in words, "gamma" in words, None in words, 2 in words)
print(Loud(3) in [1, "x", Loud(2), Loud(3), Loud(4)])
print(3 in [1, "x", Loud(3)])
print(words.count(True), words.index(4.0), (1, 2, 3).index(3))
big = list(range(1000))
print(999 in big, 1000 in big, -1 in big, 10 ** 20 in big + [10 ** 20])

class Shrinker:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
seq = [1, 2, Shrinker(None), 4, 5]
seq[2].target = seq
print(5 in seq, seq)
