# list.__iadd__/__imul__ and bytearray.__iadd__/__imul__ exist and act in place, as the
# operators do, with CPython's argument errors; a list subclass's += goes through them.
print(hasattr(list, "__iadd__"), hasattr(list, "__imul__"))
print(hasattr(bytearray, "__iadd__"), hasattr(bytearray, "__imul__"))
print(hasattr(tuple, "__iadd__"), hasattr(bytes, "__iadd__"), hasattr(str, "__imul__"))

l = [1]
alias = l
print(l.__iadd__((2, 3)) is l, alias)
print(l.__iadd__(x for x in "ab"), alias)
print(l.__imul__(2) is l, alias)
print(l.__imul__(True), l.__imul__(-3), alias)


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


l = [1]
for v in [5, None, 2**70, -2**70, "x", 1.5]:
    attempt(l.__iadd__, v)
    attempt(l.__imul__, v)


class Index:
    def __index__(self):
        return 3


print([0].__imul__(Index()))

b = bytearray(b"a")
alias = b
print(b.__iadd__(b"bc") is b, alias)
print(b.__iadd__(memoryview(b"de")), b.__iadd__(bytearray(b"f")), alias)
print(b.__imul__(2) is b, alias)
print(bytearray(b"xy").__imul__(0), bytearray(b"xy").__imul__(-1))
for v in [5, "x", None]:
    attempt(bytearray(b"a").__iadd__, v)
for v in [2**70, "x", 1.5]:
    attempt(bytearray(b"a").__imul__, v)

b = bytearray(b"ab")
alias = b
b *= 3
print(alias)
b += b"!"
print(alias)


class L(list):
    pass


x = L([1, 2])
alias = x
x += [3]
x *= 2
print(type(x).__name__, x is alias, alias)


class Logged(list):
    def __iadd__(self, other):
        print("Logged.__iadd__", other)
        return super().__iadd__(other)


y = Logged([0])
y += (1, 2)
print(type(y).__name__, y)
