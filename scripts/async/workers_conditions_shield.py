# vpython: sleeps and timeouts on the virtual clock
import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 10)
        results.append((name, item))
        q.task_done()

async def cond_user(cond, name, shared):
    async with cond:
        await cond.wait_for(lambda: shared['ready'])
        print(name, 'saw ready')

async def fail_later(d):
    await asyncio.sleep(d)
    raise RuntimeError(f'fail {d}')

async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f'w{i}', q, results)) for i in range(3)]
    for item in [5, 1, 3, 2, 4, 1]:
        q.put_nowait(item)
    await q.join()
    print(results)
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
    cond = asyncio.Condition()
    shared = {'ready': False}
    users = [asyncio.create_task(cond_user(cond, n, shared)) for n in 'xyz']
    await asyncio.sleep(0.1)
    async with cond:
        shared['ready'] = True
        cond.notify_all()
    await asyncio.gather(*users)
    tasks = [asyncio.create_task(fail_later(d)) for d in (0.3, 0.1, 0.2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [str(t.exception()) for t in done])
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    inner = asyncio.create_task(asyncio.sleep(1, 'inner'))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 5))
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print(await inner, asyncio.get_running_loop().time())
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        pass
    try:
        sem.release()
    except ValueError as e:
        print(e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.cancel)
    try:
        await f
    except asyncio.CancelledError:
        print('future cancelled', f.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except asyncio.TimeoutError:
        print('timeout 0')
    r = await asyncio.wait_for(asyncio.sleep(0, 'zero'), timeout=1)
    print(r)

asyncio.run(main())
