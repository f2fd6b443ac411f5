# http.client against a raw socket server that misbehaves on purpose (127.0.0.1, port 0,
# in a thread): no answer at all, a garbage status line, a body shorter than its
# Content-Length, a bad chunk size, 100 Continue before the answer, an HTTP/1.0 answer
# without a length, a header line that is too long, too many headers.
import http.client
import socket
import threading

replies = [
    b'',
    b'garbage\r\n\r\n',
    b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.0 200 OK\r\nX-A: 1\r\nX-A: 2\r\n\r\nuntil the close',
    b'HTTP/1.1 200 OK\r\nX-Long: ' + b'a' * 70000 + b'\r\n\r\n',
    b'HTTP/1.1 200 OK\r\n' + b'X-H: 1\r\n' * 101 + b'\r\n',
    b'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n',
    b'HTTP/2.0 200 OK\r\n\r\n',
    b'HTTP/1.1 abc OK\r\n\r\n',
    b'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n',
]

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen()
port = listener.getsockname()[1]


def serve():
    for reply in replies:
        conn, _ = listener.accept()
        with conn:
            head = b''
            while b'\r\n\r\n' not in head:
                head += conn.recv(1024)
            conn.sendall(reply)


server = threading.Thread(target=serve)
server.start()
for number in range(len(replies)):
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    try:
        conn.request('GET', '/%d' % number)
        response = conn.getresponse()
        print(number, response.status, repr(response.reason), response.version,
              response.getheader('X-A'), response.read())
    except (http.client.HTTPException, ConnectionError) as e:
        print(number, type(e).__name__, repr(e), str(e)[:60])
    finally:
        conn.close()
server.join()
listener.close()
