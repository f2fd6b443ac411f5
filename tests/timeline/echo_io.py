# A line echoed upper-cased over a loopback socket: the client's wait for the reply is
# a wait for I/O, and the server's handler task is created by the loop's I/O callback.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(line.upper())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    await writer.drain()
    print(await reader.readline())
    writer.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
