# vpython: timers on the virtual clock
import asyncio

def show(what):
    loop = asyncio.get_event_loop()
    print(what, loop.time())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_later(0.3, show, 'later 0.3')
loop.call_later(0.1, show, 'later 0.1')
h = loop.call_later(0.2, show, 'cancelled 0.2')
loop.call_at(loop.time() + 0.1, show, 'at 0.1')
loop.call_soon(show, 'soon 1')
loop.call_soon(show, 'soon 2')
loop.call_later(0, show, 'later 0')
h.cancel()
print(h.cancelled())
loop.call_later(0.5, loop.stop)
loop.run_forever()
print('stopped at', loop.time(), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
