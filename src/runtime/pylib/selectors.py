"""High-level waiting on many file objects, as CPython 3.11's `selectors`: register file
objects (or descriptors) with the events wanted and any data, then `select()` returns
the keys that are ready. Built on the `select` module here.

`DefaultSelector` is the `EpollSelector`, as on Linux. Not here: `DevpollSelector`,
`KqueueSelector` (not Linux).
"""
import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = """A registered file object: the object, its descriptor, the events
waited for and the data given at registration."""


def _fileobj_to_fd(fileobj):
    """The descriptor of an int or of an object with a fileno() method."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class _SelectorMapping(Mapping):
    """The selector's keys, looked up by file object or descriptor."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            return self._selector._fd_to_key[self._selector._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """What every selector offers: register, unregister, modify, select, close."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping the concrete selectors share: descriptor to key."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            # A closed file object has no descriptor any more: find it by identity.
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def _registered_key(self, fileobj):
        try:
            return self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def modify(self, fileobj, events, data=None):
        key = self._registered_key(fileobj)
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """A selector over `select.select`."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        try:
            r, w, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return []
        r, w = set(r), set(w)
        ready = []
        for fd in r | w:
            events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    """What the poll and epoll selectors share: an object with register, modify,
    unregister and poll, and its own names for readable and writable."""

    _selector_class = None
    _IN = _OUT = 0

    def __init__(self):
        super().__init__()
        self._selector = self._selector_class()

    def _poll_events(self, events):
        return (self._IN if events & EVENT_READ else 0) | (
            self._OUT if events & EVENT_WRITE else 0
        )

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._poll_events(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            # The descriptor may already be closed.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered_key(fileobj)
        if events != key.events:
            try:
                self._selector.modify(key.fd, self._poll_events(events))
            except BaseException:
                super().unregister(fileobj)
                raise
        if events != key.events or data != key.data:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def _wait(self, timeout):
        raise NotImplementedError

    def select(self, timeout=None):
        try:
            fd_events = self._wait(timeout)
        except InterruptedError:
            return []
        ready = []
        for fd, event in fd_events:
            events = (EVENT_WRITE if event & ~self._IN else 0) | (
                EVENT_READ if event & ~self._OUT else 0
            )
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class PollSelector(_PollLikeSelector):
    """A selector over `select.poll` (timeouts in milliseconds)."""

    _selector_class = select.poll
    _IN = select.POLLIN
    _OUT = select.POLLOUT

    def _wait(self, timeout):
        if timeout is not None:
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1e3)
        return self._selector.poll(timeout)

    def close(self):
        self._selector = None
        super().close()


class EpollSelector(_PollLikeSelector):
    """A selector over `select.epoll` (timeouts in seconds)."""

    _selector_class = select.epoll
    _IN = select.EPOLLIN
    _OUT = select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def _wait(self, timeout):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            # Whole milliseconds, rounded up, so the wait is never shorter.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        return self._selector.poll(timeout, max(len(self._fd_to_key), 1))

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
