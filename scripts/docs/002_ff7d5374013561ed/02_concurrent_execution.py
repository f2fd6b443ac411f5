# vpython: wait() given bare coroutines (Python 3.7-3.10), loop.time() on the virtual clock
import asyncio
async def fetch_page(url):
    print("fetch init")
    await asyncio.sleep(1.5)
    print("fetch done")
if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    start = loop.time()
    jobs = [fetch_page(f"url_{i}") for i in range(8)]
    loop.run_until_complete(asyncio.wait(jobs))
    print(loop.time() - start)
