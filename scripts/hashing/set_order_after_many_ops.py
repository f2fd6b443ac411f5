# A set's iteration order is its table layout: after any mix of additions, removals,
# in-place algebra and pops it must be CPython's (pop resumes where the last pop stopped;
# an added key takes the last free slot on its probe path).
import random

rng = random.Random(2026)
s = set()
t = set()
for step in range(4000):
    v = rng.randrange(0, 3000)
    w = v + rng.randrange(0, 60)
    op = rng.randrange(14)
    if op == 0:
        s.add(v)
    elif op == 1:
        s.discard(v)
    elif op == 2:
        s ^= {v, w}
    elif op == 3:
        s |= set(range(v, w))
    elif op == 4:
        s -= set(range(v, w))
    elif op == 5:
        s &= set(range(w)) | s
    elif op == 6:
        s.difference_update(range(v, w))
    elif op == 7:
        s.symmetric_difference_update(range(v, w))
    elif op == 8:
        s.update(range(v, w))
    elif op == 9 and s:
        s.pop()
    elif op == 10:
        s = {x for x in s if x % 7 != v % 7}
    elif op == 11:
        t = s ^ set(range(v, w))
    elif op == 12:
        t = set(range(v, w)) - s
    else:
        s = s.copy()
    if step % 250 == 249:
        print(step, len(s), list(s)[:12], list(t)[:6])

small = {1, 2, 3}
small.discard(1)
small.add(9)
print(list(small))
popped = set(range(20))
print([popped.pop() for _ in range(5)], list(popped)[:5])
popped &= set(range(100))
print(popped.pop(), popped.pop())
