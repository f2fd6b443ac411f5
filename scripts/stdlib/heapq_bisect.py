import heapq
import bisect

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 10]
h = list(data)
heapq.heapify(h)
print(h)
heapq.heappush(h, -1)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 100), h)
print(heapq.heappushpop(h, -5), heapq.heappushpop(h, 50), h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

# Tuples as priorities; ties fall to the second field.
tasks = []
for item in [(3, "write"), (1, "plan"), (2, "code"), (1, "eat"), (5, "sleep")]:
    heapq.heappush(tasks, item)
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 6, 2], reverse=True)))
print(list(heapq.merge([(1, 'a'), (3, 'b')], [(1, 'z'), (2, 'y')], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge(iter([2]), iter([1]))))
print(list(heapq.merge("ace", "bdf", reverse=False)))

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(0, data), heapq.nsmallest(-2, data))
print(heapq.nlargest(20, data), heapq.nsmallest(2, iter(data)), heapq.nlargest(3, (x * x for x in data)))
print(heapq.nsmallest(2, {"b": 2, "a": 1, "c": 0}, key=lambda k: -ord(k)))

for f, args in ((heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                (heapq.heapify, ((3, 1),)), (heapq.heappop, ("ab",))):
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 3))

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)

records = [("ann", 21), ("bob", 25), ("cy", 30), ("di", 30), ("ed", 41)]
age = lambda r: r[1]
print(bisect.bisect_left(records, 30, key=age), bisect.bisect_right(records, 30, key=age))
bisect.insort(records, ("fay", 30), key=age)
bisect.insort_left(records, ("gus", 30), key=age)
print(records)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
try:
    bisect.insort(a, 1, lo=-3)
except ValueError as e:
    print("ValueError", e)
print(bisect.bisect_right("acegi", "f"), bisect.bisect_left((1, 2, 3), 2))
