# The dispatch loop answers a cached instance-attribute load inline, and `is` inline; each
# check runs one site over changing shapes, dict mode, class mutations and `__class__`
# assignment, so a stale inline answer prints the old value.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(p):
    return p.x


a = Point(1, 2)
b = Point(3, 4)
c = Point(5, 6)
c.z = 7  # another shape
print([read_x(p) for p in (a, b, c, a)])

# A different order of stores: another shape with x at another index.
d = Point.__new__(Point)
d.y = 10
d.x = 20
print([read_x(p) for p in (a, d, a, d)])

# Deleted, then set again.
del b.x
try:
    read_x(b)
except AttributeError as e:
    print("AttributeError:", e)
b.x = 30
print(read_x(b))

# The instance's __dict__ asked for: its dict is the truth from then on.
vars(a)["x"] = 40
print(read_x(a), a.__dict__)

# A property on the class wins over the instance's own value.
print(read_x(c))
Point.x = property(lambda self: "property x")
print(read_x(c), read_x(a))
del Point.x
print(read_x(c), read_x(a))


# __class__ assignment to a class whose x is a class constant or a property.
class Other:
    x = "Other.x"


class WithProp:
    @property
    def x(self):
        return "WithProp.x"


e = Point(50, 60)
for _ in range(3):
    print(read_x(e))
e.__class__ = WithProp
print(read_x(e))
e.__class__ = Point
print(read_x(e))
del e.x
e.__class__ = Other
print(read_x(e))


# A method stored on the instance shadows the class's: the call site's NULL marker.
class Greeter:
    def hello(self):
        return "class hello"


g = Greeter()
print(g.hello())
g.hello = lambda: "instance hello"
print(g.hello())
del g.hello
print(g.hello())

# `is` on values of every kind.
lst = [1]
other = [1]
alias = lst
print(lst is alias, lst is other, lst is not other)
print(None is None, a is None, None is a, a is a, a is b)
one = 1
print(one is one, True is (one == 1), False is (one == 2), one is None)
t1 = tuple([1, 2])
t2 = tuple([1, 2])
print(t1 is t1, t1 is t2)
s1 = "".join(["a", "b"])
print(s1 is s1, s1 is "".join(["a", "b"]))
print(Greeter.hello is Greeter.hello, g.hello is g.hello)
print(Point is Point, Point is Other, len is len, int is type(3))
