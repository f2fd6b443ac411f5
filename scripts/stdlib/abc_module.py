# abc: abstract methods, instantiation errors, register, subclass hooks.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__),
      Square.__abstractmethods__)
print(type(Shape.__abstractmethods__).__name__, type(Shape) is ABCMeta, type(Square).__name__)
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
s = Square(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), issubclass(Square, Shape))


class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProp.__abstractmethods__))
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)


class Named(WithProp):
    @property
    def name(self):
        return "named"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Named.make().name, Named.helper())


# register() makes virtual subclasses.
class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable.register(Circle) is Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Drawable not in Circle.__mro__)


@Drawable.register
class Text:
    pass


print(isinstance(Text(), Drawable), isinstance(3, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)


class SubDrawable(Drawable):
    pass


print(issubclass(Circle, SubDrawable))


# __subclasshook__ for structural checks.
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized),
      isinstance(3.5, Sized))


# abstractproperty, abstractclassmethod, get_cache_token, update_abstractmethods.
class Old(ABC):
    @abc.abstractproperty
    def value(self):
        ...


print(sorted(Old.__abstractmethods__), isinstance(abc.get_cache_token(), int))


class Later(ABC):
    @abstractmethod
    def run(self):
        ...


Later.run = lambda self: "ran"
print(sorted(Later.__abstractmethods__))
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().run())


# A non-ABC base with abstract-looking methods and mixed metaclasses.
class Mixin:
    def extra(self):
        return "extra"


class Concrete(Mixin, Square):
    pass


print(Concrete(2).extra(), Concrete(2).area(), type(Concrete).__name__)
