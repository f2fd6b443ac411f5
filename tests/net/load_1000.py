# 1,000 concurrent loopback connections to one server: all connect first, then each
# exchanges five lines; nothing may be lost or mixed up.
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


async def main():
    handled = 0
    all_connected = asyncio.Event()
    connected = 0

    async def handle(reader, writer):
        nonlocal handled
        async for line in reader:
            writer.write(line)
            await writer.drain()
        handled += 1
        writer.close()

    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=N)
    port = server.sockets[0].getsockname()[1]

    async def client(i):
        nonlocal connected
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        connected += 1
        if connected == N:
            all_connected.set()
        await all_connected.wait()
        ok = True
        for j in range(5):
            line = f'client {i} line {j}\n'.encode()
            writer.write(line)
            await writer.drain()
            ok = ok and await reader.readline() == line
        writer.close()
        await writer.wait_closed()
        return ok

    results = await asyncio.gather(*(client(i) for i in range(N)))
    while handled < N:
        await asyncio.sleep(0.01)
    print('connected', connected)
    print('clients ok', sum(results))
    print('server handled', handled)
    server.close()
    await server.wait_closed()


asyncio.run(main())
