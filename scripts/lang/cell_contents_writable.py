# A closure's cells: `cell_contents` can be read, assigned and deleted (Python 3.7+), and
# `types.CellType` makes cells directly.
import types


def outer():
    x = 1

    def inner():
        return x

    return inner


f = outer()
c = f.__closure__[0]
print(c.cell_contents, f())
c.cell_contents = 5
print(f(), c.cell_contents)
del c.cell_contents
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
del c.cell_contents  # deleting an empty cell is allowed
c.cell_contents = [1]
print(f())

n = types.CellType(7)
print(n.cell_contents, isinstance(n, types.CellType), type(n).__name__)
print(repr(types.CellType()).endswith(": empty>"), repr(n).split(": ")[1].startswith("int object at"))
try:
    types.CellType().cell_contents
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: types.CellType(1, 2), lambda: types.CellType(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError", e)
