# Refusing to instantiate an abstract class: the class's own __abstractmethods__ is what
# object.__new__ checks, whatever the metaclass's path to it.
from abc import ABC, ABCMeta, abstractmethod


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("made", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


class Base(ABC):
    @abstractmethod
    def b(self): ...

    @abstractmethod
    def a(self): ...


class Half(Base):
    def a(self):
        return 1


class Full(Half):
    def __init__(self, x=0):
        self.x = x

    def b(self):
        return 2


show(Base)
show(Half)
show(Full, 3)
show(Full, 1, 2)
show(Half, 1)


class WithNew(Base):
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls)


show(WithNew, 5)


class Meta(ABCMeta):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*args, **kwargs)


class M(metaclass=Meta):
    @abstractmethod
    def run(self): ...


class MC(M):
    def run(self):
        return 0


show(M)
show(MC)

# The set is the class's own: emptying it makes the class instantiable; filling a
# subclass's does not reach its parent.
Half.__abstractmethods__ = frozenset()
show(Half)
Full.__abstractmethods__ = frozenset({"z", "y"})
show(Full)
show(Half)
print(sorted(Base.__abstractmethods__), sorted(Full.__abstractmethods__))


class Plain:
    pass


Plain.__abstractmethods__ = frozenset({"q"})
show(Plain)


class ListBase(list, ABC):
    @abstractmethod
    def m(self): ...


show(ListBase)
show(object.__new__, Half)
show(object.__new__, Base)
