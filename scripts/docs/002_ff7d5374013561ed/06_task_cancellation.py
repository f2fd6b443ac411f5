# vpython: wait() given bare coroutines and all_tasks(loop=) as Python 3.7-3.10
import asyncio
async def delayed_task(duration):
    print("awaiting")
    await asyncio.sleep(duration)
    print(f"completed after {duration}s")
if __name__ == '__main__':
    jobs = [delayed_task(2), delayed_task(3), delayed_task(3)]
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(asyncio.wait(jobs))
    except KeyboardInterrupt:
        for t in asyncio.all_tasks(loop=loop):
            t.cancel()
        loop.run_until_complete(asyncio.gather(*asyncio.all_tasks(loop=loop), return_exceptions=True))
    finally:
        loop.close()
