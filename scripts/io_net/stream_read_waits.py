# A StreamReader read that must wait: what the waiting task and the reader show, how
# data, EOF, an exception and cancellation end the wait, and in which order the
# tasks woken by a feed run (the reader's waiter future, as CPython has it).
import asyncio


async def show_waiting():
    reader = asyncio.StreamReader()
    task = asyncio.create_task(reader.readline(), name='reading')
    await asyncio.sleep(0)
    print('task', repr(task).split(' coro=')[0], repr(task).split('> ')[-1])
    print('reader', reader)
    reader.feed_data(b'one\ntwo')
    print('after feed', reader)
    print('line', await task)
    print('rest', reader)


async def wake_order():
    log = []
    readers = [asyncio.StreamReader() for _ in range(3)]

    async def read(i):
        log.append(f'start {i}')
        line = await readers[i].readline()
        log.append(f'got {i} {line!r}')

    async def other():
        log.append('other 1')
        await asyncio.sleep(0)
        log.append('other 2')
        await asyncio.sleep(0)
        log.append('other 3')

    tasks = [asyncio.create_task(read(i)) for i in range(3)]
    await asyncio.sleep(0)
    helper = asyncio.create_task(other())
    readers[2].feed_data(b'c\n')
    readers[0].feed_data(b'a')
    readers[0].feed_data(b'a\n')
    readers[1].feed_eof()
    await asyncio.gather(helper, *tasks)
    print('order', log)


async def cancelled_reads():
    reader = asyncio.StreamReader()
    task = asyncio.create_task(reader.readline())
    await asyncio.sleep(0)
    task.cancel('stop reading')
    print('reader while cancelling', reader)
    # Data fed after the cancel does not wake the cancelled wait again.
    reader.feed_data(b'kept\n')
    try:
        await task
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    print('reader after', reader)
    print('next read', await reader.readline())

    # Woken by data, cancelled before it ran: CancelledError, the data stays buffered.
    task = asyncio.create_task(reader.readexactly(4))
    await asyncio.sleep(0)
    reader.feed_data(b'abcdef')
    print('cancel after the feed', task.cancel())
    try:
        await task
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    print('buffered', reader)

    # Cancelled before its first step: the read never waits.
    task = asyncio.create_task(reader.read(100))
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled before it started', reader)

    # wait_for times the read out; the reader is usable again afterwards.
    try:
        await asyncio.wait_for(reader.readuntil(b'!'), 0.01)
    except asyncio.TimeoutError:
        print('timed out', reader)
    reader.feed_data(b'!')
    print('readuntil', await reader.readuntil(b'!'))


async def exceptions_and_eof():
    reader = asyncio.StreamReader()
    task = asyncio.create_task(reader.read(10))
    await asyncio.sleep(0)
    reader.set_exception(ConnectionResetError('gone'))
    try:
        await task
    except ConnectionResetError as e:
        print('read raised', repr(e))

    reader = asyncio.StreamReader()
    task = asyncio.create_task(reader.readexactly(5))
    await asyncio.sleep(0)
    reader.feed_data(b'ab')
    await asyncio.sleep(0)
    print('partial', reader)
    reader.feed_eof()
    try:
        await task
    except asyncio.IncompleteReadError as e:
        print('incomplete', e.partial, e.expected)

    reader = asyncio.StreamReader()
    first = asyncio.create_task(reader.readline())
    await asyncio.sleep(0)
    try:
        await reader.read(1)
    except RuntimeError as e:
        print('second reader:', e)
    reader.feed_data(b'x\n')
    print('first', await first)

    reader = asyncio.StreamReader()

    async def lines():
        return [line async for line in reader]

    task = asyncio.create_task(lines())
    for chunk in (b'a\nb', b'\n', b'c'):
        await asyncio.sleep(0)
        reader.feed_data(chunk)
    await asyncio.sleep(0)
    reader.feed_eof()
    print('lines', await task)


async def main():
    await show_waiting()
    await wake_order()
    await cancelled_reads()
    await exceptions_and_eof()


asyncio.run(main())
