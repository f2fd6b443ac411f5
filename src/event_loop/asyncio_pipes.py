

# --- Pipe transports (asyncio_pipes.py) ---------------------------------------------
# loop.connect_read_pipe / connect_write_pipe: a protocol over a pipe, socket or
# character device given as a file object (sys.stdin, os.fdopen(r)), as CPython's
# unix_events pipe transports behave: the descriptor is made non-blocking and watched
# with add_reader/add_writer; reads are os.read of up to 256 KiB; writes go out at
# once when nothing is queued and the rest waits for the descriptor to be writable.
# Not here: Windows proactor pipes.

_PIPE_READ_SIZE = 256 * 1024


def _pipe_fd(pipe, what):
    import os
    import stat
    fd = pipe.fileno()
    mode = os.fstat(fd).st_mode
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)):
        raise ValueError(what)
    os.set_blocking(fd, False)
    return fd


class _PipeEnd:
    """What both ends of a pipe transport share: the pipe, its descriptor, the protocol,
    the closing flag, and the end of the connection (protocol told, pipe closed)."""

    def _open(self, loop, pipe, protocol, refusal):
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = _pipe_fd(pipe, refusal)
        self._protocol = protocol
        self._closing = False
        loop.call_soon(protocol.connection_made, self)

    def __repr__(self):
        state = 'closed' if self._pipe is None else ('closing' if self._closing else 'open')
        return f'<{type(self).__name__} fd={self._fileno} {state}>'

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            if self._pipe is not None:
                self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixReadPipeTransport(_PipeEnd, ReadTransport):
    """The reading end of a pipe, feeding `protocol.data_received`."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._open(loop, pipe, protocol, "Pipe transport is for pipes/sockets only.")
        self._paused = False
        loop.call_soon(loop.add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _read_ready(self):
        import os
        try:
            data = os.read(self._fileno, _PIPE_READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        # End of file: no more reading, then eof_received and connection_lost.
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop.remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._fileno, self._read_ready)

    def is_reading(self):
        return not self._paused and not self._closing

    def close(self):
        if not self._closing:
            self._close(None)

    def _fatal_error(self, exc, message):
        self._loop.call_exception_handler({
            'message': message, 'exception': exc, 'transport': self,
            'protocol': self._protocol})
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


class _UnixWritePipeTransport(_PipeEnd, WriteTransport):
    """The writing end of a pipe: bytes written at once, the rest when it drains."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._buffer = bytearray()
        self._conn_lost = 0
        self._high, self._low = _write_buffer_limits(None, None)
        self._protocol_paused = False
        self._open(loop, pipe, protocol,
                   "Pipe transport is only for pipes, sockets and character devices")
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low, self._high)

    def set_write_buffer_limits(self, high=None, low=None):
        self._high, self._low = _write_buffer_limits(high, low)
        self._maybe_pause_protocol()

    def write(self, data):
        import os
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, "
                            f"not {type(data).__name__!r}")
        if not data:
            return
        if self._conn_lost or self._closing:
            self._conn_lost += 1
            return
        data = bytes(data)
        if not self._buffer:
            try:
                n = os.write(self._fileno, data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if n == len(data):
                return
            data = data[n:]
            self._loop.add_writer(self._fileno, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        import os
        try:
            n = os.write(self._fileno, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop.remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        del self._buffer[:n]
        if self._buffer:
            return
        self._loop.remove_writer(self._fileno)
        self._maybe_resume_protocol()
        if self._closing:
            self._loop.call_soon(self._call_connection_lost, None)

    def _maybe_pause_protocol(self):
        if len(self._buffer) > self._high and not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= self._low:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self,
                'protocol': self._protocol})
        self._close(exc)

    def _close(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop.remove_writer(self._fileno)
        self._buffer.clear()
        self._loop.call_soon(self._call_connection_lost, exc)


async def _connect_pipe(loop, transport_class, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = transport_class(loop, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _loop_connect_read_pipe(self, protocol_factory, pipe):
    return await _connect_pipe(self, _UnixReadPipeTransport, protocol_factory, pipe)


async def _loop_connect_write_pipe(self, protocol_factory, pipe):
    return await _connect_pipe(self, _UnixWritePipeTransport, protocol_factory, pipe)


_install(_EventLoop, 'connect_read_pipe', _loop_connect_read_pipe)
_install(_EventLoop, 'connect_write_pipe', _loop_connect_write_pipe)
