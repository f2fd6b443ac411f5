

# --- Subprocesses (asyncio_subprocess.py) -------------------------------------------
# loop.subprocess_exec/_shell with SubprocessProtocol, and create_subprocess_exec/_shell
# with Process on top, layered as CPython's base_subprocess and asyncio.subprocess are,
# over the native pipe-process (src/event_loop/process.rs) whose posted callbacks drive
# the transport. A child's stdin is asyncio_streams.py's StreamWriter over the
# FlowControlMixin there; _PipeStreamReader is CPython's StreamReader in Python (the
# socket one is native and fed by socket transports).

PIPE = -1
STDOUT = -2
DEVNULL = -3
_DEFAULT_LIMIT = 2 ** 16

try:
    IncompleteReadError
except NameError:
    class IncompleteReadError(EOFError):
        """Incomplete read error: `partial` is what was read before EOF, `expected`
        what was asked for (None: up to a separator)."""

        def __init__(self, partial, expected):
            r_expected = 'undefined' if expected is None else repr(expected)
            super().__init__(f'{len(partial)} bytes read on a total of '
                             f'{r_expected} expected bytes')
            self.partial = partial
            self.expected = expected

        def __reduce__(self):
            return type(self), (self.partial, self.expected)

try:
    LimitOverrunError
except NameError:
    class LimitOverrunError(Exception):
        """Reached the buffer limit while looking for a separator; `consumed` is how
        many bytes to drop."""

        def __init__(self, message, consumed):
            super().__init__(message)
            self.consumed = consumed

        def __reduce__(self):
            return type(self), (self.args[0], self.consumed)


class _PipeStreamReader:
    """The StreamReader of a child's stdout or stderr: CPython's buffer, limit and
    flow control (its transport pauses reading above twice the limit)."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else get_event_loop()
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        """Return True if the buffer is empty and 'feed_eof' was called."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and not self._paused and
                len(self._buffer) > 2 * self._limit):
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + seplen]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)
        chunk = bytes(self._buffer[:isep + seplen])
        del self._buffer[:isep + seplen]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


try:
    SubprocessProtocol
except NameError:
    class SubprocessProtocol(BaseProtocol):
        """Interface for protocol for subprocess calls."""

        __slots__ = ()

        def pipe_data_received(self, fd, data):
            pass

        def pipe_connection_lost(self, fd, exc):
            pass

        def process_exited(self):
            pass


class _PipeTransport:
    """One pipe of a child, as `get_pipe_transport(fd)` returns it."""

    def __init__(self, owner, fd):
        self._owner = owner
        self._fd = fd
        self._closing = False
        # pipe_connection_lost was reported.
        self._lost = False
        self._paused = False
        self._writing_paused = False

    def __repr__(self):
        kind = '_UnixWritePipeTransport' if self._fd == 0 else '_UnixReadPipeTransport'
        state = 'closing' if self._closing else 'open'
        return f'<{kind} fd={self._fd} {state}>'

    def get_extra_info(self, name, default=None):
        return default

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._fd == 0:
            _proc_close_stdin(self._owner._raw)
            self._owner._loop.call_soon(self._owner._pipe_lost, 0, None)
        else:
            _proc_close_reader(self._owner._raw, self._fd)
            self._owner._loop.call_soon(self._owner._pipe_lost, self._fd, None)

    def abort(self):
        self.close()

    # Reading side.
    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self._closing and not self._paused:
            self._paused = True
            _proc_pause_reading(self._owner._raw, self._fd, True)

    def resume_reading(self):
        if not self._closing and self._paused:
            self._paused = False
            _proc_pause_reading(self._owner._raw, self._fd, False)

    # Writing side (stdin).
    def write(self, data):
        # CPython's pipe transport asserts the type.
        if not isinstance(data, (bytes, bytearray)):
            raise AssertionError(repr(data))
        if self._closing or not data:
            return
        buffered = _proc_write(self._owner._raw, data)
        if buffered > 65536 and not self._writing_paused:
            # As CPython's pipe transport: the protocol pauses above the high-water
            # mark and resumes once the buffer is down to the low one.
            if _proc_drain_wait(self._owner._raw):
                self._writing_paused = True
                self._owner._protocol.pause_writing()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def get_write_buffer_size(self):
        return 0

    def _written(self, exc):
        # Posted by the native writer: the buffer drained (None) or the pipe broke.
        if exc is not None:
            if not self._closing:
                self._closing = True
                self._owner._pipe_lost(0, exc)
            return
        if self._writing_paused:
            self._writing_paused = False
            self._owner._protocol.resume_writing()


