# What every object inherits from `object`: dir() lists it as CPython's does, and the
# methods answer when called directly or through super().
import copy
import pickle


class A:
    def method(self):
        pass


class Documented:
    """A docstring."""


class Slotted:
    __slots__ = ("x", "y")


class WithState:
    def __init__(self):
        self.value = 1

    def __getstate__(self):
        state = super().__getstate__()
        print("  super().__getstate__() ->", state)
        return dict(state, extra=True)

    def __setstate__(self, state):
        self.__dict__.update(state)


a = A()
print(dir(object()))
print(dir(a))
print(dir(A) == dir(a))
print(dir(Slotted()))
print([n for n in dir(Documented) if n not in dir(object)])
print(sorted(set(dir(object)) - set(object.__dict__)))

print(object.__doc__.splitlines()[0])
print(A.__doc__, a.__doc__, Documented.__doc__, Documented().__doc__)
print("__doc__" in A.__dict__, "__doc__" in Documented.__dict__)

print(a.__class__ is A, A.__class__ is type, object.__class__ is type)
print(object.__lt__(a, a), a.__ge__(1), object.__subclasshook__(), A.__subclasshook__(int))
print(a.__getstate__(), Slotted().__getstate__())
a.z = 1
print(a.__getstate__(), a.__getstate__() is a.__dict__)
s = Slotted()
s.x = 5
print(s.__getstate__())

reduced = a.__reduce_ex__(2)
print(reduced[0].__name__, reduced[1], reduced[2])
reduced = object.__reduce__(a)
print(reduced[0].__name__, reduced[1], reduced[2])
print(type(a.__sizeof__()).__name__, a.__sizeof__() > 0)
print(sorted(object.__dir__(a)) == dir(a), type(object.__dir__(a)).__name__)

w = WithState()
c = copy.copy(w)
print(type(c).__name__, c.__dict__)
r = pickle.loads(pickle.dumps(w))
print(type(r).__name__, r.__dict__)
print(pickle.loads(pickle.dumps(a)).z, copy.deepcopy(s).x)


class Ordered:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


print([o.n for o in sorted([Ordered(3), Ordered(1), Ordered(2)])])
print(Ordered(1) > Ordered(0))
for left, right in [(a, a), (a, 1), (1, a)]:
    try:
        left < right
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__reduce_ex__(a)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__reduce_ex__(a, "x")
except TypeError as e:
    print("TypeError:", e)
