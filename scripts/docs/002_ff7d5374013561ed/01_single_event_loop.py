# vpython: reads loop.time() on the virtual clock
import asyncio
async def fetch_page(url):
    print("fetch init")
    await asyncio.sleep(1.5)
    print("fetch done")
if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    start = loop.time()
    loop.run_until_complete(fetch_page("https://example.com"))
    print(loop.time() - start)
