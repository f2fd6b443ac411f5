# dataclasses: options, fields, defaults, frozen, ordering, hashing, helpers, errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, Field)
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), Point(5))
print(Point.__init__.__qualname__, Point.__match_args__, p.__hash__ is None, Point.__hash__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    meta: dict = field(default_factory=dict, metadata={"unit": "kg"})


a = Inventory("a")
b = Inventory("a")
a.tags.append("x")
print(a, b.tags, a == b, Inventory("a", secret="t") == Inventory("a"))
print([f.name for f in fields(Inventory)], fields(a)[4].metadata, fields(a)[1].default_factory)
f0 = fields(Inventory)[0]
print(f0.name, f0.type, f0.default is MISSING, f0.init, f0.repr, f0.hash, f0.compare, f0.kw_only)
print(asdict(a), astuple(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), max(v1, v2), hash(v1) == hash(Version(1, 2, "x")))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({v1: "one"}[Version(1, 2)], replace(v1, minor=5))
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


r = Rect(2, 3, scale=2)
print(r, [f.name for f in fields(r)], Rect(1, 1))
try:
    replace(r, area=1)
except ValueError as e:
    print("ValueError:", e)
print(replace(r, width=10, scale=1))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Mixed(1, c=3), Mixed.__match_args__)


@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=0, hash=False)


print(hash(Key("a", 1)) == hash(Key("a", 2)), Key("a") in {Key("a"): 1})


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)


@dataclass(repr=False, init=False)
class Bare:
    q: int = 4


print(Bare().q, "Bare object" in repr(Bare()))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
print(s, Slotted.__slots__)
try:
    s.c = 1
except AttributeError:
    print("AttributeError on new attribute")


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(is_dataclass(tree), is_dataclass(Node), is_dataclass(3), is_dataclass(dict))

C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))], namespace={"double": lambda self: self.x * 2})
c = C(1, 2)
print(c, c.double(), [f.name for f in fields(C)])
print(dataclasses.MISSING is MISSING, isinstance(fields(C)[0], Field))

for bad in [
    lambda: field(default=1, default_factory=list),
    lambda: fields(3),
    lambda: asdict(Node),
    lambda: astuple(5),
    lambda: replace(3),
]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        w: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class HasLt:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
