# enum, dataclasses and typing used together as application code does.
from enum import Enum, IntEnum, auto
from dataclasses import dataclass, field
from typing import List, Optional, Dict
class C(str, Enum):
    A = "a"
    B = "b"
print(C.A, repr(C.A), C.A == "a", C("b"), C.A.upper(), f"{C.A}", C.A.value)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def __str__(self):
        return self.name.title()
print(Shape.SQUARE, [str(s) for s in Shape], f"{Shape.CIRCLE}")
@dataclass(frozen=True)
class Item:
    name: str
    tags: List[str] = field(default_factory=list)
    parent: Optional["Item"] = None
    def __post_init__(self):
        object.__setattr__(self, "name", self.name.strip())
i = Item(" x ")
print(i, i == Item("x"), i == 3)
@dataclass
class Cfg:
    opts: Dict[str, int] = field(default_factory=dict)
    level: Shape = Shape.SQUARE
print(Cfg(), Cfg.__doc__)
print(Item.__doc__)
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(max(Pri), Pri.LOW < Pri.HIGH, Pri(1) is Pri.LOW, Pri.HIGH * 2, sorted(Pri, reverse=True))
print({Pri.LOW: 1}, Pri.LOW in {1: 'x'}, hash(Pri.LOW) == hash(1))
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    @classmethod
    def default(cls):
        return cls.HAPPY
print(Mood.default(), Mood.HAPPY.name, Mood._member_names_, Mood["SAD"].value)
import copy
print(copy.deepcopy(Mood.SAD) is Mood.SAD, copy.copy(Shape.SQUARE) is Shape.SQUARE)
