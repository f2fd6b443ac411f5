

# ---- Networking: protocols, connections, servers, datagrams, sock_* (asyncio_net.py) ----
# CPython 3.11's selector_events.py and base_events.py networking, over the native
# loop's add_reader/add_writer and its native stream transport
# (src/event_loop/net/). Name resolution calls the C library's getaddrinfo directly
# (CPython runs it in an executor; numeric and local names answer at once either way).

_socket_module = None


def _socket():
    global _socket_module
    if _socket_module is None:
        import socket
        _socket_module = socket
    return _socket_module


_ACCEPT_RETRY_DELAY = 1
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5


class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        raise NotImplementedError

    def buffer_updated(self, nbytes):
        raise NotImplementedError

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class BaseTransport:
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        data = b''.join(list_of_data)
        self.write(data)

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __slots__ = ()

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class AbstractServer:
    pass


class TransportSocket:
    """What transports and servers hand out for their socket (CPython's asyncio.trsock):
    the socket's queries, without the calls that would disturb the transport."""

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, "
             f"family={self.family!s}, type={self.type!s}, "
             f"proto={self.proto}")
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except OSError:
                pass
        return f"{s}>"

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return False

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def getsockbyname(self):
        return self._sock.getsockbyname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')


TransportSocket.__module__ = 'asyncio.trsock'


def _set_nodelay(sock):
    s = _socket()
    if (sock.family in (s.AF_INET, s.AF_INET6) and sock.type == s.SOCK_STREAM
            and sock.proto == s.IPPROTO_TCP):
        sock.setsockopt(s.IPPROTO_TCP, s.TCP_NODELAY, 1)


def _transport_extra(sock, extra):
    extra = {} if extra is None else dict(extra)
    extra['socket'] = TransportSocket(sock)
    try:
        extra['sockname'] = sock.getsockname()
    except OSError:
        extra['sockname'] = None
    if 'peername' not in extra:
        try:
            extra['peername'] = sock.getpeername()
        except OSError:
            extra['peername'] = None
    return extra


def _accepted_socket_extra(fd, extra):
    """The socket object of an accepted connection's descriptor and its sockname, made
    when its transport is first asked for them (see _accept_connection)."""
    sock = _socket().socket(fileno=fd)
    extra['socket'] = TransportSocket(sock)
    try:
        extra['sockname'] = sock.getsockname()
    except OSError:
        extra['sockname'] = None
    return sock


def _make_socket_transport_py(self, sock, protocol, waiter=None, *, extra=None, server=None):
    extra = _transport_extra(sock, extra)
    if sock.family != _socket().AF_UNIX:
        _set_nodelay(sock)
    if server is not None:
        server._attach()
    return self._make_socket_transport(sock, protocol, waiter, extra, server)


def _ensure_resolved(address, *, family=0, type=None, proto=0, flags=0):
    s = _socket()
    if type is None:
        type = s.SOCK_STREAM
    host, port = address[:2]
    return s.getaddrinfo(host, port, family, type, proto, flags)


async def _loop_getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    return _socket().getaddrinfo(host, port, family, type, proto, flags)


def _sock_read_done(loop, fd, handle):
    def done(fut):
        if handle is None or not handle.cancelled():
            loop.remove_reader(fd)
    return done


def _sock_write_done(loop, fd, handle):
    def done(fut):
        if handle is None or not handle.cancelled():
            loop.remove_writer(fd)
    return done


async def _loop_sock_recv(self, sock, n):
    try:
        return sock.recv(n)
    except (BlockingIOError, InterruptedError):
        pass
    fut = self.create_future()
    fd = sock.fileno()
    handle = self.add_reader(fd, _sock_recv_cb, fut, sock, n)
    fut.add_done_callback(_sock_read_done(self, fd, handle))
    return await fut


def _sock_recv_cb(fut, sock, n):
    if fut.done():
        return
    try:
        data = sock.recv(n)
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(data)


async def _loop_sock_recv_into(self, sock, buf):
    data = await self.sock_recv(sock, len(buf))
    buf[:len(data)] = data
    return len(data)


async def _loop_sock_recvfrom(self, sock, bufsize):
    try:
        return sock.recvfrom(bufsize)
    except (BlockingIOError, InterruptedError):
        pass
    fut = self.create_future()
    fd = sock.fileno()

    def cb():
        if fut.done():
            return
        try:
            result = sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    handle = self.add_reader(fd, cb)
    fut.add_done_callback(_sock_read_done(self, fd, handle))
    return await fut


