# vpython: ensure_future(..., loop=loop) as Python 3.7-3.10 accepted it
import asyncio
async def fetch_data(source):
    print("fetch start")
    await asyncio.sleep(0.8)
    print("fetch end")
    return f"result-{source}"
if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    future = asyncio.ensure_future(fetch_data("server1"), loop=loop)
    loop.run_until_complete(future)
    print(future.result())
    task = loop.create_task(fetch_data("server2"))
    loop.run_until_complete(task)
    print(task.result())
