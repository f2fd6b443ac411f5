# Or-patterns, as-patterns, guards and the binding rules: names are bound only when the
# whole pattern matched (even if its guard then fails), alternatives bind the same
# names in any order, and captures are ordinary local/global/closure/class names.


def alternatives(v):
    match v:
        case [x, 1] | [1, x]:
            return f"pair with one, other {x}"
        case (a, b, "ab") | (b, a, "ba"):
            return f"a={a} b={b}"
        case {"k": (int() | float()) as num}:
            return f"numeric k {num}"
        case [1 | 2 | 3 as small, *_]:
            return f"starts small {small}"
        case (str() as s) | (bytes() as s):
            return f"text {s!r}"
        case _:
            return "none"


for v in [[5, 1], [1, 6], [1, 1], ("A", "B", "ab"), ("A", "B", "ba"), {"k": 2.5}, {"k": "x"},
          [2, 0], [4], "s", b"b"]:
    print(repr(v), "->", alternatives(v))


def guards(values):
    for v in values:
        match v:
            case int(n) if n < 0:
                print(n, "negative")
            case int(n) if (half := n // 2) * 2 == n:
                print(n, "even, half", half)
            case int(n):
                print(n, "odd; half from the failed guard still bound:", half)
            case _:
                print(repr(v), "not an int")


guards([-3, 4, 7, "x"])


# A failing guard leaves the names of its pattern bound; a failing pattern binds nothing.
def leftovers():
    match (1, 2):
        case (a, b) if a > b:
            print("no")
        case (c, 3):
            print("no")
        case _:
            pass
    print("a, b bound:", a, b)
    try:
        print(c)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


leftovers()


# The guard sees the names; evaluation order is case by case.
def trace(label, result):
    print("  guard", label)
    return result


match [1, 2]:
    case [x, y] if trace("first", False):
        print("first")
    case [x, y] if trace("second", True):
        print("second", x, y)
    case [x, y] if trace("third", True):
        print("third")

# Captures at module level are globals; in a class body they are class attributes;
# in a function they are locals closures can see.
match {"name": "module"}:
    case {"name": module_name}:
        pass
print(globals()["module_name"])


class Config:
    match ("debug", 3):
        case (mode, level):
            pass


print(Config.mode, Config.level)


def make():
    match (10, 20):
        case (lo, hi):
            return lambda v: lo <= v <= hi


inside = make()
print(inside(15), inside(25))


def outer():
    found = None

    def search(items):
        nonlocal found
        for item in items:
            match item:
                case ("target", found):
                    return True
        return False

    print(search([("x", 1), ("target", 42)]), found)


outer()

# `as` binds the whole subject, inner names too.
match [1, [2, 3]]:
    case [first, [_, last] as inner] as whole:
        print(first, last, inner, whole)

# The wildcard binds nothing; `_` stays an ordinary name elsewhere.
_ = "underscore"
match 5:
    case _:
        pass
print(_)


# break/continue/return inside case bodies.
def loop():
    out = []
    for v in [1, "skip", 2, "stop", 3]:
        match v:
            case "skip":
                continue
            case "stop":
                break
            case n:
                out.append(n)
    return out


print(loop())


# A match in a generator and in a coroutine.
def gen(items):
    for item in items:
        match item:
            case [k, v]:
                yield f"{k}={v}"
            case _:
                yield "?"


print(list(gen([["a", 1], "x", ("b", 2)])))

import asyncio


async def handle(msg):
    await asyncio.sleep(0)
    match msg:
        case {"op": "add", "args": [a, b]}:
            return a + b
        case {"op": "neg", "args": [a]} if await check(a):
            return -a
        case _:
            return None


async def check(a):
    return a != 0


async def main():
    print(await handle({"op": "add", "args": [2, 3]}),
          await handle({"op": "neg", "args": [4]}),
          await handle({"op": "neg", "args": [0]}))


asyncio.run(main())

# Nested match statements.
for pair in [(1, "a"), (2, "b"), (1, "z")]:
    match pair:
        case (1, letter):
            match letter:
                case "a":
                    print("one-a")
                case other:
                    print("one-other", other)
        case _:
            print("not one")
