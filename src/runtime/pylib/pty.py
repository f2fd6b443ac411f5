"""Pseudo-terminals: openpty (a master/slave descriptor pair), and pty.fork and spawn,
which coro cannot offer: its interpreter runs threads that a fork would not copy, so
they raise OSError(ENOSYS). Not the BSD-style master_open/slave_open."""

import os

__all__ = ["openpty", "fork", "spawn"]

# The standard descriptors, and what fork() returns in the child.
STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO = 0, 1, 2
CHILD = 0


def openpty():
    """A new pseudo-terminal as (master_fd, slave_fd)."""
    return os.openpty()


def fork():
    """Not available in coro (see the module's doc)."""
    import errno
    raise OSError(errno.ENOSYS, "pty.fork is not supported by coro")


def spawn(argv, master_read=None, stdin_read=None):
    """Not available in coro (see the module's doc)."""
    fork()
