# vpython: timeouts on the virtual clock
import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f'{name} failed')
        print(name, 'done')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            await job('slow', 5)
    except TimeoutError:
        print('timeout expired', cm.expired(), loop.time())
    async with asyncio.timeout(2) as cm:
        await job('quick', 1)
    print('not expired', cm.expired(), loop.time())
    async with asyncio.timeout_at(loop.time() + 1) as cm:
        cm.reschedule(None)
        await job('rescheduled', 2)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('g1', 1))
        t2 = tg.create_task(job('g2', 2))
    print(t1.result(), t2.result(), loop.time())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('h1', 1))
            tg.create_task(job('h2', 0.5, fail=True))
            tg.create_task(job('h3', 3))
    except BaseException as e:
        print(type(e).__name__, 'caught at', loop.time())
    print('end', loop.time())

asyncio.run(main())
