"""Terminal modes: setraw and setcbreak (over termios), and the attribute-list indexes
IFLAG..CC. Not anything termios cannot do."""

from termios import *

__all__ = ["setraw", "setcbreak"]

IFLAG, OFLAG, CFLAG, LFLAG, ISPEED, OSPEED, CC = range(7)


def setraw(fd, when=TCSAFLUSH):
    """Put the terminal fd in raw mode: bytes in and out untranslated, no echo, no
    signals from keys, reads returning each byte as it arrives."""
    mode = tcgetattr(fd)
    mode[IFLAG] &= ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    mode[OFLAG] &= ~OPOST
    mode[CFLAG] &= ~(CSIZE | PARENB)
    mode[CFLAG] |= CS8
    mode[LFLAG] &= ~(ECHO | ICANON | IEXTEN | ISIG)
    mode[CC][VMIN] = 1
    mode[CC][VTIME] = 0
    tcsetattr(fd, when, mode)


def setcbreak(fd, when=TCSAFLUSH):
    """Put the terminal fd in cbreak mode: no echo, input by the byte, signals kept."""
    mode = tcgetattr(fd)
    mode[LFLAG] &= ~(ECHO | ICANON)
    mode[CC][VMIN] = 1
    mode[CC][VTIME] = 0
    tcsetattr(fd, when, mode)
