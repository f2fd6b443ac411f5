# NamedTuple and TypedDict turn string annotations into ForwardRefs (TypedDict's name
# their module); threading.RLock() is the C type _thread.RLock.
from __future__ import annotations

import threading
import typing
from typing import ForwardRef, NamedTuple, TypedDict


class Point(NamedTuple):
    x: float
    y: "float" = 0.0


print(Point.__annotations__)
P2 = NamedTuple("P2", [("a", "int"), ("b", int)])
print(P2.__annotations__, P2(1, 2))


class Movie(TypedDict):
    title: str
    year: int


print(Movie.__annotations__)
M2 = TypedDict("M2", {"name": "str", "n": int})
print(M2.__annotations__)
print(ForwardRef("int"), ForwardRef("int", module="m"), ForwardRef("x") == ForwardRef("x"),
      ForwardRef("x", module="a") == ForwardRef("x", module="b"))
print(typing.get_type_hints(Point))

lock = threading.RLock()
print(type(lock).__module__, type(lock).__name__, repr(lock).split(" owner")[0])
with lock:
    print(repr(lock).split(" owner")[0], "count=1" in repr(lock))
