

# ---- Streams (asyncio_streams.py): CPython 3.11's streams.py over the transports ----
# StreamReader (native, src/event_loop/net/stream_reader.rs) buffers what the protocol
# feeds it and wakes one waiting reader; StreamWriter writes to the transport and `drain()` waits while the transport has
# paused the protocol (its buffer is above the high-water mark).

_DEFAULT_LIMIT = 2 ** 16


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


IncompleteReadError.__module__ = LimitOverrunError.__module__ = 'asyncio.exceptions'


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await loop.create_server(factory, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await loop.create_unix_server(factory, path, **kwds)


class FlowControlMixin(Protocol):
    # What CPython's __init__ sets, as class attributes: an instance gets its own only
    # when one changes (most connections never pause or wait in drain()), which keeps
    # an idle connection's protocol 16 bytes an attribute smaller. The drain waiters'
    # list is made by the first drain() that waits.
    _paused = False
    _drain_waiters = None
    _connection_lost = False

    def __init__(self, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters or ():
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        if self._drain_waiters is None:
            self._drain_waiters = []
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, Protocol):
    # Set by CPython's __init__; class attributes until they change (see
    # FlowControlMixin). `_closed` is the future wait_closed() awaits, made when first
    # asked for (most connections never are); until then connection_lost() leaves
    # `(exc,)` there.
    _stream_writer = None
    _task = None
    _transport = None
    _over_ssl = False
    _closed = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._client_connected_cb = client_connected_cb

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
            if type(self) is StreamReaderProtocol and type(transport) is _SocketTransport:
                # data_received below only feeds the reader: the transport does it.
                transport._feed_reader(reader)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                self._task = self._loop.create_task(res)
                # CPython's closure over the transport; the writer keeps the transport
                # for good, and its bound method is smaller than a closure.
                self._task.add_done_callback(self._stream_writer._client_done)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        closed = self._closed
        if closed is None:
            self._closed = (exc,)
        elif type(closed) is not tuple and not closed.done():
            _finish_closed(closed, exc)
        super().connection_lost(exc)
        if self._transport is not None and type(self._transport) is _SocketTransport:
            self._transport._feed_reader(None)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        closed = self._closed
        if closed is None or type(closed) is tuple:
            fut = self._loop.create_future()
            if closed is not None:
                _finish_closed(fut, closed[0])
            self._closed = closed = fut
        return closed


def _finish_closed(closed, exc):
    if exc is None:
        closed.set_result(None)
    else:
        closed.set_exception(exc)
        # CPython retrieves it when the protocol is collected: never logged.
        closed.exception()


class StreamWriter:

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def _client_done(self, task):
        # The done callback of a server's client_connected_cb task (see connection_made).
        exc = task.exception()
        if exc is not None:
            self._loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': exc,
                'transport': self._transport,
            })
            self._transport.close()

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    def drain(self):
        # CPython's drain() is a coroutine function; this one returns a coroutine too,
        # a native one that finishes at once when nothing is to wait for.
        reader = self._reader
        if ((reader is None or reader.exception() is None)
                and not self._transport.is_closing()):
            protocol = self._protocol
            if (type(protocol) is StreamReaderProtocol and not protocol._paused
                    and not protocol._connection_lost):
                return _drain_done()
        return self._drain()

    async def _drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await sleep(0)
        await self._protocol._drain_helper()

    async def start_tls(self, sslcontext, *, server_hostname=None,
                        ssl_handshake_timeout=None):
        raise NotImplementedError('coro has no ssl support')
