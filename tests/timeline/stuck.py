# The known running script of tests/task_dump.rs: a task stuck on an Event, another
# awaiting it, main asleep; it prints "ready" once they all wait.
import asyncio

async def worker(ev):
    await ev.wait()

async def waiter(t):
    await t

async def main():
    ev = asyncio.Event()
    w = asyncio.create_task(worker(ev), name='worker')
    asyncio.create_task(waiter(w), name='waiter')
    await asyncio.sleep(0)
    print('ready', flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
