# itertools.product, permutations, combinations and combinations_with_replacement are
# classes made natively: their arguments in CPython's words and order (combinations'
# r and product's repeat before the pools, permutations' pool before r), subclasses.
import itertools as it


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, list(r)[:4])
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


show("product kw", lambda: it.product([1], x=1))
show("product repeat str", lambda: it.product([1], repeat="a"))
show("product repeat str, bad pool", lambda: it.product(5, repeat="a"))
show("product repeat -1", lambda: it.product([1], repeat=-1))
show("product repeat huge", lambda: it.product([1], repeat=2**70))
show("product repeat float", lambda: it.product([1], repeat=1.5))
show("product repeat True", lambda: it.product([1, 2], repeat=True))
show("product repeat 0", lambda: it.product([1, 2], repeat=0))
show("product repeat 2", lambda: it.product("ab", [0], repeat=2))
show("product int", lambda: it.product(5))
show("product none", lambda: it.product())
show("product empty pool", lambda: it.product([1], []))
show("permutations()", lambda: it.permutations())
show("permutations r str", lambda: it.permutations([1], "a"))
show("permutations r -1", lambda: it.permutations([1], -1))
show("permutations r huge", lambda: it.permutations([1], 2**70))
show("permutations r None", lambda: it.permutations([1, 2], None))
show("permutations r True", lambda: it.permutations([1, 2], True))
show("permutations r Idx", lambda: it.permutations([1, 2], Idx()))
show("permutations int", lambda: it.permutations(5))
show("permutations int, bad r", lambda: it.permutations(5, "a"))
show("permutations 3 args", lambda: it.permutations([1], 1, 2))
show("permutations keywords", lambda: it.permutations(iterable=[1, 2], r=1))
show("permutations kw x", lambda: it.permutations([1], x=1))
show("permutations r > n", lambda: it.permutations([1, 2], 3))
show("combinations no r", lambda: it.combinations([1]))
show("combinations r str", lambda: it.combinations([1], "a"))
show("combinations r str, bad pool", lambda: it.combinations(5, "a"))
show("combinations r -1", lambda: it.combinations([1], -1))
show("combinations r huge", lambda: it.combinations([1], 2**70))
show("combinations r Idx", lambda: it.combinations("abc", Idx()))
show("combinations int", lambda: it.combinations(5, 1))
show("combinations keywords", lambda: it.combinations(iterable=[1, 2], r=1))
show("combinations 3 args", lambda: it.combinations([1], 1, 2))
show("cwr no r", lambda: it.combinations_with_replacement([1]))
show("cwr r -1", lambda: it.combinations_with_replacement([1], -1))
show("cwr r float", lambda: it.combinations_with_replacement([1], 1.0))
show("cwr keywords", lambda: it.combinations_with_replacement(iterable=[1, 2], r=2))
show("cwr r huge", lambda: it.combinations_with_replacement([1], 2**70))
show("cwr empty pool", lambda: it.combinations_with_replacement([], 2))
for cls in (it.product, it.permutations, it.combinations, it.combinations_with_replacement):
    print(cls.__name__, cls.__module__, isinstance(cls, type))


class MyProduct(it.product):
    pass


mp = MyProduct("ab", repeat=2)
print(type(mp).__name__, list(mp))
