# Calls that put a receiver or class in front of their arguments (builtin constructors,
# metaclass __call__, bound builtins called from native code), with 0 to 5 arguments
# after it: results, errors and the arguments' order.
print(int(), int("42"), int("ff", 16), int(" 7 "), float("2.5"), str(), str(12))
print(str(b"abc", "ascii"), str(b"abc", "ascii", "strict"))
try:
    str(b"abc", "ascii", "strict", 1)
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), tuple(range(3)), set([1, 1, 2]) == {1, 2}, dict(a=1, b=2))
print(list(range(1, 10, 2)), slice(1, 2, 3), complex(1, 2), bytes(3), bytearray(b"xy"))
print(range(2, 20, 3).count(5), frozenset("aab") == frozenset("ab"))
try:
    int("12", 10, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)


class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, sorted(kwargs.items()))
        return super().__call__(*args, **kwargs)


class Point(metaclass=Meta):
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


for n in range(6):
    p = Point(*range(n))
    print(n, p.args)
print(Point(1, 2, 3, 4, 5, k=6).kwargs)


class MyInt(int):
    pass


class MyStr(str):
    def __new__(cls, *parts):
        return super().__new__(cls, "-".join(parts))


print(MyInt("9") + 1, type(MyInt(3)).__name__, MyStr("a", "b", "c", "d", "e"))
d = {"a": 1, "b": 2}
print(list(map(d.get, ["a", "x", "b"], [0, 9, 0])))
print(sorted(map("{}{}{}{}".format, "ab", "cd", "ef", "gh")))
print(list(map(pow, [2, 3], [5, 2], [7, 5])))
