# asyncio debug mode: futures, tasks and handles remember where they were created
# (`_source_traceback`) and their reprs end with "created at FILE:LINE".
import asyncio
import os
import re


def rel(r):
    # File names as base names (absolute paths differ between runs), no timer deadlines.
    r = re.sub(r'[^\s<>:=]*/([^/\s<>:]+\.py)', r'\1', r)
    return re.sub(r'when=[0-9.e+-]+', 'when=T', r)


def show(obj):
    print(rel(repr(obj)))


def last_frame(obj):
    file, line, name, text = obj._source_traceback[-1]
    return (os.path.basename(file), line, name, text)


async def child(fut):
    return await fut


def make_future_here():
    return asyncio.Future()


async def main():
    loop = asyncio.get_running_loop()
    print('debug', loop.get_debug())

    fut = asyncio.Future()
    show(fut)
    print(last_frame(fut))
    show(make_future_here())
    print(last_frame(make_future_here()))

    task = asyncio.Task(child(fut))
    show(task)
    print(last_frame(task))
    await asyncio.sleep(0)
    show(task)
    fut.set_result(42)
    await task
    show(task)
    show(fut)

    task2 = loop.create_task(child(loop.create_future()), name='second')
    print(last_frame(task2))
    task2.cancel()
    try:
        await task2
    except asyncio.CancelledError:
        pass
    show(task2)

    bad = asyncio.Future()
    bad.set_exception(ValueError('boom'))
    show(bad)
    bad.exception()

    h = loop.call_soon(print, 'soon', 1)
    show(h)
    print(last_frame(h))
    h2 = loop.call_soon_threadsafe(print, 'threadsafe')
    show(h2)
    t = loop.call_later(10, print, 'later')
    show(t)
    print(last_frame(t))
    t.cancel()
    show(t)
    t2 = loop.call_at(loop.time() + 10, print, 'at')
    show(t2)
    h3 = loop.call_soon(print, 'never')
    h3.cancel()
    show(h3)
    await asyncio.sleep(0)

    loop.set_debug(False)
    quiet = asyncio.Future()
    show(quiet)
    print(quiet._source_traceback)
    hq = loop.call_soon(print, 'quiet')
    show(hq)
    print(hq._source_traceback)
    hq.cancel()
    show(hq)
    show(fut)
    loop.set_debug(True)
    show(asyncio.Future())


asyncio.run(main(), debug=True)


async def plain():
    f = asyncio.Future()
    show(f)
    print(f._source_traceback)
    h = asyncio.get_running_loop().call_soon(print, 'x')
    show(h)
    print(h._source_traceback)
    h.cancel()
    show(h)


asyncio.run(plain())
