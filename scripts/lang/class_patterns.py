# Class machinery used together: ABC properties, __init_subclass__ chains, metaclass classmethods, descriptors, decorators with metaclasses.
import abc, typing
from typing import Iterable, Sequence, Mapping
class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
class Impl(Base):
    name = "impl"
print(Impl().name, Impl.__abstractmethods__)
class A:
    def __init_subclass__(cls, **kw):
        print("A hook", cls.__name__, kw)
        super().__init_subclass__(**kw)
class B:
    def __init_subclass__(cls, **kw):
        print("B hook", cls.__name__)
        super().__init_subclass__(**kw)
class C(A, B): pass
class Meta(type):
    def __new__(cls, name, bases, dct):
        dct["created_by"] = cls.__name__
        return super().__new__(cls, name, bases, dct)
    @classmethod
    def make(mcs):
        return mcs("Made", (), {})
class X(metaclass=Meta): pass
print(X.created_by, Meta.make().created_by, type(Meta.make()).__name__, callable(X), X.__class__, type(X).__mro__)
print(isinstance([1], Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance(3, Iterable), issubclass(list, Sequence))
print(isinstance((x for x in []), typing.Generator), isinstance(iter([]), typing.Iterator))
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name, None) if obj else self
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class Y:
    v = Desc()
y = Y(); y.v = 4; print(y.v, y._v)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Z(metaclass=Meta): pass
print(Z.decorated, Z.created_by)
print(type(type), type(Meta), isinstance(Meta, type), Meta.__class__)
class S(type):
    def __repr__(cls): return f"S<{cls.__name__}>"
class W(metaclass=S): pass
print(W, [W], str(W), f"{W}")
