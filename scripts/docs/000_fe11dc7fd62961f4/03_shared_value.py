# vpython: sleeps on the virtual clock
import asyncio

async def run(name, count):
    for i in range(10):
        await asyncio.sleep(0.5)
        count[0] += 1
        print(f"{name}[{count[0]}]", end='', flush=True)
    print(f"{name}[END]", end='', flush=True)

async def main():
    count = [0]
    tasks = [run('a', count), run('b', count), run('c', count)]
    # wait for all task to finish
    await asyncio.gather(*tasks)

asyncio.run(main())
print('[STOP]')
