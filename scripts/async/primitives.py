# vpython: sleeps on the virtual clock
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i)
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print('got', item)
        await asyncio.sleep(0.1)

async def locked(lock, name):
    async with lock:
        print(name, 'has the lock')
        await asyncio.sleep(0.1)
    print(name, 'released')

async def limited(sem, name):
    async with sem:
        print(name, 'in')
        await asyncio.sleep(0.1)
        print(name, 'out')

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4), consumer(q))
    await q.join()
    lock = asyncio.Lock()
    await asyncio.gather(locked(lock, 'x'), locked(lock, 'y'))
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, n) for n in 'abc'))
    ev = asyncio.Event()
    async def waiter():
        print('waiting for event')
        await ev.wait()
        print('event seen')
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    ev.set()
    await t
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')

asyncio.run(main())
