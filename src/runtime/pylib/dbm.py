"""dbm: the generic interface to "database manager" files: `open` finds which kind a
file is (`whichdb`) and opens it with that module; a new file is made by dbm.dumb.

coro has only dbm.dumb (the portable format, in Python); files of the dbm.gnu and
dbm.ndbm kinds are recognised by `whichdb` but cannot be opened."""

import os
from io import open as io_open

__all__ = ["open", "whichdb", "error"]


class error(Exception):
    pass


error = (error, OSError)

_names = ["dbm.dumb"]


def open(file, flag="r", mode=0o666):
    kind = None if "n" in flag else whichdb(file)
    if kind is None:
        if "c" not in flag and "n" not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        kind = "dbm.dumb"
    elif kind == "":
        raise error[0]("db type could not be determined")
    if kind not in _names:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    import dbm.dumb
    return dbm.dumb.open(file, flag, mode)


def whichdb(filename):
    """'dbm.dumb', 'dbm.gnu' or 'dbm.ndbm' for a file of that kind, '' for a file of no
    known kind, None when there is no such file."""
    filename = os.fsencode(filename)
    for data, index in ((filename + b".dat", filename + b".dir"),):
        if os.path.exists(index) and os.path.exists(data):
            try:
                with io_open(index, "rb") as f:
                    first = f.read(1)
            except OSError:
                return None
            if first in (b"", b"'", b'"'):
                return "dbm.dumb"
    if os.path.exists(filename + b".db"):
        return "dbm.ndbm"
    try:
        with io_open(filename, "rb") as f:
            head = f.read(4)
    except OSError:
        return None
    if len(head) < 4:
        return ""
    if head in (b"\x13\x57\x9a\xce", b"\xce\x9a\x57\x13", b"\x13\x57\x9a\xcd",
                b"\xcd\x9a\x57\x13"):
        return "dbm.gnu"
    return ""

