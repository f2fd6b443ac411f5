# hash() of instances: object's identity, a builtin base's hash, the user's __hash__, and
# unhashable classes, including changes to __hash__ after the class is made.
class A: pass
class B:
    def __hash__(self): return 42
class C(B):
    __hash__ = None
class D:
    def __eq__(self, o): return True
class I(int): pass
class J(int):
    def __hash__(self): return 7
class S(str): pass
class T(tuple): pass
class M(B):
    def __hash__(self): return -1
class Big:
    def __hash__(self): return 2**100
class Bad:
    def __hash__(self): return "x"
class L(list): pass
class LH(list):
    def __hash__(self): return 5
a = A()
print(hash(a) == hash(a), hash(B()), hash(I(5)), hash(J(5)), hash(S("ab")) == hash("ab"), hash(T((1, 2))) == hash((1, 2)), hash(M()), hash(Big()) == hash(2**100))
for x in [C(), D(), Bad(), L(), [1]]:
    try:
        print(hash(x))
    except TypeError as e:
        print("TypeError", e)
print(hash(LH()))
d = {a: 1, I(3): 2, S("k"): 3}
print(d[a], d[3], d["k"], a in {a}, I(3) in {3})
B.__hash__ = lambda self: 99
print(hash(B()), hash(C()) if C.__hash__ else "C unhashable")
del B.__hash__
print(hash(B()) == hash(B()))
