# asyncio with threads: to_thread, run_in_executor (default and given executors),
# wrap_future, call_soon_threadsafe and run_coroutine_threadsafe from other threads,
# and asyncio.run inside a thread (each thread has its own event loop).
import asyncio
import concurrent.futures
import threading
import time


def blocking_add(a, b, *, scale=1):
    time.sleep(0.01)
    return (a + b) * scale


def boom():
    raise KeyError('from thread')


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking_add, 1, 2, scale=10))
    try:
        await asyncio.to_thread(boom)
    except KeyError as e:
        print('to_thread raised', repr(e))
    print(await loop.run_in_executor(None, blocking_add, 3, 4))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_add, i, i)
                                         for i in range(4)))
        print(results)

    # The thread's real sleep and the loop's timer run at the same time.
    order = []

    def slow():
        time.sleep(0.05)
        order.append('thread')

    async def timer():
        await asyncio.sleep(0.2)
        order.append('timer')

    await asyncio.gather(asyncio.to_thread(slow), timer())
    print(order)

    # A thread hands a result to the loop.
    fut = loop.create_future()

    def hand_over():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, 'handed over')

    threading.Thread(target=hand_over).start()
    print(await fut)

    # A thread runs a coroutine on this loop and waits for it.
    async def on_loop(x):
        await asyncio.sleep(0.01)
        return x * 2, threading.current_thread().name

    def from_thread():
        cf = asyncio.run_coroutine_threadsafe(on_loop(21), loop)
        return cf.result(timeout=5), threading.current_thread().name == 'MainThread'

    print(await asyncio.to_thread(from_thread))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print('TypeError:', e)

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Timer(0.01, cf.set_result, args=['wrapped']).start()
    print(await wrapped, asyncio.isfuture(wrapped))

    def no_loop():
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            return str(e)

    print(await asyncio.to_thread(no_loop))


asyncio.run(main())


# Each thread runs its own event loop.
async def count(label, n):
    seen = []
    for i in range(n):
        await asyncio.sleep(0.01)
        seen.append(i)
    return label, seen, asyncio.get_running_loop() is not None


results = []
threads = [threading.Thread(target=lambda l=label: results.append(asyncio.run(count(l, 3))))
           for label in 'ab']
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))


# Only the main thread gets an event loop made on demand.
def no_current_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(e)
    asyncio.set_event_loop(asyncio.new_event_loop())
    print(asyncio.get_event_loop().is_running())


t = threading.Thread(target=no_current_loop, name='worker')
t.start()
t.join()
