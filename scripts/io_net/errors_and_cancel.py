# Connection errors as CPython raises them (refused, reset by the peer, broken pipe,
# address in use, an unknown host) and cancelling a pending connect and a pending read.
import asyncio
import socket
import struct


async def main():
    # Ports bound but not listening refuse connections, whatever else runs on the machine.
    for _ in range(2):
        closed = socket.socket()
        closed.bind(('127.0.0.1', 0))
        port = closed.getsockname()[1]
        try:
            await asyncio.open_connection('127.0.0.1', port)
        except OSError as e:
            print(type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))
        closed.close()

    accepted = asyncio.Queue()

    async def keep(reader, writer):
        await accepted.put((reader, writer))

    server = await asyncio.start_server(keep, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    # The client vanishes with a RST: the server's pending read fails.
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    s_reader, s_writer = await accepted.get()
    pending = asyncio.create_task(s_reader.read(100))
    await asyncio.sleep(0)
    sock = writer.get_extra_info('socket')
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    writer.transport.abort()
    try:
        await pending
    except ConnectionResetError as e:
        print('server read:', type(e).__name__, e)
    try:
        await s_writer.drain()
    except ConnectionResetError as e:
        print('server drain:', e)
    print('server writer closing', s_writer.is_closing())
    try:
        await s_writer.wait_closed()
    except ConnectionResetError as e:
        print('wait_closed:', type(e).__name__)

    # Writing to a peer that has gone fails soon with a ConnectionError.
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    s_reader, s_writer = await accepted.get()
    writer.close()
    await writer.wait_closed()
    print('server sees eof', await s_reader.read(), s_reader.at_eof())
    failure = None
    for _ in range(100):
        try:
            s_writer.write(b'x' * 1000)
            await s_writer.drain()
        except ConnectionError as e:
            failure = e
            break
        await asyncio.sleep(0.01)
    print('writing to a closed peer fails:', isinstance(failure, ConnectionError))
    s_writer.close()

    # A read cancelled while it waits.
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    s_reader, s_writer = await accepted.get()
    read = asyncio.create_task(reader.readline())
    await asyncio.sleep(0)
    read.cancel()
    try:
        await read
    except asyncio.CancelledError:
        print('pending readline cancelled')
    s_writer.write(b'after cancel\n')
    print(await reader.readline())
    writer.close()
    s_writer.close()

    # A connect cancelled before it completes.
    connect = asyncio.create_task(asyncio.open_connection('127.0.0.1', port))
    await asyncio.sleep(0)
    connect.cancel()
    try:
        await connect
    except asyncio.CancelledError:
        print('pending connect cancelled')

    # wait_for around a read that never comes.
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    try:
        await asyncio.wait_for(reader.read(1), 0.05)
    except asyncio.TimeoutError:
        print('read timed out')
    writer.close()

    try:
        await asyncio.start_server(keep, '127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, e.errno, 'address already in use' in str(e))
    try:
        await asyncio.open_connection('no-such-host.invalid', 80)
    except socket.gaierror as e:
        print('gaierror', isinstance(e, OSError))
    server.close()
    await server.wait_closed()

    a, b = socket.socketpair()
    b.close()
    try:
        a.send(b'x')
    except BrokenPipeError as e:
        print(type(e).__name__, e)
    a.close()


asyncio.run(main())
