"""dbm.dumb: a dictionary stored in files, the portable format every Python reads.

`NAME.dat` holds the values, each at an offset that is a multiple of 512; `NAME.dir`
holds one line per key, `'key', (offset, size)`, the key as a Latin-1 str; `NAME.bak`
is the previous index. Keys and values are bytes (str is stored as UTF-8). The index is
rewritten on sync, close and deletion; values are written at once."""

import ast
import os
from io import open as _io_open
from collections.abc import MutableMapping

__all__ = ["error", "open"]

error = OSError

_BLOCK = 512


def _as_bytes(value, what):
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError("%s must be bytes or strings" % what)


class _Database(MutableMapping):

    def __init__(self, filebase, mode, flag):
        self._mode = mode
        self._readonly = flag == "r"
        self._dirfile = filebase + ".dir"
        self._datfile = filebase + ".dat"
        self._bakfile = filebase + ".bak"
        self._index = None
        try:
            f = _io_open(self._datfile, "r")
        except OSError:
            if flag not in ("c", "n"):
                raise
            with _io_open(self._datfile, "w"):
                self._chmod(self._datfile)
        else:
            f.close()
        self._load()

    def _chmod(self, path):
        if hasattr(os, "chmod"):
            try:
                os.chmod(path, self._mode & ~_umask())
            except OSError:
                pass

    def _load(self):
        self._index = {}
        try:
            f = _io_open(self._dirfile, "r", encoding="Latin-1")
        except OSError:
            self._modified = not self._readonly
            return
        self._modified = False
        with f:
            for line in f:
                line = line.rstrip()
                if line:
                    key, where = ast.literal_eval(line)
                    self._index[key.encode("Latin-1")] = where

    def _commit(self):
        if self._index is None or not self._modified:
            return
        for old, new in ((self._bakfile, None), (self._dirfile, self._bakfile)):
            try:
                if new is None:
                    os.unlink(old)
                else:
                    os.rename(old, new)
            except OSError:
                pass
        with _io_open(self._dirfile, "w", encoding="Latin-1") as f:
            self._chmod(self._dirfile)
            for key, where in self._index.items():
                f.write("%r, %r\n" % (key.decode("Latin-1"), where))
        self._modified = False

    sync = _commit

    def _check(self):
        if self._index is None:
            raise error("DBM object has already been closed")

    def _check_writable(self):
        if self._readonly:
            raise error("The database is opened for reading only")

    def __getitem__(self, key):
        key = _as_bytes(key, "keys")
        self._check()
        offset, size = self._index[key]
        with _io_open(self._datfile, "rb") as f:
            f.seek(offset)
            return f.read(size)

    def _append(self, value):
        with _io_open(self._datfile, "rb+") as f:
            end = f.seek(0, 2)
            offset = -(-end // _BLOCK) * _BLOCK
            f.write(b"\0" * (offset - end))
            f.write(value)
        return offset, len(value)

    def _overwrite(self, offset, value):
        with _io_open(self._datfile, "rb+") as f:
            f.seek(offset)
            f.write(value)
        return offset, len(value)

    def __setitem__(self, key, value):
        self._check_writable()
        key = _as_bytes(key, "keys")
        value = _as_bytes(value, "values")
        self._check()
        self._modified = True
        where = self._index.get(key)
        if where is None:
            self._index[key] = self._append(value)
            with _io_open(self._dirfile, "a", encoding="Latin-1") as f:
                self._chmod(self._dirfile)
                f.write("%r, %r\n" % (key.decode("Latin-1"), self._index[key]))
            return
        offset, size = where
        blocks_now = -(-size // _BLOCK)
        blocks_new = -(-len(value) // _BLOCK)
        if blocks_new <= blocks_now:
            self._index[key] = self._overwrite(offset, value)
        else:
            self._index[key] = self._append(value)

    def __delitem__(self, key):
        self._check_writable()
        key = _as_bytes(key, "keys")
        self._check()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        self._check()
        return list(self._index)

    def items(self):
        self._check()
        return [(key, self[key]) for key in self._index]

    def values(self):
        return [value for _, value in self.items()]

    def __contains__(self, key):
        key = _as_bytes(key, "keys")
        self._check()
        return key in self._index

    def __iter__(self):
        self._check()
        return iter(list(self._index))

    def __len__(self):
        self._check()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def open(file, flag="c", mode=0o666):
    if flag not in ("r", "w", "c", "n"):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    file = os.fsdecode(os.fspath(file))
    if flag == "n":
        for suffix in (".dat", ".dir", ".bak"):
            try:
                os.unlink(file + suffix)
            except OSError:
                pass
    return _Database(file, mode, flag)

