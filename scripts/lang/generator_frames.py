# What a generator, coroutine or async generator says about where it is: the state
# (inspect's getgeneratorstate/getcoroutinestate), what it delegates to (gi_yieldfrom,
# cr_await, ag_await), a frame of it while it is not finished (gi_frame, cr_frame,
# ag_frame: its line and locals) and cr_origin.
import inspect, sys
def g():
    yield 1
    yield 2
x = g()
print(inspect.getgeneratorstate(x))
next(x)
print(inspect.getgeneratorstate(x))
list(x)
print(inspect.getgeneratorstate(x))
async def c(): pass
co = c()
print(inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
def outer():
    yield from g()
o = outer(); next(o)
print(o.gi_yieldfrom is not None, type(o.gi_yieldfrom).__name__)
print(x.gi_frame, o.gi_frame is not None)
print(g.__code__.co_name)
def h(a):
    b = a + 1
    yield b
    yield from g()
hh = h(5)
fr = hh.gi_frame
print(fr.f_lineno, fr.f_code.co_name, sorted(fr.f_locals))
next(hh)
fr = hh.gi_frame
print(fr.f_lineno, fr.f_locals, hh.gi_yieldfrom)
next(hh)
print(hh.gi_frame.f_lineno, type(hh.gi_yieldfrom).__name__, hh.gi_yieldfrom.gi_frame.f_lineno)
for _ in hh: pass
print(hh.gi_frame, hh.gi_yieldfrom)
import asyncio
async def inner():
    await asyncio.sleep(0)
async def main():
    c = inner()
    print(c.cr_await, c.cr_frame.f_lineno, c.cr_origin)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(type(c.cr_await).__name__, c.cr_running, c.cr_suspended)
    await t
    print(c.cr_await, c.cr_frame)
asyncio.run(main())
async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2
ag = agen()
print(ag.ag_await, ag.ag_frame.f_lineno, hasattr(ag, "ag_origin"), hasattr(ag, "ag_suspended"))
