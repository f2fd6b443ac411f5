# Instances whose classes keep object's __eq__/__ne__ compare by identity; a class's
# own __eq__/__ne__ (either side, subclass first) is still asked; list.remove/index/in.
class A: pass
class B:
    def __eq__(self, o): return "B.eq"
class C(A):
    def __ne__(self, o): return "C.ne"
class M(type):
    def __eq__(cls, o): return "meta"
class D(metaclass=M): pass
a1, a2, b, c, d = A(), A(), B(), C(), D()
print(a1 == a1, a1 == a2, a1 != a2, a1 != a1)
print(a1 == b, b == a1, a1 != b)
L = [A() for _ in range(5)]; x = L[3]; L.remove(x); print(len(L), x in L, L.index(L[2]))
print([a1, a2] == [a1, a2], [a1] == [a2])
class E(Exception): pass
e = E(); print(e == e, e == E())
print(c == a1, c != a1, a1 != c)
print(d == d, d == D())
