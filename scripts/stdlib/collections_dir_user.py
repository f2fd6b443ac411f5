# collections lists UserDict, UserList and UserString (and abc) among its names before
# they are first used, and hands them out as attributes.
import collections

names = dir(collections)
print([n for n in ("UserDict", "UserList", "UserString", "abc", "deque", "namedtuple")
       if n in names])
print(names == sorted(names))
print(sorted(n for n in names if not n.startswith("_")) ==
      sorted(set(n for n in names if not n.startswith("_"))))
print(collections.UserDict.__name__, collections.UserList.__module__)
d = collections.UserDict(a=1)
print(d, isinstance(d, collections.abc.MutableMapping))
print(collections.UserString("abc").upper(), collections.UserList([3, 1, 2]).sort() is None)
from collections import UserDict, UserList, UserString
print(UserDict is collections.UserDict, UserList is collections.UserList,
      UserString is collections.UserString)
print(all(hasattr(collections, n) for n in collections.__all__))
try:
    collections.NoSuchName
except AttributeError as e:
    print("AttributeError", e)
