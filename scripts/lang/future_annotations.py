# from __future__ import annotations (PEP 563): annotations are kept as source strings,
# so forward references work, and typing.get_type_hints evaluates them.
from __future__ import annotations

import __future__
import typing
from dataclasses import dataclass, fields


class Node:
    children: list[Node]
    parent: Node | None

    def add(self, other: Node, *rest: Node, flag: bool = False, **kw: int) -> Node:
        return self


print(Node.__annotations__)
print(Node.add.__annotations__)


@dataclass
class Tree:
    left: Tree | None = None
    right: typing.Optional[Tree] = None
    value: int = 0

    def total(self) -> int:
        return self.value


print(Tree(Tree(value=1), value=2))
print([(f.name, f.type) for f in fields(Tree)])
print(typing.get_type_hints(Tree))
print(typing.get_type_hints(Node.add))
x: Undefined = 3
y: dict[str,   list[int]]
print(__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease(),
      "annotations" in __future__.all_feature_names)


def spaced(a: typing.Optional[ "Node" ], b: int|str, c: typing.Dict[ str,int ], d: typing.Literal["x", 'y'],
           e: tuple[int, ...], f: typing.Callable[[int], None] = None) -> typing.List[ Node ]:
    pass


for k, v in spaced.__annotations__.items():
    print(k, v)