async def _loop_sock_sendall(self, sock, data):
    try:
        n = sock.send(data)
    except (BlockingIOError, InterruptedError):
        n = 0
    if n == len(data):
        return
    fut = self.create_future()
    fd = sock.fileno()
    data = bytes(data)
    pos = [n]

    def cb():
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(data[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(data):
            fut.set_result(None)
        else:
            pos[0] = start

    handle = self.add_writer(fd, cb)
    fut.add_done_callback(_sock_write_done(self, fd, handle))
    return await fut


async def _loop_sock_sendto(self, sock, data, address):
    try:
        return sock.sendto(data, address)
    except (BlockingIOError, InterruptedError):
        pass
    fut = self.create_future()
    fd = sock.fileno()

    def cb():
        if fut.done():
            return
        try:
            n = sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(n)

    handle = self.add_writer(fd, cb)
    fut.add_done_callback(_sock_write_done(self, fd, handle))
    return await fut


async def _loop_sock_connect(self, sock, address):
    s = _socket()
    if sock.family == s.AF_INET or sock.family == s.AF_INET6:
        resolved = _ensure_resolved(address, family=sock.family, type=sock.type,
                                    proto=sock.proto)
        _, _, _, _, address = resolved[0]
    fut = self.create_future()
    fd = sock.fileno()
    try:
        sock.connect(address)
    except (BlockingIOError, InterruptedError):
        handle = self.add_writer(fd, _sock_connect_cb, fut, sock, address)
        fut.add_done_callback(_sock_write_done(self, fd, handle))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)
    try:
        return await fut
    finally:
        fut = None


def _sock_connect_cb(fut, sock, address):
    if fut.done():
        return
    s = _socket()
    try:
        err = sock.getsockopt(s.SOL_SOCKET, s.SO_ERROR)
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
    except (BlockingIOError, InterruptedError):
        pass
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


async def _loop_sock_accept(self, sock):
    fut = self.create_future()
    _sock_accept_cb(self, fut, sock)
    return await fut


def _sock_accept_cb(loop, fut, sock):
    if fut.done():
        return
    fd = sock.fileno()
    try:
        conn, address = sock.accept()
        conn.setblocking(False)
    except (BlockingIOError, InterruptedError):
        handle = loop.add_reader(fd, _sock_accept_cb, loop, fut, sock)
        fut.add_done_callback(_sock_read_done(loop, fd, handle))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result((conn, address))


async def _connect_sock(loop, exceptions, addr_info, local_addr_infos=None):
    my_exceptions = []
    exceptions.append(my_exceptions)
    family, type_, proto, _, address = addr_info
    sock = None
    try:
        sock = _socket().socket(family=family, type=type_, proto=proto)
        sock.setblocking(False)
        if local_addr_infos is not None:
            for lfamily, _, _, _, laddr in local_addr_infos:
                if lfamily != family:
                    continue
                try:
                    sock.bind(laddr)
                    break
                except OSError as exc:
                    msg = (f'error while attempting to bind on '
                           f'address {laddr!r}: '
                           f'{exc.strerror.lower()}')
                    exc = OSError(exc.errno, msg)
                    my_exceptions.append(exc)
            else:
                if my_exceptions:
                    raise my_exceptions.pop()
                else:
                    raise OSError(f"no matching local address with {family=} found")
        await loop.sock_connect(sock, address)
        return sock
    except OSError as exc:
        my_exceptions.append(exc)
        if sock is not None:
            sock.close()
        raise
    except:
        if sock is not None:
            sock.close()
        raise
    finally:
        exceptions = my_exceptions = None


async def _create_connection_transport(loop, sock, protocol_factory):
    sock.setblocking(False)
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _make_socket_transport_py(loop, sock, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


def _no_ssl(ssl, server_hostname=None):
    if server_hostname is not None and not ssl:
        raise ValueError('server_hostname is only meaningful with ssl')
    if ssl:
        raise NotImplementedError('coro has no ssl support')


async def _loop_create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                  family=0, proto=0, flags=0, sock=None, local_addr=None,
                                  server_hostname=None, ssl_handshake_timeout=None,
                                  ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                  interleave=None):
    _no_ssl(ssl, server_hostname)
    if ssl_handshake_timeout is not None and not ssl:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    s = _socket()
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = _ensure_resolved((host, port), family=family, type=s.SOCK_STREAM,
                                 proto=proto, flags=flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        laddr_infos = None
        if local_addr is not None:
            laddr_infos = _ensure_resolved(local_addr, family=family, type=s.SOCK_STREAM,
                                           proto=proto, flags=flags)
            if not laddr_infos:
                raise OSError('getaddrinfo() returned empty list')
        exceptions = []
        for addrinfo in infos:
            try:
                sock = await _connect_sock(self, exceptions, addrinfo, laddr_infos)
                break
            except OSError:
                continue
        if sock is None:
            exceptions = [exc for sub in exceptions for exc in sub]
            try:
                if len(exceptions) == 1:
                    raise exceptions[0]
                model = str(exceptions[0])
                if all(str(exc) == model for exc in exceptions):
                    raise exceptions[0]
                raise OSError('Multiple exceptions: {}'.format(
                    ', '.join(str(exc) for exc in exceptions)))
            finally:
                exceptions = None
    else:
        if sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        if sock.type != s.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await _create_connection_transport(self, sock, protocol_factory)


async def _loop_create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                       server_hostname=None, ssl_handshake_timeout=None,
                                       ssl_shutdown_timeout=None):
    _no_ssl(ssl, server_hostname)
    s = _socket()
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        import os
        path = os.fspath(path)
        sock = s.socket(s.AF_UNIX, s.SOCK_STREAM, 0)
        try:
            sock.setblocking(False)
            await self.sock_connect(sock, path)
        except:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError('no path and sock were specified')
        if sock.family != s.AF_UNIX or sock.type != s.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
    return await _create_connection_transport(self, sock, protocol_factory)


async def _loop_connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                        ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    _no_ssl(ssl)
    if sock.type != _socket().SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    return await _create_connection_transport(self, sock, protocol_factory)


class Server(AbstractServer):

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            _start_serving(self._loop, self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop.remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _start_serving(loop, protocol_factory, sock, server, backlog):
    loop.add_reader(sock.fileno(), _accept_connection, loop, protocol_factory, sock, server,
                    backlog)


def _accept_connection(loop, protocol_factory, sock, server, backlog):
    import errno
    s = _socket()
    nodelay = (sock.family in (s.AF_INET, s.AF_INET6) and sock.type == s.SOCK_STREAM
               and sock.proto == s.IPPROTO_TCP)
    for _ in range(backlog):
        try:
            # The connection stays a descriptor: its socket object is made only if
            # somebody asks the transport for it (get_extra_info('socket')), which
            # keeps an idle connection small.
            conn, addr = s._socket.accept(sock.fileno(), 0.0)
            s._socket.set_blocking(conn, False)
            if nodelay:
                s._socket.setsockopt(conn, s.IPPROTO_TCP, s.TCP_NODELAY, 1)
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        except OSError as exc:
            if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                loop.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': TransportSocket(sock),
                })
                loop.remove_reader(sock.fileno())
                loop.call_later(_ACCEPT_RETRY_DELAY, _start_serving, loop, protocol_factory,
                                sock, server, backlog)
            else:
                raise
        else:
            loop.create_task(_accept_connection2(loop, protocol_factory, conn, addr, server))


