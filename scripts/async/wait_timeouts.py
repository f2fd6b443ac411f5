# vpython: wait()/wait_for() timeouts on the virtual clock
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d)) for n, d in [('a', 1), ('b', 2), ('c', 3)]]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(sorted(t.result() for t in done), len(pending), loop.time())
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending), loop.time())
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending), loop.time())
    try:
        await asyncio.wait_for(job('slow', 5), timeout=1)
    except asyncio.TimeoutError:
        print('timed out at', loop.time())
    print(await asyncio.wait_for(job('fast', 1), timeout=2), loop.time())
    inner = asyncio.create_task(job('shielded', 1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except asyncio.TimeoutError:
        print('shield timed out, inner cancelled?', inner.cancelled())
    print(await inner, loop.time())
    for coro in asyncio.as_completed([job('x', 0.3), job('y', 0.1), job('z', 0.2)]):
        print(await coro, loop.time())

asyncio.run(main())
