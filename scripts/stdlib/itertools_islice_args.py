# itertools.islice and zip_longest are classes made natively: islice's indices read as
# CPython reads them (None, ints, __index__, bools; the three ValueErrors, checked before
# the iterable is made an iterator), zip_longest's one keyword, subclasses, and reuse in
# a loop.
import itertools as it


def show(label, f):
    try:
        r = f()
        print(label, list(r) if isinstance(r, (it.islice, it.zip_longest)) else r)
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class BadIdx:
    def __index__(self):
        raise KeyError("bad")


L = list(range(10))
show("no args", lambda: it.islice())
show("one arg", lambda: it.islice(L))
show("five args", lambda: it.islice(L, 1, 2, 3, 4))
show("keyword", lambda: it.islice(L, stop=1))
show("not iterable", lambda: it.islice(5, 1))
show("not iterable, bad stop", lambda: it.islice(5, -1))
show("stop -1", lambda: it.islice(L, -1))
show("stop -5", lambda: it.islice(L, -5))
show("stop str", lambda: it.islice(L, "a"))
show("stop float", lambda: it.islice(L, 1.0))
show("stop None", lambda: it.islice(L, None))
show("stop True", lambda: it.islice(L, True))
show("stop Idx", lambda: it.islice(L, Idx(3)))
show("stop BadIdx", lambda: it.islice(L, BadIdx()))
show("stop huge", lambda: it.islice(L, 2**70))
show("start str", lambda: it.islice(L, "a", 3))
show("start -1", lambda: it.islice(L, -1, 3))
show("start huge", lambda: it.islice(L, 2**70, 3))
show("start None", lambda: it.islice(L, None, 3))
show("start Idx", lambda: it.islice(L, Idx(2), 5))
show("step 0", lambda: it.islice(L, 0, 5, 0))
show("step -1", lambda: it.islice(L, 0, 5, -1))
show("step str", lambda: it.islice(L, 0, 5, "a"))
show("step None", lambda: it.islice(L, 0, 5, None))
show("step 3", lambda: it.islice(L, 1, None, 3))
show("all None", lambda: it.islice(L, None, None, None))
show("bad start and stop", lambda: it.islice(L, -3, -1))
show("bad start and step", lambda: it.islice(L, -3, 1, 0))
print(type(it.islice(L, 1)) is it.islice, it.islice.__name__, it.zip_longest.__name__)
print([list(it.islice(L, i, i + 2)) for i in range(0, 10, 4)])
show("zl keyword", lambda: it.zip_longest(L, x=1))
show("zl two keywords", lambda: it.zip_longest(L, fillvalue=1, x=2))
show("zl not iterable", lambda: it.zip_longest(L, 5))
show("zl none", lambda: it.zip_longest())
show("zl fill", lambda: it.zip_longest("ab", "c", fillvalue="-"))


class MySlice(it.islice):
    pass


ms = MySlice("abcdef", 1, None, 2)
print(type(ms).__name__, list(ms))
