# vpython: debug mode times callbacks on the loop's clock, which stands still while one runs
import asyncio
import logging
import re

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


logging.getLogger('asyncio').addHandler(Keep())


def show():
    """The slow-callback records of task steps, with the task's state and name (the
    loop's own internal handles differ between implementations)."""
    for r in records:
        what, dt = r.args
        m = re.match(r"<Task (\w+) name='([^']*)'", what)
        if m:
            print(r.name, r.levelname, r.msg % (f'<Task {m.group(1)} {m.group(2)}>', dt))
    records.clear()


async def worker(n):
    await asyncio.sleep(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    # Every callback takes at least no time: all are reported.
    loop.slow_callback_duration = 0
    print(loop.slow_callback_duration)
    t = asyncio.create_task(worker(1), name='worker')
    await t
    show()
    loop.slow_callback_duration = 0.5
    await asyncio.sleep(0)
    show()
    loop.set_debug(False)
    loop.slow_callback_duration = 0
    await asyncio.sleep(0)
    show()
    print(loop.get_debug())
    loop.set_debug(True)
    loop.slow_callback_duration = 0.1


asyncio.run(main(), debug=True)
print(asyncio.new_event_loop().get_debug())
loop = asyncio.new_event_loop()
loop.set_debug(True)
print(loop.get_debug())
loop.close()
