# functools: cached_property, partialmethod, singledispatch (classes, annotations, unions) and singledispatchmethod.
import functools
from functools import cached_property, partialmethod, singledispatch, singledispatchmethod


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__, Circle.area.__class__.__name__)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)


@singledispatch
def show(arg):
    return f"object {arg!r}"


@show.register
def _(arg: int):
    return f"int {arg}"


@show.register(list)
def _(arg):
    return f"list of {len(arg)}"


@show.register(float | str)
def _(arg):
    return f"float or str {arg!r}"


print(show(1), show([1, 2]), show(2.5), show("s"), show(None), show(True))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "other"

    @fmt.register
    def _(self, arg: int):
        return "int"


print(Formatter().fmt(3), Formatter().fmt("x"))
try:
    show()
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("101"))
