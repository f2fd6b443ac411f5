# Keys and items views on the right of a set operator (a set, frozenset, list on the
# left), and ordered against sets and views (subset and superset tests), as CPython's
# reflected view operators do; `del x[i]` messages for types that cannot delete items.
d = {"a": 1, "b": 2}
s = {"a", "z"}
for left, right in [(s, d.keys()), (d.keys(), s), (frozenset({"b"}), d.keys()),
                    ({("a", 1)}, d.items()), (d.keys(), ["a", "q"]), (["a"], d.keys()),
                    (s, d.values()), (("a",), d.keys())]:
    for op in ["&", "|", "-", "^"]:
        try:
            r = eval(f"left {op} right")
            print(op, type(r).__name__, sorted(r, key=repr))
        except TypeError as e:
            print(op, "TypeError:", e)
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys(), d.keys() <= {"a", "b", "c"},
      {"a"} < d.keys(), d.items() >= {("a", 1)}, d.keys() > d.keys(), d.keys() >= d.keys())
for left, right in [(d.keys(), ["a"]), (d.values(), {1}), (d.keys(), 5)]:
    try:
        print(left < right)
    except TypeError as e:
        print("TypeError:", e)
s2 = set(s)
s2 &= d.keys()
s3 = set(s)
s3 |= d.keys()
s4 = set(s)
s4 -= d.keys()
s5 = set(s)
s5 ^= d.keys()
print(s2, sorted(s3), s4, sorted(s5))
grid = {(0, 0): "#", (1, 2): "*"}
print({(r, c) for r in range(2) for c in range(3)} & grid.keys())
for o in [(1,), "abc", 5, range(3), frozenset(), b"x", None, len, 1.5, d.keys()]:
    try:
        del o[0]
    except TypeError as e:
        print(e)
