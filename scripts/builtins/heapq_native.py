# heapq's operations (native in coro): list layouts after every operation, max-heaps,
# argument errors, comparisons that raise or change the heap, list subclasses.
import heapq
import random

random.seed(11)
h = []
for x in [random.randint(0, 50) for _ in range(40)]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
print(heapq.heapreplace(h, 7), heapq.heappushpop(h, 3), heapq.heappushpop(h, 99), h)
data = [random.random() for _ in range(3000)]
heapq.heapify(data)
print(data[:5], all(data[(i - 1) // 2] <= data[i] for i in range(1, len(data))))
m = list(range(20))
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 4), m)
print(heapq.heappushpop([], 5), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, "hello"))
t = []
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
    heapq.heappush(t, item)
print([heapq.heappop(t) for _ in range(4)])

class L(list):
    pass
s = L([5, 3, 8, 1])
heapq.heapify(s)
print(s, type(s).__name__)

calls = []
for f, args in [(heapq.heappush, ()), (heapq.heappush, ([],)), (heapq.heappush, (1, 2)),
                (heapq.heappop, ()), (heapq.heappop, (1,)), (heapq.heappop, ([],)),
                (heapq.heapreplace, ([], 1)), (heapq.heapreplace, ((), 1)),
                (heapq.heapify, ([], 1)), (heapq.heapify, ("x",)), (heapq.heappushpop, (1, 1)),
                (heapq._heappop_max, (None,))]:
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    heapq.heappush(h=[], item=1)
except TypeError as e:
    print(e)

class Bad:
    def __lt__(self, other):
        raise ValueError("no order")
b = [1, 2]
try:
    heapq.heappush(b, Bad())
except ValueError as e:
    print("ValueError:", e, len(b))

class Shrink:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
g = [1, 2, 3]
try:
    heapq.heappush(g, Shrink(g))
except RuntimeError as e:
    print("RuntimeError:", e, g)
g = [3, 1, 2, 0]
g[1:3] = [Shrink(g), Shrink(g)]
try:
    heapq.heapify(g)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
