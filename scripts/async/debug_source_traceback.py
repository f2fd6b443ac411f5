# asyncio debug mode: the exception handler's context carries the creation stack
# (`source_traceback`) of the future or handle it reports, and their reprs say where
# they were created.
import asyncio
import os
import re


def rel(r):
    return re.sub(r'[^\s<>:=]*/([^/\s<>:]+\.py)', r'\1', r)


def handler(loop, context):
    print('handler:', rel(context['message']))
    for key in sorted(context):
        if key in ('message', 'exception'):
            continue
        value = context[key]
        if key == 'source_traceback':
            file, line, name, text = value[-1]
            print(' ', key, (os.path.basename(file), line, name, text))
        else:
            print(' ', key, rel(str(value)))
    print('  exception', repr(context.get('exception')))


def failing_callback(n):
    raise ValueError(n)


def lose_an_exception():
    fut = asyncio.Future()
    fut.set_exception(KeyError('lost'))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(failing_callback, 1)
    await asyncio.sleep(0)
    print('after the callback')
    lose_an_exception()
    await asyncio.sleep(0)
    print('after the future')
    loop.set_debug(False)
    loop.call_soon(failing_callback, 2)
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
