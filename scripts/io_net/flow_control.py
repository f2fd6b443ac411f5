# Real flow control: a peer that does not read fills the socket buffers, the transport's
# buffer passes the high-water mark, pause_writing is called and drain() waits; once the
# peer reads, resume_writing comes and drain() returns.
import asyncio

events = []


async def main():
    loop = asyncio.get_running_loop()
    start_reading = asyncio.Event()
    received = 0

    async def slow_reader(reader, writer):
        nonlocal received
        await start_reading.wait()
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            received += len(chunk)
        writer.close()

    server = await asyncio.start_server(slow_reader, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    transport = writer.transport
    protocol = transport.get_protocol()
    for name in ('pause_writing', 'resume_writing'):
        original = getattr(protocol, name)

        def hook(original=original, name=name):
            events.append(name)
            original()

        setattr(protocol, name, hook)
    transport.set_write_buffer_limits(high=4096)
    print(transport.get_write_buffer_limits())
    chunk = b'x' * 65536
    sent = 0
    drain = None
    while sent < 64 * 1024 * 1024:
        writer.write(chunk)
        sent += len(chunk)
        drain = asyncio.create_task(writer.drain())
        await asyncio.sleep(0)
        if not drain.done():
            break
    print('drain waits while the peer does not read:', not drain.done())
    print('buffered above the mark:', transport.get_write_buffer_size() > 4096)
    print(events)
    start_reading.set()
    await drain
    print('drain returned; buffer size', transport.get_write_buffer_size())
    print(events)
    writer.close()
    await writer.wait_closed()
    while received < sent:
        await asyncio.sleep(0.01)
    print('all bytes arrived:', received == sent)
    server.close()
    await server.wait_closed()
    try:
        transport.set_write_buffer_limits(high=1, low=2)
    except ValueError as e:
        print(e)


asyncio.run(main())
