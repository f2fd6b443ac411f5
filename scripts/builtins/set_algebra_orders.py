# `&` and `-` of sets: the natively compared path and the one asking __eq__ give the
# same elements in the same (CPython's table) order.
a = set(range(0, 40, 3)) | {"x", "yy", 2.5, None, (1, 2)}
b = set(range(0, 40, 2)) | {"yy", (1, 2), 3.0}
print(sorted(map(repr, a & b)), sorted(map(repr, a - b)))
print(list(set(range(100)) & set(range(50, 150)))[:8], list(set(range(100)) - set(range(3, 100)))[:5])
s = set(range(100)); s.difference_update(range(50)); s.add(130)
print(list(s)[:3], list(s & set(range(45, 60)))[:4], list(s - {51, 52})[:4])
fa = frozenset("abcdef") & set("defgh")
print(type(fa).__name__, sorted(fa), type(set("ab") - frozenset("a")).__name__)
print(set() & {1}, {1} - set(), {1, 2} & {1, 2}, (lambda z: z - z)({1, 2}))

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"K{self.v}"

left = {Key(1), Key(2), 5}
right = {Key(2), 5, 7}
print(sorted(map(repr, left & right)))
print(sorted(map(repr, left - right)))
print(len({1, 2, 3} & {1.0, 2.0, True}), {1, 2} - {1.0}, {0} & {False, -0.0})
nan = float("nan")
print(len({1, "1"} - {"1"}), len({nan, 1} & {1}))
