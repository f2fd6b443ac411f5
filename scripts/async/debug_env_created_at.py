# PYTHONASYNCIODEBUG=1 puts every new loop in debug mode: the futures and handles made
# before the loop first runs already remember where they were created.
import asyncio
import os
import subprocess
import sys

if os.environ.get('PYTHONASYNCIODEBUG') != '1':
    env = dict(os.environ, PYTHONASYNCIODEBUG='1')
    done = subprocess.run([sys.executable, os.path.basename(__file__)], env=env,
                          capture_output=True, text=True)
    print(done.stdout, end='')
    print('exit', done.returncode)
    sys.exit(0)


def base(r):
    return r.replace(os.path.abspath(__file__), os.path.basename(__file__))


loop = asyncio.new_event_loop()
print('debug', loop.get_debug())
f = asyncio.Future(loop=loop)
print(base(repr(f)))
h = loop.call_soon(print, 'first')
print(base(repr(h)))


async def main():
    print(base(repr(asyncio.Future())))
    print(base(repr(asyncio.get_running_loop().call_soon(print, 'second'))))


loop.run_until_complete(main())
loop.close()
