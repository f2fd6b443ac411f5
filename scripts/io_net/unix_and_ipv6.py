# Unix-socket streams in a temporary directory, an IPv6 loopback server, and the Server
# object's life: start_serving=False, is_serving, sockets, serve_forever cancelled,
# close and wait_closed, create_unix_connection with a protocol.
import asyncio
import os
import re
import shutil
import socket

base = f'/tmp/coro_io_net_{os.getpid()}'
os.makedirs(base, exist_ok=True)
path = os.path.join(base, 'echo.sock')


async def echo(reader, writer):
    data = await reader.readline()
    writer.write(b'echo: ' + data)
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_unix_server(echo, path)
    print('socket file exists', os.path.exists(path))
    print(server.sockets[0].family == socket.AF_UNIX)
    reader, writer = await asyncio.open_unix_connection(path)
    print(writer.get_extra_info('peername') == path)
    writer.write(b'over unix\n')
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    try:
        await asyncio.open_unix_connection(os.path.join(base, 'missing.sock'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

    server = await asyncio.start_server(echo, '::1', 0)
    host, port = server.sockets[0].getsockname()[:2]
    print('ipv6 host', host, server.sockets[0].family == socket.AF_INET6)
    print(re.sub(r'fd=\d+', 'fd=N', repr(server.sockets[0]).split(', laddr')[0]))
    reader, writer = await asyncio.open_connection('::1', port)
    writer.write(b'over ipv6\n')
    print(await reader.readline())
    writer.close()
    server.close()

    server = await asyncio.start_server(echo, '127.0.0.1', 0, start_serving=False)
    print('serving before start', server.is_serving())
    port = server.sockets[0].getsockname()[1]
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serving', server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'forever\n')
    print(await reader.readline())
    writer.close()
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', 'already being awaited' in str(e))
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print('serve_forever cancelled')
    print('serving after cancel', server.is_serving(), server.sockets)
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError:
        print('closed server refuses')
    await server.wait_closed()

    class Proto(asyncio.Protocol):
        def connection_made(self, transport):
            print('unix protocol connected')
            transport.write(b'hi\n')

        def data_received(self, data):
            print('unix protocol got', data)

        def connection_lost(self, exc):
            print('unix protocol lost', exc)
            done.set_result(None)

    done = asyncio.get_running_loop().create_future()
    server = await asyncio.start_unix_server(echo, path)
    await asyncio.get_running_loop().create_unix_connection(Proto, path)
    await done
    server.close()


try:
    asyncio.run(main())
finally:
    shutil.rmtree(base)
print('cleaned up', not os.path.exists(base))
