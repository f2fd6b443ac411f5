# Class patterns: __match_args__ for positional sub-patterns, keyword sub-patterns,
# dataclasses, the built-in types that match themselves, isinstance through ABCs, and
# CPython's TypeErrors.
import collections.abc
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Circle:
    center: Point
    radius: float = 1.0


@dataclass
class Rect:
    corner: Point
    width: float
    height: float


def area(shape):
    match shape:
        case Circle(Point(x=0, y=0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, radius=r):
            return f"circle at {c.x},{c.y} r={r}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square at {x},{y} side {w}"
        case Rect(width=w, height=h):
            return f"rect {w}x{h}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point():
            return "a point"
        case _:
            return "unknown"


for s in [Circle(Point(0, 0), 2), Circle(Point(1, 2), 20), Circle(Point(1, 2)),
          Rect(Point(1, 1), 3, 3), Rect(Point(1, 1), 3, 4), Point(0, 0), Point(5, 0),
          Point(0, 7), Point(1, 1), "point"]:
    print(area(s))

print(Circle.__match_args__, Rect.__match_args__)


# Built-in types match the subject itself with one positional sub-pattern.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s!r}"
        case str():
            return "empty str"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "hi", "", b"b", bytearray(b"ba"), [9, 8], (1, 2), {"k": 0},
          {1}, frozenset(), None, []]:
    print(repr(v), "->", builtin(v))


# A subclass of a built-in keeps the self-matching unless it sets __match_args__.
class MyInt(int):
    pass


class Celsius(float):
    __match_args__ = ("real",)


match MyInt(5):
    case int(n):
        print("MyInt matched as int", n, type(n).__name__)
match Celsius(21.5):
    case Celsius(r):
        print("Celsius real", r)

# Keyword sub-patterns read attributes; a missing attribute fails the match.
match 1 + 0:
    case int(real=r, imag=i):
        print("int parts", r, i)
match Point(1, 2):
    case Point(z=z):
        print("z?")
    case Point(x=1, y=y):
        print("y is", y)


# isinstance honours __instancecheck__ (here, an ABC with a subclass hook).
class Sized2(collections.abc.Sized):
    pass


match [1, 2, 3]:
    case collections.abc.Sized():
        print("list is Sized")
match {1: 2}:
    case collections.abc.Mapping():
        print("dict is a Mapping")


# The TypeErrors.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class NotStrings:
    __match_args__ = (1,)


class Twice:
    __match_args__ = ("a",)
    a = 1


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)


def no_args():
    match NoArgs():
        case NoArgs(x):
            pass


def bad_args():
    match BadArgs():
        case BadArgs(x):
            pass


def not_strings():
    match NotStrings():
        case NotStrings(x):
            pass


def twice():
    match Twice():
        case Twice(x, a=y):
            pass


def too_many_builtin():
    match 5:
        case int(a, b):
            pass


def too_many_point():
    match Point(1, 2):
        case Point(a, b, c):
            pass


def not_a_type():
    match 5:
        case len():
            pass


def not_a_type_instance():
    match 5:
        case area(a):
            pass


attempt("no __match_args__:", no_args)
attempt("list __match_args__:", bad_args)
attempt("non-str element:", not_strings)
attempt("repeated attribute:", twice)
attempt("int(a, b):", too_many_builtin)
attempt("Point(a, b, c):", too_many_point)
attempt("len():", not_a_type)
attempt("function:", not_a_type_instance)

# The isinstance check comes first: a subject of another type fails quietly.
match "text":
    case NoArgs(x):
        print("?")
    case _:
        print("no error for a non-instance")
