# Instance attribute loads through a user descriptor's `__get__` (run as a frame by the
# attribute cache): the instance dict shadowing a non-data descriptor but not a data
# descriptor, `__getattr__` after an AttributeError from `__get__`, the descriptor's
# class changed after the site warmed up, `__get__`s that take other signatures,
# frames, tracebacks and recursion inside `__get__`.
import sys
import traceback


class Plain:
    def __get__(self, obj, typ=None):
        return ("Plain", type(obj).__name__, typ.__name__)


class Data:
    def __get__(self, obj, typ):
        return ("Data", obj.__dict__.get("d", "-"))

    def __set__(self, obj, value):
        obj.__dict__["d"] = value


class Caller:
    def __get__(self, obj, typ):
        f = sys._getframe(1)
        return f.f_code.co_name, f.f_lineno


class Raising:
    def __get__(self, obj, typ):
        raise AttributeError("from __get__")


class Boom:
    def __get__(self, obj, typ):
        return 1 // 0


class Star:
    def __get__(self, *args):
        return ("Star", len(args))


class Deep:
    def __get__(self, obj, typ):
        return obj.deep


class A:
    p = Plain()
    d = Data()
    who = Caller()
    star = Star()
    boom = Boom()
    deep = Deep()


class B(A):
    pass


class WithGetattr:
    r = Raising()

    def __getattr__(self, name):
        return ("__getattr__", name)


def loads(o, n=3):
    return [o.p for _ in range(n)]


a, b = A(), B()
print(loads(a), loads(b), A.p)
a.__dict__["p"] = "own"
print(loads(a), loads(b))
del a.__dict__["p"]
print(loads(a))
a.d = 5
a.__dict__["d"] = 6
print([a.d for _ in range(3)])
print(a.who, [a.who for _ in range(2)])
print([WithGetattr().r for _ in range(3)])
print([a.star for _ in range(2)])
try:
    a.boom
except ZeroDivisionError:
    print([(t.name, t.line) for t in traceback.extract_tb(sys.exc_info()[2])])
try:
    a.deep
except RecursionError as e:
    print("RecursionError", e)

# The descriptor's class changed under a warm site: `__get__` replaced, deleted, added.
print(loads(b))
Plain.__get__ = lambda self, obj, typ: "replaced"
print(loads(b))
del Plain.__get__
print(type(loads(b)[0]).__name__)
Plain.__get__ = lambda self, obj, typ=None, *rest: ("with rest", rest)
print(loads(b))
# The class attribute replaced, and the descriptor's __class__ changed.
A.p = Data()
print(loads(b))
A.__dict__["p"].__class__ = Caller
print(loads(b, 1))
