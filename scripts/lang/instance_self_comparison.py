# The == and != operators ask an instance's __eq__/__ne__ even when both sides are the
# same object; containers (list ==, in, count, index) take identity as equality first.
class B:
    def __eq__(self, o): return "B.eq"
class C:
    def __ne__(self, o): return "C.ne"
class N:
    def __eq__(self, o): return False
b, c, n = B(), C(), N()
print(b == b, b != b, c != c, c == c, n == n, n != n)
print([n] == [n], n in [n], (n,) == (n,), [n].count(n), [n].index(n))
class A: pass
a = A()
print(a == a, a != a, a == A(), a != A())
