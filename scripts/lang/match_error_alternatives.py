import sys

print("never printed")
match sys.argv:
    case [name] | [name, "-v"]:
        pass
    case [_, flag] | [flag, _, _]:
        pass
    case [first, *rest] | [*rest, first]:
        pass
    case (["a", x] | ["b", y]):
        pass
