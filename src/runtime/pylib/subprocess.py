"""The blocking `subprocess` module (POSIX): Popen, run and its helpers, and the
exceptions with CPython's messages.

A child is started by the native `_subprocess.spawn` with its standard streams on
descriptors chosen here (pipes from os.pipe, /dev/null, files); `communicate` moves data
through the pipes with one native poll loop, so a child that fills both stdout and
stderr cannot deadlock against its parent; waiting is os.waitpid.
Not here: Windows, preexec_fn, user/group switching.
"""

import os
import io
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_PIPE_BUF = 512


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero
    exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it to finish, return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError for a non-zero returncode."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError for a non-zero exit."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # Explicitly passing input=None was previously equivalent to passing an
        # empty string: that is kept for compatibility, as CPython does.
        if kwargs.get('universal_newlines') or kwargs.get('text') or \
                kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Run a command and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """Execute a child program in a new process."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if preexec_fn is not None:
            raise NotImplementedError("coro's subprocess does not run preexec_fn")
        if (user is not None or group is not None or extra_groups is not None
                or umask != -1):
            raise NotImplementedError(
                "coro's subprocess does not change user, group or umask")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._communication_started = False
        self._input = None
        self._fileobj2output = None

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'utf-8'
        self.universal_newlines = universal_newlines if text is None else text

        if self.text_mode:
            if bufsize == 1:
                line_buffering = True
                bufsize = -1
            else:
                line_buffering = False
        else:
            line_buffering = False

        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, to_close = \
            self._get_handles(stdin, stdout, stderr)
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(
                        self.stdin, write_through=True,
                        line_buffering=line_buffering,
                        encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding,
                                                   errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding,
                                                   errors=errors)
            self._execute_child(args, executable, cwd, env, shell,
                                p2cread, c2pwrite, errwrite,
                                start_new_session or process_group == 0,
                                pass_fds)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            for fd in (p2cwrite, c2pread, errread):
                if fd != -1 and not self._fd_wrapped(fd):
                    os.close(fd)
            raise
        finally:
            for fd in to_close:
                try:
                    os.close(fd)
                except OSError:
                    pass

    def _fd_wrapped(self, fd):
        for f in (self.stdin, self.stdout, self.stderr):
            if f is not None:
                try:
                    if f.fileno() == fd:
                        return True
                except (OSError, ValueError):
                    return True
        return False

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                if self.returncode is None:
                    self.wait()
            else:
                self.wait()

    def _get_handles(self, stdin, stdout, stderr):
        """The child's and the parent's descriptors for each stream (-1: none), and
        the child's ones the parent closes once the child runs."""
        to_close = []
        devnull = [None]

        def null(mode):
            if devnull[0] is None:
                devnull[0] = os.open(os.devnull, os.O_RDWR)
                to_close.append(devnull[0])
            return devnull[0]

        def fd_of(obj):
            if isinstance(obj, int):
                return obj
            return obj.fileno()

        p2cread, p2cwrite = -1, -1
        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
            to_close.append(p2cread)
        elif stdin == DEVNULL:
            p2cread = null('r')
        else:
            p2cread = fd_of(stdin)

        c2pread, c2pwrite = -1, -1
        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
            to_close.append(c2pwrite)
        elif stdout == DEVNULL:
            c2pwrite = null('w')
        else:
            c2pwrite = fd_of(stdout)

        errread, errwrite = -1, -1
        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = os.pipe()
            to_close.append(errwrite)
        elif stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite != -1 else 1
        elif stderr == DEVNULL:
            errwrite = null('w')
        else:
            errwrite = fd_of(stderr)
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, to_close

    def _execute_child(self, args, executable, cwd, env, shell,
                       p2cread, c2pwrite, errwrite, start_new_session, pass_fds):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        args = [os.fspath(a) if isinstance(a, os.PathLike) else a for a in args]
        for a in args:
            if not isinstance(a, (str, bytes)):
                raise TypeError('expected str, bytes or os.PathLike object, not %s'
                                % type(a).__name__)
        if executable is not None:
            executable = os.fspath(executable)
        orig_executable = executable if executable is not None else args[0]
        if cwd is not None:
            cwd = os.fspath(cwd)
        env_pairs = None
        if env is not None:
            env_pairs = [(os.fsencode(k), os.fsencode(v)) for k, v in env.items()]
            for k, _ in env_pairs:
                if b'=' in k:
                    raise ValueError("illegal environment variable name")
        if cwd is not None and not os.path.isdir(cwd):
            # What the child's chdir would report, naming the directory as CPython does.
            raise FileNotFoundError(2, os.strerror(2), cwd)
        self.pid = _subprocess.spawn(args, executable, cwd, env_pairs,
                                     p2cread, c2pwrite, errwrite,
                                     bool(start_new_session), tuple(pass_fds),
                                     orig_executable)
        self._child_created = True

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """Check if child process has terminated; set and return returncode."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except ChildProcessError:
                self.returncode = 0
        return self.returncode

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def wait(self, timeout=None):
        """Wait for child process to terminate; return returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, sts = os.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = 0
                return 0
            if pid == self.pid:
                self._handle_exitstatus(sts)
            return self.returncode
        endtime = time.monotonic() + timeout
        delay = 0.0005
        while True:
            if self.poll() is not None:
                return self.returncode
            remaining = self._remaining_time(endtime)
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, .05)
            time.sleep(delay)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr to their ends, wait for the
        child; return (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)

        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            raise
        finally:
            self._communication_started = True
        sts = self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        if self._fileobj2output is None:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []
        stdout_seq = self._fileobj2output.get(self.stdout) if self.stdout else None
        stderr_seq = self._fileobj2output.get(self.stderr) if self.stderr else None

        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding,
                                                 self.stdin.errors)

        def open_fd(f):
            return f.fileno() if f is not None and not f.closed else -1

        while True:
            stdin_fd = open_fd(self.stdin)
            pending = b''
            if stdin_fd != -1 and self._input:
                pending = self._input[self._input_offset:]
            out, err, written, stdin_done, out_eof, err_eof = _subprocess.communicate(
                stdin_fd, pending, open_fd(self.stdout), open_fd(self.stderr),
                self._remaining_time(endtime))
            if stdout_seq is not None and out:
                stdout_seq.append(out)
            if stderr_seq is not None and err:
                stderr_seq.append(err)
            if stdin_fd != -1:
                self._input_offset += written
                if stdin_done:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
            for f, eof in ((self.stdout, out_eof), (self.stderr, err_eof)):
                if f is not None and eof and not f.closed:
                    f.close()
            still_open = [f for f in (self.stdin, self.stdout, self.stderr)
                          if f is not None and not f.closed]
            if not still_open:
                break
            remaining = self._remaining_time(endtime)
            if stdin_fd == -1 or not stdin_done or (remaining is not None and remaining <= 0):
                raise TimeoutExpired(
                    self.args, orig_timeout,
                    output=b''.join(stdout_seq) if stdout_seq else None,
                    stderr=b''.join(stderr_seq) if stderr_seq else None)

        stdout = None
        stderr = None
        if self.stdout:
            stdout = b''.join(stdout_seq)
        if self.stderr:
            stderr = b''.join(stderr_seq)
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding,
                                             self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding,
                                             self.stderr.errors)
        return (stdout, stderr)

    def send_signal(self, sig):
        """Send a signal to the process (nothing once it has been waited for)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM."""
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL."""
        import signal
        self.send_signal(signal.SIGKILL)


def list2cmdline(seq):
    """Join arguments into one command line quoted as the Microsoft C runtime reads it:
    arguments with spaces or tabs (or empty ones) in double quotes, a double quote as
    \\", and backslashes doubled only where they come before a double quote."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = " " in arg or "\t" in arg or not arg
        out = ['"'] if quote else []
        backslashes = 0
        for c in arg:
            if c == "\\":
                backslashes += 1
                continue
            if c == '"':
                out.append("\\" * (backslashes * 2) + '\\"')
            else:
                out.append("\\" * backslashes + c)
            backslashes = 0
        out.append("\\" * backslashes)
        if quote:
            # The closing quote must not be escaped by the trailing backslashes.
            out.append("\\" * backslashes + '"')
        parts.append("".join(out))
    return " ".join(parts)
