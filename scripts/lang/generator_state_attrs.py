# gi_running/gi_suspended/gi_code (cr_ for coroutines, ag_ for async generators, which
# have no ag_suspended in 3.11), seen from outside and from inside the running frame.
import asyncio


def gen():
    me = yield "first"
    yield (me.gi_running, me.gi_suspended)


g = gen()
print(g.gi_running, g.gi_suspended, g.gi_code.co_name, g.gi_code.co_firstlineno)
print(next(g), g.gi_running, g.gi_suspended)
print(g.send(g))
g.close()
print(g.gi_running, g.gi_suspended, g.gi_code.co_name)
print(hasattr(g, "cr_running"), hasattr(g, "ag_running"))


async def child():
    await asyncio.sleep(0)
    return 1


async def main():
    c = child()
    print(c.cr_running, c.cr_suspended, c.cr_code.co_name, hasattr(c, "gi_running"))
    print(await c, c.cr_running, c.cr_suspended)
    this = asyncio.current_task().get_coro()
    print(this.cr_running, this.cr_suspended)

    async def agen():
        yield 1

    a = agen()
    print(a.ag_running, a.ag_code.co_name, hasattr(a, "ag_suspended"))
    print([x async for x in a], a.ag_running)


asyncio.run(main())
