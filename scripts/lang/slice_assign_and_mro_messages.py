# Messages of two rarely-seen TypeErrors: assigning a non-iterable to a list slice
# (plain and extended), and a class whose bases admit no consistent MRO (CPython's
# text has a line break in it).
cases = [
    "l = [1, 2]; l[0:1] = 5",
    "l = [1, 2]; l[::2] = 5",
    "l = [1, 2]; l[0:1] = None",
    "l = [1, 2, 3]; l[::2] = [1]",
    "l = [1, 2, 3]; l[::-1] = 4.5",
]
for stmt in cases:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)


class Bad:
    def __iter__(self):
        raise TypeError("my own iter error")


try:
    l = [1]
    l[:] = Bad()
except TypeError as e:
    print("TypeError", e)
l = [0, 0, 0]
l[1:] = (x * 2 for x in range(4))
print(l)


class Root:
    pass


class Child(Root):
    pass


try:
    class Broken(Root, Child):
        pass
except TypeError as e:
    print(repr(str(e)))
