"""POSIX terminal control: tcgetattr/tcsetattr (the seven-item attribute list),
tcsendbreak, tcdrain, tcflush, tcflow, tcgetwinsize/tcsetwinsize, termios.error and the
constants, over the system calls of `_termios`. Not the constants of other platforms."""

import _termios
from fcntl import _descriptor  # an int, or an object's fileno()
from _termios import *  # the constants

del tcgetattr, tcsetattr, tcsendbreak, tcdrain, tcflush, tcflow, tcgetwinsize
del tcsetwinsize, openpty


class error(Exception):
    pass


error.__module__ = "termios"


def _call(function, *args):
    try:
        return function(*args)
    except OSError as err:
        raise error(err.errno, err.strerror) from None


def tcgetattr(fd, /):
    """[iflag, oflag, cflag, lflag, ispeed, ospeed, cc] of the terminal fd."""
    return _call(_termios.tcgetattr, _descriptor(fd))


def tcsetattr(fd, when, attributes, /):
    """Set the terminal fd's attributes from a tcgetattr-style list, when TCSANOW,
    TCSADRAIN or TCSAFLUSH."""
    fd = _descriptor(fd)
    if not isinstance(attributes, list) or len(attributes) != 7:
        raise TypeError("tcsetattr, arg 3: must be 7 element list")
    cc = attributes[6]
    if not isinstance(cc, list) or len(cc) != NCCS:
        raise TypeError("tcsetattr: attributes[6] must be %d element list" % NCCS)
    chars = bytearray()
    for c in cc:
        if isinstance(c, bytes) and len(c) == 1:
            chars += c
        elif isinstance(c, int):
            chars.append(c)
        else:
            raise TypeError("tcsetattr: elements of attributes must be characters or "
                            "integers")
    _call(_termios.tcsetattr, fd, when, *attributes[:6], bytes(chars))


def tcsendbreak(fd, duration, /):
    """Send a break on the terminal fd."""
    _call(_termios.tcsendbreak, _descriptor(fd), duration)


def tcdrain(fd, /):
    """Wait until all output written to fd has been transmitted."""
    _call(_termios.tcdrain, _descriptor(fd))


def tcflush(fd, queue, /):
    """Discard queued data on fd (TCIFLUSH, TCOFLUSH or TCIOFLUSH)."""
    _call(_termios.tcflush, _descriptor(fd), queue)


def tcflow(fd, action, /):
    """Suspend or resume input or output on fd (TCOOFF, TCOON, TCIOFF, TCION)."""
    _call(_termios.tcflow, _descriptor(fd), action)


def tcgetwinsize(fd, /):
    """The (rows, columns) of the terminal fd."""
    return _call(_termios.tcgetwinsize, _descriptor(fd))


def tcsetwinsize(fd, winsize, /):
    """Set the (rows, columns) of the terminal fd."""
    fd = _descriptor(fd)
    try:
        rows, columns = winsize
    except (TypeError, ValueError):
        raise TypeError("tcsetwinsize, arg 2: must be a two-item sequence") from None
    _call(_termios.tcsetwinsize, fd, rows, columns)
