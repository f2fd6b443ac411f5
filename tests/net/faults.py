# A server under misbehaving clients: one resets mid-request, one never reads (the
# server's buffered output stays bounded because drain() waits), one sends a byte at a
# time (the others are not delayed), others send garbage; the server keeps serving.
import asyncio
import socket
import struct

HIGH = 64 * 1024


async def main():
    stats = {'active': 0, 'reset': 0, 'garbage': 0, 'overlong': 0, 'served': 0, 'max_buffer': 0,
             'blocked_in_drain': 0}

    async def handle(reader, writer):
        transport = writer.transport
        stats['active'] += 1
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                parts = line.split()
                if len(parts) != 2 or parts[0] != b'SIZE' or not parts[1].isdigit():
                    stats['garbage'] += 1
                    writer.write(b'ERR\n')
                    break
                writer.write(b'y' * int(parts[1]) + b'\n')
                stats['max_buffer'] = max(stats['max_buffer'], transport.get_write_buffer_size())
                if transport.get_write_buffer_size() > HIGH:
                    stats['blocked_in_drain'] += 1
                await writer.drain()
                stats['served'] += 1
        except ConnectionResetError:
            stats['reset'] += 1
        except ValueError:
            stats['overlong'] += 1
        finally:
            writer.close()
            stats['active'] -= 1

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    async def connect():
        return await asyncio.open_connection('127.0.0.1', port)

    # A client that vanishes with a RST in the middle of a request.
    reader, writer = await connect()
    writer.write(b'SIZE 1')
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.get_extra_info('socket').setsockopt(
        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    writer.transport.abort()
    await asyncio.sleep(0.05)
    print('reset seen by the server', stats['reset'])

    # A client that asks for 200 x 64 KiB and never reads.
    reader, greedy = await connect()
    greedy.write(b'SIZE 65536\n' * 200)
    await asyncio.sleep(0.5)
    print('never-read client: server blocked in drain', stats['blocked_in_drain'] > 0)
    print('never-read client: server buffer bounded', stats['max_buffer'] <= HIGH + 65537)
    print('never-read client: responses held back', stats['served'] < 200)
    greedy.transport.abort()

    # A client that sends one byte at a time while others come and go.
    slow_done = asyncio.Event()

    async def slow_client():
        reader, writer = await connect()
        for byte in b'SIZE 5\n':
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(1)
        reply = await reader.readline()
        slow_done.set()
        writer.close()
        return reply

    async def normal_client(i):
        reader, writer = await connect()
        for _ in range(10):
            writer.write(b'SIZE 100\n')
            await writer.drain()
            if len(await reader.readline()) != 101:
                return False
        writer.close()
        return not slow_done.is_set()

    slow = asyncio.create_task(slow_client())
    await asyncio.sleep(0.1)
    normal = await asyncio.gather(*(normal_client(i) for i in range(100)))
    print('normal clients finished before the slow one', all(normal), len(normal))
    print('slow client reply', await slow)

    # Garbage: an unknown command, binary noise, and a line longer than the limit.
    for payload in (b'HELLO\n', bytes(range(256)) * 4 + b'\n', b'z' * 200000):
        reader, writer = await connect()
        writer.write(payload)
        await writer.drain()
        try:
            answer = await reader.read()
        except ConnectionResetError:
            # The server closed with the rest of the line unread: a RST.
            answer = b''
        print('garbage answered', answer)
        writer.close()
    await asyncio.sleep(0.05)
    print('garbage lines', stats['garbage'], 'overlong', stats['overlong'])

    reader, writer = await connect()
    writer.write(b'SIZE 3\n')
    print('still serving', await reader.readline())
    writer.close()
    while stats['active']:
        await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()


asyncio.run(main())
