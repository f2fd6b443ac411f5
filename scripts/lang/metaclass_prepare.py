# __prepare__ returning a mapping that the class body's names go through (the Python
# Cookbook's ordered-attributes and no-duplicates metaclasses).
from collections import OrderedDict


class NoDupOrderedDict(OrderedDict):
    def __init__(self, clsname):
        self.clsname = clsname
        super().__init__()

    def __setitem__(self, name, value):
        if name in self:
            raise TypeError(f"{name!r} already defined in {self.clsname}")
        super().__setitem__(name, value)


class OrderedMeta(type):
    def __new__(cls, clsname, bases, clsdict):
        d = dict(clsdict)
        d["_order"] = [name for name in clsdict if name[0] != "_"]
        return type.__new__(cls, clsname, bases, d)

    @classmethod
    def __prepare__(cls, clsname, bases):
        return NoDupOrderedDict(clsname)


class A(metaclass=OrderedMeta):
    z = 1
    def spam(self):
        return "spam"
    a = z + 1


print(A._order, A.a, A().spam())
try:
    class B(metaclass=OrderedMeta):
        def spam(self):
            pass

        def spam(self):
            pass
except TypeError as e:
    print("TypeError:", e)


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self.log.append(("get", key))
        return super().__getitem__(key)

    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)


class RecMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recorder()

    def __new__(mcs, name, bases, ns, **kw):
        print(type(ns).__name__, [e for e in ns.log if not e[1].startswith("__")])
        return super().__new__(mcs, name, bases, ns)


class Watched(metaclass=RecMeta):
    x = 1
    y = x + 1
    tmp = 3
    del tmp
    print(len)


print(Watched.y, hasattr(Watched, "tmp"))


class Counting:
    """Not a dict at all: only __getitem__/__setitem__."""

    def __init__(self):
        self.store = {}

    def __getitem__(self, key):
        return self.store[key]

    def __setitem__(self, key, value):
        self.store[key] = value


class CountMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Counting()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns.store))


class Plain(metaclass=CountMeta):
    value = 10
    double = value * 2


print(Plain.value, Plain.double)


class BadMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)
