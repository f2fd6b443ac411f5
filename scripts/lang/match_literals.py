# Literal, singleton, value (dotted name) and group patterns; subject tuples.
import math


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 0


def literal(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case 12345678901234567890:
            return "big"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red constant"
        case Color.Shade.DARK:
            return "unreachable: 0 matched first"
        case math.pi:
            return "pi"
        case (3):
            return "three, grouped"
        case _:
            return "something else"


for v in [0, 0.0, -1, -1.0, 2.5, -0.5, 12345678901234567890, "hello", "hi", b"raw",
          "concat", None, True, False, 1, 1.0, "red", "green", math.pi, 3, "3", [], ()]:
    print(repr(v), "->", literal(v))

# True/False/None compare by identity, numbers by equality.
for v in [1, True, 1.0]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")


class Weird:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return other == 7


match Weird():
    case 6:
        print("six?")
    case 7:
        print("seven, by __eq__")

# The subject's __eq__ runs as `subject == literal`.
match 7:
    case Color.GREEN:
        print("no")
    case _:
        print("7 is not green")

# Subject tuples and starred subjects.
point = (1, 2)
match point[0], point[1]:
    case 0, 0:
        print("origin")
    case x, 0:
        print("on x axis", x)
    case 1, y:
        print("x is one, y =", y)

rest = [3, 4]
match 1, *rest:
    case (1, *others):
        print("starred subject", others)

# The subject is evaluated once.
def subject():
    print("evaluating subject")
    return 42


match subject():
    case 41:
        print("41")
    case 42:
        print("42")

# Walrus in a subject.
match (n := 10):
    case 10:
        print("n is", n)

# No case matches: nothing happens.
match 99:
    case 1:
        print("one")
print("after no match")
