# Keyword calls bind names by identity when the call's names are interned (identifier
# constants) and by text otherwise (non-ASCII names); identifier-like string constants
# are the same object across code objects, as in CPython.


def f(a, ñame=1, *, café=2, b=3):
    return (a, ñame, café, b)


print(f(0, ñame=5))
print(f(0, café=6, ñame=7))
print(f(0, b=8, café=9))
for i in range(3):
    print(f(i, b=i, ñame=i * 2))


class K:
    def m(self, x, y=0, *, zé=1):
        return (x, y, zé)


k = K()
print(k.m(1, zé=4))
print(k.m(x=2, y=3))
try:
    f(0, ñame=1, ñame2=2)
except TypeError as e:
    print("TypeError", e)
try:
    k.m(1, 2, zé=3, x=4)
except TypeError as e:
    print("TypeError", e)


def g():
    return "hello_world"


def h():
    return "hello_world"


print(g() is h())
print("a b" == "a b")
s = "".join(["hello", "_world"])
print(s == g(), s is g())
