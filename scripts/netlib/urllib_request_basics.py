# urllib.request against a local http.server (127.0.0.1, port 0, in a thread): urlopen of
# http:// (GET, POST data, Request headers and methods), HTTPError for error statuses,
# redirects, build_opener with a custom handler, file:// and data: URLs, urlretrieve,
# URLError for refused connections and unknown schemes.
import http.server
import os
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, code, body, **headers):
        self.send_response(code)
        for name, value in headers.items():
            self.send_header(name.replace('_', '-'), value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith('/redirect'):
            self.answer(302, b'moved', Location='/target?from=redirect')
        elif self.path == '/loop':
            self.answer(301, b'', Location='/loop')
        elif self.path == '/gone':
            self.answer(410, b'it is gone', Content_Type='text/plain')
        else:
            agent = self.headers.get('User-Agent')
            text = '%s %s ua=%s conn=%s x=%s' % (self.command, self.path, agent,
                                                 self.headers.get('Connection'),
                                                 self.headers.get('X-Thing'))
            self.answer(200, text.encode(), Content_Type='text/plain; charset=utf-8')

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        text = 'POST %s %r %s' % (self.path, data, self.headers['Content-Type'])
        if self.path == '/redirect':
            self.answer(303, b'', Location='/after-post')
            return
        self.answer(201, text.encode())

    def do_PUT(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        self.answer(200, b'PUT ' + data)


server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()
base = 'http://127.0.0.1:%d' % server.server_port

with urllib.request.urlopen(base + '/plain') as r:
    print(r.status, r.reason, r.msg, r.getcode(), r.url == base + '/plain')
    print(r.headers.get_content_type(), r.headers.get_content_charset())
    print(r.read().decode())
r = urllib.request.urlopen(base + '/post', data=b'k=v')
print(r.status, r.read())
form = urllib.parse.urlencode({'name': 'coro', 'n': 3}).encode()
print(urllib.request.urlopen(base + '/form', form).read())
req = urllib.request.Request(base + '/req', headers={'x-thing': 'abc'})
print(req.get_method(), req.type, req.selector, req.header_items())
print(urllib.request.urlopen(req).read().decode())
req = urllib.request.Request(base + '/put', data=b'payload', method='PUT')
print(req.get_method(), urllib.request.urlopen(req).read())

try:
    urllib.request.urlopen(base + '/gone')
except urllib.error.HTTPError as e:
    print(type(e).__name__, e.code, e.reason, repr(e), str(e))
    print(e.headers['Content-Type'], e.read(), e.url == base + '/gone')

r = urllib.request.urlopen(base + '/redirect')
print(r.status, r.url == base + '/target?from=redirect', r.read().decode())
r = urllib.request.urlopen(base + '/redirect', data=b'x=1')
print(r.status, r.read().decode())
try:
    urllib.request.urlopen(base + '/loop')
except urllib.error.HTTPError as e:
    print(e.code, str(e).splitlines()[0])


class Recorder(urllib.request.BaseHandler):
    def http_request(self, req):
        req.add_header('X-thing', 'from-handler')
        return req

    def http_response(self, req, response):
        print('response for', req.selector, response.status)
        return response


opener = urllib.request.build_opener(Recorder)
opener.addheaders = [('User-agent', 'coro-test')]
# (FTPHandler and HTTPSHandler are left out: coro has neither ftp nor ssl.)
print(sorted(type(h).__name__ for h in opener.handlers
             if type(h).__name__ not in ('FTPHandler', 'HTTPSHandler')))
print(opener.open(base + '/opener').read().decode())

server.shutdown()
thread.join()
server.server_close()

folder = '/tmp/coro_urllib_%d' % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, 'note.txt')
with open(path, 'w') as f:
    f.write('file contents\n')
with urllib.request.urlopen('file://' + path) as r:
    print(r.read(), r.headers['Content-type'], r.headers['Content-length'], r.status,
          r.url == 'file://' + path)
copy = os.path.join(folder, 'copy.txt')
hooks = []
name, headers = urllib.request.urlretrieve('file://' + path, copy,
                                           lambda *a: hooks.append(a))
print(name == copy, headers['Content-length'], open(copy).read(), hooks)
print(urllib.request.urlretrieve('file://' + path)[0] == path)
os.remove(copy)
os.remove(path)
os.rmdir(folder)
try:
    urllib.request.urlopen('file://' + path)
except urllib.error.URLError as e:
    print(type(e.reason).__name__, e.reason.errno)

r = urllib.request.urlopen('data:,Hello%2C%20World')
print(r.read(), r.headers.items(), r.status)
r = urllib.request.urlopen('data:application/json;base64,eyJhIjogMX0=')
print(r.read(), r.info()['Content-type'])

closed = socket.socket()
closed.bind(('127.0.0.1', 0))
try:
    urllib.request.urlopen('http://127.0.0.1:%d/' % closed.getsockname()[1])
except urllib.error.URLError as e:
    print(type(e.reason).__name__, str(e))
closed.close()
for bad in ('foo://x/y', 'not a url'):
    try:
        urllib.request.urlopen(bad)
    except (urllib.error.URLError, ValueError) as e:
        print(type(e).__name__, e)
print(urllib.request.pathname2url('/a b/c'), urllib.request.url2pathname('/a%20b'))
req = urllib.request.Request('http://example.com/a?b#frag', data=b'x')
print(req.full_url, req.host, req.selector, req.fragment, req.get_method(),
      req.origin_req_host)
req.data = None
print(req.get_method(), req.has_header('Content-type'))
