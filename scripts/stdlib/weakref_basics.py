# weakref: ref with callbacks, proxies, the weak containers, finalize, WeakMethod.
import weakref, sys, re

def addrless(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)

class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'A({self.n})'
    def m(self): return self.n
a = A(1)
def cb(r):
    print('callback', type(r).__name__, r() is None)
r = weakref.ref(a, cb)
r2 = weakref.ref(a)
print(r() is a, r2 is weakref.ref(a), r is r2, weakref.getweakrefcount(a))
print(r == r2, hash(r) == hash(a), r.__callback__ is cb, r2.__callback__)
del a
print('after del', r(), r2(), addrless(repr(r)))
def f():
    b = A(2)
    w = weakref.ref(b, cb)
    b = None
    print('in f after rebind')
    return w
f()
for bad in [1, 'x', (), [], {}, object(), 1.5, None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
s = {1}
print(addrless(repr(weakref.ref(s))), weakref.ref(frozenset()) is not None)
print(addrless(repr(weakref.ref(f))), addrless(repr(weakref.ref(A(3)))))
d = weakref.WeakValueDictionary()
k = [A(i) for i in range(5)]
for x in k: d[x.n] = x
print(len(d), sorted(d.keys()))
del k[0]; del x
print(len(d), sorted(d.keys()), d.get(0), d.get(1))
k.clear()
print(len(d))
wk = weakref.WeakKeyDictionary()
objs = [A(i) for i in range(3)]
for o in objs: wk[o] = o.n * 10
print(len(wk), sorted(wk.values()))
objs.pop(); o = None
print(len(wk), sorted(wk.values()))
ws = weakref.WeakSet(objs)
print(len(ws), objs[0] in ws)
objs.pop()
print(len(ws))
p = weakref.proxy(objs[0])
print(p.n, p.m())
x = A(7)
fin = weakref.finalize(x, print, 'finalized', 7)
print(fin.alive, fin.peek()[1:])
del x
print(fin.alive)
y = A(8)
fin2 = weakref.finalize(y, print, 'at exit', 8)
z = A(9)
fin3 = weakref.finalize(z, print, 'detached')
print(fin3.detach()[0])
print(fin3.alive)
wm = weakref.WeakMethod(objs[0].m)
print(wm()())
objs.clear()
print(wm(), addrless(repr(p)).replace('NoneType', 'X'))
try:
    p.n
except ReferenceError as e:
    print(e)
# subclasses of ref, equality and hashing of dead references
class Named(weakref.ref):
    __slots__ = ('label',)
    def __new__(cls, ob, callback=None, label=''):
        self = super().__new__(cls, ob, callback)
        self.label = label
        return self
    def __init__(self, ob, callback=None, label=''):
        super().__init__(ob, callback)
o1, o2 = A(1), A(1)
n = Named(o1, None, 'first')
print(n.label, n() is o1, isinstance(n, weakref.ref), type(n).__name__)
print(weakref.ref(o1) == weakref.ref(o2), weakref.ref(o1) != weakref.ref(o2))
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, other): return self.n == other.n
    def __hash__(self): return hash(self.n)
e1, e2 = E(1), E(1)
r1, r2 = weakref.ref(e1), weakref.ref(e2)
print(r1 == r2, hash(r1) == hash(1))
del e1, e2
print(r1 == r2, r1 == r1, hash(r1) == hash(1))
e3 = E(3)
r3 = weakref.ref(e3)
del e3
try:
    hash(r3)
except TypeError as e:
    print('TypeError', e)
print(weakref.getweakrefcount(o2), weakref.getweakrefcount(1), weakref.getweakrefs(1))
keep = [weakref.ref(o2, lambda r: None), weakref.proxy(o2)]
print(weakref.getweakrefcount(o2), len(weakref.getweakrefs(o2)))
# the order callbacks run in: most recent reference first
order = []
t = A(5)
r_a = weakref.ref(t, lambda r: order.append('a'))
r_b = weakref.ref(t, lambda r: order.append('b'))
del t
print(order)
# a reference that dies before its referent calls nothing
t = A(6)
w = weakref.ref(t, lambda r: print('never'))
del w
del t
# functions, classes and sets are weakly referenceable, with callbacks (a class lives in
# a reference cycle in CPython, so when it goes is the collector's business)
def fn(): pass
class K: pass
ss = {1, 2}
refs = [weakref.ref(x, lambda r: print('gone', r() is None)) for x in (fn, ss)]
print(weakref.ref(K)() is K)
del fn
del ss
print(weakref.ref(print)() is print, weakref.ref(sys)() is sys)
# proxy basics
pl = A(10)
px = weakref.proxy(pl)
px.extra = 5
print(pl.extra, px.n + 1, type(px) is weakref.ProxyType, weakref.ProxyTypes)
cp = weakref.proxy(len)
print(cp([1, 2]), type(cp) is weakref.CallableProxyType)
try:
    hash(px)
except TypeError as e:
    print('TypeError', e)
del pl
try:
    px.n
except ReferenceError as e:
    print('ReferenceError', e)
try:
    weakref.ref(1, None, 2)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref()
except TypeError as e:
    print('TypeError', e)
# WeakValueDictionary and WeakKeyDictionary API
vd = weakref.WeakValueDictionary({'a': A(1)})
print(len(vd), 'a' in vd, vd.get('a'))
va = A('va')
vd['b'] = va
print(vd.setdefault('b', A(0)), vd.pop('b'), vd.pop('zz', 'dflt'), len(vd))
vd.update(c=va)
print(list(vd.items()), dict(vd.copy()) == {'c': va}, addrless(repr(vd)))
kd = weakref.WeakKeyDictionary({va: 1})
print(kd[va], va in kd, 1 in kd, kd.get(va), list(kd.items()), addrless(repr(kd)))
del kd[va]
print(len(kd))
print(weakref.WeakSet([va]) == weakref.WeakSet([va]), sorted(weakref.__all__))
print('end')
# WeakSet operators
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'P({self.n})'
ps = [P(i) for i in range(5)]
s1, s2 = weakref.WeakSet(ps[:3]), weakref.WeakSet(ps[2:])
key = lambda p: p.n
print(sorted(s1 | s2, key=key), sorted(s1 & s2, key=key), sorted(s1 - s2, key=key), sorted(s1 ^ s2, key=key))
s3 = s1.copy()
s3 -= s2
s4 = s1.copy()
s4 ^= s2
s5 = s1.copy()
s5 &= s2
print(sorted(s3, key=key), sorted(s4, key=key), sorted(s5, key=key), s5 <= s1, s1 >= s5, s5 < s1, s1.isdisjoint(s3) )
s1.discard(ps[0]); s1.remove(ps[1])
print(len(s1), s1.pop() is ps[2], len(s1))
ps.clear()
print(len(s2), len(s4))
vd2 = weakref.WeakValueDictionary()
x1 = P(1)
vd2['x'] = x1
merged = vd2 | {'y': x1}
print(sorted(merged.keys()), sorted((vd2 | {}).keys()))
