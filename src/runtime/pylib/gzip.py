"""Functions that read and write gzipped files.

The user of the file doesn't have to worry about the compression,
but random access is not allowed."""

# As CPython's `gzip`, over zlib: compress/decompress (multi-member streams, CRC and
# length checks), open() and GzipFile for reading and writing (binary, or text through
# io.TextIOWrapper), BadGzipFile. A GzipFile being read decompresses the whole file
# on its first read; seeking within it works on that buffer.

import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _gzip_header(compresslevel, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    # Magic, method 8 (deflate), flags, mtime, extra flags, OS 255 (unknown).
    header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, FNAME if fname else 0,
                         int(mtime), xfl, 255)
    if fname:
        header += fname + b'\000'
    return header


def _read_exact(fp, n):
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError(_TRUNCATED)
        data += more
    return data


def _read_gzip_header(fp):
    """The member's mtime, after reading its header; None at the end of the data."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flag, last_mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, extra_len)
    for field in (FNAME, FCOMMENT):
        if flag & field:
            while True:
                s = fp.read(1)
                if not s or s == b'\000':
                    break
    if flag & FHCRC:
        _read_exact(fp, 2)
    return last_mtime


def _decompress_members(data):
    """(the members' data joined, the last member's mtime)."""
    members = []
    mtime = None
    while True:
        fp = io.BytesIO(data)
        header_mtime = _read_gzip_header(fp)
        if header_mtime is None:
            return b"".join(members), mtime
        mtime = header_mtime
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        decompressed = do.decompress(data[fp.tell():])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(decompressed):
            raise BadGzipFile("CRC check failed")
        if length != (len(decompressed) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(decompressed)
        # Zero bytes may pad the space between members.
        data = do.unused_data[8:].lstrip(b"\x00")


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib writes a gzip header of its own (mtime 0, OS byte of the system).
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = _gzip_header(compresslevel, mtime)
    trailer = struct.pack("<LL", zlib.crc32(data), (len(data) & 0xffffffff))
    return header + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress a gzip compressed string in one shot.
    Return the decompressed string.
    """
    return _decompress_members(data)[0]


class GzipFile(io.BufferedIOBase):
    """The GzipFile class simulates most of the methods of a file object with
    the exception of the truncate() method.
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = None
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will "
                              "change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            self._crc = zlib.crc32(b"")
            self._size = 0
            self._offset = 0
            self._header_written = False
            self._compresslevel = compresslevel
            self._write_mtime = mtime
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self._mtime = None

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        self._fill()
        return self._mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _fill(self):
        if self.mode == READ and self._buffer is None:
            data, self._mtime = _decompress_members(self.fileobj.read())
            self._buffer = io.BytesIO(data)

    def _fname(self):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        return fname

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if not self._header_written:
            self.fileobj.write(_gzip_header(self._compresslevel, self._write_mtime,
                                            self._fname()))
            self._header_written = True
        if not isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        length = len(data)
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "%s() on write-only GzipFile object" % what)

    def read(self, size=-1):
        self._check_read("read")
        self._fill()
        return self._buffer.read(size)

    def read1(self, size=-1):
        self._check_read("read1")
        self._fill()
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read(size)

    def peek(self, n):
        self._check_read("peek")
        self._fill()
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def readline(self, size=-1):
        self._check_read("readline")
        self._fill()
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check_read("readlines")
        self._fill()
        return self._buffer.readlines(hint)

    def __iter__(self):
        self._check_read("readline")
        self._fill()
        return iter(self._buffer)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                if not self._header_written:
                    fileobj.write(_gzip_header(self._compresslevel, self._write_mtime,
                                               self._fname()))
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<L", self._crc))
                fileobj.write(struct.pack("<L", self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._fill()
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self._offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self._offset:
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self._offset))
            return self._offset
        self._check_read("seek")
        self._fill()
        return self._buffer.seek(offset, whence)

    def tell(self):
        if self.mode == WRITE:
            return self._offset
        self._fill()
        return self._buffer.tell()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()
