# types.MappingProxyType: a read-only view of a mapping.
import collections
import types

d = {"a": 1, "b": 2}
m = types.MappingProxyType(d)
print(repr(m), str(m), m == {"a": 1, "b": 2}, m != {}, len(m), "a" in m, "z" in m)
print(m["a"], m.get("a"), m.get("x", 9), list(m), list(reversed(m)), list(m.items()))
print(list(m.keys()), list(m.values()), m.copy(), type(m.copy()).__name__)
print(m | {"c": 3}, {"z": 0} | m, m | types.MappingProxyType({"q": 1}))
d["late"] = 3
print(m["late"], len(m))
print(types.MappingProxyType(collections.OrderedDict(a=1)))
print(types.MappingProxyType("abc")[1])
for bad in ([1], 5, (1,), None):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
for action in (lambda: hash(m), lambda: m | 5):
    try:
        action()
    except TypeError as e:
        print("TypeError", e)
try:
    m["a"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    m["missing"]
except KeyError as e:
    print("KeyError", e)
print(types.MappingProxyType.__name__, types.MappingProxyType.__module__)
print(types.MappingProxyType[str, int])
