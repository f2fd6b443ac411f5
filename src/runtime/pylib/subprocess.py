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


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


# Both errors carry what the child wrote so far; `stdout` is another name for it
# (documented as such on CalledProcessError only).


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero
    exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        code = self.returncode
        if not (code and code < 0):
            return f"Command '{self.cmd}' returned non-zero exit status {code:d}."
        # A negative status is the signal that killed the child.
        import signal
        try:
            return f"Command '{self.cmd}' died with {signal.Signals(-code)!r}."
        except ValueError:
            return f"Command '{self.cmd}' died with unknown signal {-code:d}."

    stdout = property(_get_output, _set_output,
                      doc="Alias for output attribute, to match stderr")


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    stdout = property(_get_output, _set_output)


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        shown = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        shown += [f"{name}={value!r}" for name, value in
                  (("stdout", self.stdout), ("stderr", self.stderr)) if value is not None]
        return f"{type(self).__name__}({', '.join(shown)})"

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it to finish, return its returncode."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            # Interrupted or timed out: the child does not outlive the call.
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError for a non-zero returncode."""
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    command = kwargs.get("args")
    raise CalledProcessError(status, popenargs[0] if command is None else command)


def _wants_text(kwargs):
    return any(kwargs.get(key) for key in ("universal_newlines", "text", "encoding", "errors"))


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; CalledProcessError for a non-zero exit."""
    for forbidden in ("stdout", "check"):
        if forbidden in kwargs:
            raise ValueError(f"{forbidden} argument not allowed, it will be overridden.")
    if kwargs.get("input", 0) is None:
        # input=None given explicitly still means empty input (kept for compatibility).
        kwargs["input"] = "" if _wants_text(kwargs) else b""
    done = run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs)
    return done.stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Run a command and return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            child.kill()
            child.wait()   # reap it before reporting the timeout
            raise
        except BaseException:
            child.kill()
            raise
        status = child.poll()
        if check and status:
            raise CalledProcessError(status, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of cmd run by the shell, stderr merged into stdout and
    one trailing newline removed."""
    try:
        status = 0
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
    except CalledProcessError as failure:
        status, text = failure.returncode, failure.output
    return status, (text[:-1] if text.endswith("\n") else text)


def getoutput(cmd, *, encoding=None, errors=None):
    """The output part of getstatusoutput(cmd)."""
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

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines'
                                  ' are supplied but different. Pass one or the other.')
        self.args = args
        self.pid = self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.pipesize = pipesize
        self.errors = errors
        # Text streams when any of these asks for them; UTF-8 unless told otherwise.
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            encoding = 'utf-8'
        self.encoding = encoding
        self.universal_newlines = universal_newlines if text is None else text
        self._communication_started = False
        self._input = None
        self._fileobj2output = None
        # bufsize=1 means line buffering, which only text streams have.
        line_buffering = bool(self.text_mode) and bufsize == 1
        if line_buffering:
            bufsize = -1

        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
         to_close) = self._get_handles(stdin, stdout, stderr)
        try:
            for attr, fd, mode in (("stdin", p2cwrite, "wb"), ("stdout", c2pread, "rb"),
                                   ("stderr", errread, "rb")):
                if fd != -1:
                    setattr(self, attr, self._wrap_pipe(fd, mode, bufsize, line_buffering))
            self._execute_child(args, executable, cwd, env, shell,
                                p2cread, c2pwrite, errwrite,
                                start_new_session or process_group == 0,
                                pass_fds)
        except BaseException:
            self._discard_pipes((p2cwrite, c2pread, errread))
            raise
        finally:
            for fd in to_close:
                try:
                    os.close(fd)
                except OSError:
                    pass

    def _wrap_pipe(self, fd, mode, bufsize, line_buffering):
        """The parent's end of a pipe as a binary file, or a text one in text mode
        (stdin writing through, so the child sees each write)."""
        binary = io.open(fd, mode, bufsize)
        if not self.text_mode:
            return binary
        if mode == "wb":
            return io.TextIOWrapper(binary, write_through=True, line_buffering=line_buffering,
                                    encoding=self.encoding, errors=self.errors)
        return io.TextIOWrapper(binary, encoding=self.encoding, errors=self.errors)

    def _discard_pipes(self, parent_fds):
        # The child did not start: close the parent's ends, wrapped or not.
        for stream in (self.stdin, self.stdout, self.stderr):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
        for fd in parent_fds:
            if fd != -1 and not self._fd_wrapped(fd):
                os.close(fd)

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
        # Close our ends of the pipes, then reap the child (after Ctrl-C, only if it
        # has not been reaped already).
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type != KeyboardInterrupt or self.returncode is None:
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

        # Each stream: None inherits ours (-1), PIPE makes a pipe (the child's end
        # closed here once it runs), DEVNULL opens os.devnull, else a descriptor or file.
        def child_side(spec, reading):
            if spec is None:
                return -1, -1
            if spec == PIPE:
                read_end, write_end = os.pipe()
                to_close.append(read_end if reading else write_end)
                return (read_end, write_end) if reading else (write_end, read_end)
            if spec == DEVNULL:
                return null('r' if reading else 'w'), -1
            return fd_of(spec), -1

        p2cread, p2cwrite = child_side(stdin, True)
        c2pwrite, c2pread = child_side(stdout, False)
        if stderr == STDOUT:
            errread, errwrite = -1, (c2pwrite if c2pwrite != -1 else 1)
        else:
            errwrite, errread = child_side(stderr, False)
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
