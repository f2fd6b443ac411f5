# A generator keeps the exception its own except block handles (CPython's gi_exc_state):
# while it is suspended its resumer sees its own, a throw() is chained to the
# generator's, and asyncio tasks suspended in an except block do not leak theirs.
import sys
def g():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        print("resumed sees", repr(sys.exception()))
        yield 2
it = g()
print(next(it))
print("caller sees", repr(sys.exception()))
try:
    raise ValueError("outer")
except ValueError:
    print(next(it))
    print("caller in except sees", repr(sys.exception()))
print("after", repr(sys.exception()))
import sys, asyncio
def show(tag):
    print(tag, repr(sys.exception()))
def inner():
    show("inner start")
    try:
        raise KeyError("inner")
    except KeyError:
        yield "i1"
        show("inner resumed")
    yield "i2"
    show("inner after handler")
def outer():
    try:
        raise ValueError("outer")
    except ValueError:
        yield from inner()
        show("outer after yield from")
    show("outer end")
    yield "o"
for tag, ctx in (("plain", None), ("in except", TypeError("caller"))):
    g = outer()
    if ctx is None:
        for v in g:
            show(f"{tag} got {v}")
    else:
        try:
            raise ctx
        except TypeError:
            for v in g:
                show(f"{tag} got {v}")
def thrower():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            yield 1
        except ZeroDivisionError as e:
            print("caught thrown", repr(e), "context", repr(e.__context__))
            show("in thrown handler")
        show("after thrown handler")
        yield 2
g = thrower()
next(g)
try:
    raise TypeError("t")
except TypeError:
    print(g.throw(ZeroDivisionError("z")))
show("top")
def closer():
    try:
        raise KeyError("c")
    except KeyError:
        try:
            yield 1
        finally:
            show("finally on close")
g = closer(); next(g)
g.close()
show("after close")
def raiser():
    try:
        raise KeyError("r")
    except KeyError:
        yield 1
        raise RuntimeError("from handler")
g = raiser(); next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e), "context", repr(e.__context__))
show("after raiser")
async def worker(n):
    try:
        raise KeyError(n)
    except KeyError:
        await asyncio.sleep(0.01 * n)
        show(f"worker {n}")
        try:
            raise ValueError(n)
        except ValueError as e:
            print("worker", n, "context", repr(e.__context__))
async def plain(n):
    await asyncio.sleep(0.02)
    show(f"plain {n}")
async def main():
    await asyncio.gather(worker(1), worker(3), plain(2))
    show("main")
asyncio.run(main())
