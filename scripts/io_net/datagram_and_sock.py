# UDP with create_datagram_endpoint and DatagramProtocol, and the loop's sock_* calls on
# non-blocking sockets (sock_accept, sock_connect, sock_sendall, sock_recv, sock_recvfrom).
import asyncio
import socket


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print('echo connection_made', type(transport).__name__)

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)

    def connection_lost(self, exc):
        print('echo connection_lost', exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self, loop):
        self.replies = asyncio.Queue()

    def connection_made(self, transport):
        print('client connection_made', transport.get_extra_info('peername') is not None)

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):
        print('error_received', type(exc).__name__)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    addr = server.get_extra_info('sockname')
    transport, client = await loop.create_datagram_endpoint(
        lambda: Client(loop), remote_addr=addr)
    for word in (b'one', b'two', b'three'):
        transport.sendto(word)
        print(await client.replies.get())
    try:
        transport.sendto('text')
    except TypeError as e:
        print(e)
    transport.close()
    server.close()
    await asyncio.sleep(0.01)

    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(listener))
    client_sock = socket.socket()
    client_sock.setblocking(False)
    await loop.sock_connect(client_sock, listener.getsockname())
    conn, peer = await accept
    print('accepted', peer == client_sock.getsockname(), conn.gettimeout())
    recv = asyncio.create_task(loop.sock_recv(conn, 100))
    await asyncio.sleep(0)
    print('recv pending', not recv.done())
    await loop.sock_sendall(client_sock, b'x' * 10 + b'y')
    data = await recv
    while len(data) < 11:
        data += await loop.sock_recv(conn, 100)
    print(data)
    big = b'z' * 3_000_000
    send = asyncio.create_task(loop.sock_sendall(conn, big))
    got = 0
    while got < len(big):
        got += len(await loop.sock_recv(client_sock, 65536))
    await send
    print('big transfer', got)
    pending = asyncio.create_task(loop.sock_recv(conn, 10))
    await asyncio.sleep(0)
    pending.cancel()
    try:
        await pending
    except asyncio.CancelledError:
        print('pending sock_recv cancelled')
    client_sock.close()
    print(await loop.sock_recv(conn, 10))
    conn.close()
    listener.close()

    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u1.bind(('127.0.0.1', 0))
    u1.setblocking(False)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2.setblocking(False)
    await loop.sock_sendto(u2, b'datagram', u1.getsockname())
    data, frm = await loop.sock_recvfrom(u1, 100)
    print(data, frm == u2.getsockname())
    u1.close()
    u2.close()


asyncio.run(main())
