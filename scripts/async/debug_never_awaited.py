# coro-only: CPython's "Coroutine created at" stack also lists the frames under its Python-written loop (base_events.py, events.py, the module calling run_forever); coro's lists the Python frames above the callback the native loop calls. Expected output derived by hand from CPython's format
import asyncio


async def job():
    pass


def make():
    job()


def callback(loop):
    make()
    loop.stop()


loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.call_soon(callback, loop)
loop.run_forever()
loop.set_debug(False)
loop.call_soon(callback, loop)
loop.run_forever()
loop.close()
print('end')
