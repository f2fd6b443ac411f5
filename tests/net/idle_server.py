# A streams server holding idle keep-alive connections, for the memory test: it prints
# its port, then `idle N` once N connections are open and their handlers wait in
# readline(), and exits after all of them have closed again.
import asyncio
import sys


async def main(n):
    loop = asyncio.get_running_loop()
    all_open = loop.create_future()
    all_closed = loop.create_future()
    live = 0

    async def handle(reader, writer):
        nonlocal live
        live += 1
        if live == n and not all_open.done():
            all_open.set_result(None)
        try:
            while await reader.readline():
                writer.write(b'ok\n')
                await writer.drain()
        finally:
            writer.close()
            live -= 1
            if live == 0 and all_open.done() and not all_closed.done():
                all_closed.set_result(None)

    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=1024)
    print('PORT', server.sockets[0].getsockname()[1], flush=True)
    await all_open
    # Let the last handlers reach their first readline().
    await asyncio.sleep(0.2)
    print('idle', live, flush=True)
    await all_closed
    server.close()
    await server.wait_closed()
    print('closed', flush=True)


asyncio.run(main(int(sys.argv[1])))
