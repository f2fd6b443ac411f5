

# --- Subprocesses (asyncio_subprocess.py) -------------------------------------------
# create_subprocess_exec/_shell and Process, as CPython's asyncio.subprocess has them,
# over the native pipe-process transport (src/event_loop/process.rs): posted callbacks
# feed the pipes' StreamReaders, drain the stdin writer and report the exit.
# The reader below is a pipe's StreamReader with CPython's reading API; the socket
# streams (asyncio_streams.py, when present) define the public StreamReader.

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
    flow control (reading pauses above twice the limit)."""

    def __init__(self, limit, loop, pause):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop
        self._pause = pause
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
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
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

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
            self._pause(False)

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
        if not self._paused and len(self._buffer) > 2 * self._limit:
            self._pause(True)
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._pause(False)
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


class _PipeStreamWriter:
    """The StreamWriter of a child's stdin: write buffers natively, drain() waits
    while more than the high-water mark (64 KiB) is unwritten."""

    def __init__(self, process, loop):
        self._process = process
        self._loop = loop
        self._closing = False
        self._drain_waiter = None
        self._lost = None

    def __repr__(self):
        return f'<StreamWriter transport=<_UnixWritePipeTransport>>'

    @property
    def transport(self):
        return None

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"data argument must be a bytes-like object, "
                            f"not {type(data).__name__!r}")
        if self._closing or self._lost is not None:
            return
        _proc_write(self._process._raw, data)

    def writelines(self, data):
        for chunk in data:
            self.write(chunk)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def close(self):
        if not self._closing:
            self._closing = True
            _proc_close_stdin(self._process._raw)
            self._process._pipe_closed(0)

    def is_closing(self):
        return self._closing

    async def wait_closed(self):
        await sleep(0)

    def get_extra_info(self, name, default=None):
        return default

    async def drain(self):
        if self._lost is not None:
            raise ConnectionResetError('Connection lost')
        if self._closing:
            await sleep(0)
        if _proc_drain_wait(self._process._raw):
            self._drain_waiter = self._loop.create_future()
            try:
                await self._drain_waiter
            finally:
                self._drain_waiter = None

    def _written(self, exc):
        # Posted by the writer task: the buffer drained (None) or the pipe broke.
        if exc is not None:
            self._lost = exc
            if not self._closing:
                self._closing = True
                self._process._pipe_closed(0)
        waiter = self._drain_waiter
        if waiter is not None and not waiter.done():
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)


class Process:
    """A child process started by create_subprocess_exec/_shell."""

    def __init__(self, loop, limit, stdin, stdout, stderr):
        self._loop = loop
        self._limit = limit
        self._returncode = None
        self._exit_waiters = []
        self._open_pipes = set()
        self._closed = False
        self.stdin = _PipeStreamWriter(self, loop) if stdin == PIPE else None
        self.stdout = self._reader(1) if stdout == PIPE else None
        self.stderr = self._reader(2) if stderr == PIPE else None
        for fd, stream in ((0, self.stdin), (1, self.stdout), (2, self.stderr)):
            if stream is not None:
                self._open_pipes.add(fd)
        self._raw = None
        self.pid = None

    def _reader(self, fd):
        return _PipeStreamReader(
            self._limit, self._loop,
            lambda paused: _proc_pause_reading(self._raw, fd, paused))

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._returncode

    def _data(self, fd, data):
        stream = self.stdout if fd == 1 else self.stderr
        if stream is None:
            return
        if data is None:
            stream.feed_eof()
            self._pipe_closed(fd)
        else:
            stream.feed_data(data)

    def _pipe_closed(self, fd):
        self._open_pipes.discard(fd)
        self._maybe_finish()

    def _exited(self, returncode):
        self._returncode = returncode
        for waiter in self._exit_waiters:
            if not waiter.cancelled():
                waiter.set_result(returncode)
        self._exit_waiters = []
        self._maybe_finish()

    def _maybe_finish(self):
        # CPython's transport closes once the child exited and every pipe is closed;
        # signals to it then raise ProcessLookupError.
        if self._returncode is not None and not self._open_pipes:
            self._closed = True

    async def wait(self):
        """Wait until the process exits and return its returncode."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def send_signal(self, signal):
        if self._closed:
            raise ProcessLookupError()
        if self._returncode is None:
            import os
            os.kill(self.pid, signal)

    def terminate(self):
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        import signal
        self.send_signal(signal.SIGKILL)

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
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        _proc_close_reader(self._raw, fd)
        return output

    async def communicate(self, input=None):
        if self.stdin is not None:
            stdin = self._feed_stdin(input if input is not None else b'')
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


async def _start_subprocess(args, stdin, stdout, stderr, limit, kwds):
    import os
    loop = get_running_loop()
    for key, bad, message in (('universal_newlines', True, 'universal_newlines must be False'),
                              ('text', True, 'text must be False'),
                              ('encoding', None, 'encoding must be None'),
                              ('errors', None, 'errors must be None')):
        if key in kwds and (bool(kwds[key]) if bad is True else kwds[key] is not None):
            raise ValueError(message)
    if kwds.get('bufsize', 0) != 0:
        raise ValueError("bufsize must be 0")
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
    stdin_spec = _stream_spec(stdin, 'stdin')
    stdout_spec = _stream_spec(stdout, 'stdout')
    stderr_spec = _stream_spec(stderr, 'stderr')
    proc = Process(loop, limit, stdin, stdout, stderr)
    import sys
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    orig_executable = executable if executable is not None else args[0]
    proc._raw = _spawn_subprocess(
        loop, args, executable, cwd, env_pairs, stdin_spec, stdout_spec, stderr_spec,
        new_session, orig_executable, proc._data,
        lambda exc: proc.stdin._written(exc) if proc.stdin is not None else None,
        proc._exited)
    proc.pid = _proc_pid(proc._raw)
    return proc


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
    if kwds.get('shell'):
        raise ValueError("shell must be False")
    argv = [_program_arg(program)] + [_program_arg(a) for a in args]
    return await _start_subprocess(argv, stdin, stdout, stderr, limit, kwds)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=_DEFAULT_LIMIT, **kwds):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if 'shell' in kwds and not kwds['shell']:
        raise ValueError("shell must be True")
    kwds.pop('shell', None)
    return await _start_subprocess(['/bin/sh', '-c', cmd], stdin, stdout, stderr,
                                   limit, kwds)


class _SubprocessModule:
    """`asyncio.subprocess`: the constants, Process and the two constructors."""

    PIPE = PIPE
    STDOUT = STDOUT
    DEVNULL = DEVNULL
    Process = Process
    create_subprocess_exec = staticmethod(create_subprocess_exec)
    create_subprocess_shell = staticmethod(create_subprocess_shell)


subprocess = _SubprocessModule()
