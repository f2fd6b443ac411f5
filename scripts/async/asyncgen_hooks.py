# sys.set_asyncgen_hooks / sys.get_asyncgen_hooks without an event loop: firstiter is
# called on the first step, the finalizer current then is called instead of closing an
# unfinished generator that is dropped; without a finalizer, a dropped generator is
# closed (its finally runs).
import gc
import sys


async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, h.firstiter, h[1], len(h), tuple(h))
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(sys.get_asyncgen_hooks())

kept = []


def first(g):
    print("firstiter", g.__qualname__)


def fin(g):
    print("finalizer", g.__qualname__)
    kept.append(g)


sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first)
g = agen("x")
print("made")
print("yielded", step(g.asend(None)))
print("yielded", step(g.__anext__()))
del g
print("after del", len(kept))
step(kept.pop().aclose())
print("closed")
# A generator that finished is not handed to the finalizer.
done = agen("done")
step(done.__anext__())
step(done.aclose())
del done
print("finished one dropped")
# The finalizer is the one current at the first step.
early = agen("early")
step(early.__anext__())
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is first)
del early
print("after del early", len(kept))
step(kept.pop().aclose())
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
never = agen("never started")
del never
print("never started dropped")
late = agen("no hooks")
print("yielded", step(late.asend(None)))
del late
print("in a cycle:")
sys.set_asyncgen_hooks(finalizer=fin)


async def in_cycle(box):
    try:
        yield len(box)
    finally:
        print("cycle finally")


box = []
cyc = in_cycle(box)
box.append(cyc)
step(cyc.__anext__())
del cyc, box
gc.collect()
print("after collect", len(kept))
step(kept.pop().aclose())
sys.set_asyncgen_hooks(finalizer=None)
print("end")
