# property's descriptor methods called by hand, and its 3.11 messages, which name the
# property once class creation has called __set_name__.
import abc


class Person:
    def __init__(self, name):
        self.name = name

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        if not isinstance(value, str):
            raise TypeError("Expected a string")
        self._name = value


class LoudPerson(Person):
    @property
    def name(self):
        print("getting name")
        return super().name

    @name.setter
    def name(self, value):
        print("setting name to", value)
        super(LoudPerson, LoudPerson).name.__set__(self, value)


p = LoudPerson("Ann")
print(p.name)
try:
    p.name = 42
except TypeError as e:
    print("TypeError:", e)

prop = Person.name
print(prop.__get__(None, Person) is prop)
print(prop.__get__(p))
prop.__set__(p, "Bo")
print(p._name)


class A:
    no_getter = property(None, lambda self, v: None)
    read_only = property(lambda self: 1)
    copied = read_only.getter(lambda self: 2)


a = A()
unnamed = property(lambda self: 1)
attempts = [
    lambda: a.no_getter,
    lambda: setattr(a, "read_only", 2),
    lambda: delattr(a, "read_only"),
    lambda: A.read_only.__set__(a, 1),
    lambda: A.no_getter.__get__(a),
    lambda: A.read_only.__delete__(a),
    lambda: object.__setattr__(a, "read_only", 3),
    lambda: unnamed.__set__(a, 1),
    lambda: A.copied.__set__(a, 1),
    lambda: A.read_only.__get__(),
    lambda: A.read_only.__get__(1, 2, 3),
    lambda: A.read_only.__set__(1),
    lambda: A.read_only.__delete__(),
    lambda: A.read_only.__get__(None, None),
    lambda: A.read_only.__set_name__(A),
]
for attempt in attempts:
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(a.copied)
unnamed.__set_name__(A, "late")
try:
    unnamed.__set__(a, 1)
except AttributeError as e:
    print(e)


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        pass


print(Shape.area.__isabstractmethod__, A.read_only.__isabstractmethod__)
try:
    Shape()
except TypeError as e:
    print(e)


class Square(Shape):
    @property
    def area(self):
        return 4


print(Square().area)


# `%` takes a tuple subclass as its argument tuple, as it takes a tuple.
class Pair(tuple):
    pass


print("%s-%s" % Pair((1, 2)))
print("%s" % Pair((3,)))
