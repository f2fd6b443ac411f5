# bisect's functions (native in coro): both sides, lo/hi, key, sequences that are not
# lists, insort through a method, argument errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2, 2), bisect.bisect(a, 2, 0, 3), bisect.bisect(a, 2, hi=-5),
      bisect.bisect(a, 2, hi=None), bisect.bisect_left(a, 2, lo=4), bisect.bisect(a, 9, 100))
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
print(recs)
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
print(s, bisect.bisect(range(0, 100, 5), 42), bisect.bisect_left("acegi", "d"),
      bisect.bisect((1, 2, 3), 2.5))

class Seq:
    def __init__(self):
        self.items = [10, 20, 30]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)
q = Seq()
bisect.insort(q, 25)
print(q.items, bisect.bisect(q, 15))

class Idx:
    def __index__(self):
        return 2
print(bisect.bisect(a, 2, Idx()), bisect.bisect(a, 5, hi=Idx()))
for args, kw in [((), {}), (([1],), {}), (([1], 2, -1), {}), (([1], 2, "a"), {}),
                 (([1], 2, 0, "x"), {}), (([1], 2, 0, 1.5), {}), ((5, 1), {}),
                 (([1], 2), {"key": 1}), (([1], 2), {"bad": 1}), (([1], 2, 0, 1, None), {}),
                 (([1], 2, 2**70), {}), (([1], 2, 0, 2**70), {}), (([1], 2, 0, object()), {}),
                 (([1], 2, 0, True), {})]:
    for f in (bisect.bisect_right, bisect.insort_left):
        try:
            print(f(*args, **kw))
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
