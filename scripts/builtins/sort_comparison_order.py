# sorted() and list.sort() make timsort's comparisons: a short list (under 64 items)
# is one run extended by binary insertion, so the `<` calls, their operands and the
# pair whose comparison fails are CPython's; reverse=True sorts the reversed list
# ascending and reverses it back (the same `<` calls, equal items kept in order).
import random

log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v

    def __repr__(self):
        return f"K{self.v}"


random.seed(1)
for n in [2, 3, 5, 8, 20, 63]:
    data = [random.randint(0, 50) for _ in range(n)]
    for rev in (False, True):
        log.clear()
        out = sorted(map(K, data), reverse=rev)
        print(n, rev, len(log), log[:12], [k.v for k in out] == sorted(data, reverse=rev))
log.clear()
sorted([K(1), K(1), K(0)], reverse=True)
print(log)


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        log.append(("gt", self.v, o.v))
        return self.v > o.v


log.clear()
print([o.v for o in sorted([OnlyGt(2), OnlyGt(3), OnlyGt(1)], reverse=True)], log)
pairs = [("b", 1), ("a", 1), ("c", 0)]
print(sorted(pairs, key=lambda p: p[1], reverse=True), sorted(pairs, key=lambda p: p[1]))
mixed = [K(3), K(1), 5, K(2)]
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1, "x", 2])
except TypeError as e:
    print("TypeError:", e)
