# asyncio children writing to a file object, a str written to a stdin pipe, and the
# stdin writer's close/wait_closed.
import asyncio, os
async def main():
    d = '/tmp/coro_f_%d' % os.getpid()
    os.mkdir(d)
    path = d + '/out.txt'
    with open(path, 'wb') as f:
        p = await asyncio.create_subprocess_exec('/bin/echo', 'to a file', stdout=f)
        print(await p.wait())
    print(open(path).read())
    p = await asyncio.create_subprocess_exec('/bin/cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL)
    try:
        p.stdin.write('text')
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
    p.stdin.close()
    await p.stdin.wait_closed()
    print(await p.wait(), p.stdin.is_closing())
    print(repr(p).startswith('<Process '), p.stdout)
    os.remove(path); os.rmdir(d)
asyncio.run(main())
