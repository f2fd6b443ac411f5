# `is` / `is not` on every kind of value, alone and fused with the jump of an `if` or
# `while`, and float powers (answered in the dispatch loop when they cannot fail).
import math


class Node:
    def __init__(self, link):
        self.link = link


def length(head):
    n = 0
    while head is not None:
        n += 1
        head = head.link
    return n


chain = None
for i in range(5):
    chain = Node(chain)
print(length(chain), length(None))

a = [1]
b = [1]
values = [None, True, False, 0, 1, 2.5, "s", a, b, (), Node, chain, length, math]
for x in values:
    row = []
    for y in values:
        row.append("1" if x is y else "0")
        if x is not y:
            row.append("n")
    print("".join(row))
t = a is a
u = a is not b
one = 1
print(t, u, None is None, one is not None, [a is b, a is not a])
two = 2
print(one < two is not None, (one is one) is True)

# Identity tests do not consult __eq__ or __bool__.
class Loud:
    def __eq__(self, other):
        print("__eq__ called")
        return True

    def __bool__(self):
        print("__bool__ called")
        return False


loud = Loud()
if loud is not None:
    print("not None")
if loud is loud:
    print("same")
print(loud is Loud(), loud == 3)

# Float powers.
cases = [
    (2.0, 0.5), (2.0, -1.5), (9, 0.5), (2.0, 3), (1.5, 2.0), (0.0, 0.0), (0.0, 2.0),
    (-2.0, 2.0), (-2.0, 3.0), (1.0, float("nan")), (float("nan"), 0.0),
    (float("inf"), -1.0), (-0.0, 3.0), (10.0, 308.0), (2.0, -1074.0),
]
for x, y in cases:
    print(x, y, x ** y)
for x, y in [(0.0, -1.0), (-8.0, 1 / 3), (1e308, 2.0), (10.0, 400.0), (-0.0, -2.0)]:
    try:
        print(x, y, x ** y)
    except (ZeroDivisionError, OverflowError) as e:
        print(x, y, type(e).__name__, e)
d2 = 0.0
for i in range(1, 6):
    d2 += i * 0.5
    print(round(d2 * d2 ** 0.5, 12), i ** 0.5, 2 ** -0.5)
x = 3.0
x **= 2
print(x)
