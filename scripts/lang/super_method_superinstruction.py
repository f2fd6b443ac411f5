# `super().name(...)` compiled as one superinstruction (LoadSuperMethod): the global
# `super` is looked up on every call, so rebinding it at module level, to anything,
# is honoured even after the call site has run; the first argument deleted, moved into a
# cell or rebound, `*args` methods, classmethods and `__class__` from nested classes all
# give what the plain `super()` call gives; frames and tracebacks are those of the call.
import sys
import traceback


class A:
    def m(self, x):
        return ("A.m", x)

    def where(self):
        return sys._getframe().f_back.f_code.co_name, sys._getframe(1).f_lineno

    def boom(self):
        raise ValueError("boom")

    @classmethod
    def cm(cls):
        return ("A.cm", cls.__name__)


class B(A):
    def m(self, x):
        return ("B", super().m(x))

    def where(self):
        return super().where()

    def boom(self):
        return super().boom(
        )

    def deleted(self):
        del self
        return super().m(1)

    def in_cell(self):
        def inner():
            return self
        return super().m(inner() is self)

    def rebound(self):
        self = 5
        return super().m(2)

    def star(*args):
        return super().m(args)

    def missing(self):
        return super().nope()

    @classmethod
    def cm(cls):
        return ("B.cm", super().cm())


b = B()
for i in range(3):
    print(b.m(i))
print(b.where())
try:
    b.boom()
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(t.name, t.lineno) for t in tb])
for meth in (b.deleted, b.rebound, b.star, b.missing):
    try:
        print(meth())
    except (RuntimeError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(b.in_cell(), B.cm(), b.cm())


# A class made in a loop: the same code object, a different `__class__` cell each time.
def make(base):
    class Step(base):
        def m(self, x):
            return ("Step", super().m(x))
    return Step


C = make(make(B))
print(C().m(7))


# super rebound at module level after the call site warmed up: each new global wins.
class Plain:
    def m(self, x):
        return ("Plain.m", x)


class User(Plain):
    def m(self, x):
        return super().m(x)


u = User()
print(u.m(1), u.m(2))
real_super = super
super = lambda: real_super(User, u)
print(u.m(3))
super = lambda: "not a super object"
try:
    u.m(4)
except AttributeError as e:
    print("AttributeError:", e)


super = real_super
print(u.m(5))
del super
print(u.m(6))
import builtins
builtins.super = lambda: "builtins rebound"
try:
    u.m(7)
except AttributeError as e:
    print("AttributeError:", e)
builtins.super = real_super
print(u.m(8))
