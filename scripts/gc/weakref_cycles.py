# Weak references to objects freed by the collector die, and their callbacks run during
# the collection.
import gc
import weakref


class Node:
    pass


n = Node()
n.me = n
r = weakref.ref(n, lambda ref: print("callback: referent gone", ref() is None))
del n
print("before collect", r() is not None)
print("collected", gc.collect())
print("after collect", r() is None)

a = Node()
b = Node()
a.b = b
b.a = a
ws = weakref.WeakSet([a, b])
print(len(ws))
del a, b
gc.collect()
print(len(ws))

cache = weakref.WeakValueDictionary()
v = Node()
v.self_ref = v
cache["k"] = v
del v
gc.collect()
print("k" in cache)
