# vpython: sleeps on the virtual clock
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, 'finished')
        return name
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def failing():
    await asyncio.sleep(0.1)
    raise ValueError('child failed')

async def main():
    g = asyncio.gather(child('a', 1), child('b', 2))
    await asyncio.sleep(0.5)
    print('cancel returns', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    r = await asyncio.gather(child('c', 0.1), failing(), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(child('d', 0.3), failing())
    except ValueError as e:
        print('first exception:', e)
    await asyncio.sleep(0.5)
    t = asyncio.create_task(child('e', 1))
    outer = asyncio.gather(t, child('f', 0.2))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        print(await outer)
    except asyncio.CancelledError:
        print('outer got CancelledError')
    print(await asyncio.gather())

asyncio.run(main())
