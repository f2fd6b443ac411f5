# hash(frozenset) is computed once and kept (CPython caches it in the object); a frozenset
# of a frozenset is the same object; the hash follows CPython's algorithm exactly.
F = frozenset(range(1000))
print(frozenset(F) is F, hash(F) == hash(frozenset(F)), hash(F))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset({-1, -2, 2**70})))
s = {1, 2}
f = frozenset(s)
h = hash(f)
s.add(3)                       # the source set changing does not touch the copy
print(f, hash(f) == h, hash(frozenset(s)) == hash(frozenset({1, 2, 3})))


class Sub(frozenset):
    pass


g = Sub(F)
print(type(g).__name__, g is F, hash(g) == hash(F), g == F)
print(frozenset(g) is g, type(frozenset(g)).__name__)
d = {F: 'a', frozenset([1, 2, 3]): 'b'}
print(d[frozenset(range(999, -1, -1))], d[frozenset({3, 2, 1})])
# Equal frozensets built in different orders hash alike.
print(hash(frozenset('abc')) == hash(frozenset('cba')), hash(frozenset([(1, 2), 3.5])))
