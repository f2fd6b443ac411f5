# The per-class "keeps object's __eq__/__ne__" memo: every warm comparison site sees
# __eq__/__ne__ assigned to or deleted from the class or a base afterwards, __class__
# assignment, and classes that override only one of the two.
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass

def probe(label, a, b):
    L = [Leaf(), a, Leaf()]
    try:
        i = L.index(b)
    except ValueError:
        i = None
    print(label, a == b, a != b, b in L, i, [a] == [b], (a,) == (b,))

x, y = Leaf(), Leaf()
for _ in range(3):
    probe("plain", x, y)
Leaf.__eq__ = lambda s, o: True
probe("leaf eq", x, y)
del Leaf.__eq__
probe("leaf eq deleted", x, y)
Base.__eq__ = lambda s, o: "base"
probe("base eq", x, y)
Base.__ne__ = lambda s, o: False
probe("base ne", x, y)
del Base.__eq__
probe("base eq deleted", x, y)
del Base.__ne__
probe("both deleted", x, y)

class Loud:
    def __eq__(self, o):
        print("  Loud.__eq__")
        return NotImplemented
for _ in range(2):
    probe("plain again", x, y)
x.__class__ = Loud
probe("x now Loud", x, y)
x.__class__ = Leaf
probe("x Leaf again", x, y)

class OnlyNe:
    def __ne__(self, o):
        return "ne"
p, q = OnlyNe(), OnlyNe()
print(p == q, p != q, p == p, [p] == [q], q in [p], p in [p])
OnlyNe.__eq__ = lambda s, o: "eq"
print(p == q, p != q, q in [p], [p] == [q])

# Rebinding a method on the instance does not change ==, which asks the type.
z = Leaf()
z.__eq__ = lambda o: True
print(z == Leaf(), z in [Leaf()])

# A raising __eq__ added after warm-up reaches list.remove.
class Boom(Exception): pass
r = [Leaf(), Leaf()]
t = Leaf()
for _ in range(3):
    try:
        r.remove(t)
    except ValueError as e:
        print("ValueError", e)
def boom(s, o):
    raise Boom("eq called")
Mid.__eq__ = boom
try:
    r.remove(t)
except Boom as e:
    print("Boom", e)
del Mid.__eq__
print(t in r, r.count(t))
