# vpython: sleeps on the virtual clock
import asyncio


async def countdown(task_name, seconds):
    for i in range(seconds, 0, -1):
        print(task_name, i)
        await asyncio.sleep(1)
    print("done!")


async def main():
    await countdown("simple count", 4)


asyncio.run(main())
