# Zero-argument super() where the dispatch loop answers it: its errors, and a global
# named super that is not the builtin.
class A:
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        return super().m()
    def bad(self):
        self = 3
        return super().m()
    @staticmethod
    def st():
        return super().m()
def f():
    return super()
print(B().m())
for call in (lambda: B().bad(), B.st, f):
    try:
        call()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
super = lambda: "shadowed"
class C(A):
    def m(self):
        return super()
print(C().m())
