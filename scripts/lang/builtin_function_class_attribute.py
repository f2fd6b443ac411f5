# A module's builtin function stored on a class stays a plain function when read through
# an instance (builtin functions have no __get__); a builtin type's method descriptor
# still binds, and a Python function still becomes a method.
import functools
import math
import operator


class C:
    length = len
    biggest = max
    root = math.sqrt
    fold = functools.reduce
    lower = str.lower

    def own(self, x):
        return ("own", x)


c = C()
print(c.length([1, 2]), c.biggest(3, 4), c.root(16), c.fold(operator.add, [1, 2, 3]))
print(C.length("abc"), type(C.__dict__["length"]).__name__, c.length is len)
print(c.own(5), C.lower("AB"))
try:
    c.lower()
except TypeError as e:
    print("TypeError:", e)
