# vpython: equal deadlines fire in registration order; loop.time() on the virtual clock
import asyncio

async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        print(name, i, asyncio.get_running_loop().time())

async def main():
    await asyncio.gather(worker('a', 0.05, 5), worker('b', 0.05, 5), worker('c', 0.25, 1))
    print('total', asyncio.get_running_loop().time())

asyncio.run(main())
