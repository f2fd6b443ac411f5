# reversed() of dict, list and str subclasses (OrderedDict, Counter, defaultdict among them),
# and the __reversed__ methods dict, list and range have.
for t in (dict, list, tuple, str, range, bytes, bytearray, type({}.keys()), type({}.values()), type({}.items())):
    print(t.__name__, hasattr(t, "__reversed__"))
class L(list): pass
print(list(reversed(L([1, 2, 3]))))
class T(tuple): pass
print(list(reversed(T((1, 2, 3)))))
class S(str): pass
print(list(reversed(S("abc"))))
class D(dict):
    def __reversed__(self): return iter(["custom"])
print(list(reversed(D(a=1))))
class L2(list):
    def __reversed__(self): return iter(["mine"])
print(list(reversed(L2([1]))))
import collections
print(list(reversed(collections.OrderedDict(a=1, b=2))), list(reversed(collections.Counter("aab"))))
print(list(reversed(collections.defaultdict(int, x=1, y=2))))
print(list(range(5).__reversed__()), list(range(0, 10, 3).__reversed__()), list(range(2**70, 2**70 + 3).__reversed__()))
print(list({1: 2, 3: 4}.__reversed__()), list([1, 2].__reversed__()))
