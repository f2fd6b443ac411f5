# Debug mode: scheduling from a thread other than the loop's raises RuntimeError (the
# thread-safe call_soon_threadsafe excepted); PYTHONASYNCIODEBUG turns debug mode on
# for new loops.
import asyncio
import os
import subprocess
import sys
import threading


def cb(what):
    print('callback', what)


async def main():
    loop = asyncio.get_running_loop()
    errors = []

    def other_thread():
        for name, call in (('call_soon', lambda: loop.call_soon(cb, 1)),
                           ('call_later', lambda: loop.call_later(1, cb, 2)),
                           ('call_at', lambda: loop.call_at(1, cb, 3))):
            try:
                call()
                errors.append(f'{name}: accepted')
            except RuntimeError as e:
                errors.append(f'{name}: {e}')
        loop.call_soon_threadsafe(cb, 'threadsafe')

    th = threading.Thread(target=other_thread)
    th.start()
    th.join()
    await asyncio.sleep(0)
    for e in errors:
        print(e)


asyncio.run(main(), debug=True)

if len(sys.argv) == 1:
    code = 'import asyncio; print(asyncio.new_event_loop().get_debug())'
    for value in ('1', '', None):
        env = dict(os.environ)
        env.pop('PYTHONASYNCIODEBUG', None)
        if value is not None:
            env['PYTHONASYNCIODEBUG'] = value
        out = subprocess.run([sys.executable, '-c', code], env=env,
                             capture_output=True, text=True)
        print(repr(value), out.stdout.strip())
