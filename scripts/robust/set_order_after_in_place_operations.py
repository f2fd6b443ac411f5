# Iteration order after in-place set operations is CPython's: removals leave dummies
# (resized away past a quarter of the table), `&=` takes the new table's layout.
s = set(range(100))
s.difference_update(range(50))
s.add(130)
print(list(s)[:3])

s = set(range(100))
s -= set(range(10, 95))
s.add(1000)
print(list(s))

s = set(range(40))
s.difference_update({1, 2, 3}, [4, 5], range(6, 30))
s.add(64)
print(list(s))

s = set(range(20))
s ^= set(range(10, 40, 3))
print(list(s))
s.symmetric_difference_update([100, 3, 4, 5])
print(list(s))

s = set(range(0, 200, 7))
s &= set(range(0, 200, 3))
s.add(512)
print(list(s))
s.intersection_update(range(0, 300, 2), {42, 84, 126, 512, 0})
print(list(s))

s = {1, 2, 3}
s -= s
print(s)
s = {1, 2, 3}
s ^= s
print(s)
s = {1, 2, 3}
s |= {9, 17, 33}
print(list(s))

# Project Euler style: sieve by difference_update, then the smallest elements.
n = 200
candidates = set(range(2, n))
for p in range(2, 15):
    candidates.difference_update(range(p * p, n, p))
print(sorted(candidates)[:10], list(candidates)[:10])
