# Comparisons of two strs and `in` on a str, dict or set are answered in the dispatch
# loop (fused with the jump after them): the answers, errors and subclass hooks must be
# the general protocol's.

words = ["", "a", "b", "ab", "abc", "B", "caf\u00e9", "cafe", "\u65e5", "\U0001f600", "a\x00"]
table = []
for x in words:
    row = []
    for y in words:
        row.append("".join(str(int(v)) for v in (x == y, x != y, x < y, x <= y, x > y, x >= y)))
    table.append(" ".join(row))
print("\n".join(table))

# Fused with a jump, and not (the value kept).
n = 0
for w in words:
    if w < "b":
        n += 1
    if w == "ab" or w != w:
        n += 10
    flag = w >= "caf"
    n += flag
print(n)

# `in` on str, dict and set, fused and not.
d = {"a": 1, 2: "two", (1, 2): None, 2.5: 0}
s = {"x", 3, (4, 5), frozenset({1})}
probes = ["a", "b", 2, 2.0, True, 1, (1, 2), 3, (4, 5), frozenset({1}), "x", 2.5]
print([p in d for p in probes])
print([p not in s for p in probes])
hits = 0
for p in probes:
    if p in d:
        hits += 1
    if p not in s:
        hits += 100
print(hits)
print(["" in "abc", "bc" in "abc", "cb" in "abc", "\u00e9" in "caf\u00e9", "abc" not in "ab"])

# The errors.
for container, item in [("abc", 1), ("abc", None), ({}, []), (set(), {}), ({"a": 1}, {1: 2})]:
    try:
        print(item in container)
    except TypeError as e:
        print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    if "b" >= None:
        pass
except TypeError as e:
    print("TypeError:", e)


# Keys whose __eq__ and __hash__ are Python code, found in a dict and a set.
class Key:
    calls = 0

    def __init__(self, k):
        self.k = k

    def __hash__(self):
        Key.calls += 1
        return hash(self.k)

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and other.k == self.k


kd = {Key(1): "one", Key("s"): "s"}
ks = {Key(2)}
print(Key(1) in kd, Key(3) in kd, Key(2) in ks, Key(2) not in ks, Key.calls)


class Boom:
    def __hash__(self):
        raise ValueError("no hash")


for container in ({}, set()):
    try:
        if Boom() in container:
            print("found")
    except ValueError as e:
        print("ValueError:", e)


# str and dict subclasses keep their own hooks (they take the general path).
class Loud(str):
    def __eq__(self, other):
        return "loud eq"

    def __lt__(self, other):
        return "loud lt"

    def __contains__(self, item):
        return True

    __hash__ = str.__hash__


class Always(dict):
    def __contains__(self, key):
        return True


print(Loud("a") == "a", "a" == Loud("b"), Loud("a") < "b", "zz" in Loud("a"))
print("nothing" in Always())


# `in` on a list and a tuple: equal, not identical, items; an __eq__ that changes the
# list being searched (the length is read again for each item, no copy).
seq = [1, 2.0, "s", (1, 2), None]
print([p in seq for p in [2, 1.0, "s", (1, 2), None, 3]])
print([p in tuple(seq) for p in [2, True, "t", (1, 2)]], [] in [[]], 5 not in ())


class Shrinks:
    calls = 0

    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        Shrinks.calls += 1
        self.target.pop()
        return False


victim = [1, 2, 3, 4]
print(Shrinks(victim) in victim, victim, Shrinks.calls)


class Grows:
    seen = 0

    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        Grows.seen += 1
        if len(self.target) < 6:
            self.target.append(other)
        return other == "end"


grown = [1, "end"]
print(Grows(grown) in grown, grown, Grows.seen)
try:
    [1, Boom()].__contains__(Boom())
    print(Boom() in [Boom()])
except ValueError as e:
    print("ValueError:", e)
