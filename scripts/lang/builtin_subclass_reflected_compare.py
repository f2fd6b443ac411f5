# A comparison with an instance of a builtin type's subclass on the right asks that
# subclass's reflected method (`5 <= I(3)` asks `I.__ge__`) before comparing the builtin
# values; a subclass that does not override it compares as its base.
class I(int):
    def __ge__(self, other):
        print("  I.__ge__", int(self), other)
        return "I.ge"


class F(float):
    def __lt__(self, other):
        print("  F.__lt__", float(self), other)
        return NotImplemented


class S(str):
    def __gt__(self, other):
        print("  S.__gt__", str(self), other)
        return True


class L(list):
    def __le__(self, other):
        print("  L.__le__", list(self), other)
        return "L.le"


class Plain(int):
    pass


cases = [
    ("5 <= I(3)", lambda: 5 <= I(3)),
    ("I(3) >= 5", lambda: I(3) >= 5),
    ("I(3) <= 5", lambda: I(3) <= 5),
    ("2.5 > F(1.5)", lambda: 2.5 > F(1.5)),
    ("F(1.5) < 2.5", lambda: F(1.5) < 2.5),
    ("'b' < S('a')", lambda: "b" < S("a")),
    ("'b' > S('a')", lambda: "b" > S("a")),
    ("[9] >= L([1])", lambda: [9] >= L([1])),
    ("[9] <= L([1])", lambda: [9] <= L([1])),
    ("7 < Plain(9)", lambda: 7 < Plain(9)),
    ("Plain(9) >= 7", lambda: Plain(9) >= 7),
    ("sorted", lambda: sorted([I(3), 1, I(2)], key=int)),
]
for text, case in cases:
    print(text)
    try:
        print("  ->", case())
    except TypeError as e:
        print("  TypeError:", e)


class T(tuple):
    def __eq__(self, other):
        print("  T.__eq__", tuple(self), other)
        return NotImplemented

    __hash__ = tuple.__hash__


class D(dict):
    def __ne__(self, other):
        print("  D.__ne__")
        return NotImplemented


more = [
    ("(1,) == T((1,))", lambda: (1,) == T((1,))),
    ("T((1,)) == (1,)", lambda: T((1,)) == (1,)),
    ("T((1,)) == (2,)", lambda: T((1,)) == (2,)),
    ("T((1,)) != (1,)", lambda: T((1,)) != (1,)),
    ("{1: 2} != D({1: 2})", lambda: {1: 2} != D({1: 2})),
    ("D({1: 2}) != {1: 3}", lambda: D({1: 2}) != {1: 3}),
    ("T((1,)) in [(1,)]", lambda: T((1,)) in [(1,)]),
    ("F(1.5) < 'a'", lambda: F(1.5) < "a"),
    ("'a' > F(1.5)", lambda: "a" > F(1.5)),
    ("F(nan) < 1.0", lambda: F("nan") < 1.0),
]
for text, case in more:
    print(text)
    try:
        print("  ->", case())
    except TypeError as e:
        print("  TypeError:", e)
