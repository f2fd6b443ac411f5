# isinstance/issubclass against ABCs: answers remembered per ABC, forgotten when any ABC
# registers a class; the hook speaks before the MRO; a subclass's hook and registrations
# answer for its bases; and type.__subclasses__() as plugin registries use it.
import abc
import gc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Hashable, Sized

d, l = {}, []
print([isinstance(d, Mapping) for _ in range(3)], [isinstance(l, Mapping) for _ in range(3)])
print(isinstance(l, Sequence), isinstance(5, Iterable), isinstance("x", Iterable))
print(issubclass(dict, MutableMapping), issubclass(list, Hashable), issubclass(int, Hashable))


class Quacks:
    def __len__(self):
        return 0


print(isinstance(Quacks(), Sized), issubclass(Quacks, Sized))


# A negative answer is forgotten once any ABC registers a class.
class Shape(abc.ABC):
    pass


class Circle:
    pass


print(isinstance(Circle(), Shape), issubclass(Circle, Shape))
Shape.register(Circle)
print(isinstance(Circle(), Shape), issubclass(Circle, Shape))


# The hook speaks first, even against a real subclass; a non-bool answer is refused.
class Picky(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C.__name__.startswith("No"):
            return False
        return NotImplemented


class NoChild(Picky):
    pass


class YesChild(Picky):
    pass


print(issubclass(NoChild, Picky), isinstance(NoChild(), Picky), issubclass(YesChild, Picky))


class Sloppy(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Sloppy)
except AssertionError as e:
    print("AssertionError:", e)


# A derived ABC's hook and registrations answer for its base.
class Animal(abc.ABC):
    pass


class Bird(Animal):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "fly") else NotImplemented


class Plane:
    def fly(self):
        pass


class Fish:
    pass


Bird.register(Fish)
print(issubclass(Plane, Bird), issubclass(Plane, Animal), isinstance(Fish(), Animal))


# __class__ that differs from type(): both are asked.
class Impostor:
    @property
    def __class__(self):
        return dict


print(isinstance(Impostor(), Mapping), isinstance(Impostor(), dict), type(Impostor()).__name__)

Shape._abc_caches_clear()
print(isinstance(Circle(), Shape))


# type.__subclasses__(): direct subclasses, oldest first; dead ones are gone.
class Plugin:
    pass


class CsvPlugin(Plugin):
    pass


class JsonPlugin(Plugin):
    pass


class FastJson(JsonPlugin):
    pass


print([c.__name__ for c in Plugin.__subclasses__()], JsonPlugin.__subclasses__())
tmp = type("Tmp", (Plugin,), {})
print([c.__name__ for c in Plugin.__subclasses__()])
del tmp
gc.collect()
print([c.__name__ for c in Plugin.__subclasses__()])
print(bool.__subclasses__(), bool in int.__subclasses__(), type(object.__subclasses__()).__name__)


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Plugin), [c.__name__ for c in Mapping.__subclasses__()])
for bad in (lambda: type.__subclasses__(1), lambda: Plugin.__subclasses__(1),
            lambda: type.__subclasses__()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
