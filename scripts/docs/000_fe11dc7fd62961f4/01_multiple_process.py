# vpython: sleeps on the virtual clock
import asyncio

async def run(name):
    for i in range(10):
        print(f"{name}", end='', flush=True)
        await asyncio.sleep(0.5)

    print(f"{name}[END]", end='', flush=True)

async def main():
    tasks = [run('a'), run('b'), run('c')]
    # wait for all task to finish
    await asyncio.gather(*tasks)

asyncio.run(main())
print('[STOP]')
