# `match`, `case` and `_` are soft keywords: everywhere but at the head of a match
# statement or case block they are ordinary names.
import re

match = re.match(r"(\d+)", "42 apples")
print(match.group(1))
match = {"case": 1}
print(match["case"])
case = [1, 2, 3]
print(case[0], len(case))
match, case = "m", "c"
print(match, case)


def match(x):
    return f"match({x})"


print(match(1))
match(2)
match (3)
print(match  (4))


class case:
    attr = "case.attr"
    match = "case.match"


print(case.attr, case.match)
case.attr = "changed"
print(case.attr)
match: int = 5
print(match)
case: str = "annotated"
print(case)
match = [0, 0]
match[0] = 7
match[1]: int = 8
print(match)
match -1 if False else None
print(match * 2)
match = 3
match += 1
print(match)
_ = 10
print(_ + 1)


# As statement heads, with names called match and case as subjects and in patterns.
match = {"case": "value"}
case = "value"
match match:
    case {"case": case}:
        print("captured case =", case)
match case:
    case "value":
        print("case matched")
match [match, case]:
    case [{"case": match}, case]:
        print(match, case)


# `case` only starts a case block directly inside a match statement.
def f(case):
    match case:
        case 1:
            case = "one"
            return case
        case _:
            return case.upper() if isinstance(case, str) else case


print(f(1), f("x"), f(2))

# A match statement whose subject starts with a parenthesis or bracket.
match (1, 2):
    case (1, b):
        print("paren subject", b)
match [1, 2]:
    case [a, *_]:
        print("bracket subject", a)
match -1:
    case -1:
        print("negative subject")
match {"a": 1}:
    case {"a": a}:
        print("dict subject", a)
match "s" if case else "t":
    case "s":
        print("conditional subject")
match lambda: 1:
    case f if f() == 1:
        print("lambda subject")
match(
    5
):
    case 5:
        print("multi-line subject")
# A case block on one line, comments around.
match 1:  # a comment
    # another
    case 1: print("one-line case")
    case 2: pass
