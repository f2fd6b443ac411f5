# select.epoll: registering sockets, edge and level triggering, closing, and CPython's errors.
import select, socket
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print({k: getattr(select,k) for k in dir(select) if k.startswith('EPOLL')})
e = select.epoll()
a, b = socket.socketpair()
t(lambda: e.register(a)); t(lambda: e.register(a)); t(lambda: e.modify(b, 1)); t(lambda: e.unregister(b))
t(lambda: e.poll(0, 0)); t(lambda: e.poll('x')); t(lambda: e.poll(0, -2)); t(lambda: select.epoll(-2)); t(lambda: select.epoll(0))
t(lambda: e.register(-1)); t(lambda: e.register(99))
print(e.closed, type(e.fileno()))
print([(fd == a.fileno(), ev) for fd, ev in e.poll(0)])
b.send(b'q')
print([(fd == a.fileno(), ev) for fd, ev in e.poll(1)])
e.modify(a, select.EPOLLIN); print([(fd == a.fileno(), ev) for fd, ev in e.poll()])
e.unregister(a); print(e.poll(0.01))
e.register(a.fileno(), select.EPOLLIN | select.EPOLLET); print(len(e.poll(0)), len(e.poll(0)))
e.close(); print(e.closed); t(lambda: e.poll(0)); t(lambda: e.fileno()); t(lambda: e.register(0)); e.close()
t(lambda: e.__enter__())
with select.epoll(flags=select.EPOLL_CLOEXEC) as e2:
    print(e2.closed)
print(e2.closed)
t(lambda: select.epoll(sizehint=5).close())
