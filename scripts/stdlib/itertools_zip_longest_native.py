# itertools.zip_longest (native): uneven lengths, fill values, no and one iterable,
# the order in which the iterators are asked (an exhausted one is never asked again),
# an exception from an iterator, and iterators that are generators.
from itertools import zip_longest


class Loud:
    def __init__(self, name, n):
        self.name, self.n, self.i = name, n, 0

    def __iter__(self):
        return self

    def __next__(self):
        print("next", self.name, self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.name * self.i


print(list(zip_longest("abc", [1, 2], range(4), fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("xy")), list(zip_longest([], [])))
print(list(zip_longest(Loud("a", 1), Loud("b", 3), Loud("c", 0))))
print(list(zip_longest(iter([1, 2]), fillvalue=None)))


def gen(n):
    for i in range(n):
        yield i * i


z = zip_longest(gen(3), gen(5), fillvalue=0)
print(next(z), list(z), list(z))


def bad():
    yield 1
    raise ValueError("boom")


z = zip_longest(bad(), [10, 20, 30])
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError", e)
print(list(z))
try:
    zip_longest(1, [2])
except TypeError as e:
    print("TypeError", e)
t = 0
for a, b in zip_longest(range(100000), range(50000), fillvalue=1):
    t += a * b
print(t, sum(1 for _ in zip_longest(range(10), range(20), range(5))))
pairs = list(zip_longest([1, 2, 3], "ab"))
print(pairs, len(set(map(id, pairs))) == 3)
