# Generic classes, protocols and typed dataclasses as typed application code writes them.
from typing import Protocol, TypeVar, Generic, runtime_checkable, Iterator, Callable, Any, Union, Optional, ClassVar, Final
from dataclasses import dataclass, field, fields
T = TypeVar("T")
@runtime_checkable
class SupportsClose(Protocol[T]):
    def close(self) -> T: ...
class F:
    def close(self): return 1
print(isinstance(F(), SupportsClose), SupportsClose[int])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), list(s), type(s).__name__, s.__orig_class__)
class IntStack(Stack[int]):
    pass
print(IntStack.__mro__, IntStack.__orig_bases__, IntStack.__parameters__)
@dataclass
class Conf:
    MAX: ClassVar[int] = 10
    name: str = "x"
    handler: Optional[Callable[[str], None]] = None
    extra: dict[str, Any] = field(default_factory=dict)
print(Conf(), [f.name for f in fields(Conf)], Conf.MAX)
def apply(f: Callable[..., T], *args: Any) -> T:
    return f(*args)
print(apply(max, 1, 5), apply.__annotations__)
Pair = tuple[T, T]
print(Pair[int], Union[int, Union[str, float]], Optional[Union[int, str]])
