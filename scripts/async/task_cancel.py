# vpython: sleeps on the virtual clock
import asyncio

async def worker():
    try:
        print('worker sleeping')
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('worker cancelled', e.args)
        await asyncio.sleep(0.1)
        print('worker cleanup done')
        raise
    finally:
        print('worker finally')

async def main():
    t = asyncio.create_task(worker(), name='the-worker')
    print(t.get_name())
    await asyncio.sleep(1)
    print('cancel:', t.cancel('stop now'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw CancelledError', e.args)
    print(t.cancelled(), t.done(), t.cancel())
    t2 = asyncio.create_task(worker())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled before it started')
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutine(worker()), asyncio.isfuture(t))

asyncio.run(main())
