# itertools.chain, repeat, cycle, accumulate, starmap, takewhile, dropwhile,
# filterfalse, compress and pairwise (native): results, laziness (chain makes each
# iterable an iterator only when reached; the others take the iterator at the call),
# the order in which sources and callbacks are asked, exceptions from them, reprs,
# __length_hint__, subclasses and interplay with islice.
import itertools as it
import operator


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Loud:
    def __init__(self, name, n, fail_at=None):
        self.name, self.n, self.i, self.fail_at = name, n, 0, fail_at

    def __iter__(self):
        print("iter", self.name)
        return self

    def __next__(self):
        print("next", self.name, self.i)
        if self.i == self.fail_at:
            self.i += 1
            raise KeyError(self.name)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


# chain
print(list(it.chain()), list(it.chain([])), list(it.chain("ab", [1], (), range(3))))
c = it.chain(Loud("a", 1), Loud("b", 2))
print("made chain")
print(list(c), list(c))
c = it.chain.from_iterable(["xy", [], "z"])
print(next(c), list(c))


def outer():
    print("outer start")
    yield [1, 2]
    print("outer middle")
    yield [3]


c = it.chain.from_iterable(outer())
print("made from_iterable")
print(next(c), next(c), next(c))
show("exhausted", lambda: next(c))
c = it.chain([1], 5, [2])
print(next(c))
show("non-iterable", lambda: next(c))
print(list(c))
c = it.chain(Loud("f", 3, fail_at=1), [9])
print(next(c))
show("error", lambda: next(c))
print(list(c))

# repeat
r = it.repeat("x", 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(it.repeat([1, 2])), repr(it.repeat(None, -4)), list(it.repeat(1, 0)))
print(list(it.islice(it.repeat(7), 4)), list(zip(range(3), it.repeat("k"))))
print(repr(it.repeat(object="o", times=True)), list(map(pow, range(5), it.repeat(2))))


class Idx:
    def __index__(self):
        return 2


print(list(it.repeat("i", Idx())))
show("length_hint forever", lambda: it.repeat(1).__length_hint__())
import operator as op
print(op.length_hint(it.repeat(1, 5)), op.length_hint(it.repeat(1), 11))

# cycle
print(list(it.islice(it.cycle("abc"), 8)), list(it.cycle([])), list(it.cycle(iter([]))))
cy = it.cycle(Loud("c", 2))
print([next(cy) for _ in range(5)])
cy = it.cycle(Loud("e", 3, fail_at=1))
print(next(cy))
show("cycle error", lambda: next(cy))
print([next(cy) for _ in range(4)])

# accumulate
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate("abc")), list(it.accumulate([], initial=None)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], func=lambda a, b: a * 10 + b, initial=0)))
print(list(it.accumulate(iterable=[1.5, 2])), list(it.accumulate([[1], [2]])))
acc = it.accumulate([1, "a", 2])
print(next(acc))
show("accumulate error", lambda: next(acc))
print(list(acc))

# starmap
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(max, ["ab", [3, 1]])))
print(list(it.starmap(lambda *a: a, [(), (1,), [1, 2]])))
sm = it.starmap(len, [1])
show("starmap non-iterable item", lambda: next(sm))
show("starmap not callable", lambda: next(it.starmap(5, [(1,)])))

# takewhile, dropwhile, filterfalse
src = iter([1, 4, 6, 4, 1])
tw = it.takewhile(lambda x: x < 5, src)
print(list(tw), list(tw), list(src))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(bool, [])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", [], [0]])))
print(list(it.filterfalse(bool, [0, 1, None, 2])))


def noisy(x):
    print("pred", x)
    if x == "boom":
        raise ValueError("bad item")
    return x < 3


print(list(it.takewhile(noisy, [1, 2, 3, 4])))
print(list(it.dropwhile(noisy, [1, 2, 3, 1])))
dw = it.dropwhile(noisy, [1, "boom", 2, 5])
show("dropwhile error", lambda: next(dw))
print(list(dw))
ff = it.filterfalse(noisy, [5, "boom", 1, 7])
print(next(ff))
show("filterfalse error", lambda: next(ff))
print(list(ff))

# compress
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress("AB", [1, 1, 1, 1])))
print(list(it.compress("ABCD", [0, 1])), list(it.compress(range(10), it.cycle([True, False]))))
print(list(it.compress(Loud("d", 3), Loud("s", 2))))

# pairwise
print(list(it.pairwise([])), list(it.pairwise([1])), list(it.pairwise([1, 2])), list(it.pairwise("abcd")))
pw = it.pairwise(Loud("p", 3))
print(list(pw), list(pw))
print([a + b for a, b in it.pairwise(range(6))])

# islice over them, and them over islice
print(list(it.islice(it.chain("ab", "cd"), 1, None, 2)), list(it.chain(it.islice("abcdef", 2), "z")))
print(list(it.islice(it.accumulate(it.count()), 5)), list(it.islice(it.pairwise(it.count()), 3)))

# types, classes, subclasses
for obj in [it.chain(), it.repeat(1), it.cycle(""), it.accumulate([]), it.starmap(len, []),
            it.takewhile(len, []), it.dropwhile(len, []), it.filterfalse(len, []),
            it.compress([], []), it.pairwise([])]:
    print(type(obj).__name__, type(obj).__module__, iter(obj) is obj, isinstance(obj, type(obj)),
          repr(obj).startswith("<itertools." + type(obj).__name__) or repr(obj))


class MyChain(it.chain):
    def extra(self):
        return "extra"


mc = MyChain([1, 2], [3])
print(type(mc).__name__, mc.extra(), next(mc), list(mc), isinstance(mc, it.chain))
mf = MyChain.from_iterable(["ab"])
print(type(mf).__name__, list(mf))


class Count2(it.count):
    pass


c2 = Count2(10, 5)
print(type(c2).__name__, next(c2), next(c2), list(it.islice(c2, 2)))


class Rep(it.repeat):
    pass


rp = Rep("r", 2)
print(type(rp).__name__, list(rp), rp.__length_hint__())
print(it.chain.__next__(it.chain([5])), it.repeat.__iter__(it.repeat(1, 1)).__length_hint__())
show("__next__ arg", lambda: it.chain([1]).__next__(1))
show("__iter__ arg", lambda: it.chain([1]).__iter__(1))
