# selectors: registering sockets with data, select() with and without timeouts,
# modify/unregister/get_key/get_map, the errors CPython gives, and a tiny echo loop.
import selectors
import socket


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        text = str(e).replace(repr(b), "<b>").replace(repr(a), "<a>")
        print(type(e).__name__, text.replace(f"FD {a.fileno()}", "FD <n>"))


a, b = socket.socketpair()
print(selectors.DefaultSelector.__name__)
for kind in (selectors.DefaultSelector, selectors.SelectSelector, selectors.PollSelector,
             selectors.EpollSelector):
    s = kind()
    k = s.register(a, selectors.EVENT_READ, data="x")
    print(k.events, k.data, k.fd == a.fileno(), k.fileobj is a, k._fields)
    attempt(lambda: s.register(a, selectors.EVENT_READ))
    attempt(lambda: s.register(b, 0))
    attempt(lambda: s.register(b, 4))
    attempt(lambda: s.get_key(b))
    attempt(lambda: s.unregister(b))
    attempt(lambda: s.register("x", 1))
    attempt(lambda: s.register(-3, 1))
    attempt(lambda: s.modify(b, 1))
    print(s.select(0))
    b.send(b"hi")
    print([(key.data, ev) for key, ev in s.select(0)])
    k2 = s.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="y")
    print(k2.data, k2.events)
    print([(key.data, ev) for key, ev in s.select()])
    k3 = s.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="z")
    print(k3.data, s.get_key(a).data, s.get_key(a.fileno()).data)
    print(len(s.get_map()), list(s.get_map()) == [a.fileno()], s.get_map()[a].data)
    attempt(lambda: s.get_map()[999])
    print(a.recv(10))
    print(s.unregister(a).data, len(s.get_map()))
    s.close()
    print(s.get_map())
    attempt(lambda: s.get_key(a))

with selectors.SelectSelector() as ss:
    ss.register(a.fileno(), selectors.EVENT_WRITE)
    print(ss.select(0.1)[0][1])
attempt(lambda: selectors.BaseSelector())
print(selectors.EVENT_READ, selectors.EVENT_WRITE, issubclass(selectors.DefaultSelector, selectors.BaseSelector))

# An echo server and client on one selector, in one thread.
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
server.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(server, selectors.EVENT_READ, data="accept")
client = socket.create_connection(server.getsockname())
client.sendall(b"ping\n")
replies = []
while not replies:
    for key, events in sel.select(timeout=2):
        if key.data == "accept":
            conn, _ = server.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data="echo")
        else:
            data = key.fileobj.recv(100)
            key.fileobj.sendall(data.upper())
            sel.unregister(key.fileobj)
            key.fileobj.close()
            replies.append(client.recv(100))
print(replies)
client.close()
server.close()
sel.close()
