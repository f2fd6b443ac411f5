# Calling a class whose metaclass keeps type.__call__ (ABCMeta, a plain subclass of type)
# takes the same remembered path as a class without one; patching the metaclass later,
# making a class abstract or concrete again, and a metaclass with its own __call__ must be
# seen at once. The loop is long enough for the call sites to be remembered.
import abc, collections.abc
class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Base):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
t = 0
for i in range(2000):
    t += Sq(i).area()
print(t)
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def __init__(self): pass
try: Half()
except TypeError as e: print(e)
for _ in range(3):
    try: Half()
    except TypeError as e: print(e)
Half.area = lambda self: 1
abc.update_abstractmethods(Half)
print(Half().area())
class M(type):
    def __call__(cls, *a):
        print("M.__call__", a)
        return super().__call__(*a)
class K(metaclass=M):
    def __init__(self, x): self.x = x
for i in range(2): print(K(i).x)
M.__call__ = lambda cls, *a: "patched"
print(K(5))
class Plain(metaclass=abc.ABCMeta):
    def __init__(self, v): self.v = v
for i in range(3): print(Plain(i).v)
abc.ABCMeta.__call__ = lambda cls, *a: ("abc patched", a)
print(Plain(7))
del abc.ABCMeta.__call__
print(Plain(8).v)
class MyMap(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
print(sum(len(MyMap({1: 2})) for _ in range(1000)), dict(MyMap({"a": 1})))
