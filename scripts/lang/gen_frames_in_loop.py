# Generators and coroutines resumed, suspended and finished inside the dispatch loop:
# `for` over generators, `yield from` chains, `await` chains, return values, errors,
# recursion limits, closing, and the generator state seen from inside and outside.
import inspect
import sys


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("leaf got", got)
    return n * 10


def middle(n):
    r = yield from leaf(n)
    print("middle: leaf returned", r)
    r2 = yield from leaf(1)
    return r + r2


def top(n):
    total = yield from middle(n)
    print("top: middle returned", total)
    return total


print(list(top(3)))
for x in top(2):
    print("for got", x)
    if x == 1:
        break

g = top(3)
print(next(g), g.send("a"), g.send("b"))
try:
    while True:
        next(g)
except StopIteration as e:
    print("StopIteration value", e.value)


def state_probe():
    g = yield inspect.getgeneratorstate(me[0])
    yield "after"


me = [None]
me[0] = state_probe()
for s in me[0]:
    print("state inside:", s, "outside:", inspect.getgeneratorstate(me[0]))
print("state at the end:", inspect.getgeneratorstate(me[0]))


def raiser(n):
    yield n
    raise ValueError(f"bad {n}")


def delegate(n):
    try:
        yield from raiser(n)
    except ValueError as e:
        print("delegate caught", e)
        yield -1
    yield from raiser(n + 1)


try:
    for v in delegate(5):
        print("value", v)
except ValueError as e:
    print("caller caught", e)


def with_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", tag)


for v in with_finally("broken loop"):
    print("v", v)
    break
print("after the broken loop")


def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)


print(list(deep(50)))


def endless(n):
    yield from endless(n + 1)


try:
    for _ in endless(0):
        pass
except RecursionError:
    print("RecursionError from a yield-from chain")


def defaults(a, b=2):
    yield a + b


print(list(defaults(1)), list(defaults(1, 5)), list(defaults(b=3, a=4)))


def closure_gen(k):
    def inner(n):
        for i in range(n):
            yield i * k
    return inner


print(list(closure_gen(3)(4)))


def return_in_for():
    for a in leaf(3):
        for b in leaf(2):
            if a == 2:
                return (a, b)
    return None


print(return_in_for())


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield from range(self.n)
        yield from (x * 2 for x in range(self.n))


print(sum(Counter(4)), list(Counter(3)))


async def afib(n):
    if n < 2:
        return n
    return await afib(n - 1) + await afib(n - 2)


async def araiser():
    await afib(3)
    raise KeyError("inner")


async def amain():
    print("afib", await afib(15))
    try:
        await araiser()
    except KeyError as e:
        print("awaited error", repr(e))
    return "done"


def drive(co, *values):
    """Resume a coroutine by hand with each value; show what it yields or returns."""
    for v in values:
        try:
            print("yielded", co.send(v))
        except StopIteration as e:
            print("returned", e.value)
            return
        except RuntimeError as e:
            print("RuntimeError:", e)
            return


drive(amain(), None)
import asyncio

print(asyncio.run(amain()))


class Awaitable:
    def __await__(self):
        x = yield "suspended"
        return x * 2


async def uses_awaitable():
    return await Awaitable() + 1


drive(uses_awaitable(), None, 20)
co = afib(2)
drive(co, None)
drive(co, None)
print(sys.getrecursionlimit() > 100)
