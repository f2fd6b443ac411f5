# dict methods and insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d)
print(d.pop("a"), d.pop("zz", "default"), d)
d.setdefault("d", []).append(1)
d.setdefault("d", []).append(2)
print(d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
del d["b"]
print(d, d.popitem(), d)
d["c"] = "moved?"
print(list(d))
copy = d.copy()
copy["new"] = 1
print(len(d), len(copy))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])))
print({k: v for k, v in [("one", 1), ("two", 2)]}, {**{"a": 1}, "b": 2, **{"a": 3}})
print({"x": 1} | {"y": 2}, {1: "int", 1.0: "float", True: "bool"})
m = {"a": 1}
m |= {"b": 2}
print(m, m == {"b": 2, "a": 1})
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
for k, v in counts.items():
    if v > 1:
        print(k, v)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
print(repr({}), {(1, 2): None}, {None: 0, 0: None})
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in counts:
        counts["zzz"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
keys = d.keys()
d["late"] = 1
print(keys, "late" in keys, reversed(list(d.items())).__class__.__name__, list(reversed(d)))
