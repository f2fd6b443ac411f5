"""bzip2 compression: compress/decompress in one call, BZ2Compressor and
BZ2Decompressor for data in pieces, BZ2File and open() for .bz2 files."""

# coro's bz2, written from the bz2 documentation and python3's observed behaviour, over
# `_bz2` (libbzip2 1.0.8's algorithm, so the compressed bytes are CPython's).
# BZ2File reads several concatenated streams as one, as CPython's does. It is not:
# BZ2File.fileno on an in-memory file (it raises as the wrapped file does).

import io
import os

import _bz2

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress",
           "decompress"]


def _need_bytes(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


class BZ2Compressor:
    """Compresses data given in pieces into one bzip2 stream (compresslevel 1-9)."""

    def __init__(self, compresslevel=9, /):
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        self._stream = _bz2.compressor(compresslevel)
        self._flushed = False

    def compress(self, data, /):
        """Provide data to the compressor object; returns the compressed data
        produced so far (often none: bzip2 works in blocks of up to 900 kB)."""
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        return _bz2.compress(self._stream, _need_bytes(data))

    def flush(self):
        """Finish the compression; returns what is left of the compressed stream.
        The compressor cannot be used afterwards."""
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        return _bz2.finish(self._stream)

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class BZ2Decompressor:
    """Decompresses one bzip2 stream given in pieces."""

    def __init__(self):
        self._stream = _bz2.decompressor()
        self._held = b""          # input given but not used yet (max_length stopped it)
        self.eof = False
        self.unused_data = b""
        self.needs_input = True

    def decompress(self, data, max_length=-1):
        """Decompress `data`, returning at most `max_length` bytes when it is not
        negative (the rest of the input is kept for the next call, and needs_input is
        False). After the end of the stream, unused_data holds what followed it."""
        if self.eof:
            raise EOFError("End of stream already reached")
        source = self._held + _need_bytes(data)
        out, used, ended = _bz2.decompress(self._stream, source, max_length)
        left = source[used:]
        if ended:
            self.eof = True
            self.unused_data = left
            self._held = b""
            self.needs_input = False
            return out
        self._held = left
        # More input is wanted unless input is waiting or the output limit stopped us.
        limited = 0 <= max_length <= len(out)
        self.needs_input = not left and not limited
        return out

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


def compress(data, compresslevel=9):
    """`data` as one bzip2 stream, at compresslevel 1 (fastest) to 9 (smallest)."""
    compressor = BZ2Compressor(compresslevel)
    return compressor.compress(data) + compressor.flush()


def decompress(data):
    """The content of `data`: one or more bzip2 streams, one after the other."""
    pieces = []
    data = _need_bytes(data)
    while data:
        stream = BZ2Decompressor()
        try:
            pieces.append(stream.decompress(data))
        except OSError:
            if pieces:
                break          # what follows the last whole stream is ignored
            raise
        if not stream.eof:
            raise ValueError("Compressed data ended before the end-of-stream marker "
                             "was reached")
        data = stream.unused_data
    return b"".join(pieces)


_READ, _WRITE = "r", "w"
_FILE_MODES = {"": "rb", "r": "rb", "w": "wb", "x": "xb", "a": "ab"}


class BZ2File(io.BufferedIOBase):
    """A .bz2 file (a path, or a binary file object it wraps) read as its
    uncompressed content, or written through a compressor."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        self._source = None
        self._own_source = False
        self._mode = None
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        kind = mode.replace("b", "")
        if kind not in _FILE_MODES or mode.count("b") > 1:
            raise ValueError("Invalid mode: %r" % (mode,))
        file_mode = _FILE_MODES[kind]
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._source = io.open(filename, file_mode)
            self._own_source = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._source = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        if file_mode == "rb":
            self._mode = _READ
            self._restart()
        else:
            self._mode = _WRITE
            self._compressor = BZ2Compressor(compresslevel)
            self._written = 0

    # ---- state ----

    def _restart(self):
        """Back to the start of the decompressed data (seeking backwards)."""
        self._decompressor = BZ2Decompressor()
        self._buffer = b""
        self._position = 0
        self._source_done = False
        self._size = None

    @property
    def closed(self):
        """True if this file is closed."""
        return self._mode is None

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_reading(self):
        self._check_open()
        if self._mode != _READ:
            raise io.UnsupportedOperation("File not open for reading")

    def _check_writing(self):
        self._check_open()
        if self._mode != _WRITE:
            raise io.UnsupportedOperation("File not open for writing")

    def close(self):
        """Flush and close the file (a file object passed in is not closed)."""
        if self._mode is None:
            return
        try:
            if self._mode == _WRITE:
                self._source.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._own_source:
                    self._source.close()
            finally:
                self._source = None
                self._mode = None
                self._buffer = b""

    def fileno(self):
        """Return the file descriptor for the underlying file."""
        self._check_open()
        return self._source.fileno()

    def seekable(self):
        """Return whether the file supports seeking."""
        return self.readable() and self._source.seekable()

    def readable(self):
        """Return whether the file was opened for reading."""
        self._check_open()
        return self._mode == _READ

    def writable(self):
        """Return whether the file was opened for writing."""
        self._check_open()
        return self._mode == _WRITE

    # ---- reading ----

    def _fill(self, wanted):
        """Decompress until `wanted` bytes are buffered or the data ends; several
        concatenated streams read as one."""
        while len(self._buffer) < wanted and not self._source_done:
            if self._decompressor.eof:
                rest = self._decompressor.unused_data
                if not rest:
                    rest = self._source.read(io.DEFAULT_BUFFER_SIZE)
                    if not rest:
                        self._source_done = True
                        return
                self._decompressor = BZ2Decompressor()
                try:
                    self._buffer += self._decompressor.decompress(rest)
                except OSError:
                    # Junk after the last stream ends the data, as in CPython.
                    self._source_done = True
                continue
            chunk = b""
            if self._decompressor.needs_input:
                chunk = self._source.read(io.DEFAULT_BUFFER_SIZE)
                if not chunk:
                    raise EOFError("Compressed file ended before the end-of-stream "
                                   "marker was reached")
            self._buffer += self._decompressor.decompress(chunk)

    def _take(self, count):
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        self._position += len(data)
        return data

    def read(self, size=-1):
        """Read up to size uncompressed bytes from the file (all of them when size
        is negative or None)."""
        self._check_reading()
        if size is None or size < 0:
            self._fill(float("inf"))
            return self._take(len(self._buffer))
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        """Read up to size bytes with at most one refill of the buffer."""
        self._check_reading()
        if size == 0:
            return b""
        if not self._buffer:
            self._fill(1)
        return self._take(len(self._buffer) if size is None or size < 0 else size)

    def peek(self, n=0):
        """The buffered data ahead (at least one byte unless at the end), without
        moving the position."""
        self._check_reading()
        self._fill(max(n, 1))
        return self._buffer

    def readinto(self, b):
        """Read bytes into b; returns how many."""
        self._check_reading()
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        """Read a line of uncompressed bytes (at most size bytes when it is not
        negative)."""
        self._check_reading()
        if not isinstance(size, int):
            index = getattr(type(size), "__index__", None)
            if index is None:
                raise TypeError("Integer argument expected")
            size = index(size)
        searched = 0
        while True:
            cut = self._buffer.find(b"\n", searched)
            if cut >= 0:
                end = cut + 1
                break
            if self._source_done or 0 <= size <= len(self._buffer):
                end = len(self._buffer)
                break
            searched = len(self._buffer)
            self._fill(len(self._buffer) + io.DEFAULT_BUFFER_SIZE)
            if len(self._buffer) == searched:
                end = searched
                break
        return self._take(min(end, size) if size >= 0 else end)

    def readlines(self, size=-1):
        """Read the remaining lines (stopping once size bytes are read, if given)."""
        self._check_reading()
        lines = []
        total = 0
        for line in iter(self.readline, b""):
            lines.append(line)
            total += len(line)
            if 0 < size <= total:
                break
        return lines

    def __iter__(self):
        self._check_reading()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, offset, whence=io.SEEK_SET):
        """Move to an uncompressed position: emulated by decompressing, from the
        start when moving backwards, so it can be slow."""
        self._check_reading()
        if not self._source.seekable():
            raise io.UnsupportedOperation("The underlying file object does not support "
                                          "seeking")
        if whence == io.SEEK_SET:
            target = offset
        elif whence == io.SEEK_CUR:
            target = self._position + offset
        elif whence == io.SEEK_END:
            self._fill(float("inf"))
            target = self._position + len(self._buffer) + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if target < self._position:
            self._source.seek(0)
            self._restart()
        while self._position < target:
            self._fill(min(target - self._position, io.DEFAULT_BUFFER_SIZE))
            if not self._take(target - self._position):
                break
        return self._position

    def tell(self):
        """Return the current file position."""
        self._check_open()
        return self._position if self._mode == _READ else self._written

    # ---- writing ----

    def write(self, data):
        """Compress `data` into the file; returns the number of uncompressed bytes."""
        self._check_writing()
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._source.write(self._compressor.compress(data))
        self._written += count
        return count

    def writelines(self, seq):
        """Write each bytes-like object of seq."""
        for data in seq:
            self.write(data)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a bzip2-compressed file in binary or text mode.

    The filename argument can be an actual filename (a str or bytes object), or an
    existing file object to read from or write to. Text modes ('rt', 'wt', ...) wrap
    the BZ2File in an io.TextIOWrapper with the given encoding, errors and newline.
    """
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for name, value in (("encoding", encoding), ("errors", errors),
                            ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary = BZ2File(filename, mode.replace("t", ""), compresslevel=compresslevel)
    if not text:
        return binary
    return io.TextIOWrapper(binary, encoding or "locale", errors, newline)
