def f(*a): return ("f", len(a))
class C:
    __mul__ = staticmethod(lambda x: ("mul", x))
    __rmul__ = classmethod(lambda cls, x: ("rmul", cls.__name__, x))
    __len__ = staticmethod(lambda: 3)
    __getitem__ = classmethod(lambda cls, i: (cls.__name__, i))
    __neg__ = staticmethod(lambda: "neg")
    __call__ = staticmethod(lambda *a: ("call", a))
    __contains__ = staticmethod(lambda x: x == 5)
    __iter__ = staticmethod(lambda: iter([1, 2]))
    __eq__ = staticmethod(lambda o: "eq")
    __hash__ = staticmethod(lambda: 42)
    __bool__ = staticmethod(lambda: False)
    __enter__ = staticmethod(lambda: "entered")
    __exit__ = staticmethod(lambda *a: None)
    __repr__ = staticmethod(lambda: "R")
    __str__ = classmethod(lambda cls: "S" + cls.__name__)
    __setitem__ = staticmethod(lambda k, v: print("set", k, v))
    __delitem__ = staticmethod(lambda k: print("del", k))
    __iadd__ = staticmethod(lambda o: ("iadd", o))
    __index__ = staticmethod(lambda: 2)
    __format__ = staticmethod(lambda spec: "F" + spec)
c = C()
print(c * 2)
print(2 * c)
print(len(c))
print(c[7])
print(-c)
print(c(1, 2))
print(5 in c, 4 in c)
print(list(c))
print(c == 1)
print(hash(c))
print(bool(c))
with c as v:
    print(v)
print(repr(c), str(c))
c[1] = 2
del c[3]
d = c
d += 4
print(d)
print([10, 20, 30][c])
print(f"{c:xy}")
class D:
    def __get__(self, obj, typ=None):
        return lambda *a: ("D got", type(obj).__name__, a)
class E:
    __add__ = D()
    __len__ = D()
print(E() + 1)
try:
    print(len(E()))
except TypeError as e:
    print("TypeError", e)
sm = staticmethod(f)
print(sm.__get__(None, C)(1, 2))
print(sm.__func__ is f, sm.__wrapped__ is f, sm.__isabstractmethod__)
cm = classmethod(f)
print(cm.__get__(None, C)(1))
print(cm.__get__(c)(1))
print(cm.__func__ is f, cm.__wrapped__ is f, cm.__isabstractmethod__)
import abc
class A(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def g(): pass
print(A.__dict__['g'].__isabstractmethod__)
try:
    A()
except TypeError as e:
    print(e)


# Other callables stored as dunders: no __get__, so no instance is passed.
class Plain:
    def m(self, *a):
        return ("plain", a)


class Countdown:
    def __init__(self, n=3):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Holder:
    __len__ = Plain().m
    __hash__ = Plain().m
    __iter__ = Countdown


for probe in (len, hash):
    try:
        print(probe(Holder()))
    except TypeError as e:
        print("TypeError", e)
print(list(Holder()))


class Prop:
    @property
    def __neg__(self):
        return lambda: "neg via property"


print(-Prop())


class Meta(type):
    __getitem__ = classmethod(lambda mcls, k: (mcls.__name__, k))
    __len__ = staticmethod(lambda: 7)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta["k"], len(WithMeta))
print(isinstance(1, type("Checker", (), {"__instancecheck__": staticmethod(lambda x: x == 1)})()))
