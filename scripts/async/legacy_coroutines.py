# vpython: @asyncio.coroutine (Python 3.7-3.10) and get_event_loop() outside a loop
import asyncio

@asyncio.coroutine
def legacy_sleep(name, delay):
    print(name, 'start')
    yield from asyncio.sleep(delay)
    print(name, 'end')
    return name.upper()

@asyncio.coroutine
def legacy_calls_modern():
    r = yield from modern('inner')
    fut = asyncio.get_event_loop().create_future()
    asyncio.get_event_loop().call_later(0.5, fut.set_result, 'from future')
    r2 = yield from fut
    return r, r2

@asyncio.coroutine
def plain_function():
    return 'plain result'

async def modern(name):
    r = await legacy_sleep(name, 1)
    return r

async def main():
    print(await asyncio.gather(legacy_sleep('a', 2), legacy_sleep('b', 1), modern('c')))
    print(await legacy_calls_modern())
    print(await plain_function())
    print(asyncio.iscoroutinefunction(modern), asyncio.iscoroutine(legacy_sleep("x", 0)))

loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print(loop.time())
with asyncio.Runner() as runner:
    print(runner.run(modern('runner')))
    print(runner.get_loop().time())
