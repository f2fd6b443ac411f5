# get_type_hints evaluates forward references however deep they sit (Optional['Node'],
# list['Node'], Annotated, X | 'Y'), with and without 'from __future__ import annotations'.

import typing
from typing import Optional, Union, List, Dict, Callable, Annotated, Literal, get_type_hints
import dataclasses

@dataclasses.dataclass
class Node:
    name: str
    parent: Optional["Node"] = None
    kids: "list[Node]" = dataclasses.field(default_factory=list)
    index: Dict[str, List["Node"]] = dataclasses.field(default_factory=dict)
    cb: "Callable[[Node, int], Node] | None" = None
    mode: Literal["a", "b"] = "a"
    tagged: Annotated["Node", "meta"] = None
    either: "int | Node" = 0

print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["tagged"])
def f(a: Node, b: "list[int]" = None, *, c: Optional["int"] = None) -> Union[Node, None]: ...
print(get_type_hints(f))
class Tree:
    left: Optional["Tree"]
    right: "Optional[Tree]"
print(get_type_hints(Tree))
