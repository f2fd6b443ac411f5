# The known script of tests/timeline.rs: three named tasks and main, a queue hand-off,
# sleeps, a failing task, on the virtual clock.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            return got
        got.append(item)


async def broken():
    await asyncio.sleep(0.05)
    raise ValueError('no')


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q), name='consumer')
    a = asyncio.create_task(fetch('a', 0.1), name='fetch-a')
    b = asyncio.create_task(fetch('b', 0.2), name='fetch-b')
    bad = asyncio.create_task(broken(), name='broken')
    for t in (a, b):
        await q.put(await t)
    await q.put(None)
    print(await c)
    try:
        await bad
    except ValueError as e:
        print('broken:', e)


asyncio.run(main())
