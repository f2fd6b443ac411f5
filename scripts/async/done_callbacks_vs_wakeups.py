import asyncio

async def waiter(name, fut):
    print(name, 'waiting')
    r = await fut
    print(name, 'woke with', r)

def cb(fut):
    print('callback sees', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb)
    t = asyncio.create_task(waiter('t', fut))
    fut.add_done_callback(lambda f: print('second callback'))
    await asyncio.sleep(0)
    loop.call_soon(print, 'call_soon before set_result')
    fut.set_result(42)
    loop.call_soon(print, 'call_soon after set_result')
    print('set_result returned', fut.done())
    await t
    print(fut.remove_done_callback(cb))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    f2.set_exception(ValueError('boom'))
    print(type(f2.exception()).__name__, f2.exception())
    try:
        await f2
    except ValueError as e:
        print('awaited', repr(e))

asyncio.run(main())
