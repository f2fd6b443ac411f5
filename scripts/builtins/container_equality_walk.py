# List and dict equality walk their items as they go: a comparison that empties a
# container is seen, deep nesting is a RecursionError, errors in __eq__ propagate.
# equality of lists and dicts: mutation during comparison, recursion, NaN, subclasses
class Evil:
    def __init__(self, victim): self.victim = victim
    def __eq__(self, other):
        self.victim.clear()
        return True
a = []; a.extend([Evil(a), 1, 2])
b = [0, 1, 2]
print(a == b, len(a))
a = [1, 2, 3]; b = [1, 2, 3]
print(a == b, a != b, [1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] == [1, [2, 4]])
d1 = {"x": [1, 2.5, "s", None, {"y": True}]}
d2 = {"x": [1, 2.5, "s", None, {"y": True}]}
print(d1 == d2, d1 != d2, {"a": 1} == {"b": 1}, {"a": 1} == {"a": 2}, {} == {})
class D:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.clear()
        return True
x = {}; x["k"] = D(x); x["j"] = 5
y = {"k": 0, "j": 5}
try:
    print(x == y)
except RuntimeError as e:
    print("RuntimeError", e)
deep1 = deep2 = None
for _ in range(100000):
    deep1 = {"a": deep1}
    deep2 = {"a": deep2}
try:
    print(deep1 == deep2)
except RecursionError as e:
    print("RecursionError", e)
l1 = l2 = None
for _ in range(100000):
    l1 = [l1]; l2 = [l2]
try:
    print(l1 == l2)
except RecursionError as e:
    print("RecursionError", e)
class L(list): pass
print(L([1, 2]) == [1, 2], [1, 2] == L([1, 2]))
class K(dict): pass
print(K(a=1) == {"a": 1})
class Bad:
    def __eq__(self, o): raise ValueError("no")
try:
    [Bad()] == [Bad()]
except ValueError as e:
    print("ValueError", e)
try:
    {1: Bad()} == {1: Bad()}
except ValueError as e:
    print("ValueError", e)
