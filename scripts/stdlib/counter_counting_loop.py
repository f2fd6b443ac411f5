# Counter(iterable) and Counter.update(iterable) count through the native loop; a
# subclass overriding get or __setitem__ is still asked, as CPython's _count_elements asks.
from collections import Counter, defaultdict, OrderedDict

c = Counter("abracadabra")
print(c, c.most_common(2), list(c))
c.update("aaz")
c.update(x for x in [1, 2, 2, 3.0, 3, True])
print(c)
c.update({"a": 10, "q": -1})
print(c["a"], c["q"], c["missing"], len(c))

class Logged(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

Logged("abca")

class Defaulted(Counter):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

print(Defaulted("xyx"))

class Weird(dict):
    pass
try:
    Counter([[1], [2]])
except TypeError as e:
    print("TypeError:", e)

counts = Counter()
counts.update(["x"] * 3)
counts.update(iter("xy"))
print(counts, counts.total())

c2 = Counter()
try:
    c2.update(5)
except TypeError as e:
    print("TypeError:", e)

class Bad:
    def __hash__(self):
        raise RuntimeError("no hash")
try:
    Counter([Bad()])
except RuntimeError as e:
    print("RuntimeError:", e)

# defaultdict: the missing key comes from __missing__ (dict's own lookup asks it).
d = defaultdict(list)
d["a"].append(1)
d["b"] += [2]
print(d, dict.__getitem__(d, "a"), d.get("zz"), "zz" in d)
n = defaultdict(int)
for w in "the cat the hat the end".split():
    n[w] += 1
print(sorted(n.items()), n.default_factory)
none = defaultdict()
try:
    none["k"]
except KeyError as e:
    print("KeyError:", e)
print(dict.__getitem__(n, "the"), n.__missing__("new"), n["new"])

class Sub(defaultdict):
    def __missing__(self, key):
        return key * 2
s = Sub(int)
print(s["ab"], dict(s))
