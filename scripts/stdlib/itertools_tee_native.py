# itertools.tee (native): copies over one source sharing a buffer, read in any order
# and past the buffer's links (57 items each), __copy__ and _tee(), a tee of a tee,
# n=0 and n=1, the source asked once per item, its exceptions, re-entry, argument
# errors (cycles through the copies: scripts/gc/iterator_and_dict_tracking.py).
import copy
import itertools as it


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = it.tee(range(10))
print(type(a).__name__, type(a).__module__, type(a) is type(b), a is not b, iter(a) is a)
print(next(a), next(a), list(b), list(a), list(a), list(b))
a, b, c = it.tee(range(200), 3)
print(sum(a), [next(b) for _ in range(120)][-3:], sum(c), sum(b))
a, b = it.tee(iter(range(300)))
xs = []
for i in range(300):
    xs.append(next(a))
    if i % 3 == 0:
        xs.append(next(b))
print(len(xs), sum(xs), list(b)[-2:], list(a))
print(it.tee([1, 2], 0), len(it.tee([1, 2], 1)), list(it.tee("ab", 1)[0]))

x, y = it.tee([1, 2, 3])
c = copy.copy(x)
next(x)
print(list(c), list(x), list(y), list(x.__copy__()))
x, y = it.tee("abc")
z = type(x)(x)
w = type(x)("xy")
next(x)
print(list(z), list(x), list(w), list(y))
p, q = it.tee(x)
print(p is x, q is x)


class Loud:
    def __init__(self, n, fail_at=None):
        self.n, self.i, self.fail_at = n, 0, fail_at

    def __iter__(self):
        return self

    def __next__(self):
        print("source", self.i)
        if self.i == self.fail_at:
            self.i += 1
            raise KeyError("source fails")
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


a, b = it.tee(Loud(3))
print(next(a), next(b), next(b), next(a))
print(list(a), list(b))
a, b = it.tee(Loud(4, fail_at=1))
print(next(a))
show("error", lambda: next(b) + next(b))
print(list(a), list(b))


class Copyable:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)

    def __copy__(self):
        print("__copy__ called")
        c = Copyable()
        c.items = list(self.items)
        return c


src = Copyable()
t = it.tee(src, 3)
print(t[0] is src, [type(x).__name__ for x in t], [list(x) for x in t])


class Reenter:
    def __iter__(self):
        return self

    def __next__(self):
        return next(tees[0])


tees = it.tee(Reenter())
show("re-enter", lambda: next(tees[0]))
show("re-enter other", lambda: next(tees[1]))

show("tee()", lambda: it.tee())
show("tee 3 args", lambda: it.tee([1], 2, 3))
show("tee kw", lambda: it.tee([1], n=2))
show("tee negative", lambda: it.tee([1], -1))
show("tee str n", lambda: it.tee([1], "a"))
show("tee huge n", lambda: it.tee([1], 2**70))
show("tee int", lambda: it.tee(5))
show("_tee()", lambda: type(a)())
show("_tee int", lambda: type(a)(5))
show("_tee kw", lambda: type(a)([1], x=1))
