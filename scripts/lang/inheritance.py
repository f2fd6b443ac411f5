# inheritance, super(), method resolution order, overriding, isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

for animal in [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit")]:
    print(animal.speak(), animal.kind())
print(isinstance(Puppy("p"), Animal), issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.mro()])

class Base:
    def __init__(self):
        self.log = ["Base"]
    def template(self):
        return self.hook() * 2
    def hook(self):
        return "base"
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")
    def hook(self):
        return "derived"
d = Derived()
print(d.log, d.template(), Base.template(d))

class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Square(3).area(), sum(s.area() for s in [Square(1), Square(2)]))

class Counted:
    instances = 0
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registered = True
    def __init__(self):
        type(self).instances += 1
class Sub(Counted):
    pass
Sub(); Sub(); Counted()
print(Sub.instances, Counted.instances, Sub.registered)

class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)

class MyDict(dict):
    def __missing__(self, key):
        return f"no {key}"
md = MyDict(a=1)
print(md["a"], md["zz"], md)

class Error(Exception):
    pass
print(issubclass(Error, Exception), issubclass(Error, BaseException), issubclass(KeyError, LookupError))
