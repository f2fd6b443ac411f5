# collections.deque: rotate both ways by every amount (O(min(n, len - n)) moves), ends,
# maxlen, and an iterator noticing a rotation.
import collections
d = collections.deque(range(10))
for k in [1, 3, -2, 7, 10, 0, -13, 5, 4, 6]:
    d.rotate(k); print(list(d))
d.appendleft(-1); d.append(99); print(d, d[0], d[-1], len(d))
d.rotate(); d.popleft(); d.rotate(-4); print(d)
m = collections.deque(range(5), maxlen=5)
m.rotate(2); m.append(9); print(m); m.appendleft(7); print(m)
e = collections.deque(); e.rotate(3); print(e)
it = iter(d); next(it); d.rotate(1)
try: next(it)
except RuntimeError as ex: print("RuntimeError:", ex)
