"""Memory-mapped files and anonymous shared memory: mmap objects with indexing and
slicing, read/readline/read_byte/write/write_byte/seek/tell, find/rfind, move, resize,
flush, madvise, size, close and the context manager, with CPython's errors. The memory
is the `_mmap` mapping; this class keeps its address, length and position.

Not the buffer protocol: memoryview(m), struct.pack_into and readinto cannot write into
the map (copy through slices instead)."""

import os as _os
import _mmap
from _mmap import (PAGESIZE, ALLOCATIONGRANULARITY, MAP_SHARED, MAP_PRIVATE, MAP_ANON,
                   MAP_ANONYMOUS, PROT_READ, PROT_WRITE, PROT_EXEC)
from _mmap import *  # MAP_* and MADV_* constants

del map, unmap, read, write, flush, remap, move

ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY = range(4)
_ACCESS_NAMES = ("ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY")

error = OSError


class mmap:
    """mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ,
    access=ACCESS_DEFAULT, offset=0): a map of `length` bytes of the file (0 for the
    whole file), or of anonymous memory when fileno is -1."""

    def __init__(self, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ,
                 access=ACCESS_DEFAULT, offset=0):
        self._addr = None
        if length < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED
                                         or prot != PROT_WRITE | PROT_READ):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_READ:
            flags, prot = MAP_SHARED, PROT_READ
        elif access == ACCESS_WRITE:
            flags, prot = MAP_SHARED, PROT_READ | PROT_WRITE
        elif access == ACCESS_COPY:
            flags, prot = MAP_PRIVATE, PROT_READ | PROT_WRITE
        elif access != ACCESS_DEFAULT:
            raise ValueError("mmap invalid access parameter.")
        self._fd = -1
        if fileno != -1:
            size = _os.fstat(fileno).st_size
            if length == 0:
                if size == 0:
                    raise ValueError("cannot mmap an empty file")
                if offset >= size:
                    raise ValueError("mmap offset is greater than file size")
                length = size - offset
            elif offset > size or size - offset < length:
                raise ValueError("mmap length is greater than file size")
            self._fd = _os.dup(fileno)
        else:
            flags |= MAP_ANONYMOUS
        try:
            self._addr = _mmap.map(fileno, length, flags, prot, offset)
        except BaseException:
            if self._fd != -1:
                _os.close(self._fd)
            raise
        self._length = length
        self._offset = offset
        self._pos = 0
        self._access = access
        self._flags = flags
        self._prot = prot

    # --- state ---------------------------------------------------------------------

    def _live(self):
        if self._addr is None:
            raise ValueError("mmap closed or invalid")
        return self._addr

    def _writable(self):
        self._live()
        if self._access == ACCESS_READ:
            raise TypeError("mmap can't modify a readonly memory map.")

    @property
    def closed(self):
        return self._addr is None

    def close(self):
        """Unmap the memory and close the file descriptor the map holds."""
        if self._addr is not None:
            _mmap.unmap(self._addr)
            self._addr = None
        if getattr(self, "_fd", -1) != -1:
            _os.close(self._fd)
            self._fd = -1

    def __del__(self):
        if getattr(self, "_addr", None) is not None:
            self.close()

    def __enter__(self):
        self._live()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self._addr is None:
            return "<mmap.mmap closed=True>"
        return ("<mmap.mmap closed=False, access=%s, length=%d, pos=%d, offset=%d>"
                % (_ACCESS_NAMES[self._access], self._length, self._pos, self._offset))

    def __len__(self):
        self._live()
        return self._length

    def size(self):
        """The size of the mapped file (not of the map)."""
        self._live()
        if self._fd == -1:
            raise OSError(9, "Bad file descriptor")
        return _os.fstat(self._fd).st_size

    def tell(self):
        self._live()
        return self._pos

    def seek(self, pos, whence=0):
        """Move the position: from the start (0), the current position (1) or the end (2)."""
        self._live()
        if whence == 0:
            where = pos
        elif whence == 1:
            where = self._pos + pos
        elif whence == 2:
            where = self._length + pos
        else:
            raise ValueError("unknown seek type")
        if where < 0 or where > self._length:
            raise ValueError("seek out of range")
        self._pos = where

    # --- reading -------------------------------------------------------------------

    def _bytes(self, start, stop):
        return _mmap.read(self._addr, start, stop) if stop > start else b""

    def read(self, n=None):
        """Up to n bytes (all that remain when n is None or negative) from the position."""
        self._live()
        left = self._length - self._pos
        if n is None or n < 0 or n > left:
            n = max(left, 0)
        data = self._bytes(self._pos, self._pos + n)
        self._pos += n
        return data

    def read_byte(self):
        self._live()
        if self._pos >= self._length:
            raise ValueError("read byte out of range")
        self._pos += 1
        return self._bytes(self._pos - 1, self._pos)[0]

    def readline(self):
        """The bytes from the position through the next newline (or to the end)."""
        self._live()
        rest = self._bytes(self._pos, self._length)
        cut = rest.find(b"\n")
        line = rest if cut < 0 else rest[:cut + 1]
        self._pos += len(line)
        return line

    def _bounds(self, start, end):
        if start is None:
            start = self._pos
        elif start < 0:
            start = max(start + self._length, 0)
        if end is None:
            end = self._length
        elif end < 0:
            end = max(end + self._length, 0)
        return min(start, self._length), min(end, self._length)

    def find(self, sub, start=None, end=None):
        """The lowest index of sub in [start, end) (start defaults to the position), or -1."""
        self._live()
        start, end = self._bounds(start, end)
        found = self._bytes(start, end).find(sub)
        return found if found < 0 else found + start

    def rfind(self, sub, start=None, end=None):
        """The highest index of sub in [start, end), or -1."""
        self._live()
        start, end = self._bounds(start, end)
        found = self._bytes(start, end).rfind(sub)
        return found if found < 0 else found + start

    def __getitem__(self, key):
        self._live()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._length)
            if step == 1:
                return self._bytes(start, stop)
            whole = self._bytes(0, self._length)
            return whole[start:stop:step]
        i = self._position_of(key)
        return self._bytes(i, i + 1)[0]

    def _position_of(self, key):
        """The offset an integer index names (negative ones count from the end)."""
        if not hasattr(key, "__index__"):
            raise TypeError("mmap indices must be integers")
        i = key.__index__()
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("mmap index out of range")
        return i

    def __iter__(self):
        for i in range(len(self)):
            yield self._bytes(i, i + 1)

    def __contains__(self, sub):
        return self._bytes(0, self._length).find(sub) >= 0

    # --- writing -------------------------------------------------------------------

    def write(self, data):
        """Write bytes at the position; the number written."""
        self._writable()
        data = bytes(memoryview(data))
        if self._pos > self._length or self._length - self._pos < len(data):
            raise ValueError("data out of range")
        _mmap.write(self._addr, self._pos, data)
        self._pos += len(data)
        return len(data)

    def write_byte(self, byte):
        self._writable()
        if not 0 <= byte <= 255:
            if byte < 0:
                raise OverflowError("unsigned byte integer is less than minimum")
            raise OverflowError("unsigned byte integer is greater than maximum")
        if self._pos >= self._length:
            raise ValueError("write byte out of range")
        _mmap.write(self._addr, self._pos, bytes((byte,)))
        self._pos += 1

    def __setitem__(self, key, value):
        self._writable()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._length)
            data = bytes(memoryview(value))
            count = len(range(start, stop, step))
            if len(data) != count:
                raise IndexError("mmap slice assignment is wrong size")
            if step == 1:
                if count:
                    _mmap.write(self._addr, start, data)
            else:
                for i, b in zip(range(start, stop, step), data):
                    _mmap.write(self._addr, i, bytes((b,)))
            return
        i = self._position_of(key)
        if not isinstance(value, int) or not 0 <= value <= 255:
            raise ValueError("mmap item value must be in range(0, 256)")
        _mmap.write(self._addr, i, bytes((value,)))

    def __delitem__(self, key):
        raise TypeError("mmap doesn't support item deletion")

    def move(self, dest, src, count):
        """Copy count bytes from offset src to offset dest (the ranges may overlap)."""
        self._writable()
        if (min(dest, src, count) < 0 or src + count > self._length
                or dest + count > self._length):
            raise ValueError("source, destination, or count out of range")
        if count:
            _mmap.move(self._addr, dest, src, count)

    def flush(self, offset=0, size=None):
        """Write changes back to the file (msync)."""
        self._live()
        if size is None:
            size = self._length - offset
        if offset < 0 or size < 0 or offset + size > self._length:
            raise ValueError("flush values out of range")
        if self._access in (ACCESS_READ, ACCESS_COPY) or size == 0:
            return None
        _mmap.flush(self._addr, offset, size)
        return None

    def madvise(self, option, start=0, length=None):
        self._live()
        if start < 0 or start >= self._length:
            raise ValueError("madvise start out of bounds")
        if length is None:
            length = self._length - start
        if length < 0:
            raise ValueError("madvise length invalid")
        length = min(length, self._length - start)
        _mmap.madvise(self._addr, option, start, length)

    def resize(self, newsize):
        """Change the map's length (and the file's size, for a file-backed map)."""
        self._writable()
        if self._access == ACCESS_COPY:
            raise TypeError("mmap can't resize with trackfd=False.")
        if newsize < 0:
            raise ValueError("new size out of range")
        if self._fd != -1:
            _os.ftruncate(self._fd, self._offset + newsize)
        self._addr = _mmap.remap(self._addr, newsize)
        self._length = newsize
        if self._pos > newsize:
            self._pos = newsize

    def __reduce__(self):
        raise TypeError("cannot pickle 'mmap.mmap' object")


mmap.__module__ = "mmap"
