"""With `from __future__ import annotations` every annotation is kept as text."""
from __future__ import annotations
from __future__ import division, generator_stop

import __future__

print(annotations is __future__.annotations, annotations)

count: int = 3
maybe: int | None
table: Dict[str, list[tuple[int, str]]] = {}
node: 'Node'
callback: Callable[..., Awaitable[T]]
path: x.y[z]
big: 10**20 + 0xFF - 1e999
(paren): NeverEvaluated = 1
print(count, table, paren)
for name, text in __annotations__.items():
    print(f"{name:8} {text!r}")


class Node:
    parent: Node | None = None
    children: list[Node]
    weight: float = 1.5

    def add(self, child: Node, *rest: Node, index: int = -1, **options: Any) -> Node:
        local: Whatever = child
        return local


print(Node.__annotations__)
print(Node.add.__annotations__)
print(Node().add(Node()).weight)


def shapes(
    a: lambda x, y=1, *args, z, **kw: x,
    b: a if b else (c, d),
    c: not (a and b) or c,
    d: -x**2 + (-x) ** 2 - x**-y,
    e: {k: v for k, v in d.items() if k},
    f: [*a, *(b or c)],
    g: f"{x!r:>{width}} {{braces}} {y=}",
    h: a[1:2, ::3] @ b[...],
    i: (lambda: (y := 1)) if False else 2,
    j: "it's",
    k: b"\x00'",
    l: f(x for x in y),
    m: 1 .real,
    n: a < b <= c is not d not in e,
    o: (1,),
    p: (),
    q: ~a | b ^ c & d << e >> f,
    r: await_ * 2 // 3 % 4,
) -> Iterator[Tuple[int, ...]]:
    pass


for name, text in shapes.__annotations__.items():
    print(f"{name:6} {text}")
