# vpython: call_later/call_at on the virtual clock
import asyncio
def after_delay(seconds):
    print(f"Triggered after {seconds}s")
def stop_loop(loop):
    loop.stop()
if __name__ == '__main__':
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.call_later(2, after_delay, 2)
    loop.call_soon(after_delay, 1)
    current = loop.time()
    loop.call_at(current + 3, after_delay, 3)
    loop.call_soon(stop_loop, loop)
    loop.run_forever()
    loop.close()
