# select.select and select.poll over a socket pair: readiness, timeouts, the argument
# errors CPython gives, and the POLL* constants.
import select
import socket


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class BadFileno:
    def fileno(self):
        return "a"


attempt(lambda: select.select(1, [], []))
attempt(lambda: select.select([], [], [], "a"))
attempt(lambda: select.select([], [], [], -1))
attempt(lambda: select.select(["x"], [], [], 0))
attempt(lambda: select.select([-1], [], [], 0))
attempt(lambda: select.select([BadFileno()], [], [], 0))
attempt(lambda: select.select([99999], [], [], 0))
attempt(lambda: select.select([], [], [], float("nan")))
attempt(lambda: select.select([], [], [], 10**20))
attempt(lambda: select.select((), (), (), 0))
attempt(lambda: select.select([], [], [], 0.01))
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL,
      select.POLLPRI, select.POLLRDNORM, select.POLLWRNORM, select.POLLRDBAND,
      select.POLLWRBAND, select.POLLMSG, select.POLLRDHUP, select.PIPE_BUF)
print(select.error is OSError)

a, b = socket.socketpair()
fa, fb = a.fileno(), b.fileno()
r, w, x = select.select([a, b], [a, fb], [], 0)
print(r, w == [a, fb], x)
b.send(b"x")
r, w, x = select.select([a, b, a], [], [a], 0)
print(r == [a, a], w, x)
print(a.recv(10))
print(select.select([a], [], [], 0.05) == ([], [], []))

p = select.poll()
print(type(p).__name__, type(p).__module__)
attempt(lambda: p.unregister(5))
attempt(lambda: p.modify(5, 1))
attempt(lambda: p.register(-1))
attempt(lambda: p.register(3, "x"))
attempt(lambda: p.register("x"))
attempt(lambda: p.register(3, 1 << 20))
attempt(lambda: p.poll("x"))
attempt(lambda: p.poll(2**40))
print(p.poll(0), p.poll(1.5))
p.register(a)
p.register(fb, select.POLLOUT)
print([(fd == fa, ev) for fd, ev in p.poll()])
b.send(b"y")
print([(fd == fa, ev) for fd, ev in p.poll(None)])
p.modify(a, select.POLLOUT)
print([(fd == fa, ev) for fd, ev in p.poll()])
p.unregister(b)
p.modify(a, select.POLLIN)
print([(fd == fa, ev) for fd, ev in p.poll(-1)])
print(a.recv(10))
b.close()
print(select.select([a], [], [], 1)[0] == [a], a.recv(10))
a.close()
print(p.poll(0) == [(fa, select.POLLNVAL)])
attempt(lambda: select.select([fa], [], [], 0))
