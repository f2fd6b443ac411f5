# list.extend appends an iterator's items as it goes (an iterator over the list itself
# sees what was added), copies a list or tuple first, and the collector still sees a
# cycle closed by an extend; each as CPython 3.11.
import gc

L = [1, 2]
L.extend(x for x in L if len(L) < 10)
print(L)
M = [1, 2]
M.extend(M)
print(M)


def counted():
    for i in range(3):
        print("  producing", i, "len", len(N))
        yield i


N = []
N.extend(counted())
print(N)


def cycle_by_extend():
    a = list("ab")
    a.extend(iter([a]))


gc.collect()
cycle_by_extend()
print("collected", gc.collect())
