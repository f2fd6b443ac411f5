# Dropping tuples and lists whose items are numbers, strings or objects still held
# elsewhere (the plain drop), and deeply nested ones (the iterative drop): finalizers
# run when the last reference goes, in CPython's order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
t = (1, 2.5, "s", None, True, a)
del t
print("tuple gone, a still held")
lst = [a, a, 3]
del lst
print("list gone")
del a
print("a released")
t = (Noisy("inner"), 1)
u = (t, 2)
del t
print("outer still holds inner")
del u
print("both gone")
deep = None
for i in range(200_000):
    deep = (deep, i)
print(deep[1])
deep = None
nested = []
for i in range(200_000):
    nested = [nested, "x"]
nested = None
print("deep drops done")
pairs = list(enumerate("abc"))
print(pairs)
del pairs
print(sum(i for i, _ in enumerate(range(1000))))
