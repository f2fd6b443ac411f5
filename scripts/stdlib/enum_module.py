# enum: members, lookups, aliases, auto, reprs/str/format of 3.11, IntEnum, StrEnum,
# Flag, IntFlag, unique, _missing_, the functional API, errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @property
    def lower(self):
        return self.name.lower()


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color(2), Color["BLUE"], Color(Color.RED), Color.RED.describe(), Color.favourite())
print(Color.BLUE.lower, type(Color.RED), type(Color), Color, isinstance(Color.RED, Color))
print(Color.__members__)
print(list(Color.__members__), [m.name for m in reversed(Color)])
print(f"{Color.RED}|{Color.RED!r}|{Color.GREEN:>12}|", format(Color.BLUE), str(Color.BLUE))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value)[-1])
print(Color.RED in Color, bool(Color), isinstance(Color, EnumMeta), EnumMeta is EnumType)
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.GREEN]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, repr(e) if isinstance(e, KeyError) else e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), Ordinal.THIRD.value)


class Weird(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    A = auto()
    B = auto()


print(Weird.A.value, Weird.B)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK, repr(Status.OK), Status.OK == 200, Status.OK + 1, f"{Status.NOT_FOUND:05d}")
print(Status(404), sorted([Status.NOT_FOUND, Status.OK]), isinstance(Status.OK, int), int(Status.OK))
print(Status.OK < Status.NOT_FOUND, [s.value for s in Status], str(Status.OK), format(Status.OK))


class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light"


print(Shade.DARK, repr(Shade.DARK), Shade.DARK == "dark", Shade.LIGHT.upper(), f"[{Shade.LIGHT}]")
print(Shade("dark"), isinstance(Shade.DARK, str), "-".join(Shade))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(Perm.R & Perm.W), bool(Perm(0)), bool(rw), repr(Perm(7)), len(rw))
print(list(Perm), Perm(6) is rw, repr(rw ^ Perm.R))
try:
    Perm(9)
except ValueError as e:
    print("ValueError:", e)


class Auto(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = 3


print([m.value for m in Auto], repr(Auto.AB), list(Auto.__members__))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Mode.R | Mode.W, repr(Mode.R | Mode.W), repr(~Mode.R), Mode.R + 1, repr(Mode.R | 8))
print(repr(Mode(0)), str(Mode(0)), Mode.W == 2, isinstance(Mode.W, int), format(Mode.R))


class Fallback(Enum):
    ONE = 1
    OTHER = 0

    @classmethod
    def _missing_(cls, value):
        return cls.OTHER


print(Fallback(99), Fallback(1))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal, repr(Animal.CAT))
Size = Enum("Size", [("S", 10), ("M", 20)])
print(list(Size), Size(20))
Letter = IntEnum("Letter", ["A", "B"])
print(Letter.B, repr(Letter.B), Letter.A + Letter.B)
Mapped = Enum("Mapped", {"X": "x", "Y": "y"})
print(Mapped("y"), Mapped.X.value)


class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Sub(Base):
    quiet = "q"


print(Sub.quiet.shout(), Sub("q"))
try:
    class Extended(Sub):
        loud = "l"
except TypeError as e:
    print("TypeError:", e)


class Combo(Flag):
    A = auto()
    B = auto()
    AB = A | B
    C = auto()


print(list(Combo), repr(Combo.AB), Combo.C.value)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Clash(Enum):
        A = 1

        def A(self):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = "fine"
print(Color.extra, Color.RED)
