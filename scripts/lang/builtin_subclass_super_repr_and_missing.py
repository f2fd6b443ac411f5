# The builtin value types define their own __repr__ (and bytes its __str__), so a
# subclass's super().__repr__() and list.__repr__(x) give the value's text; a set
# subclass's repr names the subclass; dict.__getitem__ on a dict subclass (its
# super().__getitem__) asks the subclass's __missing__.


class S(list):
    def __repr__(self):
        return "S" + super().__repr__()

    def __str__(self):
        return "s" + super().__str__()


class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()


class T(tuple):
    def __repr__(self):
        return "T" + super().__repr__()


class St(set):
    def __repr__(self):
        return "St" + super().__repr__()


class Fs(frozenset):
    pass


class I(int):
    def __repr__(self):
        return "I" + super().__repr__()


class F(float):
    def __repr__(self):
        return "F" + super().__repr__()


class Str(str):
    def __repr__(self):
        return "Str" + super().__repr__()


class B(bytes):
    def __repr__(self):
        return "B" + super().__repr__()


class BA(bytearray):
    pass


for o in [S([1]), D(a=1), T((1,)), St({1}), St(), Fs({2}), Fs(), I(5), F(1.5), Str("x"),
          B(b"x"), BA(b"y")]:
    print(repr(o), str(o), type(o).__mro__[1].__repr__(o), f"{o!r:>12}|")
print(list.__repr__([1]), dict.__repr__({}), int.__repr__(True), "__repr__" in list.__dict__,
      "__str__" in list.__dict__, "__str__" in bytes.__dict__)
for call in (lambda: list.__repr__((1,)), lambda: dict.__repr__([]), lambda: int.__repr__("1")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class M(dict):
    def __missing__(self, k):
        return k * 2

    def get2(self, k):
        return super().__getitem__(k)


m = M(a=1)
print(m["ab"], m.get2("cd"), m.get2("a"), dict.__getitem__(m, "x"), m.get("q"), "ab" in m)


class Plain(dict):
    def get2(self, k):
        return super().__getitem__(k)


try:
    Plain().get2("k")
except KeyError as e:
    print("KeyError:", e)
