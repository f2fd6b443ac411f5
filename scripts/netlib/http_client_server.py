# http.server and http.client in one script: a ThreadingHTTPServer on 127.0.0.1 (port 0)
# with a BaseHTTPRequestHandler answering GET/POST/HEAD, keep-alive with HTTP/1.1,
# chunked replies, send_error's page, and HTTPConnection's request/putrequest paths.
import http.client
import http.server
import io
import sys
import threading

log = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        log.append(format % args)

    def reply(self, body, ctype='text/plain'):
        self.send_response(200)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        self.send_header('X-Path', self.path)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def do_GET(self):
        if self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for piece in (b'first line\n', b'second ', b'line\n'):
                self.wfile.write(b'%x\r\n%s\r\n' % (len(piece), piece))
            self.wfile.write(b'0\r\n\r\n')
        elif self.path == '/missing':
            self.send_error(404)
        elif self.path == '/teapot':
            self.send_error(418, 'Short and stout', 'Tip me over')
        elif self.path == '/close':
            body = b'no length, closes\n'
            self.send_response(200)
            self.send_header('Connection', 'close')
            self.end_headers()
            self.wfile.write(body)
        else:
            names = sorted(k.lower() for k in self.headers.keys())
            self.reply(('%s %s %s\n' % (self.command, self.path, names)).encode())

    do_HEAD = do_GET

    def do_POST(self):
        if 'chunked' in self.headers.get('Transfer-Encoding', ''):
            data = b''
            while True:
                size = int(self.rfile.readline(), 16)
                chunk = self.rfile.read(size + 2)[:size]
                if not size:
                    break
                data += chunk
        else:
            data = self.rfile.read(int(self.headers['Content-Length']))
        self.reply(b'got ' + data + b' as ' + self.headers.get('Content-Type', '-').encode())


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
print(server.daemon_threads, server.allow_reuse_address, server.server_port > 0)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()
host, port = server.server_address

conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request('GET', '/hello?x=1', headers={'X-Custom': 'yes'})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader('content-type'), r.getheader('X-Path'))
print(r.getheader('missing'), r.getheader('missing', 'dflt'), type(r.headers).__name__)
print(r.read())
print(r.isclosed(), r.closed)
# The same connection again (keep-alive).
conn.request('POST', '/form', body=b'a=1&b=2',
             headers={'Content-Type': 'application/x-www-form-urlencoded'})
with conn.getresponse() as r:
    print(r.status, r.read(3), r.read())
conn.request('POST', '/text', body='latin-1 text')
r = conn.getresponse()
print(r.read())
conn.request('POST', '/iter', body=iter([b'one ', b'two ', b'three']))
print(conn.getresponse().read())
conn.request('POST', '/file', body=io.BytesIO(b'from a file'))
print(conn.getresponse().read())
conn.request('HEAD', '/head')
r = conn.getresponse()
print(r.status, r.getheader('Content-Length'), r.read(), r.isclosed())
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.chunked, r.readline(), list(r))
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.read(4), r.read(9), r.read())
conn.request('GET', '/missing')
r = conn.getresponse()
body = r.read().decode()
print(r.status, r.reason, r.getheader('Content-Type'), r.getheader('Connection'))
print(body)
conn.close()

# Step by step: putrequest, putheader (several values), endheaders with a body.
conn = http.client.HTTPConnection('%s:%d' % (host, port))
print(conn.host == host, conn.port == port)
conn.putrequest('POST', '/steps')
conn.putheader('Content-Length', 5)
conn.putheader('X-Multi', 'a', 'b')
conn.endheaders(b'12345')
r = conn.getresponse()
print(r.read())
r = None
conn.request('GET', '/teapot')
r = conn.getresponse()
print(r.status, r.reason)
print(r.read().decode())
conn.close()

conn = http.client.HTTPConnection(host, port)
conn.request('GET', '/close')
r = conn.getresponse()
print(r.will_close, r.length, r.read(), conn.sock)

# Out-of-order calls.
conn = http.client.HTTPConnection(host, port)
for step in (lambda: conn.getresponse(), lambda: conn.putheader('A', 'b'),
             lambda: conn.endheaders()):
    try:
        step()
    except http.client.ImproperConnectionState as e:
        print(type(e).__name__, repr(e))
conn.putrequest('GET', '/')
try:
    conn.putrequest('GET', '/')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest', e)
for bad in (('A:b', 'x'), ('A', 'x\ny')):
    try:
        conn.putheader(*bad)
    except ValueError as e:
        print(e)
conn.close()
try:
    conn.request('GET\r\n', '/')
except ValueError as e:
    print(e)
conn.close()
try:
    conn.request('GET', '/a b')
except http.client.InvalidURL as e:
    print(type(e).__name__, e)
conn.close()
try:
    http.client.HTTPConnection('example.com:http')
except http.client.InvalidURL as e:
    print(e)

server.shutdown()
thread.join()
server.server_close()
for line in log:
    print(line)
print(http.client.responses[404], http.client.OK, http.client.NOT_FOUND == 404)
print(repr(http.client.IncompleteRead(b'abc', 2)), repr(http.client.BadStatusLine('')))
print(str(http.client.LineTooLong('header line')))
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError))
