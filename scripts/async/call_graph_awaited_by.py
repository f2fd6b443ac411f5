# coro-only: asyncio.capture_call_graph/format_call_graph are CPython 3.14's (python3 here is 3.11); output derived by hand from 3.14's asyncio.graph
import asyncio
import os

HERE = os.path.basename(__file__)


def kind(frame):
    flags = frame.f_code.co_flags
    if frame.f_generator is None:
        return 's'
    return 'ag' if flags & 0x200 else 'g' if flags & 0x20 else 'a'


def walk(graph):
    """The graph as names: (task name or 'F', [kind name:line per frame of this
    file], sorted parents)."""
    f = graph.future
    name = f.get_name() if isinstance(f, asyncio.Task) else 'F'
    frames = [f'{kind(e.frame)} {e.frame.f_code.co_name}:{e.frame.f_lineno}'
              for e in graph.call_stack
              if os.path.basename(e.frame.f_code.co_filename) == HERE]
    return [name, frames, sorted(walk(p) for p in graph.awaited_by)]


async def leaf(report):
    await asyncio.sleep(0)
    report(walk(asyncio.capture_call_graph()))


async def via_gather():
    await asyncio.gather(leaf(print), asyncio.sleep(0))


async def via_shield():
    await asyncio.shield(leaf(print))


async def via_wait(t):
    await asyncio.wait([t])


async def via_task():
    await asyncio.create_task(leaf(print), name='named')


def numbers(n):
    for i in range(n):
        if i == 1:
            print(walk(asyncio.capture_call_graph()))
        yield i


async def via_sync_generator():
    total = 0
    for i in numbers(2):
        total += i
    return total


async def agen(fut):
    for i in range(2):
        yield i
        if i == 1:
            await waits_on(fut)


async def via_async_generator(fut):
    async for _ in agen(fut):
        pass


async def waits_on(fut):
    await fut


async def suspended_chain():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waits_on(fut), name='waiter')
    await asyncio.sleep(0)
    print(walk(asyncio.capture_call_graph(fut)))
    print(walk(asyncio.capture_call_graph(t)))
    print(walk(asyncio.capture_call_graph(t, limit=0)))
    fut.set_result(None)
    await t


async def main():
    await via_gather()
    await via_shield()
    t = asyncio.create_task(leaf(print), name='waited')
    await via_wait(t)
    await via_task()
    await via_sync_generator()
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(via_async_generator(fut), name='consumer')
    await asyncio.sleep(0)
    print(walk(asyncio.capture_call_graph(t)))
    fut.set_result(None)
    await t
    await suspended_chain()
    try:
        asyncio.capture_call_graph(42)
    except TypeError as e:
        print('TypeError:', e)
    print(asyncio.format_call_graph(asyncio.get_running_loop().create_future())
          .startswith('* Future(id=0x'))


asyncio.run(main())
try:
    asyncio.capture_call_graph()
except RuntimeError as e:
    print('RuntimeError:', e)
