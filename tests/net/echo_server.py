# A line-echo server on asyncio streams for the interoperation tests: it prints its port,
# answers each line in upper case, and exits after its first client has gone.
import asyncio
import sys


async def main():
    done = asyncio.get_running_loop().create_future()

    async def handle(reader, writer):
        total = 0
        while True:
            line = await reader.readline()
            if not line:
                break
            total += len(line)
            writer.write(line.upper())
            await writer.drain()
        writer.write(f'total {total}\n'.encode())
        writer.close()
        await writer.wait_closed()
        if not done.done():
            done.set_result(total)

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    print('PORT', server.sockets[0].getsockname()[1], flush=True)
    total = await done
    server.close()
    await server.wait_closed()
    print('served', total, flush=True)


asyncio.run(main())
