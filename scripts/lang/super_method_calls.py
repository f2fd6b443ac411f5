# `super().name(...)`: a plain function found past the class in the MRO is called with
# the instance without a bound method in between. Everything else super() can find
# (classmethods, staticmethods, properties, builtin methods, plain values, nothing)
# must behave exactly as the bound attribute would, and the lookup must see every
# change made to the classes between calls.


class Base:
    def greet(self, who, punct="!"):
        return f"Base.greet({type(self).__name__}, {who}){punct}"

    @classmethod
    def make(cls, n):
        return f"Base.make({cls.__name__}, {n})"

    @staticmethod
    def plain(a, b=2):
        return a * b

    @property
    def size(self):
        return 10

    label = "base label"

    def __repr__(self):
        return "<Base repr>"


class Child(Base):
    def greet(self, who, punct="?"):
        return "Child+" + super().greet(who)

    def greet_punct(self, who):
        return super().greet(who, punct=".")

    @classmethod
    def make(cls, n):
        return "Child+" + super().make(n + 1)

    def plain_via_super(self):
        return super().plain(4), super().plain(4, 5)

    def size_via_super(self):
        return super().size

    def label_via_super(self):
        return super().label

    def repr_via_super(self):
        return super().__repr__()

    def missing(self):
        return super().nothing_here()

    def class_attr(self):
        return super().__class__

    def init_via_super(self):
        return super().__init__()

    def hash_is_object_hash(self):
        return super().__hash__() == object.__hash__(self)


c = Child()
print(c.greet("ann"))
print(c.greet_punct("bob"))
print(Child.make(1), c.make(2))
print(c.plain_via_super())
print(c.size_via_super(), c.label_via_super(), c.repr_via_super())
print(c.class_attr(), c.init_via_super(), c.hash_is_object_hash())
try:
    c.missing()
except AttributeError as e:
    print("AttributeError:", e, e.name)

# The base's method replaced, patched and deleted between calls.
for step in range(3):
    print(step, c.greet("cy"))
Base.greet = lambda self, who: f"patched({who})"
print(c.greet("dee"))
setattr(Base, "greet", lambda self, who, punct="": f"setattr({who})")
print(c.greet("eve"))
del Base.greet
try:
    c.greet("fay")
except AttributeError as e:
    print("AttributeError:", e)


# Diamond: super() follows the instance's MRO, not the class's bases.
class A:
    def who(self, depth=0):
        return [("A", depth)]


class Left(A):
    def who(self, depth=0):
        return [("L", depth)] + super().who(depth + 1)


class Right(A):
    def who(self, depth=0):
        return [("R", depth)] + super().who(depth=depth + 1)


class Both(Left, Right):
    def who(self, depth=0):
        return super().who(depth) + [("Both", depth)]


print(Both().who(), Left().who(5))
Right.who = lambda self, depth=0: [("R2", depth)] + A.who(self, depth)
print(Both().who())


# A base whose method is not a plain function: a callable instance, a bound method
# stored on the class.
class Callable:
    def __call__(self, *args):
        return ("Callable called with", len(args))


class HasOdd:
    odd = Callable()

    def bound_store(self):
        return "bound_store"


HasOdd.stored = HasOdd().bound_store


class UsesOdd(HasOdd):
    def go(self):
        return super().odd(1, 2), super().stored()


print(UsesOdd().go())


# A super() in a method whose first argument was rebound, and super(type, obj) explicitly.
class E(A):
    def who(self):
        return ["E"] + super(E, self).who()

    def rebound(self):
        self = Both()
        return super().who()


print(E().who())
try:
    E().rebound()
except TypeError as e:
    print("TypeError:", e)


# Builtin bases: list and dict methods through super().
class MyList(list):
    def append(self, x):
        super().append(x * 2)


class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)

    def get(self, k, default=None):
        return ("got", super().get(k, default))


ml = MyList()
for i in range(3):
    ml.append(i)
md = MyDict()
md["a"] = 1
print(ml, md, md.get("a"), md.get("zz", 0))


# super() in a generator method and with a closure over self.
class G(A):
    def gen(self):
        for _ in range(2):
            yield super().who()

    def closure(self):
        def inner():
            return self
        return super().who(), inner() is self


print(list(G().gen()), G().closure())


# Recursion through super() reaches RecursionError, as CPython.
class Deep:
    def down(self, n):
        return n


class Deeper(Deep):
    def down(self, n):
        return super().down(n) if n == 0 else self.down(n - 1) + 1


print(Deeper().down(50))


# super() in a metaclass's methods: the class is the metaclass's instance.
class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 2)

    def describe(cls):
        return "Meta.describe:" + cls.__name__


class SubMeta(Meta):
    def describe(cls):
        return "SubMeta+" + super().describe()


class WithMeta(metaclass=SubMeta):
    pass


WithMeta.x = 21
print(WithMeta.x, WithMeta.describe())


# Explicit super(Meta, cls) in a metaclass's method: the class is Meta's instance.
class Meta2(Meta):
    def describe(cls):
        return "Meta2+" + super(Meta2, cls).describe()


class WithMeta2(metaclass=Meta2):
    pass


print(WithMeta2.describe())
try:
    super(Meta2, 5)
except TypeError as e:
    print("TypeError:", e)
