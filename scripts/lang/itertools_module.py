# itertools: chain, product, permutations, combinations, groupby, accumulate, islice, count,
# cycle, repeat, zip_longest, takewhile, dropwhile, starmap, pairwise, compress.
import itertools as it
import operator
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 2)))
for key, group in it.groupby("aaabccdaa"):
    print(key, list(group))
people = [("ann", "dev"), ("bob", "dev"), ("cy", "ops")]
print({k: [p[0] for p in g] for k, g in it.groupby(people, key=operator.itemgetter(1))})
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("r", 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise([1, 2, 3, 4])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.islice("abcdefg", 1, None, 2)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
