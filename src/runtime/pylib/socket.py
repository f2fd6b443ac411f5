# The socket module: CPython 3.11's blocking socket API over the _socket natives (system
# calls on file descriptors, see src/runtime/socket/). The socket object keeps its
# descriptor and timeout here; every call that can block passes the timeout down
# (None blocks, 0.0 never waits, a positive value raises TimeoutError('timed out')).
# Not here: ssl, sendmsg/recvmsg, socket options beyond ints and bytes.

import _socket
from _socket import *
from enum import IntEnum

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


class AddressFamily(IntEnum):
    AF_UNSPEC = _socket.AF_UNSPEC
    AF_UNIX = _socket.AF_UNIX
    AF_INET = _socket.AF_INET
    AF_INET6 = _socket.AF_INET6


class SocketKind(IntEnum):
    SOCK_STREAM = _socket.SOCK_STREAM
    SOCK_DGRAM = _socket.SOCK_DGRAM
    SOCK_RAW = _socket.SOCK_RAW
    SOCK_SEQPACKET = _socket.SOCK_SEQPACKET
    SOCK_NONBLOCK = _socket.SOCK_NONBLOCK
    SOCK_CLOEXEC = _socket.SOCK_CLOEXEC


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET

has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None
_TYPE_MASK = ~(_socket.SOCK_NONBLOCK | _socket.SOCK_CLOEXEC)


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(value):
    global _default_timeout
    _default_timeout = _check_timeout(value)


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer or float")
    value = float(value)
    if value < 0:
        raise ValueError('Timeout value out of range')
    return value


def _bad_fd():
    return OSError(9, 'Bad file descriptor')


class socket:
    __slots__ = ('_fd', '_family', '_type', '_proto', '_timeout', '_io_refs', '_closed',
                 '__weakref__')

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            self._fd = _socket.socket(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError(f"'{fileno.__class__.__name__}' object cannot be interpreted as an integer")
            if fileno < 0:
                raise ValueError('negative file descriptor')
            info = _socket.sockinfo(fileno)
            if family == -1:
                family = info[0]
            if type == -1:
                type = info[1]
            if proto == -1:
                proto = info[2]
            self._fd = fileno
        self._family = family
        self._type = type & _TYPE_MASK
        self._proto = proto
        self._io_refs = 0
        self._closed = False
        self._timeout = None
        if type & _socket.SOCK_NONBLOCK:
            self._timeout = 0.0
        elif _default_timeout is not None:
            self.settimeout(_default_timeout)

    @property
    def family(self):
        return _intenum_converter(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum_converter(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(),
            self._family, self._type, self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def _check(self):
        if self._fd < 0:
            raise _bad_fd()
        return self._fd

    def fileno(self):
        return self._fd

    def detach(self):
        fd = self._fd
        self._fd = -1
        self._closed = True
        return fd

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            _socket.close(fd)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def dup(self):
        fd = _socket.dup(self._check())
        sock = self.__class__(self._family, self._type, self._proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def settimeout(self, value):
        value = _check_timeout(value)
        self._timeout = value
        if self._fd >= 0:
            _socket.set_blocking(self._fd, value is None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def bind(self, address):
        _socket.bind(self._check(), self._family, address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        _socket.listen(self._check(), max(backlog, 0))

    def _accept(self):
        return _socket.accept(self._check(), self._timeout)

    def accept(self):
        fd, addr = self._accept()
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def connect(self, address):
        _socket.connect(self._check(), self._family, address, self._timeout)

    def connect_ex(self, address):
        return _socket.connect_ex(self._check(), self._family, address, self._timeout)

    def send(self, data, flags=0):
        return _socket.send(self._check(), data, flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._check(), data, flags, self._timeout)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return _socket.sendto(self._check(), data, flags, self._family, addr, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._check(), bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._check(), bufsize, flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes <= 0:
            nbytes = len(buffer)
        data = self.recv(nbytes, flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes <= 0:
            nbytes = len(buffer)
        data, addr = self.recvfrom(nbytes, flags)
        buffer[:len(data)] = data
        return len(data), addr

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    def setsockopt(self, level, optname, value, optlen=None):
        _socket.setsockopt(self._check(), level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        if buflen is None:
            return _socket.getsockopt(self._check(), level, optname)
        return _socket.getsockopt(self._check(), level, optname, buflen)

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        return _SocketFile(self, mode, encoding, errors, newline)


class _SocketFile:
    """What makefile() returns: a buffered reader/writer over the socket, text or binary."""

    def __init__(self, sock, mode, encoding, errors, newline):
        self._sock = sock
        self.mode = mode
        self._binary = 'b' in mode
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._rbuf = b''
        self._wbuf = []
        self._eof = False
        self.closed = False

    def _conv(self, data):
        return data if self._binary else data.decode(self._encoding, self._errors)

    def _fill(self):
        if self._eof:
            return False
        chunk = self._sock.recv(8192)
        if not chunk:
            self._eof = True
            return False
        self._rbuf += chunk
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b''
        else:
            while len(self._rbuf) < size and self._fill():
                pass
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return self._conv(data)

    def readline(self, size=-1):
        limited = size is not None and size >= 0
        while True:
            i = self._rbuf.find(b'\n')
            # Enough bytes for a limited line: do not wait for its newline.
            if i >= 0 or limited and len(self._rbuf) >= size or not self._fill():
                break
        i = self._rbuf.find(b'\n')
        end = len(self._rbuf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        data, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return self._conv(data)

    def readlines(self):
        return list(self)

    def read1(self, size=-1):
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return self._conv(data)

    def peek(self, size=0):
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def fileno(self):
        return self._sock.fileno()

    def readable(self):
        return 'r' in self.mode

    def writable(self):
        return 'w' in self.mode

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        if not self._binary:
            data = data.encode(self._encoding, self._errors)
        self._wbuf.append(bytes(data))
        return len(data)

    def flush(self):
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._sock.sendall(data)

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True
                self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


SocketType = socket


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, _socket.dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, str):
        try:
            host.encode('idna' if not host.isascii() else 'ascii')
        except UnicodeError:
            raise
    try:
        found = _socket.getaddrinfo(host, port, family, type, proto, flags)
    except OSError as e:
        if e.__class__ is OSError and e.args and isinstance(e.args[0], int) and e.args[0] < 0:
            raise gaierror(*e.args) from None
        raise
    return [(_intenum_converter(af, AddressFamily), _intenum_converter(kind, SocketKind),
             pr, canon, sa) for af, kind, pr, canon, sa in found]


def gethostname():
    return _socket.gethostname()


def gethostbyname(hostname):
    return getaddrinfo(hostname, None, AF_INET)[0][4][0]


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'big'), 'little')


ntohl = htonl


def inet_aton(ip):
    return _socket.inet_pton(AF_INET, ip)


def inet_ntoa(packed):
    return _socket.inet_ntop(AF_INET, packed)


def inet_pton(family, ip):
    return _socket.inet_pton(family, ip)


def inet_ntop(family, packed):
    return _socket.inet_ntop(family, packed)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except OSError as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            raise exceptions[0]
        finally:
            exceptions.clear()
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
