import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            x = yield i
            if x is not None:
                print('sent', x)
    finally:
        print('ticker closed')

class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print('open', self.name)
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print('close', self.name, et.__name__ if et else None)
        return et is KeyError

async def other():
    for i in range(3):
        print('other', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for v in ticker(3):
        print('got', v)
    print([v * 2 async for v in ticker(2)])
    g = ticker(5)
    print(await g.__anext__())
    print(await g.asend('hello'))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    async with Resource('r1') as r:
        print('using', r.name)
    async with Resource('r2'):
        raise KeyError('suppressed')
    await t

asyncio.run(main())
