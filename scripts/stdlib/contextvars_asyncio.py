# Every asyncio task runs in a copy of the context current when it was created; loop
# callbacks run in theirs (context=).
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')
trace = contextvars.ContextVar('trace')

async def handler(n):
    print(f'handler {n} starts, sees {request_id.get()}')
    request_id.set(f'req-{n}')
    await asyncio.sleep(0.01 * (3 - n))
    print(f'handler {n} after sleep sees {request_id.get()}')
    await asyncio.sleep(0)
    return request_id.get()

async def child():
    print('child sees', request_id.get(), trace.get([]))
    trace.set(['child'])
    return request_id.get()

async def parent(n):
    request_id.set(f'parent-{n}')
    trace.set([n])
    t = asyncio.create_task(child())
    request_id.set(f'parent-{n}-later')
    r = await t
    print('parent', n, 'child returned', r, 'parent has', request_id.get(), trace.get())

async def main():
    request_id.set('main')
    results = await asyncio.gather(*(handler(n) for n in range(3)))
    print('gathered', results, 'main still', request_id.get())
    await asyncio.gather(parent(1), parent(2))
    print('main after parents', request_id.get())

    # an explicit context: the task's changes land in it
    ctx = contextvars.copy_context()
    task = asyncio.create_task(handler(9), context=ctx)
    print('explicit ->', await task, ctx[request_id], request_id.get())

    # callbacks
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    seen = []
    def cb(tag):
        seen.append((tag, request_id.get()))
        request_id.set('set-in-callback')
    request_id.set('at-call-soon')
    loop.call_soon(cb, 'soon')
    request_id.set('at-call-later')
    loop.call_later(0.001, cb, 'later')
    other = contextvars.Context()
    loop.call_soon(cb, 'explicit', context=other)
    request_id.set('at-done-callback')
    done.add_done_callback(lambda f: seen.append(('done', request_id.get())))
    request_id.set('after')
    done.set_result(None)
    await asyncio.sleep(0.01)
    print(seen)
    print('other context got', other[request_id], '; main has', request_id.get())

asyncio.run(main())
print('outside', request_id.get())
request_id.set('top')
asyncio.run(handler(5))
print('outside again', request_id.get())
