# socketserver: a threaded TCP echo server with StreamRequestHandler, serve_forever in a
# thread stopped by shutdown(), handle_request with a timeout, a UDP server with
# DatagramRequestHandler, a Unix stream server, handle_error's report, the context manager.
import io
import os
import socket
import socketserver
import sys
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b'quit':
                break
            self.wfile.write(b'echo: ' + line.upper())


def talk(address, lines, family=socket.AF_INET):
    with socket.socket(family, socket.SOCK_STREAM) as c:
        c.connect(address)
        f = c.makefile('rb')
        out = []
        for line in lines:
            c.sendall(line + b'\n')
            out.append(f.readline())
        c.sendall(b'quit\n')
        out.append(f.read())
        f.close()
        return out


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as server:
    print(type(server.socket).__name__, server.server_address[0],
          server.server_address[1] > 0, server.daemon_threads, server.block_on_close)
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    print(talk(server.server_address, [b'hello', b'world']))
    results = []
    clients = [threading.Thread(target=lambda i=i: results.append(
        talk(server.server_address, [b'c%d' % i]))) for i in range(3)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    print(sorted(results))
    server.shutdown()
    t.join()
    print('stopped', t.is_alive())
print(server.socket.fileno())


# handle_request: one request, or handle_timeout when none comes in time.
class Once(socketserver.TCPServer):
    allow_reuse_address = True
    timeout = 0.05
    timeouts = 0

    def handle_timeout(self):
        self.timeouts += 1


class Upper(socketserver.BaseRequestHandler):
    def setup(self):
        print('setup', type(self.request).__name__, self.server is srv)

    def handle(self):
        self.request.sendall(self.request.recv(100).upper())

    def finish(self):
        print('finish')


srv = Once(('127.0.0.1', 0), Upper)
print(srv.handle_request(), srv.timeouts)
c = socket.create_connection(srv.server_address)
c.sendall(b'abc')
srv.handle_request()
print(c.recv(100), c.recv(100))
c.close()
srv.server_close()


# A UDP server answers through the datagram handler's wfile.
class Shout(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1])


with socketserver.UDPServer(('127.0.0.1', 0), Shout) as udp:
    print(udp.socket.type == socket.SOCK_DGRAM, udp.max_packet_size)
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b'datagram', udp.server_address)
    udp.handle_request()
    print(u.recvfrom(100)[0])
    u.close()


# Errors in a handler are reported on stderr and the server goes on.
class Broken(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError('bad request')


class Quiet(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        print('handle_error', sys.exc_info()[0].__name__, client_address[0])


with Quiet(('127.0.0.1', 0), Broken) as q:
    c = socket.create_connection(q.server_address)
    q.handle_request()
    print(c.recv(10))
    c.close()

saved = sys.stderr
sys.stderr = io.StringIO()
with socketserver.TCPServer(('127.0.0.1', 0), Broken) as q:
    c = socket.create_connection(q.server_address)
    q.handle_request()
    c.close()
report = sys.stderr.getvalue().splitlines()
sys.stderr = saved
print(report[0])
print(report[1].split('(')[0])
print(report[-2])
print(report[-1])

# A Unix stream server.
path = '/tmp/coro_socketserver_%d.sock' % os.getpid()
with socketserver.UnixStreamServer(path, Echo) as us:
    print(us.server_address == path, us.address_family == socket.AF_UNIX)
    t = threading.Thread(target=us.serve_forever)
    t.start()
    print(talk(path, [b'unix'], socket.AF_UNIX))
    us.shutdown()
    t.join()
os.unlink(path)

# Not binding at construction; verify_request refusing a client.
lazy = socketserver.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
print(lazy.server_address)
lazy.allow_reuse_address = True
lazy.server_bind()
lazy.server_activate()
lazy.verify_request = lambda request, address: False
c = socket.create_connection(lazy.server_address)
lazy.handle_request()
print(c.recv(10))
c.close()
lazy.server_close()
try:
    socketserver.TCPServer(('127.0.0.1', 0), Echo).socket.bind(('127.0.0.1', 0))
except OSError as e:
    print(type(e).__name__)
print(hasattr(socketserver, 'ForkingMixIn') == hasattr(os, 'fork'))
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer),
      socketserver.ThreadingTCPServer.__mro__[1].__name__)
