# the iterator protocol: custom iterators, iter() with sentinel, exhaustion, zip/map laziness.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(3)), [n * 2 for n in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "empty"), list(c))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), 2 in r, max(r))

it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))
data = [3, 2, 1, 0]
print(list(iter(lambda: data.pop(), 1)))
def lazy(tag, values):
    for v in values:
        print(f"  {tag} yields {v}")
        yield v
m = map(lambda x: x * 10, lazy("src", [1, 2]))
print("map created")
print(list(m))
z = zip(lazy("left", [1, 2, 3]), lazy("right", "ab"))
print(list(z))
e = enumerate(lazy("e", "xy"), 1)
print(next(e))
print(next(e))
words = iter("one two three".split())
for w in words:
    if w == "one":
        print("skipping", next(words))
    else:
        print("word", w)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__, type(iter(d.items())).__name__, type(iter(range(1))).__name__)
print(list(reversed(range(1, 4))), sorted(Countdown(3)), tuple(Countdown(1)), set(Countdown(3)))
a, b, *c = Countdown(5)
print(a, b, c)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