class SubprocessTransport(BaseTransport):
    """The interface of a subprocess transport (asyncio.transports)."""

    __slots__ = ()

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


class _SubprocessTransport(SubprocessTransport):
    """CPython's subprocess transport: the child, its pipes, and the protocol's
    callbacks in CPython's order (connection_made first; pipe_data_received and
    pipe_connection_lost per pipe; process_exited; connection_lost once the child has
    exited and every pipe is closed)."""

    def __init__(self, loop, protocol):
        self._loop = loop
        self._protocol = protocol
        self._raw = None
        self._pid = None
        self._returncode = None
        self._pipes = {}
        self._pending_calls = []
        self._closed = False
        self._finished = False
        self._exit_waiters = []

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            info.append('running')
        else:
            info.append('not started')
        return '<{}>'.format(' '.join(info))

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _connected(self):
        self._loop.call_soon(self._protocol.connection_made, self)
        for callback, data in self._pending_calls:
            self._loop.call_soon(callback, *data)
        self._pending_calls = None

    def _data(self, fd, data):
        if data is None:
            pipe = self._pipes.get(fd)
            if pipe is not None and not pipe._closing:
                pipe._closing = True
                self._pipe_lost(fd, None)
        else:
            self._call(self._protocol.pipe_data_received, fd, data)

    def _written(self, exc):
        pipe = self._pipes.get(0)
        if pipe is not None:
            pipe._written(exc)

    def _pipe_lost(self, fd, exc):
        pipe = self._pipes.get(fd)
        if pipe is None or pipe._lost:
            return
        pipe._lost = True
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _exited(self, returncode):
        self._returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()
        for waiter in self._exit_waiters:
            if not waiter.cancelled():
                waiter.set_result(returncode)
        self._exit_waiters = []

    def _try_finish(self):
        if self._returncode is None or self._finished:
            return
        if any(not pipe._lost for pipe in self._pipes.values()):
            return
        self._finished = True
        self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._raw = None

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_extra_info(self, name, default=None):
        return default

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for pipe in list(self._pipes.values()):
            pipe.close()
        if self._raw is not None and self._returncode is None:
            # As CPython: a child still running when its transport closes is killed.
            import os
            try:
                os.kill(self._pid, 9)
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        return self._pipes.get(fd)

    def _check_proc(self):
        if self._raw is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        if self._returncode is None:
            import os
            os.kill(self._pid, signal)

    def terminate(self):
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        import signal
        self.send_signal(signal.SIGKILL)


