# vpython: sleeps on the virtual clock
import asyncio


async def countdown(task_name, seconds):
    for i in range(seconds, 0, -1):
        print(task_name, i)
        await asyncio.sleep(1)
    print("done!")


async def main():
    # Running and awaiting multiple coroutines

    await asyncio.gather(countdown("task A", 4), countdown("task B", 3))

    await asyncio.sleep(1)
    print("Everything, everywhere, all at once")


asyncio.run(main())
