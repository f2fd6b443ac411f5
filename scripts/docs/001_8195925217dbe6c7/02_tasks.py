# vpython: sleeps on the virtual clock
import asyncio


async def countdown(task_name, seconds):
    for i in range(seconds, 0, -1):
        print(task_name, i)
        await asyncio.sleep(1)
    print("done!")


async def main():
    # Scheduling and starting tasks
    taskA = asyncio.create_task(countdown("task A", 3))
    taskB = asyncio.create_task(countdown("task B", 2))

    # Doing something else while they run
    await asyncio.sleep(1)
    print("Everything, everywhere, all at once")

    # Awaiting for tasks to complete before ending main()
    # Try running this code without awaiting
    await taskA
    await taskB


asyncio.run(main())
