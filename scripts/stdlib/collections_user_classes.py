# collections.UserDict / UserList / UserString: wrappers over self.data whose subclasses
# override one method and have the inherited ones go through it.
import collections
from collections import UserDict, UserList, UserString
import copy


class LoggedDict(UserDict):
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


d = LoggedDict({"a": 1}, b=2)
print(d, len(d), "a" in d, d["a"], d.get("b"), d.get("zz", 0))
d.update(c=3)
print(sorted(d.items()), list(d), d.data)
print(d.pop("c"), d.setdefault("e", 5), d)
print(UserDict, type(d).__mro__[1:3])
print(UserDict.fromkeys("xy", 0), UserDict(a=1) | {"b": 2}, {"z": 0} | UserDict(a=1))
u = UserDict(a=1)
u |= {"q": 9}
print(u, u == {"a": 1, "q": 9}, isinstance(u, collections.abc.MutableMapping))
c = d.copy()
print(type(c).__name__, c, c is not d, c.data is not d.data)
print(copy.copy(u), copy.deepcopy(u))


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()["ab"])
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)

ul = UserList([3, 1, 2])
ul.append(0)
ul.extend(UserList([9]))
ul.sort()
print(ul, ul[1:3], type(ul[1:3]).__name__, ul[0], len(ul), 9 in ul)
print(ul + [5], [5] + ul, ul * 2, 2 * UserList([1]), ul == [0, 1, 2, 3, 9], ul < [1])
ul += (7,)
ul *= 1
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(2), ul)
ul.insert(0, "x")
ul.remove("x")
ul.reverse()
print(ul, ul.copy(), type(ul.copy()).__name__, list(reversed(ul)))
del ul[0]
ul[0] = 42
print(ul, copy.copy(ul))
try:
    hash(ul)
except TypeError as e:
    print("TypeError", e)
print(UserList(), UserList("abc"), UserList(UserList([1])))

s = UserString("Hello, World")
print(s, repr(s), len(s), s[0], type(s[0]).__name__, s[::-1], "World" in s)
print(s.upper(), s.lower().title(), s.split(", "), s.replace("l", "L", 2), s.find("o"))
print(s + "!", "> " + s, s * 2, s == "Hello, World", s < "Z", hash(s) == hash("Hello, World"))
print(s.center(16, "*"), s.zfill(14), s.strip("Hd"), s.startswith("He"), s.count("l"))
print(UserString("%s-%s") % (1, 2), UserString(42), int(UserString("7")) + 1, float(UserString("1.5")))
print(s.encode(), s.isalpha(), UserString("abc").isalpha(), s.partition(","), s.join("ab"))
print(type(s.upper()).__name__, sorted(UserString("cab")), s.index("W"), s.rfind("o"))


class Shout(UserString):
    def upper(self):
        return Shout(self.data.upper() + "!")


print(Shout("hi").upper(), type(Shout("hi")[0]).__name__)
print(collections.UserDict is UserDict, "UserList" in collections.__all__)
try:
    collections.NoSuchThing
except AttributeError as e:
    print("AttributeError", e)
