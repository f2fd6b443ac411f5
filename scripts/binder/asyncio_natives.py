# Wrong calls of asyncio's functions and of the methods of its loop, futures, tasks,
# streams and transports. CPython writes many of them in Python (worded as a Python
# function's mistakes, `self` counted) and some in C (worded as argument clinic or
# METH_O says).
import asyncio


async def coro():
    pass


async def agen():
    yield 1


def report(line, env):
    try:
        eval(line, env)
        print(line, "-> no error")
    except Exception as e:
        print(line, "->", type(e).__name__, e)


MODULE = """
asyncio.get_running_loop(1)
asyncio.get_event_loop(1)
asyncio.set_event_loop()
asyncio.set_event_loop(x=1)
asyncio.new_event_loop(1)
asyncio.isfuture()
asyncio.isfuture(x=1)
asyncio.isfuture(1, 2)
asyncio.iscoroutine()
asyncio.iscoroutine(1, 2)
asyncio.current_task(1, 2)
asyncio.current_task(x=1)
asyncio.all_tasks(1, 2)
asyncio.all_tasks(x=1)
asyncio.Future(1)
asyncio.Future(x=1)
asyncio.Task()
asyncio.Task(x=1)
asyncio.StreamReader(1, 2, 3)
asyncio.StreamReader(x=1)
asyncio.StreamReader(limit=0)
"""

RUNNING = """
loop.call_soon()
loop.call_soon(print, x=1)
loop.call_soon(callback=print)
loop.call_soon_threadsafe()
loop.call_later()
loop.call_later(1)
loop.call_later(1, print, context=None, x=2)
loop.call_at(1)
loop.create_task()
loop.create_task(c, 1)
loop.create_task(c, x=1)
loop.create_task(c, coro=c)
loop.set_exception_handler()
loop.set_exception_handler(1, 2)
loop.call_exception_handler()
loop.default_exception_handler()
loop.default_exception_handler({}, 1)
loop.add_reader()
loop.add_reader(1)
loop.add_reader(1, print, x=1)
loop.add_writer(1)
loop.remove_reader()
loop.remove_reader(1, 2)
loop.remove_writer(x=1)
fut.cancel(1, 2)
fut.cancel(x=1)
fut.add_done_callback()
fut.add_done_callback(print, print)
fut.add_done_callback(print, x=1)
fut.add_done_callback(fn=print)
fut.remove_done_callback()
fut.remove_done_callback(x=1)
fut.set_result()
fut.set_result(1, 2)
fut.set_result(x=1)
fut.set_exception()
fut.set_exception(1, 2)
fut.__await__().throw()
fut.__await__().throw(1, 2, 3, 4)
fut.__await__().throw(x=1)
fut.result(1)
fut.exception(1)
fut.done(1)
fut.cancelled(x=1)
fut.get_loop(1)
task.done(1)
task.result(x=1)
task.remove_done_callback()
task.set_result()
task.set_exception(x=1)
task.cancel(1, 2)
task.add_done_callback()
task.set_name()
task.set_name(1, 2)
task.set_name(x=1)
gen.asend()
gen.asend(1, 2)
gen.asend(x=1)
gen.athrow(x=1)
gen.__anext__().throw()
gen.__anext__().throw(x=1)
reader.feed_data()
reader.feed_data(b'', b'')
reader.set_exception()
reader.set_transport()
reader.readline(1)
reader.readuntil(1, 2)
reader.readuntil(x=1)
reader.read(1, 2)
reader.read(x=1)
reader.readexactly()
reader.readexactly(1, 2)
"""


async def main():
    loop = asyncio.get_running_loop()
    c = coro()
    task = loop.create_task(coro())
    gen = agen()
    env = {
        "asyncio": asyncio,
        "loop": loop,
        "fut": loop.create_future(),
        "task": task,
        "c": c,
        "gen": gen,
        "reader": asyncio.StreamReader(),
    }
    for line in RUNNING.strip().splitlines():
        report(line, env)
    c.close()
    await task
    await gen.aclose()


for line in MODULE.strip().splitlines():
    report(line, {"asyncio": asyncio})
asyncio.run(main())
