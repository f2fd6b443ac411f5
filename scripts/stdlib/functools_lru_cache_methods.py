# lru_cache: wrappers bind as methods, typed=True keys by type, CPython's key for one
# exact int or str, cache_parameters, and the wrapper's repr.
import functools
@functools.lru_cache(maxsize=3)
def sq(n): return n * n
for n in [1, 2, 1, 3, 4, 1]: sq(n)
print(sq.cache_info(), sq.cache_parameters())
@functools.lru_cache(typed=True)
def ident(x): return (type(x).__name__, x)
print(ident(3), ident(3.0), ident(True), ident.cache_info(), ident.cache_parameters())
@functools.lru_cache(maxsize=None, typed=False)
def ident2(x, *, k=0): return (type(x).__name__, x, k)
print(ident2(3), ident2(3.0), ident2(1, k=1), ident2(1.0, k=1.0), ident2.cache_info(), ident2.cache_parameters())
@functools.lru_cache(None, True)
def t(a, b=2): return (a, b)
print(t(1), t(1.0), t(1, b=2.0), t.cache_info(), t.cache_parameters())
@functools.lru_cache
def plain(x): return x
@functools.cache
def forever(x): return x
print(plain.cache_parameters(), forever.cache_parameters(), plain(1), forever(2))
try:
    functools.lru_cache(maxsize="x")
except TypeError as e:
    print(e)
class K:
    @functools.lru_cache(maxsize=2, typed=True)
    def m(self, x): return x * 2
k = K(); print(k.m(2), k.m(2.0), K.m.cache_info(), K.m.cache_parameters())
class K2:
    @functools.lru_cache
    def a(self, x): return x * 2
    @functools.cache
    def b(self, x): return x * 3
k2 = K2()
print(K2.a(k2, 2), k2.a(2), k2.b(2), k2.a.__self__ is k2, type(k2.a).__name__, K2.a.cache_info())
import re
print(re.fullmatch(r"<functools\._lru_cache_wrapper object at 0x[0-9a-f]+>", repr(K2.a)) is not None)
