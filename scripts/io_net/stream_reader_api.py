# StreamReader on its own: fed by hand, read with every method, errors as CPython's.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    r = asyncio.StreamReader(loop=loop)
    r.feed_data(b'line one\nline two\nrest')
    print(await r.readline())
    print(await r.readuntil(b'two'))
    print(await r.readexactly(2))
    print(repr(r))
    r.feed_eof()
    print(await r.read(100))
    print(r.at_eof(), await r.read(), await r.readline())

    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected, isinstance(e, EOFError))

    r = asyncio.StreamReader()
    r.feed_data(b'no separator')
    r.feed_eof()
    try:
        await r.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        print(e, e.partial, e.expected)

    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'toolongline\nok\n')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError', e)
    print(await r.readline())

    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)

    r = asyncio.StreamReader()
    r.feed_data(b'a\nb\nc')
    r.feed_eof()
    print([line async for line in r])

    r = asyncio.StreamReader()

    async def feeder():
        for chunk in (b'par', b'tial li', b'ne\nnext'):
            await asyncio.sleep(0)
            r.feed_data(chunk)
        r.feed_eof()

    t = asyncio.create_task(feeder())
    print(await r.readline(), await r.read())
    await t

    r = asyncio.StreamReader()
    reader_task = asyncio.create_task(r.read(10))
    await asyncio.sleep(0)
    try:
        await r.read(10)
    except RuntimeError as e:
        print(e)
    reader_task.cancel()
    try:
        await reader_task
    except asyncio.CancelledError:
        print('pending read cancelled')
    r.feed_data(b'still here')
    print(await r.read(4))
    r.set_exception(ConnectionResetError('gone'))
    try:
        await r.read(4)
    except ConnectionResetError as e:
        print('exception', e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print(e)
    try:
        await asyncio.StreamReader().readuntil(b'')
    except ValueError as e:
        print(e)


asyncio.run(main())
