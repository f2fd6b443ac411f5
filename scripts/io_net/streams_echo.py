# Streams end to end: start_server and open_connection echo lines, half-close with
# write_eof, read() to EOF, async with server, and a refused connection.
import asyncio
import socket

async def handle(reader, writer):
    print('server: peer is loopback', writer.get_extra_info('peername')[0])
    async for line in reader:
        print('server got', line)
        writer.write(line.upper())
        await writer.drain()
    print('server: eof', reader.at_eof())
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving())
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        for word in [b'alpha\n', b'beta\n']:
            writer.write(word)
            await writer.drain()
            print('client got', await reader.readline())
        writer.write(b'abcdef')
        writer.write_eof()
        print(await reader.read())
        print(reader.at_eof())
        writer.close()
        await writer.wait_closed()
    print(server.is_serving())
    closed = socket.socket()  # bound, not listening: connections are refused
    closed.bind(('127.0.0.1', 0))
    port = closed.getsockname()[1]
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, str(e).replace(str(port), 'PORT'))
    closed.close()

asyncio.run(main())
