# A metaclass's __getattr__ answers for names a class lacks, and a metaclass's data
# descriptors (a property) win over the class's own attributes.


class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return f"{cls.__name__}:{name[4:]}"
        raise AttributeError(f"{cls.__name__} has no {name}")


class A(metaclass=Lazy):
    x = 1


class B(A):
    pass


print(A.x, A.dyn_hello, getattr(A, "dyn_q"), hasattr(A, "zz"), B.dyn_b)
print(getattr(A, "nothing", "default"))
try:
    A.nothing
except AttributeError as e:
    print("AttributeError:", e)
# Instances do not see the metaclass's __getattr__.
try:
    A().dyn_x
except AttributeError as e:
    print("AttributeError:", e)


class Recursive(type):
    def __getattr__(cls, name):
        return cls.missing_too


class R(metaclass=Recursive):
    pass


try:
    R.anything
except RecursionError:
    print("RecursionError")


class WithProperty(type):
    @property
    def x(cls):
        return "from the metaclass"

    @property
    def label(cls):
        return cls.__name__.lower()

    def method(cls):
        return "meta method"


class C(metaclass=WithProperty):
    x = "from the class"

    def method(self):
        return "class method"


print(C.x, C.label, C.method(C()), C().x)


class Descr:
    def __get__(self, obj, owner):
        return ("descr", obj.__name__ if obj is not None else None)

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class NonData:
    def __get__(self, obj, owner):
        return "non-data"


class WithDescr(type):
    d = Descr()
    n = NonData()


class D(metaclass=WithDescr):
    d = "class d"
    n = "class n"


print(D.d, D.n)
