"""Utilities to get a password and/or the current user name.

getpass(prompt[, stream]) - Prompt for a password, with echo turned off.
getuser() - Get the user name from the environment or password database.

GetPassWarning - This UserWarning is issued when getpass() cannot prevent
                 echoing of the password contents while reading.
"""

# As CPython's `getpass` on Unix. Without termios, echo is turned off on the
# controlling terminal with stty(1); where there is no terminal the password is read
# from stdin with CPython's warning. getuser() reads /etc/passwd when no environment
# variable names the user (coro has no pwd module).

import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


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
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """Get the username from the environment or password database.

    First try various environment variables, then the password
    database.  This works on Windows as long as USERNAME is set.

    """
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


getpass = unix_getpass
