# isinstance's order of checks, as CPython's PyObject_IsInstance: the exact type answers
# without the metaclass hook, a hook decides for anything else, and an instance may claim
# another class through a `__class__` property when its type does not match.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("hook", cls.__name__, type(obj).__name__)
        return False

class C(metaclass=Meta):
    pass

class D(C):
    pass

print(isinstance(C(), C))
print(isinstance(D(), C))
print(isinstance(5, C))
print(isinstance(D(), (int, C)))

class Base:
    pass

class Pretender:
    @property
    def __class__(self):
        return Base

p = Pretender()
print(isinstance(p, Base), isinstance(p, Pretender), isinstance(p, (int, Base)))
print(type(p).__name__, p.__class__.__name__)

class Plain:
    pass

print(isinstance(Plain(), int), isinstance(Plain(), Plain), isinstance(Plain(), object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, bytes)))
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None))

class Odd:
    __class__ = int

print(isinstance(Odd(), int), isinstance(Odd(), Odd))

try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
