# A metaclass taking class keywords whose __prepare__ defers to type.__prepare__, and
# inspect.getfullargspec as decorators that add keyword arguments use it.
import inspect
from collections import OrderedDict


class MyMeta(type):
    @classmethod
    def __prepare__(cls, name, bases, *, debug=False, synchronize=False):
        print("prepare", name, debug, synchronize)
        ns = super().__prepare__(name, bases)
        print(type(ns).__name__, ns)
        return ns

    def __new__(cls, name, bases, ns, *, debug=False, synchronize=False):
        return super().__new__(cls, name, bases, ns)

    def __init__(self, name, bases, ns, *, debug=False, synchronize=False):
        super().__init__(name, bases, ns)


class Spam(metaclass=MyMeta, debug=True, synchronize=True):
    x = 1


print(type(Spam).__name__, Spam.x)
print(type.__prepare__("X", (), anything=1), type.__prepare__())


class Ordered(type):
    @classmethod
    def __prepare__(cls, name, bases):
        return OrderedDict()

    def __new__(cls, name, bases, ns):
        ns = dict(ns)
        ns["_order"] = [k for k in ns if not k.startswith("__")]
        return type.__new__(cls, name, bases, ns)


class Row(metaclass=Ordered):
    b = 1
    a = 2

    def m(self):
        pass


print(Row._order)


def f(a, b=2, *args, c, d=4, **kw) -> int:
    pass


def g(x: int, /, y: str = "y"):
    pass


class C:
    def method(self, z):
        pass


for target in (f, g, C().method, C.method, lambda: 0, len):
    try:
        print(inspect.getfullargspec(target))
    except TypeError as e:
        print("TypeError", e)
print(inspect.getfullargspec(f).args, "debug" in inspect.getfullargspec(g).args)
