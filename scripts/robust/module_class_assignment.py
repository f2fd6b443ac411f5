# `sys.modules[__name__].__class__ = M` for a ModuleType subclass: properties, methods
# and __getattr__ of M apply to the module from then on; the checks CPython makes.
import sys
import types

counter = 0


class LazyModule(types.ModuleType):
    @property
    def answer(self):
        return 42

    @property
    def calls(self):
        global counter
        counter += 1
        return counter

    def describe(self):
        return f"module {self.__name__} with {len(self.__dict__) > 0}"

    def __getattr__(self, name):
        if name.startswith("lazy_"):
            return name[5:].upper()
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")


this = sys.modules[__name__]
print(type(this).__name__, isinstance(this, types.ModuleType))
this.__class__ = LazyModule
print(type(this).__name__, isinstance(this, LazyModule))
print(this.answer, this.calls, this.calls, counter)
print(this.describe())
print(this.lazy_value, this.counter)
try:
    this.missing
except AttributeError as e:
    print("AttributeError:", e)

# Another module object, made by the ModuleType constructor.
other = types.ModuleType("other")
other.x = 5
other.__class__ = LazyModule
print(other.x, other.answer, other.lazy_thing, other.describe())
other.__class__ = types.ModuleType
print(type(other).__name__, other.x)
try:
    other.answer
except AttributeError as e:
    print("AttributeError:", e)


class NotAModule:
    pass


class Slotted(types.ModuleType):
    __slots__ = ("a",)


for value in (NotAModule, int, 3, Slotted):
    try:
        other.__class__ = value
        print("assigned", value)
    except TypeError as e:
        print("TypeError:", e)
