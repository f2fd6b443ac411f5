# Transports and protocols: the order of callbacks on both ends of a TCP connection,
# half-close with eof_received, and connection_lost, as CPython's selector loop runs them.
import asyncio

log = []


class Server(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        log.append('server connection_made')
        print('server transport', type(transport).__name__, transport.can_write_eof())

    def data_received(self, data):
        log.append(f'server data_received {data!r}')
        self.transport.write(data[::-1])

    def eof_received(self):
        log.append('server eof_received')
        self.transport.write(b'bye')
        return False

    def connection_lost(self, exc):
        log.append(f'server connection_lost {exc!r}')


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b''

    def connection_made(self, transport):
        log.append('client connection_made')
        transport.write(b'hello')

    def data_received(self, data):
        log.append(f'client data_received {data!r}')
        self.got += data

    def eof_received(self):
        log.append('client eof_received')

    def connection_lost(self, exc):
        log.append(f'client connection_lost {exc!r}')
        self.done.set_result(self.got)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Server, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    log.append('create_connection returned')
    print(transport.get_extra_info('peername')[1] == port, transport.is_closing())
    print(transport.get_write_buffer_size(), transport.get_write_buffer_limits())
    while len(protocol.got) < 5:
        await asyncio.sleep(0.01)
    transport.write_eof()
    try:
        transport.write(b'more')
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await done)
    print(transport.is_closing())
    server.close()
    await server.wait_closed()
    for line in log:
        print(line)
    try:
        transport.write('text')
    except TypeError as e:
        print(e)


asyncio.run(main())
