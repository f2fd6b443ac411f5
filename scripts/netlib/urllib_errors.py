# urllib.request and http.client errors: a timeout while waiting for the answer, str data,
# an empty URL, a body that is not Latin-1; Request header bookkeeping and the list parsers.
import socket, threading, urllib.request, urllib.error, http.client
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
port = l.getsockname()[1]
held = []
def acceptor():
    c, _ = l.accept(); held.append(c)
t = threading.Thread(target=acceptor); t.start()
try:
    urllib.request.urlopen('http://127.0.0.1:%d/' % port, timeout=0.2)
except Exception as e:
    print(type(e).__name__, e)
t.join()
for c in held: c.close()
l.close()
try:
    urllib.request.urlopen(urllib.request.Request('http://127.0.0.1:%d/' % port, data='text'))
except TypeError as e:
    print(e)
try:
    urllib.request.Request('')
except ValueError as e:
    print(e)
try:
    http.client.HTTPConnection('127.0.0.1', port).request('GET', '/', body='ünï€')
except Exception as e:
    print(type(e).__name__, e)
r = urllib.request.Request('http://h/p')
r.add_header('content-TYPE', 'x'); r.add_unredirected_header('X-u', '1')
print(r.header_items(), r.get_header('Content-type'), r.get_header('X-u'), r.has_header('content-type'))
r.remove_header('Content-type'); print(r.header_items())
print(urllib.request.parse_http_list('a, "b, c", d'), urllib.request.parse_keqv_list(['a="1"', 'b=2']))
