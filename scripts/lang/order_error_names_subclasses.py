# An ordering that no operand supports names the operands' own types, also when they
# are instances of builtin subclasses (a namedtuple, a tuple, list or int subclass).
from collections import namedtuple

P = namedtuple("P", "x y")


class T(tuple):
    pass


class L(list):
    pass


class I(int):
    pass


for a, b in [(P(1, 2), 1), (1, P(1, 2)), (T(), "s"), (L(), 1), (I(1), "x"),
             (P(1, 2), None), (P(1, "a"), P(1, 2))]:
    for op in ("<", "<=", ">", ">="):
        try:
            print(eval(f"a {op} b"))
        except TypeError as e:
            print(op, "TypeError:", e)
try:
    sorted([P(1, 2), 1])
except TypeError as e:
    print("sorted TypeError:", e)
try:
    max(I(3), "x")
except TypeError as e:
    print("max TypeError:", e)
