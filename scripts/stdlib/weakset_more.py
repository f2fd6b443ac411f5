# WeakSet: every method against WeakSets, sets and lists; dead entries during iteration.
import gc
import weakref
from weakref import WeakSet


class P:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'P{self.n}'


def show(ws):
    return sorted(ws, key=lambda p: p.n)


ps = [P(i) for i in range(8)]
a = WeakSet(ps[:4])
b = WeakSet(ps[2:6])
lst = ps[3:7]
print(show(a.union(lst)), show(a.intersection(lst)), show(a.difference(lst)), show(a.symmetric_difference(lst)))
print(show(a | b), show(a & b), show(a - b), show(a ^ b), type(a | b).__name__)
for op in ('__or__', '__and__', '__sub__', '__xor__'):
    try:
        print(op, show(getattr(a, op)(set(lst))))
    except TypeError as e:
        print(op, 'TypeError', e)
print(a.issubset(ps), a.issuperset(ps[:2]), a.issubset(lst), a <= WeakSet(ps), a < WeakSet(ps), a < a, a > WeakSet(ps[:1]), a >= a)
print(a.isdisjoint(ps[6:]), a.isdisjoint(lst), a == WeakSet(ps[:4]), a != b, a.__eq__(set(ps[:4])), a == set(ps[:4]))
print(len(a), ps[0] in a, ps[7] in a, 5 in a, [] in a, None in a)
c = a.copy()
c |= lst
print(show(c))
c -= ps[:2]
print(show(c))
c &= ps[3:5]
print(show(c))
c ^= ps[4:6]
print(show(c))
c.update(ps[:1])
c.difference_update(ps[5:6])
c.intersection_update(ps)
c.symmetric_difference_update(ps[7:])
print(show(c))
for meth in ('difference_update', 'symmetric_difference_update', 'intersection_update', '__isub__', '__ixor__', '__iand__'):
    d = WeakSet(ps[:3])
    r = getattr(d, meth)(d)
    print(meth, show(d), r is d if r is not None else None)
d = WeakSet(ps[:3])
d.add(ps[0])
d.discard(ps[7])
print(len(d))
for bad in (lambda: d.discard(5), lambda: d.remove(5), lambda: d.issubset([5]), lambda: d < [5]):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    d.remove(ps[7])
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
try:
    d.add(5)
except TypeError as e:
    print('TypeError', e)
try:
    d.update(5)
except TypeError as e:
    print('TypeError', e)
e = WeakSet()
try:
    e.pop()
except KeyError as ex:
    print('KeyError', ex)
popped = [d.pop().n for _ in range(3)]
print(sorted(popped), len(d))

# dead entries disappear, also while iterating
tmp = [P(100 + i) for i in range(5)]
w = WeakSet(tmp)
seen = []
for x in w:
    seen.append(x.n)
    if len(seen) == 1:
        del tmp[:]
        gc.collect()
print(len(seen), len(w), [p.n for p in w] == seen)
tmp = [P(200 + i) for i in range(3)]
w = WeakSet(tmp)
it = iter(w)
first = next(it)
del tmp[:]
gc.collect()
print(first.n >= 200, len(w) >= 1)
del first, it
gc.collect()
print(len(w), list(w))


class Sub(WeakSet):
    pass


s = Sub(ps[:2])
s.tag = 'x'
print(type(s.copy()).__name__, type(s | s).__name__, type(s & ps).__name__, type(s - ps).__name__)
r = s.__reduce__()
print(r[0].__name__, sorted(p.n for p in r[1][0]), r[2]['tag'])
print(WeakSet[int], Sub[str])
import copy
print(show(copy.copy(WeakSet(ps[:3]))), WeakSet(ps) == WeakSet(iter(ps)))
