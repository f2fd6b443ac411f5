"""Waiting for I/O on file descriptors, as CPython 3.11's `select` module on Linux:
`select.select(rlist, wlist, xlist[, timeout])` and `select.poll()` objects, with the
POLL* constants. Both run on one native `poll(2)` call (`_select.poll`), so `select`
has no FD_SETSIZE limit of its own beyond the one CPython checks.

`select.epoll` objects wrap a real epoll descriptor (`_select.epoll_*`).

Not here: `devpoll`, `kqueue` (not Linux).
"""
import _select
from _select import (
    EPOLL_CLOEXEC, EPOLLERR, EPOLLET, EPOLLEXCLUSIVE, EPOLLHUP, EPOLLIN, EPOLLMSG,
    EPOLLONESHOT, EPOLLOUT, EPOLLPRI, EPOLLRDBAND, EPOLLRDHUP, EPOLLRDNORM,
    EPOLLWRBAND, EPOLLWRNORM, PIPE_BUF, POLLERR, POLLHUP, POLLIN, POLLMSG, POLLNVAL, POLLOUT, POLLPRI,
    POLLRDBAND, POLLRDHUP, POLLRDNORM, POLLWRBAND, POLLWRNORM,
)

error = OSError

_FD_SETSIZE = 1024
_READABLE = POLLIN | POLLHUP | POLLERR
_WRITABLE = POLLOUT | POLLERR


def _fileno(obj):
    """The descriptor of an int or of an object with a fileno() method."""
    if isinstance(obj, int):
        fd = int(obj)
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
        fd = int(fd)
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _seconds_to_ms(timeout, message):
    """A timeout in seconds (None: no limit) as whole milliseconds, rounded up."""
    if timeout is None:
        return -1
    if isinstance(timeout, (int, float)):
        seconds = float(timeout) if not isinstance(timeout, int) else timeout
    else:
        try:
            seconds = float(timeout.__float__())
        except AttributeError:
            try:
                seconds = timeout.__index__()
            except AttributeError:
                raise TypeError(message) from None
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    if abs(seconds) > 9.2e9:
        raise OverflowError("timestamp too large to convert to C _PyTime_t")
    if seconds < 0:
        raise ValueError("timeout must be non-negative")
    ms = seconds * 1000
    whole = int(ms)
    return whole + 1 if whole < ms else whole


def select(rlist, wlist, xlist, timeout=None, /):
    try:
        lists = (list(rlist), list(wlist), list(xlist))
    except TypeError:
        raise TypeError("arguments 1-3 must be sequences") from None
    ms = _seconds_to_ms(timeout, "timeout must be a float or None")
    wanted = {}
    fds = []
    for objects, events in zip(lists, (POLLIN, POLLOUT, POLLPRI)):
        numbers = []
        for obj in objects:
            fd = _fileno(obj)
            if fd >= _FD_SETSIZE:
                raise ValueError("filedescriptor out of range in select()")
            wanted[fd] = wanted.get(fd, 0) | events
            numbers.append(fd)
        fds.append(numbers)
    flat = []
    for fd, events in wanted.items():
        flat += (fd, events)
    ready = _select.poll(flat, ms)
    got = dict(zip(ready[::2], ready[1::2]))
    for revents in got.values():
        if revents & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
    result = []
    for objects, numbers, mask in zip(lists, fds, (_READABLE, _WRITABLE, POLLPRI)):
        result.append([obj for obj, fd in zip(objects, numbers) if got.get(fd, 0) & mask])
    return tuple(result)


class poll:
    """A set of descriptors to wait on with poll(2)."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        fd = _fileno(fd)
        self._fds[fd] = _eventmask(eventmask)

    def modify(self, fd, eventmask, /):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = _eventmask(eventmask)

    def unregister(self, fd, /):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        if timeout is None:
            ms = -1
        else:
            if isinstance(timeout, float):
                whole = int(timeout)
                ms = whole + 1 if whole < timeout else whole
            else:
                try:
                    ms = timeout.__index__()
                except AttributeError:
                    raise TypeError("timeout must be an integer or None") from None
            if ms > 2**31 - 1:
                raise OverflowError("timeout is too large")
            if ms < 0:
                ms = -1
        flat = []
        for fd, events in self._fds.items():
            flat += (fd, events)
        ready = _select.poll(flat, ms)
        return list(zip(ready[::2], ready[1::2]))


def _eventmask(mask):
    if not isinstance(mask, int):
        raise TypeError("an integer is required")
    if mask < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if mask > 0xFFFF:
        raise OverflowError("Python int too large for C unsigned short")
    return int(mask)


_EPOLL_CTL_ADD, _EPOLL_CTL_DEL, _EPOLL_CTL_MOD = 1, 2, 3


class epoll:
    """An epoll descriptor: register descriptors with event masks, then poll."""

    # Closed until made: a failed __init__ leaves nothing to close.
    _epfd = -1

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        self._epfd = _select.epoll_create()

    @classmethod
    def fromfd(cls, fd, /):
        self = cls.__new__(cls)
        self._epfd = fd
        return self

    def _fd(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")
        return self._epfd

    @property
    def closed(self):
        return self._epfd < 0

    def close(self):
        if self._epfd >= 0:
            fd, self._epfd = self._epfd, -1
            import os
            os.close(fd)

    def fileno(self):
        return self._fd()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        epfd = self._fd()
        _select.epoll_ctl(epfd, _EPOLL_CTL_ADD, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        epfd = self._fd()
        _select.epoll_ctl(epfd, _EPOLL_CTL_MOD, _fileno(fd), eventmask)

    def unregister(self, fd):
        epfd = self._fd()
        _select.epoll_ctl(epfd, _EPOLL_CTL_DEL, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        epfd = self._fd()
        if timeout is None:
            ms = -1
        else:
            if not isinstance(timeout, (int, float)):
                raise TypeError("timeout must be an integer or None")
            if timeout != timeout:
                raise ValueError("Invalid value NaN (not a number)")
            if timeout < 0:
                ms = -1
            else:
                ms = timeout * 1000
                whole = int(ms)
                ms = whole + 1 if whole < ms else whole
                if ms > 2**31 - 1:
                    raise OverflowError("timeout is too large")
        if maxevents == -1:
            maxevents = _FD_SETSIZE - 1
        elif maxevents < 1:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        ready = _select.epoll_wait(epfd, ms, maxevents)
        return list(zip(ready[::2], ready[1::2]))

    def __enter__(self):
        self._fd()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self.close()
