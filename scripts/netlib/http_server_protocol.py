# BaseHTTPRequestHandler's protocol handling, seen from a raw socket: two requests on one
# HTTP/1.1 connection, Connection: close, Expect: 100-continue, an overlong request line
# (414), an overlong header (431), too many headers, a HEAD answered without a body,
# send_error with a 204 (no page), and an empty line then EOF.
import http.server
import io
import re
import socket
import sys
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        if self.path == '/nocontent':
            self.send_error(204)
            return
        body = ('%s %s %s\n' % (self.command, self.path, self.request_version)).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    do_HEAD = do_GET

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.send_response(200, 'Fine')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)


log = io.StringIO()
saved = sys.stderr
sys.stderr = log
server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()


def exchange(raw, expect_close=True):
    with socket.create_connection(server.server_address) as c:
        c.sendall(raw)
        c.shutdown(socket.SHUT_WR)
        data = b''
        while True:
            more = c.recv(65536)
            if not more:
                break
            data += more
    text = data.decode('latin-1')
    text = re.sub(r'Date: [^\r]*', 'Date: D', text)
    text = re.sub(r'Server: [^\r]*', 'Server: S', text)
    for part in text.split('\r\n'):
        print(repr(part))
    print('--')


exchange(b'GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n'
         b'Connection: close\r\n\r\n')
exchange(b'POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n'
         b'Connection: close\r\n\r\nbody')
exchange(b'GET /' + b'a' * 70000 + b' HTTP/1.1\r\n\r\n')
exchange(b'GET / HTTP/1.1\r\nX-Big: ' + b'b' * 70000 + b'\r\n\r\n')
exchange(b'GET / HTTP/1.1\r\n' + b'X-Many: 1\r\n' * 150 + b'\r\n')
exchange(b'HEAD /h HTTP/1.0\r\n\r\n')
exchange(b'GET /nocontent HTTP/1.0\r\n\r\n')
exchange(b'GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n')
exchange(b'\r\n')
server.shutdown()
thread.join()
server.server_close()
sys.stderr = saved
for line in log.getvalue().splitlines():
    print(re.sub(r'\[[^\]]*\]', '[D]', line))
