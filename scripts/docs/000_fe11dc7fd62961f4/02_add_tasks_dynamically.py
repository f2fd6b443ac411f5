# vpython: sleeps and wait() timeouts on the virtual clock
import asyncio

async def run(name):
    for i in range(10):
        print(f"{name}", end='', flush=True)
        await asyncio.sleep(0.2)

    print(f"{name}[END]", end='', flush=True)

async def main():
    tasks = []
    task_names = ['a', 'b', 'c']

    while True:
        try:
            name = task_names.pop(0)
            if name:
                task = asyncio.create_task(run(name))
                tasks.append(task)
        except IndexError:
            pass

        done, pending = await asyncio.wait(tasks, timeout=1)

        if not pending:
            break


    print('main[END]', end='', flush=True)

asyncio.run(main())
print('[STOP]')