async def _accept_connection2(loop, protocol_factory, conn, addr, server):
    # `conn` is the accepted descriptor, `addr` its peer's address: the transport makes
    # its socket object and its extra dict ({'peername': addr, ...}) when asked.
    protocol = None
    transport = None
    try:
        try:
            protocol = protocol_factory()
            waiter = loop.create_future()
            if server is not None:
                server._attach()
            transport = loop._make_socket_transport(conn, protocol, waiter, addr, server)
        finally:
            if transport is None:
                _socket()._socket.close(conn)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        context = {
            'message': 'Error on transport creation for incoming connection',
            'exception': exc,
        }
        if protocol is not None:
            context['protocol'] = protocol
        if transport is not None:
            context['transport'] = transport
        loop.call_exception_handler(context)


async def _loop_create_server(self, protocol_factory, host=None, port=None, *, family=0,
                              flags=None, sock=None, backlog=100, ssl=None, reuse_address=None,
                              reuse_port=None, ssl_handshake_timeout=None,
                              ssl_shutdown_timeout=None, start_serving=True):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    _no_ssl(ssl)
    if ssl_handshake_timeout is not None and ssl is None:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    s = _socket()
    if flags is None:
        flags = s.AI_PASSIVE
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        sockets = []
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not hasattr(host, '__iter__'):
            hosts = [host]
        else:
            hosts = host
        infos = []
        for h in hosts:
            found = _ensure_resolved((h, port), family=family, type=s.SOCK_STREAM,
                                     flags=flags)
            if not found:
                raise OSError(f'getaddrinfo({h!r}) returned empty list')
            for info in found:
                if info not in infos:
                    infos.append(info)
        completed = False
        try:
            for res in infos:
                af, socktype, proto, canonname, sa = res
                try:
                    sock = s.socket(af, socktype, proto)
                except OSError:
                    continue
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(s.SOL_SOCKET, s.SO_REUSEADDR, True)
                if reuse_port:
                    sock.setsockopt(s.SOL_SOCKET, s.SO_REUSEPORT, 1)
                if af == s.AF_INET6:
                    sock.setsockopt(s.IPPROTO_IPV6, s.IPV6_V6ONLY, True)
                try:
                    sock.bind(sa)
                except OSError as err:
                    raise OSError(err.errno, 'error while attempting '
                                  'to bind on address %r: %s'
                                  % (sa, err.strerror.lower())) from None
            completed = True
        finally:
            if not completed:
                for sock in sockets:
                    sock.close()
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != s.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sockets = [sock]
    for sock in sockets:
        sock.setblocking(False)
    server = Server(self, sockets, protocol_factory, ssl, backlog, ssl_handshake_timeout,
                    ssl_shutdown_timeout)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


