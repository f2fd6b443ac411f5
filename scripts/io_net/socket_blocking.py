# The blocking socket module: TCP over loopback, socketpair and makefile, timeouts,
# getaddrinfo of a numeric address, a refused connection, UDP datagrams, closed sockets.
import socket
s = socket.socket()
print(s.family, repr(s.type), s.timeout)
s.bind(('127.0.0.1', 0))
s.listen()
port = s.getsockname()[1]
c = socket.create_connection(('127.0.0.1', port))
conn, addr = s.accept()
print(addr[0], type(conn).__name__)
c.sendall(b'hello')
print(conn.recv(10))
conn.close()
print(c.recv(10))
c.close(); s.close()
print(repr(s))
try:
    s.recv(1)
except OSError as e:
    print(type(e).__name__, e)
a, b = socket.socketpair()
with a, b:
    a.sendall(b'x\ny\n')
    f = b.makefile('rb')
    print(f.readline())
    b.settimeout(0.1)
    try:
        b.recv(1); b.recv(1)
    except socket.timeout as e:
        print('timeout', e)
print(socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM))
closed = socket.socket()  # bound, not listening: connections are refused
closed.bind(('127.0.0.1', 0))
try:
    socket.create_connection(closed.getsockname())
except ConnectionRefusedError as e:
    print(e)
closed.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b'dgram', u.getsockname())
data, frm = u.recvfrom(100)
print(data, frm == v.getsockname())
u.close(); v.close()
print(socket.gethostname() == socket.gethostname(), socket.AF_INET, socket.SOCK_DGRAM)
