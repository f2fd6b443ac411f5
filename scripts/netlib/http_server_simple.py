# http.server.SimpleHTTPRequestHandler serving a folder it made (127.0.0.1, port 0):
# the directory listing, files with their content types, index.html, the redirect to a
# folder's slash, 404 pages, HEAD, If-Modified-Since, paths that try to leave the
# folder, malformed requests; and the server log's format (the date part replaced).
import functools
import io
import os
import re
import shutil
import socket
import sys
import threading
import http.server

root = '/tmp/coro_http_server_%d' % os.getpid()
os.makedirs(root + '/sub/deeper')
files = {'a.txt': 'plain text\n', 'page.html': '<p>hi</p>\n', 'x y&.json': '{}\n',
         'sub/index.html': '<h1>index</h1>\n', 'sub/deeper/data.bin': 'bytes'}
for name, text in files.items():
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)
    os.utime(os.path.join(root, name), (1000000000, 1000000000))

log = io.StringIO()
real_stderr = sys.stderr
sys.stderr = log
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()


def fetch(raw):
    with socket.create_connection(server.server_address) as c:
        c.sendall(raw)
        data = b''
        while True:
            more = c.recv(65536)
            if not more:
                break
            data += more
    head, _, body = data.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    shown = [line for line in lines
             if not line.startswith(('Date:', 'Server:'))]
    server_line = [line for line in lines if line.startswith('Server:')]
    return shown, server_line, body


def show(raw):
    lines, server_line, body = fetch(raw)
    print(lines)
    print(body.decode())


show(b'GET / HTTP/1.0\r\n\r\n')
show(b'GET /a.txt HTTP/1.0\r\n\r\n')
show(b'GET /page.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
show(b'GET /x%20y%26.json HTTP/1.0\r\n\r\n')
show(b'GET /sub HTTP/1.0\r\n\r\n')
show(b'GET /sub?q=1 HTTP/1.0\r\n\r\n')
show(b'GET /sub/ HTTP/1.0\r\n\r\n')
show(b'GET /sub/deeper/ HTTP/1.0\r\n\r\n')
show(b'GET /sub/deeper/data.bin HTTP/1.0\r\n\r\n')
show(b'HEAD /a.txt HTTP/1.0\r\n\r\n')
show(b'GET /a.txt HTTP/1.0\r\nIf-Modified-Since: Sat, 01 Jan 2050 00:00:00 GMT\r\n\r\n')
show(b'GET /a.txt HTTP/1.0\r\nIf-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n\r\n')
show(b'GET /nothing-here HTTP/1.0\r\n\r\n')
show(b'GET /a.txt/ HTTP/1.0\r\n\r\n')
show(b'GET /../../etc/passwd HTTP/1.0\r\n\r\n')
show(b'GET /sub/../a.txt HTTP/1.0\r\n\r\n')
show(b'POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n')
show(b'GET / HTTP/2.0\r\n\r\n')
show(b'GET / HTTP/1.x\r\n\r\n')
show(b'GET / HTTP/1.0 extra\r\n\r\n')
show(b'PUT /\r\n\r\n')
show(b'GET /\r\n\r\n')
lines, server_line, body = fetch(b'GET /a.txt HTTP/1.0\r\n\r\n')
print(server_line[0].split()[1], server_line[0].split()[2].startswith('Python/'))

server.shutdown()
thread.join()
server.server_close()
sys.stderr = real_stderr
for line in log.getvalue().splitlines():
    print(re.sub(r'\[\d\d/\w\w\w/\d{4} \d\d:\d\d:\d\d\]', '[DATE]', line))
shutil.rmtree(root)
