# The comparison and hash methods a dataclass makes: tuples of the compared fields,
# NotImplemented for another class (a subclass included), names and qualnames.
from dataclasses import dataclass, field
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    z: list = field(default=None, compare=False, hash=False)
print(P(1, 2) < P(1, 3), P(1, 2) == P(1, 2), P(2) >= P(1, 9), hash(P(1, 2)) == hash((1, 2)))
print(P.__eq__.__qualname__, P.__lt__.__name__, P.__hash__.__qualname__)
print(P(1).__eq__(5), P(1) == (1, 0))
@dataclass(eq=True, unsafe_hash=True)
class E:
    pass
print(E() == E(), hash(E()) == hash(()), E() < E() if False else "skip")
class Sub(P): pass
print(P(1,2) == Sub(1,2), P(1, 2) < P(1, 2))
try:
    P(1) < Sub(2)
except TypeError as e:
    print(e)
