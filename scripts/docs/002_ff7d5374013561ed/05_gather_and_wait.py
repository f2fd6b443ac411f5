# vpython: gather() outside a running loop as Python 3.7-3.10 allowed
import asyncio
async def fetch_page(url):
    print("start", url)
    await asyncio.sleep(1.2)
    print("end", url)
    return url.upper()
if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    batch1 = [fetch_page(f"siteA/{i}") for i in range(4)]
    batch2 = [fetch_page(f"siteB/{i}") for i in range(4)]
    g1 = asyncio.gather(*batch1)
    g2 = asyncio.gather(*batch2)
    g1.cancel() # cancel the entire first group
    loop.run_until_complete(asyncio.gather(g1, g2, return_exceptions=True))
    loop.close()