async def _loop_create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                                   ssl=None, ssl_handshake_timeout=None,
                                   ssl_shutdown_timeout=None, start_serving=True):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    _no_ssl(ssl)
    s = _socket()
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        import os
        import stat
        import errno
        path = os.fspath(path)
        sock = s.socket(s.AF_UNIX, s.SOCK_STREAM)
        if path[0] not in (0, '\x00'):
            try:
                if stat.S_ISSOCK(os.stat(path).st_mode):
                    os.remove(path)
            except FileNotFoundError:
                pass
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRINUSE:
                msg = f'Address {path!r} is already in use'
                raise OSError(errno.EADDRINUSE, msg) from None
            raise
        except:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError('path was not specified, and no sock specified')
        if sock.family != s.AF_UNIX or sock.type != s.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    server = Server(self, [sock], protocol_factory, ssl, backlog, ssl_handshake_timeout,
                    ssl_shutdown_timeout)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


def _write_buffer_limits(high, low):
    """The (high, low) water marks `set_write_buffer_limits(high, low)` sets: a missing
    one derived from the other (64 KiB high by default), then checked."""
    if high is None:
        high = 64 * 1024 if low is None else 4 * low
    if low is None:
        low = high // 4
    if not high >= low >= 0:
        raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
    return high, low


class _SelectorDatagramTransport(DatagramTransport):
    """CPython's datagram transport, in Python over add_reader/add_writer."""

    max_size = 256 * 1024

    __slots__ = ('_loop', '_sock', '_sock_fd', '_protocol', '_address', '_buffer',
                 '_buffer_size', '_closing', '_conn_lost', '_protocol_paused',
                 '_high_water', '_low_water')

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(_transport_extra(sock, extra))
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._address = address
        self._buffer = []
        self._buffer_size = 0
        self._closing = False
        self._conn_lost = 0
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def _add_reader(self):
        if not self._closing:
            self._loop.add_reader(self._sock_fd, self._read_ready)

    def get_write_buffer_size(self):
        return self._buffer_size

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        self._high_water, self._low_water = _write_buffer_limits(high, low)
        self._maybe_pause_protocol()

    def _maybe_pause_protocol(self):
        if self._buffer_size <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc, 'transport': self, 'protocol': self._protocol})

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self._buffer_size <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc, 'transport': self, 'protocol': self._protocol})

    def is_closing(self):
        return self._closing

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self,
                'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._buffer_size = 0
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._loop.remove_reader(self._sock_fd)
            self._loop.remove_writer(self._sock_fd)
            self._sock.close()
            self._sock = None
            self._protocol = None

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                import sys
                print('socket.send() raised exception.', file=sys.stderr)
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop.add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.pop(0)
            self._buffer_size -= len(data)
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.insert(0, (data, addr))
                self._buffer_size += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)


