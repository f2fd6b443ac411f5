# generators: next, send, throw, close, yield from with return values, StopIteration.
def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
    return "done"

g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(count_up(4)), sum(count_up(5)))

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")

g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
print("closed")
g = guarded()
next(g)
g.close()
print(list(guarded()))

def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    return "outer-result"

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
import itertools
print(list(itertools.islice(fib(), 5, 10)))

def closing():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = closing()
next(c)
c.close()
e = (i for i in range(2))
print(next(e), next(e), next(e, "exhausted"))
def early():
    return 5
    yield
print(list(early()))
def delegating_throw():
    try:
        yield from guarded()
    except KeyError:
        print("never")
dt = delegating_throw()
print(next(dt), dt.throw(ValueError("via yield from")))
dt.close()
