# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | None) at run time.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int](range(3)))
print(int | None, int | str | None, (int | str) == (str | int), None | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(3.0, int | str))
print(issubclass(bool, int | str))
try:
    int | "x"
except TypeError as e:
    print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[3]
except TypeError as e:
    print(e)
def f(x: list[int] | None = None) -> dict[str, int]:
    return {}
print(list[int] == list[int], list[int].__origin__, list[int].__args__)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
print(f.__annotations__)
print(int | list[str], list[int] | None, (int | None) | str, int | int)
print(hash(int | str) == hash(str | int), (int | str).__args__, dict[str, int].__parameters__)
print(issubclass(int, int | None), issubclass(str, int | float))
print(type(int | str).__name__, type(list[int]).__name__, type(int | str).__module__)
import collections
print(collections.deque[int], frozenset[str], set[bytes], type[object])
for bad in [lambda: str[int], lambda: float[int], lambda: bytes[0]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
