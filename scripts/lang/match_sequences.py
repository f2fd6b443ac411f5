# Sequence patterns: list and tuple syntax, star captures, nesting, which subjects count
# as sequences (not str, bytes or bytearray; yes range, deque and registered classes).
import collections
import collections.abc


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first!r} ... {last!r} ({len(middle)} between, {type(middle).__name__})"
        case [first, *rest]:
            return f"first {first!r} rest {rest!r}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (2,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(3),
          range(0), "ab", "a", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None,
          collections.deque([7, 8]), collections.ChainMap({}), 0.5]:
    print(repr(v), "->", shape(v))


# Star wildcards index from both ends through len() instead of unpacking.
class Loud(collections.abc.Sequence):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("  len")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


match Loud([1, 2, 3, 4]):
    case [a, *_, b]:
        print("ends", a, b)

match Loud([1, 2]):
    case [_, _, _, *_]:
        print("three or more")
    case [*_]:
        print("any sequence")

match Loud([5, 6, 7]):
    case [*head, tail]:
        print("unpacked", head, tail)


# A class counts as a sequence once registered.
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.a, self.b)[i]

    def __iter__(self):
        return iter((self.a, self.b))


def is_seq(v):
    match v:
        case [_, _]:
            return True
        case _:
            return False


print("Pair before register:", is_seq(Pair(1, 2)))
collections.abc.Sequence.register(Pair)
print("Pair after register:", is_seq(Pair(1, 2)))


class MyList(list):
    pass


class MyStr(str):
    pass


print("list subclass:", is_seq(MyList([1, 2])))
print("str subclass:", is_seq(MyStr("ab")))

# Nested sequences and patterns inside.
data = [("move", (1, 2)), ("say", ["hi", "there"]), ("quit", ()), ("move", 3)]
for item in data:
    match item:
        case ("move", (x, y)):
            print("move to", x, y)
        case ("say", [*words]):
            print("say", " ".join(words))
        case ("quit", ()):
            print("quit")
        case (cmd, arg):
            print("bad", cmd, arg)

# Star captures are lists, whatever the subject.
match (1, 2, 3):
    case (*init, 3):
        print(init, type(init).__name__)
match range(5):
    case [0, *mid, 4]:
        print(mid)

# Length mismatch fails without error; a generator is no sequence.
match [1, 2, 3]:
    case [a, b]:
        print("two?")
    case [a, b, c, d, *e]:
        print("four+?")
    case [a, b, c]:
        print("three", a, b, c)
match (x for x in [1]):
    case [x]:
        print("generator matched?")
    case _:
        print("generator is no sequence")
match iter([1, 2]):
    case [_, _]:
        print("iterator matched?")
    case _:
        print("iterator is no sequence")
