# Subscriptions are cached as CPython caches them: equal ones are the same object
# (List[int] is List[int]), Literal keeps values of different types apart, and
# 3.11 takes non-type arguments such as List[1].
from typing import List, Dict, Optional, Union, Tuple, Callable
print(List[int] is List[int], Dict[str, int] is Dict[str, int], Optional[int] is Optional[int], Union[int, str] is Union[int, str], Tuple[int, ...] is Tuple[int, ...], Callable[[int], str] is Callable[[int], str])
print(List[[]] if False else "", List[int] == List[int], hash(List[int]) == hash(List[int]))
from typing import Literal, Generic, TypeVar, Annotated, ClassVar, Concatenate, Any
T = TypeVar("T")
class Box(Generic[T]): pass
print(Literal[1] is Literal[1], Literal[1] == Literal[True], Literal[1, 2] is Literal[1, 2], Literal[True], Literal[1])
print(Box[int] is Box[int], Generic[T] is Generic[T], Annotated[int, "x"] is Annotated[int, "x"], ClassVar[int] is ClassVar[int])
print(List[T][int] is List[T][int], List[T][int], Dict[str, T][int], Optional[List[int]])
try:
    List[1]
except TypeError as e:
    print(e)
try:
    Callable[[[]], int]
except TypeError as e:
    print("TE", e)
print(Callable[[List[int]], int], Tuple[()], Tuple[int, ...], Union[int, None] is Optional[int])
print(Union[int, str] is Union[str, int], Union[int, str] == Union[str, int])
print(Literal[1, True, 1, "a"], Literal[1, 2] == Literal[2, 1], Literal[0] == Literal[False], hash(Literal[1, 2]) == hash(Literal[2, 1]))
