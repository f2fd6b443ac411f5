# Metaclasses: __prepare__, __new__, __init__, __call__, derivation, hooks on classes.

class Meta(type):
    log = []

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        Meta.log.append(("prepare", name, kw))
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        Meta.log.append(("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcs, name, bases, ns)
        cls.extra = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        Meta.log.append(("init", name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        Meta.log.append(("call", cls.__name__, args))
        obj = super().__call__(*args, **kwargs)
        obj.made_by_meta = True
        return obj

    def describe(cls):
        return f"class {cls.__name__} via {type(cls).__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Meta, flavour="vanilla"):
    def __init__(self, x=0):
        self.x = x

    def method(self):
        return self.x * 2


class Child(Base):
    pass


for entry in Meta.log:
    print(entry)
Meta.log.clear()

print(type(Base), type(Child))
print(Base.injected, Base.extra, Child.extra)
b = Child(5)
print(Meta.log)
print(b.x, b.method(), b.made_by_meta)
print(Base.describe(), Child.describe())
print(Base.upper_name, Child.upper_name)
print(isinstance(Base, Meta), isinstance(Base, type), issubclass(Meta, type))
print(Meta.__mro__)


# Metaclass derivation and conflict.
class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M3):
    pass


class C(A, B):
    pass


print(type(C).__name__)
try:
    class D(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)


# type() with three arguments, and type.__new__ directly.
def hello(self):
    return "hello from " + type(self).__name__


T = type("T", (object,), {"greet": hello, "n": 3})
print(T, T.__name__, T.n, T().greet())
T2 = type("T2", (T,), {})
print(T2.__mro__, T2().greet())
T3 = M1("T3", (), {"a": 1})
print(type(T3).__name__, T3.a)
T4 = type.__new__(M3, "T4", (A,), {})
print(type(T4).__name__, T4.__bases__)
for bad in [lambda: type("X", (1,), {}), lambda: type("X", (), []), lambda: type(1, (), {}),
            lambda: type.__new__(1, "a", (), {}), lambda: type("a", (), {}, x=1),
            lambda: type("a", ())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


# Dunders on the metaclass act on the class.
class Registry(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, key):
        return cls.items[key]

    def __contains__(cls, item):
        return item in cls.items

    def __repr__(cls):
        return f"<registry {cls.__name__}>"


class Colors(metaclass=Registry):
    items = ["red", "green", "blue"]


print(len(Colors), list(Colors), Colors[1], "red" in Colors, "pink" in Colors)
print(Colors, repr(Colors), [Colors])


# __instancecheck__ and __subclasscheck__.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), issubclass(Mallard, Quacker),
      issubclass(int, Quacker), isinstance(Mallard(), (int, Quacker)))


# __init_subclass__ with keywords, __set_name__, __class_getitem__, __mro_entries__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin):
    pass


print(sorted(Plugin.registry))
try:
    class Gamma(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Delta(x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.owner}.{self.name}"


class Model:
    title = Field()
    body = Field()


print(Model().title, Model().body, Model.title.name)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])


class Proxy:
    def __mro_entries__(self, bases):
        return (Box,)


class Derived(Proxy()):
    pass


print(Derived.__mro__, Derived.__orig_bases__[0].__class__.__name__)
print("__orig_bases__" in Box.__dict__)


# A function as metaclass, and a singleton via __call__.
def upper_attrs(name, bases, ns):
    return type(name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})


class Shout(metaclass=upper_attrs):
    word = "hi"


print(Shout.WORD, hasattr(Shout, "word"))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")


print(Config() is Config())


# __class__ cell and zero-argument super() under a metaclass.
class Tracked(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tracked = True
        return cls


class Parent(metaclass=Tracked):
    def who(self):
        return "parent"


class Kid(Parent):
    def who(self):
        return "kid of " + super().who() + " " + __class__.__name__


print(Kid().who(), Kid.tracked, Kid.__qualname__)


# __setattr__ / __delattr__ on the metaclass guard class attributes.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("locked"):
            raise AttributeError(f"{cls.__name__}.{name} is locked")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)


class Settings(metaclass=Frozen):
    locked_value = 1
    free = 2


Settings.free = 3
try:
    Settings.locked_value = 5
except AttributeError as e:
    print("AttributeError:", e)
del Settings.free
print(Settings.locked_value, hasattr(Settings, "free"))
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)


# Bad bases.
for src in ["class X(1): pass", "class X(object, object): pass", "class X(metaclass=3): pass",
            "class X(int, str): pass", "class X(Exception, int): pass", "class X(ValueError, KeyError): pass",
            "class X(A, A): pass"]:
    try:
        exec(src)
        print("ok:", src)
    except TypeError as e:
        print("TypeError:", e)
