# WeakValueDictionary, WeakKeyDictionary, WeakMethod and finalize: every method, dead
# entries (also mid-iteration), copies, the | operators, exit-time finalizers.
import copy
import gc
import weakref


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'O{self.n}'

    def meth(self):
        return self.n


objs = [O(i) for i in range(6)]
vd = weakref.WeakValueDictionary({'a': objs[0]}, b=objs[1])
vd.update([('c', objs[2])], d=objs[3])
vd['e'] = objs[4]
print(len(vd), sorted(vd), sorted(vd.keys()), sorted(vd.values(), key=lambda o: o.n), sorted(vd.items()))
print('a' in vd, 'z' in vd, vd['a'], vd.get('b'), vd.get('z'), vd.get('z', 0), len(vd.valuerefs()), len(list(vd.itervaluerefs())))
print(vd.setdefault('a', objs[5]), vd.setdefault('f', objs[5]), vd.pop('f'), vd.pop('f', 'gone'))
try:
    vd.pop('f')
except KeyError as e:
    print('KeyError', e)
try:
    vd['zz']
except KeyError as e:
    print('KeyError', e)
del vd['e']
try:
    del vd['e']
except KeyError as e:
    print('KeyError', e)
print(sorted(vd), type(vd.copy()).__name__, sorted(copy.copy(vd)), sorted(copy.deepcopy(vd)))
merged = vd | {'m': objs[5]}
print(type(merged).__name__, sorted(merged), sorted({'x': objs[5]} | vd))
vd |= {'n': objs[5]}
print(sorted(vd), vd.__or__(5), vd.__ror__(5))
k, v = vd.popitem()
print(k in ('a', 'b', 'c', 'd', 'n'), v.n < 6, len(vd))
tmp = O(99)
vd['tmp'] = tmp
print('tmp' in vd, len(vd))
del tmp
gc.collect()
print('tmp' in vd, len(vd), vd.get('tmp', 'dead'))
# values dying while iterating: removals wait for the iteration to end
extra = [O(100 + i) for i in range(4)]
vd2 = weakref.WeakValueDictionary({i: o for i, o in enumerate(extra)})
seen = []
for key in vd2:
    seen.append(key)
    if len(seen) == 1:
        del extra[:]
        gc.collect()
print(len(seen) >= 1, len(vd2))
vd2.clear()
print(len(vd2), repr(vd2).startswith('<WeakValueDictionary at 0x'))
try:
    weakref.WeakValueDictionary({'k': 1})
except TypeError as e:
    print('TypeError', e)
print(sorted(weakref.WeakValueDictionary(a=objs[0], b=objs[1]).items()))

kd = weakref.WeakKeyDictionary({objs[0]: 'zero'})
kd.update({objs[1]: 'one'}, )
kd.update([(objs[2], 'two')])
kd[objs[3]] = 'three'
print(len(kd), sorted(kd.values()), sorted(o.n for o in kd), sorted((o.n, v) for o, v in kd.items()))
print(objs[0] in kd, objs[5] in kd, 5 in kd, kd[objs[1]], kd.get(objs[2]), kd.get(objs[5], 'none'), len(kd.keyrefs()))
print(kd.setdefault(objs[0], 'x'), kd.setdefault(objs[5], 'five'), kd.pop(objs[5]), kd.pop(objs[5], 'gone'))
try:
    kd.pop(objs[5])
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
try:
    kd[objs[4]]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
del kd[objs[3]]
print(len(kd), type(kd.copy()).__name__, len(copy.deepcopy(kd)), sorted(copy.copy(kd).values()))
print(sorted((kd | {objs[4]: 'four'}).values()), sorted(({objs[4]: 'f'} | kd).values()))
kd |= {objs[4]: 'four'}
o, v = kd.popitem()
print(v, len(kd))
t = O(7)
kd[t] = 'seven'
del t
gc.collect()
print(len(kd), sorted(kd.values()))
kd.clear()
print(len(kd))
try:
    kd[5] = 1
except TypeError as e:
    print('TypeError', e)

# WeakMethod
o = O(3)
wm = weakref.WeakMethod(o.meth)
print(wm()(), wm().__self__ is o, wm == weakref.WeakMethod(o.meth), wm != weakref.WeakMethod(o.meth), hash(wm) == hash(weakref.WeakMethod(o.meth)), hash(wm) == hash(o))
calls = []
wm2 = weakref.WeakMethod(o.meth, calls.append)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.WeakMethod(O.meth)
except TypeError as e:
    print('TypeError', e)
del o
gc.collect()
print(wm(), wm2(), len(calls), calls[0] is wm2, wm == wm, wm == wm2, wm != wm2)

# finalize
class Res:
    pass


r = Res()
f = weakref.finalize(r, print, 'finalized r', end='!\n')
print(f.alive, f.atexit, f.peek()[1:], repr(f).split(';')[1].split(' at')[0])
f.atexit = False
print(f.atexit)
del r
gc.collect()
print(f.alive, f.peek(), f.detach(), f(), repr(f).endswith('; dead>'))
r2 = Res()
f2 = weakref.finalize(r2, lambda *a, **k: print('f2', a, k), 1, k=2)
print(f2(), f2(), f2.alive)
r3 = Res()
f3 = weakref.finalize(r3, print, 'never')
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is print, args, kwargs, f3.alive, f3.detach())
for i in range(3):
    weakref.finalize(Res if i else r3, print, 'at exit', i)
keep = [Res() for _ in range(2)]
weakref.finalize(keep[0], print, 'exit order', 'first registered')
weakref.finalize(keep[1], print, 'exit order', 'second registered')
off = weakref.finalize(keep[1], print, 'not at exit')
off.atexit = False
print('end of script')
