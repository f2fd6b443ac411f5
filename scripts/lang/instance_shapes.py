# Instance attributes live in value arrays addressed through shapes shared by the
# instances of a class, with per-instruction caches of (class, shape) -> index. Each check
# runs the same code on objects whose layout or __dict__ changed, so a stale shape or a
# stale cached index prints the wrong answer.


class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def total(self):
        return self.x + self.y + self.z


def read(o):
    return (o.x, o.y, o.z)


ps = [P(i, i * 10, i * 100) for i in range(5)]
print([read(p) for p in ps], [p.total() for p in ps])

# The same sites on an instance whose attributes were added in another order.
q = P.__new__(P)
q.z = "z"
q.y = "y"
q.x = "x"
print(read(q), read(ps[1]), read(q), list(vars(q)))

# Writes through __dict__ are attribute writes, and the other way round.
d = ps[2].__dict__
d["x"] = "via dict"
print(read(ps[2]), read(ps[3]))
ps[2].y = "via attr"
print(d, read(ps[2]))
d["new"] = 42
print(ps[2].new, sorted(vars(ps[2])))
vars(ps[3])["z"] = -3
print(read(ps[3]), ps[3].total())
ps[2].__dict__.clear()
try:
    read(ps[2])
except AttributeError as e:
    print("AttributeError", e)
ps[2].__dict__.update(x=7, y=8, z=9)
print(read(ps[2]), ps[2].total())

# del, then the same sites again.
p = ps[4]
del p.y
try:
    read(p)
except AttributeError as e:
    print("AttributeError", e)
p.y = "back"
print(read(p), list(p.__dict__))
print(read(ps[0]), read(ps[1]))

# setattr / delattr / getattr with computed names.
for name in ["x", "y", "z"]:
    setattr(ps[0], name, name * 2)
print(read(ps[0]), getattr(ps[0], "x" + ""), hasattr(ps[0], "w"))
delattr(ps[0], "z")
print(hasattr(ps[0], "z"), vars(ps[0]))


# An instance attribute shadows a method or a class value once it is set.
class M:
    kind = "class"

    def m(self):
        return "method"


def call(o):
    return o.m(), o.kind


objs = [M() for _ in range(3)]
print([call(o) for o in objs])
objs[1].m = lambda: "instance"
objs[2].kind = "instance"
print([call(o) for o in objs])
del objs[1].m
print([call(o) for o in objs])
objs[0].__dict__["m"] = lambda: "via dict"
print([call(o) for o in objs])


# Stores cached at a site, then a property arrives on the class: the setter must run.
class S:
    def __init__(self, v):
        self.v = v


def store(o, v):
    o.v = v
    return o.v


s = S(1)
print([store(s, i) for i in range(3)])
S.v = property(lambda self: "getter", lambda self, v: print("setter", v))
print(store(s, 5), S(6).v)
del S.v
print(store(s, 7), vars(s))


# A __setattr__ added after stores were cached.
class H:
    pass


def put(o):
    o.a = 1
    o.b = 2
    return vars(o)


print(put(H()), put(H()))
H.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 100)
print(put(H()))
del H.__setattr__
print(put(H()))


# Many attributes, and many different layouts of one class.
class Wide:
    pass


w = Wide()
for i in range(100):
    setattr(w, "a%d" % i, i)
print(sum(getattr(w, "a%d" % i) for i in range(100)), len(vars(w)), list(vars(w))[-3:])
w.a50 = "fifty"
del w.a3
print(w.a50, hasattr(w, "a3"), len(w.__dict__))

many = []
for i in range(700):
    o = Wide()
    setattr(o, "k%d" % (i % 37), i)
    setattr(o, "j%d" % (i % 23), -i)
    o.common = i
    many.append(o)
print(sum(o.common for o in many), [sorted(vars(o)) for o in many[:3]])
print(all(getattr(o, "k%d" % (i % 37)) == i for i, o in enumerate(many)))


# Slots: only the declared names, unset slots raise, del works.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


sl = Slotted(1)
print(sl.a, hasattr(sl, "b"))
sl.b = 2
print(sl.a, sl.b)
del sl.a
print(hasattr(sl, "a"), sl.b)
try:
    sl.c = 3
except AttributeError as e:
    print("AttributeError", e)


# Exceptions keep attributes next to their native state.
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("boom", code)
        self.code = code


try:
    raise MyErr(3)
except MyErr as e:
    e.extra = "x"
    print(e.args, e.code, e.extra, sorted(vars(e)))


# A dict taken early stays the storage while attributes change.
class K:
    pass


k = K()
kd = k.__dict__
k.a = 1
k.b = 2
del k.a
k.c = 3
print(kd, kd is k.__dict__, vars(k) is kd)
