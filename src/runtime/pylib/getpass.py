"""getpass: read a password without echoing it (getpass), and the user's login name
(getuser). GetPassWarning is issued when echo cannot be turned off and the password is
read, visibly, from stdin instead."""

# As CPython's `getpass` on Unix. Without termios, echo is turned off on the
# controlling terminal with stty(1); where there is no terminal the password is read
# from stdin with CPython's warning. getuser() reads /etc/passwd when no environment
# variable names the user (coro has no pwd module).

import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


# Warned when getpass() cannot keep the password from being echoed (no docstring, as
# CPython's has none).
class GetPassWarning(UserWarning):
    pass


def _stty(tty_fd, *settings):
    import subprocess
    return subprocess.run(['stty', *settings], stdin=tty_fd, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True)


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off."""
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return fallback_getpass(prompt, stream)
    try:
        saved = _stty(fd, '-g')
        if saved.returncode != 0:
            return fallback_getpass(prompt, stream)
        tty = io.open(fd, 'w+', closefd=False)
        if not stream:
            stream = tty
        _stty(fd, '-echo')
        try:
            stream.write(prompt)
            stream.flush()
            line = tty.readline()
        finally:
            _stty(fd, saved.stdout.strip())
            stream.flush()
        if not line:
            raise EOFError
        if line[-1] == '\n':
            line = line[:-1]
        stream.write('\n')
        return line
    finally:
        os.close(fd)


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password from stdin, echoed: warns (GetPassWarning, and a line on
    stream, stderr by default) that echo could not be turned off."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    out = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=out)
    return _raw_input(prompt, out)


def _write_prompt(stream, prompt):
    try:
        stream.write(prompt)
    except UnicodeEncodeError:
        # What the stream's encoding cannot show becomes its replacement character.
        stream.write(prompt.encode(stream.encoding, 'replace').decode(stream.encoding))
    stream.flush()


def _raw_input(prompt="", stream=None, input=None):
    """One line from input (stdin), prompt written to stream (stderr) first, without its
    newline; EOFError at end of input."""
    prompt = str(prompt)
    if prompt:
        _write_prompt(stream or sys.stderr, prompt)
    line = (input or sys.stdin).readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


# Checked in this order; the first one set and not empty names the user.
_USER_VARIABLES = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')


def getuser():
    """The login name: from the environment variables LOGNAME, USER, LNAME and
    USERNAME (the first that is set), else the password database entry of this uid."""
    named = next(filter(None, map(os.environ.get, _USER_VARIABLES)), None)
    if named:
        return named
    uid = os.getuid()
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for entry in f:
                fields = entry.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


getpass = unix_getpass