async def _loop_create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                         remote_addr=None, *, family=0, proto=0, flags=0,
                                         reuse_port=None, allow_broadcast=None, sock=None):
    s = _socket()
    if sock is not None:
        if sock.type != s.SOCK_DGRAM:
            raise ValueError(f'A UDP Socket was expected, got {sock!r}')
        if (local_addr or remote_addr or family or proto or flags or reuse_port
                or allow_broadcast):
            opts = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                        proto=proto, flags=flags, reuse_port=reuse_port,
                        allow_broadcast=allow_broadcast)
            problems = ', '.join(f'{k}={v}' for k, v in opts.items() if v)
            raise ValueError(f'socket modifier keyword arguments can not be used '
                             f'when sock is specified. ({problems})')
        sock.setblocking(False)
        r_addr = None
    else:
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            addr_pairs_info = (((family, proto), (None, None)),)
        elif family == s.AF_UNIX:
            for addr in (local_addr, remote_addr):
                if addr is not None and not isinstance(addr, str):
                    raise TypeError('string is expected')
            addr_pairs_info = (((family, proto), (local_addr, remote_addr)),)
        else:
            addr_infos = {}
            for idx, addr in ((0, local_addr), (1, remote_addr)):
                if addr is not None:
                    if not (isinstance(addr, tuple) and len(addr) == 2):
                        raise TypeError('2-tuple is expected')
                    infos = _ensure_resolved(addr, family=family, type=s.SOCK_DGRAM,
                                             proto=proto, flags=flags)
                    if not infos:
                        raise OSError('getaddrinfo() returned empty list')
                    for fam, _, pro, _, address in infos:
                        key = (fam, pro)
                        if key not in addr_infos:
                            addr_infos[key] = [None, None]
                        addr_infos[key][idx] = address
            addr_pairs_info = [
                (key, addr_pair) for key, addr_pair in addr_infos.items()
                if not ((local_addr and addr_pair[0] is None) or
                        (remote_addr and addr_pair[1] is None))]
            if not addr_pairs_info:
                raise ValueError('can not get address information')
        exceptions = []
        for ((family, proto), (local_address, remote_address)) in addr_pairs_info:
            sock = None
            r_addr = None
            try:
                sock = s.socket(family=family, type=s.SOCK_DGRAM, proto=proto)
                if reuse_port:
                    sock.setsockopt(s.SOL_SOCKET, s.SO_REUSEPORT, 1)
                if allow_broadcast:
                    sock.setsockopt(s.SOL_SOCKET, s.SO_BROADCAST, 1)
                sock.setblocking(False)
                if local_addr:
                    sock.bind(local_address)
                if remote_addr:
                    if not allow_broadcast:
                        await self.sock_connect(sock, remote_address)
                    r_addr = remote_address
            except OSError as exc:
                if sock is not None:
                    sock.close()
                exceptions.append(exc)
            except:
                if sock is not None:
                    sock.close()
                raise
            else:
                break
        else:
            raise exceptions[0]
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _SelectorDatagramTransport(self, sock, protocol, r_addr, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


for _name, _func in (
        ('getaddrinfo', _loop_getaddrinfo),
        ('sock_recv', _loop_sock_recv),
        ('sock_recv_into', _loop_sock_recv_into),
        ('sock_recvfrom', _loop_sock_recvfrom),
        ('sock_sendall', _loop_sock_sendall),
        ('sock_sendto', _loop_sock_sendto),
        ('sock_connect', _loop_sock_connect),
        ('sock_accept', _loop_sock_accept),
        ('create_connection', _loop_create_connection),
        ('create_unix_connection', _loop_create_unix_connection),
        ('connect_accepted_socket', _loop_connect_accepted_socket),
        ('create_server', _loop_create_server),
        ('create_unix_server', _loop_create_unix_server),
        ('create_datagram_endpoint', _loop_create_datagram_endpoint)):
    _install(_EventLoop, _name, _func)
del _name, _func
