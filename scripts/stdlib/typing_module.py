# typing: reprs, subscription, TypeVar/Generic, Protocol, NamedTuple, TypedDict, helpers.
import typing
from typing import *
print(List[int], Dict[str, Any], Optional[int], Union[int, str], Union[int, None, str])
print(Callable[..., int], Callable[[int, str], bool], Tuple[int, ...], Tuple[()], Literal[1, "a"])
print(ClassVar[int], Final[str], Iterable[int], Iterator[str], Generator[int, None, None])
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int], Type[int], Set[int])
print(Any, NoReturn, List, Callable, Union[int], Optional[List[int]])
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, TypeVar("T_co", covariant=True), List[T], Dict[K, T][str, int])
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box[int](3).v, Box.__parameters__, Box.__mro__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(int | None), get_args(Callable[[int], str]), get_origin(list[int]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(P(1), P(1, 2).norm(), P._fields, P.__annotations__)
class TD(TypedDict, total=False):
    a: int
    b: str
print(TD(a=1), sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
print(cast(int, "x"), TYPE_CHECKING, isinstance([], List), isinstance({}, Mapping), isinstance([], Iterable))
def f(x: int, y: "str" = "a") -> List[int]: ...
print(get_type_hints(f))
class C:
    a: int
    b: "List[str]"
print(get_type_hints(C))
print(isinstance(3, Union[int, str]), issubclass(bool, Optional[int]))
UserId = NewType("UserId", int)
print(UserId(5), UserId)
print(Annotated[int, "meta"], get_args(Annotated[int, "m"]))
try: isinstance(1, List[int])
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
try: List()
except TypeError as e: print(e)
for bad in [lambda: Union[()], lambda: Generic[int], lambda: Callable[int, str],
            lambda: Dict[int], lambda: TypeVar("X", int), lambda: Optional[int, str],
            lambda: Generic(), lambda: Box[int, str], lambda: Literal[1][2]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class NotRuntime(Protocol):
    def run(self) -> None: ...
try:
    isinstance(F(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)
try:
    NotRuntime()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance({}, TD)
except TypeError as e:
    print("TypeError:", e)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), len(get_overloads(g)))
try:
    assert_never(5)
except AssertionError as e:
    print("AssertionError:", e)
print(typing.Text is str, typing.AnyStr, Sequence[int], MutableMapping[str, int], Deque[int])
print(DefaultDict[str, int], Counter[str], ContextManager[int], SupportsInt, Hashable, Sized)
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3, Hashable), isinstance([], Sized))
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], Optional[int] == int | None)
class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair.__parameters__, Pair[str, List[int]])
IntList = List[T]
print(IntList[int], Dict[str, T][bool], Callable[[T], T][int])