class SubprocessStreamProtocol(FlowControlMixin, SubprocessProtocol):
    """Like StreamReaderProtocol, but for a subprocess."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        info = [self.__class__.__name__]
        if self.stdin is not None:
            info.append(f'stdin={self.stdin!r}')
        if self.stdout is not None:
            info.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            info.append(f'stderr={self.stderr!r}')
        return '<{}>'.format(' '.join(info))

    def connection_made(self, transport):
        self._transport = transport
        stdout_transport = transport.get_pipe_transport(1)
        if stdout_transport is not None:
            self.stdout = _PipeStreamReader(limit=self._limit, loop=self._loop)
            self.stdout.set_transport(stdout_transport)
            self._pipe_fds.append(1)
        stderr_transport = transport.get_pipe_transport(2)
        if stderr_transport is not None:
            self.stderr = _PipeStreamReader(limit=self._limit, loop=self._loop)
            self.stderr.set_transport(stderr_transport)
            self._pipe_fds.append(2)
        stdin_transport = transport.get_pipe_transport(0)
        if stdin_transport is not None:
            self.stdin = StreamWriter(stdin_transport, self, None, self._loop)

    def pipe_data_received(self, fd, data):
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            pipe = self.stdin
            if pipe is not None:
                pipe.close()
            self.connection_lost(exc)
            if not self._stdin_closed.done():
                if exc is None:
                    self._stdin_closed.set_result(None)
                else:
                    self._stdin_closed.set_exception(exc)
            return
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if len(self._pipe_fds) == 0 and self._process_exited:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    """A child process started by create_subprocess_exec/_shell."""

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait until the process exits and return the process return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        self.stdin.write(input)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        transport = self._transport.get_pipe_transport(fd)
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        if transport is not None:
            transport.close()
        return output

    async def communicate(self, input=None):
        if input is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


def _stream_spec(value, name):
    if value is None or value in (PIPE, STDOUT, DEVNULL):
        return value
    if isinstance(value, int):
        return value
    try:
        return value.fileno()
    except AttributeError:
        raise TypeError(f'{name} must be a file object, a descriptor, PIPE, '
                        f'DEVNULL or STDOUT, not {type(value).__name__}') from None


async def _make_subprocess_transport(loop, protocol, args, stdin, stdout, stderr,
                                     kwds):
    import os
    executable = kwds.get('executable')
    cwd = kwds.get('cwd')
    if cwd is not None:
        cwd = os.fspath(cwd)
        if not os.path.isdir(cwd):
            raise FileNotFoundError(2, os.strerror(2), cwd)
    env = kwds.get('env')
    env_pairs = None
    if env is not None:
        env_pairs = [(os.fsencode(k), os.fsencode(v)) for k, v in env.items()]
    new_session = kwds.get('start_new_session', False) or kwds.get('process_group') == 0
    specs = (_stream_spec(stdin, 'stdin'), _stream_spec(stdout, 'stdout'),
             _stream_spec(stderr, 'stderr'))
    transport = _SubprocessTransport(loop, protocol)
    for fd, spec in enumerate(specs):
        if spec == PIPE:
            transport._pipes[fd] = _PipeTransport(transport, fd)
    orig_executable = executable if executable is not None else args[0]
    transport._raw = _spawn_subprocess(
        loop, args, executable, cwd, env_pairs, specs[0], specs[1], specs[2],
        new_session, orig_executable, transport._data, transport._written,
        transport._exited)
    transport._pid = _proc_pid(transport._raw)
    connected = loop.create_future()
    transport._connected()
    loop.call_soon(_set_result_unless_cancelled, connected, None)
    await connected
    return transport


def _check_subprocess_args(universal_newlines, bufsize, text, encoding, errors):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _loop_subprocess_exec(self, protocol_factory, program, *args,
                                stdin=PIPE, stdout=PIPE, stderr=PIPE,
                                universal_newlines=False, shell=False, bufsize=0,
                                encoding=None, errors=None, text=None, **kwargs):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if shell:
        raise ValueError("shell must be False")
    _check_subprocess_args(False, bufsize, text, encoding, errors)
    popen_args = [_program_arg(program)] + [_program_arg(a) for a in args]
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(self, protocol, popen_args, stdin,
                                                 stdout, stderr, kwargs)
    return transport, protocol


async def _loop_subprocess_shell(self, protocol_factory, cmd, *, stdin=PIPE,
                                 stdout=PIPE, stderr=PIPE, universal_newlines=False,
                                 shell=True, bufsize=0, encoding=None, errors=None,
                                 text=None, **kwargs):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if not shell:
        raise ValueError("shell must be True")
    _check_subprocess_args(False, bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(self, protocol, ['/bin/sh', '-c', cmd],
                                                 stdin, stdout, stderr, kwargs)
    return transport, protocol


_install(_EventLoop, 'subprocess_exec', _loop_subprocess_exec)
_install(_EventLoop, 'subprocess_shell', _loop_subprocess_shell)


def _program_arg(arg):
    import os
    if isinstance(arg, os.PathLike):
        arg = os.fspath(arg)
    if not isinstance(arg, (str, bytes)):
        raise TypeError(f"expected str, bytes or os.PathLike object, "
                        f"not {type(arg).__name__}")
    return arg


async def create_subprocess_exec(program, *args, stdin=None, stdout=None,
                                 stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_exec(
        protocol_factory, program, *args, stdin=stdin, stdout=stdout, stderr=stderr,
        **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_shell(
        protocol_factory, cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


class _SubprocessModule:
    """`asyncio.subprocess`: the constants, Process and the two constructors."""

    PIPE = PIPE
    STDOUT = STDOUT
    DEVNULL = DEVNULL
    Process = Process
    SubprocessStreamProtocol = SubprocessStreamProtocol
    create_subprocess_exec = staticmethod(create_subprocess_exec)
    create_subprocess_shell = staticmethod(create_subprocess_shell)


subprocess = _SubprocessModule()
