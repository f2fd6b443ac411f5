# __del__ runs when the last reference goes away, once per object; an object in a garbage
# cycle is finalized once by the collector (PEP 442) and may be resurrected.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


x = Noisy("rebound")
x = None
print("after rebinding")


def scope():
    local = Noisy("local")
    print("leaving scope")


scope()
print("after scope")

items = [Noisy("first"), Noisy("second")]
del items
print("after list")

d = {"k": Noisy("in dict")}
d.clear()
print("after clear")


class Broken:
    def __del__(self):
        raise ValueError("boom")


b = Broken()
del b
print("an error in __del__ is only reported")


saved = []


class Phoenix:
    def __del__(self):
        print("phoenix: __del__")
        saved.append(self)


p = Phoenix()
p.me = p
del p
print("collected", gc.collect())
print("resurrected", saved[0].me is saved[0])
saved.clear()
print("collected again", gc.collect())
print("no second __del__")

a = Noisy("cycle a")
b = Noisy("cycle b")
a.peer = b
b.peer = a
del a, b
print("collected", gc.collect())


class Later:
    pass


Later.__del__ = lambda self: print("del assigned later")
Later()
print("after Later")


class Base:
    def __del__(self):
        print("del via", type(self).__name__)


class Derived(Base):
    pass


Derived()
print("end")
