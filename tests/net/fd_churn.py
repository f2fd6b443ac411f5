# Open and close many connections (100 at a time) to a server in the same process and
# count this process's open file descriptors before and after: none may be left behind.
import asyncio
import os
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
BATCH = 100


def open_fds():
    return len(os.listdir('/proc/self/fd'))


async def main():
    async def handle(reader, writer):
        data = await reader.read(1)
        writer.write(data)
        writer.close()

    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    await asyncio.sleep(0.01)
    before = open_fds()

    async def one():
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'x')
        ok = await reader.read(1) == b'x'
        writer.close()
        await writer.wait_closed()
        return ok

    ok = 0
    for start in range(0, N, BATCH):
        results = await asyncio.gather(*(one() for _ in range(min(BATCH, N - start))))
        ok += sum(results)
    await asyncio.sleep(0.1)
    after = open_fds()
    print('connections', ok)
    print('descriptors left behind', after - before)
    server.close()
    await server.wait_closed()


asyncio.run(main())
