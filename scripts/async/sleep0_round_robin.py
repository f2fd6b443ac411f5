import asyncio

async def spin(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    t1 = asyncio.create_task(spin('x', 3))
    t2 = asyncio.create_task(spin('y', 4))
    print('main before')
    await asyncio.sleep(0)
    print('main after one yield')
    print(await asyncio.gather(t1, t2, spin('z', 2)))

asyncio.run(main())
