# Variable annotations without the future import: evaluated, and recorded in
# __annotations__ for simple names in module and class bodies only.


def trace(label, value):
    print("evaluate", label)
    return value


x: trace("annotation of x", int) = trace("value of x", 5)
y: trace("annotation of y", str)
print(x, "y" in globals())
print(__annotations__)
print(globals()["__annotations__"] is __annotations__)


class Box:
    pass


box = Box()
# Non-simple targets: the target's object (and index) is evaluated when nothing is
# assigned, then the annotation; neither is recorded.
trace("box", box).attr: trace("attr annotation", int)
trace("box again", box).attr: trace("attr annotation 2", int) = trace("attr value", 7)
items = [0, 0, 0]
trace("items", items)[trace("index", 1)]: trace("item annotation", float)
items[trace("lower", 0) : trace("upper", 2), trace("step", 1)]: trace("slice annotation", int)
(paren): trace("paren annotation", bytes) = 3
print(box.attr, items, paren)
print(__annotations__)

for i in range(3):
    if i == 2:
        late: trace("late annotation", dict) = i
print(list(__annotations__))


class Point:
    """A point."""

    dims: int = 2
    x: float
    y: trace("class body annotation", float)
    label: "str"

    def norm(self) -> float:
        local: undefined_name_never_evaluated = 1
        also: undefined_too
        return local


print([k for k in Point.__dict__ if k in ("__annotations__", "__doc__", "dims")])
print(Point.__annotations__)
print(Point.dims, Point().norm(), hasattr(Point, "x"))


class Point3(Point):
    z: float


class Plain:
    pass


print(Point3.__annotations__)
print(Plain.__annotations__, "__annotations__" in Plain.__dict__)
print(Point3().__annotations__ is Point3.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)


def uses_before_annotation():
    print(v)
    v: int


try:
    uses_before_annotation()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def f(a: float, /, b: int, *rest: str, flag: bool = False, **options: dict) -> None:
    pass


print(f.__annotations__)


def g(x, y=1):
    pass


print(g.__annotations__, g.__annotations__ is g.__annotations__, g.__dict__)
g.__annotations__ = {"x": int}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = [1]
except TypeError as e:
    print("TypeError:", e)
del g.__annotations__
print(g.__annotations__, (lambda: 0).__annotations__)


import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)

    return wrapper


@logged
def typed(x: int) -> str:
    return str(x)


print(typed.__annotations__, "__annotations__" in typed.__dict__, typed(4))


def outer():
    T = int

    def middle():
        def inner(value: T) -> T:
            return value

        return inner

    return middle()


print(outer().__annotations__)

import math

print(math.__annotations__)

del __annotations__
try:
    z: int = 1
except NameError as e:
    print("NameError:", e)
print(z)
