# Private name mangling: `__name` inside a class body (and functions, lambdas and
# comprehensions nested in it) means `_Class__name`, for attributes, variables,
# parameters, globals, imports and nested classes; dunders and other names are untouched.


class Account:
    __count = 0
    __slots_like__ = "dunder, not mangled"

    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1

    def __secret(self):
        return f"{self.__owner} has {self.__balance}"

    def reveal(self):
        return self.__secret()

    @classmethod
    def count(cls):
        return cls.__count

    def compare(self, other):
        return self.__balance - other.__balance


a = Account("ann", 10)
b = Account("bob", 25)
print(a.reveal(), Account.count(), b.compare(a))
print(sorted(vars(a)))
print(sorted(k for k in Account.__dict__ if "__" in k and not k.startswith("__")))
print(Account.__slots_like__)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__owner, getattr(a, "_Account__balance"))


# A subclass cannot see its parent's private attributes under the short name.
class Savings(Account):
    def __init__(self, owner, balance):
        super().__init__(owner, balance)
        self.__balance = "savings own"

    def both(self):
        return self._Account__balance, self.__balance


print(Savings("cy", 5).both())


# Leading underscores of the class name are stripped; nested classes use their own name.
class __Hidden:
    __x = "hidden x"

    class _Inner:
        __y = "inner y"

        def get(self):
            return self.__y

    def get(self):
        return self.__x


print(sorted(k for k in vars(__Hidden) if k.endswith("__x")))
print(__Hidden().get(), __Hidden._Inner().get(), sorted(k for k in vars(__Hidden._Inner) if k.endswith("__y")))


# Names (not only attributes), parameters, lambdas, comprehensions and closures.
__top = "module-level __top"


class Names:
    __local = "class-level"
    print("in class body:", __local)

    def method(self, __param=5):
        __var = __param * 2
        inner = lambda: __var + 1
        return [__v for __v in range(__var, __var + 2)], inner(), sorted(locals().keys() - {"self", "inner"})

    def uses_global(self):
        global __top
        __top = "set through the class"
        return __top


print(Names().method())
print(Names().method(__param=1) if False else "keyword __param is mangled too")
try:
    Names().method(__param=1)
except TypeError as e:
    print("TypeError:", e)
print(Names().uses_global())
print(sorted(k for k in globals() if "top" in k))


# Method names, properties and getattr with a string (strings are not mangled).
class Widget:
    def __init__(self):
        self.__size = 3

    @property
    def size(self):
        return self.__size

    def lookup(self):
        return getattr(self, "__size", "string not mangled"), getattr(self, "_Widget__size")


w = Widget()
print(w.size, w.lookup())


# Imports bind mangled names; annotations use mangled keys.
class Imports:
    import math as __math
    from os import sep as __sep
    __annotated: int = 1
    __bare: str

    def pi(self):
        return round(self.__math.pi, 2)


print(Imports().pi(), Imports._Imports__sep, sorted(Imports.__annotations__))


def annotated(cls):
    return cls


@annotated
class Params:
    def f(self, __a: int, *, __b: str = "b") -> None:
        pass


print(sorted(Params.f.__annotations__), Params.f.__kwdefaults__, Params.f.__code__.co_varnames)
print(Params.f.__name__, Params.f.__qualname__)


class Private:
    def __method(self):
        pass

    class __Nested:
        pass


print(Private._Private__method.__name__, Private._Private__method.__qualname__)
print(Private._Private__Nested.__name__, Private._Private__Nested.__qualname__)


# del and nonlocal of private names, in a function nested in a method.
class Counter:
    def run(self):
        __n = 0

        def bump():
            nonlocal __n
            __n += 1
            return __n

        bump()
        self.__tmp = bump()
        value = self.__tmp
        del self.__tmp
        return value, hasattr(self, "_Counter__tmp"), bump.__code__.co_freevars


print(Counter().run())
