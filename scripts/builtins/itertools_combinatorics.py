# itertools' combinatoric iterators (native in coro): orders, sizes, argument errors,
# types and laziness, against CPython.
import itertools as it

print(list(it.combinations("ABCD", 2)))
print(list(it.combinations(range(5), 3))[:4], len(list(it.combinations(range(10), 4))))
print(list(it.combinations_with_replacement("ABC", 2)))
print(list(it.product("ab", range(3))), list(it.product("ab", repeat=2)))
print(list(it.product()), list(it.product([], [1])), list(it.product([1], repeat=0)))
print(list(it.combinations([], 0)), list(it.combinations([1], 2)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 2)))
print(list(it.permutations("abc", 2)), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(sum(1 for _ in it.combinations(range(30), 4)), sum(1 for _ in it.product(range(40), repeat=3)))
print(next(it.islice(it.combinations(range(20), 5), 1000, None)))
print(next(it.islice(it.product(range(10), repeat=4), 4321, None)))
print(list(it.islice(it.combinations_with_replacement(range(4), 3), 5, 9)))
for f in (it.combinations, it.combinations_with_replacement):
    for r in (-1, "2", 2.0, 2**70, None):
        try:
            print(list(f("abc", r)))
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)

class Idx:
    def __index__(self):
        return 2
print(list(it.combinations("abc", Idx())))
for args, kw in [((1,), {}), (("ab",), {"repeat": -1}), (("ab",), {"repeat": "x"})]:
    try:
        list(it.product(*args, **kw))
    except (TypeError, ValueError) as e:
        print("product", type(e).__name__, e)
c = it.combinations([[1], [2], [3]], 2)
first = next(c)
first[0].append(9)
print(first, next(c), type(c).__name__, type(it.product("a")).__name__,
      type(it.combinations_with_replacement("a", 1)).__name__)
print(iter(c) is c, list(c), list(c))
calls = []
def gen():
    for i in range(3):
        calls.append(i)
        yield i
p = it.product(gen(), "xy")
print(calls, next(p), calls)
