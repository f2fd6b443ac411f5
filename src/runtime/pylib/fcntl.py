"""fcntl, ioctl, flock and lockf on file descriptors or objects with fileno(), and the
F_*/LOCK_* constants, over the system calls of `_fcntl`. Errors are OSError as in CPython.

A mutable buffer given to ioctl is written back when `mutate` is true (the default);
like CPython, at most 1024 bytes go through a call. Not the I_* STREAMS constants."""

import _fcntl
from _fcntl import *  # the constants

del fcntl, ioctl, flock, lockf  # the checked versions below replace the raw calls


def _descriptor(fd):
    if isinstance(fd, int):
        return fd
    getter = getattr(fd, "fileno", None)
    if getter is None:
        raise TypeError("argument must be an int, or have a fileno() method.")
    fd = getter()
    if not isinstance(fd, int):
        raise TypeError("fileno() returned a non-integer")
    return fd


def _argument(name, arg):
    if isinstance(arg, (bytes, bytearray, memoryview, int)):
        return arg
    if isinstance(arg, str):
        return arg.encode()
    if hasattr(arg, "__index__"):
        return arg.__index__()
    raise TypeError("%s() argument 3 must be an integer, a bytes-like object, "
                    "or a string" % name if name == "ioctl" else
                    "integer argument expected, got %s" % type(arg).__name__)


def fcntl(fd, cmd, *rest):
    """Perform the operation `cmd` on file descriptor fd (see the C fcntl)."""
    if len(rest) > 1:
        raise TypeError("fcntl expected at most 3 arguments, got %d" % (2 + len(rest)))
    arg = rest[0] if rest else 0
    return _fcntl.fcntl(_descriptor(fd), cmd, _argument("fcntl", arg))


def ioctl(fd, request, arg=0, mutate_flag=True, /):
    """Perform the operation `request` on file descriptor fd (see the C ioctl)."""
    arg = _argument("ioctl", arg)
    result = _fcntl.ioctl(_descriptor(fd), request,
                          bytes(arg) if isinstance(arg, (bytearray, memoryview)) else arg)
    if isinstance(arg, (bytearray, memoryview)) and not isinstance(result, int):
        if mutate_flag:
            arg[:] = result
            return 0
    return result


def flock(fd, operation, /):
    """Perform the lock operation `operation` on file descriptor fd."""
    _fcntl.flock(_descriptor(fd), operation)


def lockf(fd, cmd, len=0, start=0, whence=0, /):
    """A wrapper around the fcntl() locking calls (LOCK_UN, LOCK_SH or LOCK_EX, with
    LOCK_NB for a lock that does not wait)."""
    _fcntl.lockf(_descriptor(fd), cmd, len, start, whence)
