"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip."""

# As CPython's `zlib`, over `_zlib` (the system zlib, so the bytes are CPython's):
# compress/decompress, compressobj/decompressobj (Compress and Decompress objects with
# flush modes, copy, zdict, unused_data/unconsumed_tail/eof), crc32/adler32, the
# constants and zlib.error with CPython's messages.

import _zlib
import builtins as _builtins
from _zlib import error, crc32, adler32, ZLIB_RUNTIME_VERSION

# memoryview where the interpreter has it (coro does not yet).
_BYTES_LIKE = (bytes, bytearray) + tuple(
    getattr(_builtins, name) for name in ('memoryview',) if hasattr(_builtins, name))

ZLIB_VERSION = ZLIB_RUNTIME_VERSION

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6

# zlib's return codes this module words errors for.
_Z_STREAM_ERROR = -2
_Z_MEM_ERROR = -4
_DESCRIPTIONS = {-5: "incomplete or truncated stream", -2: "inconsistent stream state",
                 -3: "invalid input data"}


def _error(code, doing):
    text = _DESCRIPTIONS.get(code)
    if text is None:
        return error("Error %d %s" % (code, doing))
    return error("Error %d %s: %s" % (code, doing, text))


def _need_bytes(data):
    if not isinstance(data, _BYTES_LIKE):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _int(value):
    if isinstance(value, float) or not hasattr(type(value), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value.__index__()


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    _need_bytes(data)
    stream = _zlib.deflate_init(_int(level), DEFLATED, _int(wbits), DEF_MEM_LEVEL,
                                Z_DEFAULT_STRATEGY)
    if isinstance(stream, int):
        if stream == _Z_MEM_ERROR:
            raise MemoryError("Out of memory while compressing data")
        if stream == _Z_STREAM_ERROR:
            raise error("Bad compression level")
        raise _error(stream, "while compressing data")
    return _zlib.deflate(stream, data, Z_FINISH, "while compressing data")


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    _need_bytes(data)
    if _int(bufsize) < 0:
        raise ValueError("bufsize must be non-negative")
    stream = _zlib.inflate_init(_int(wbits))
    if isinstance(stream, int):
        if stream == _Z_MEM_ERROR:
            raise MemoryError("Out of memory while decompressing data")
        raise _error(stream, "while preparing to decompress data")
    out, _consumed, ended = _zlib.inflate(stream, data, 0, None, "while decompressing data")
    _zlib.end(stream)
    if not ended:
        raise _error(-5, "while decompressing data")
    return out


class Compress:
    __slots__ = ('_stream',)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        _need_bytes(data)
        return _zlib.deflate(self._stream, data, Z_NO_FLUSH, "while compressing data")

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b''
        return _zlib.deflate(self._stream, b'', mode, "while flushing")

    def copy(self):
        """Return a copy of the compression object."""
        return _wrap(Compress, _zlib.copy(self._stream, "while copying compression object"))

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


class Decompress:
    __slots__ = ('_stream', '_zdict', 'unused_data', 'unconsumed_tail', 'eof')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    def _run(self, data, max_length, doing):
        out, consumed, ended = _zlib.inflate(self._stream, data, max_length, self._zdict, doing)
        rest = bytes(data[consumed:])
        if ended:
            self.eof = True
            self.unused_data += rest
        # As CPython's: input left over after the end is in both attributes.
        self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        _need_bytes(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        return self._run(data, max_length, "while decompressing data")

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        if _int(length) <= 0:
            raise ValueError("length must be greater than zero")
        return self._run(self.unconsumed_tail, 0, "while flushing")

    def copy(self):
        """Return a copy of the decompression object."""
        other = _wrap(Decompress, _zlib.copy(self._stream, "while copying decompression object"))
        other._zdict = self._zdict
        other.unused_data = self.unused_data
        other.unconsumed_tail = self.unconsumed_tail
        other.eof = self.eof
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


for _cls in (Compress, Decompress):
    _cls.__module__ = 'zlib'
del _cls


def _wrap(cls, stream):
    obj = object.__new__(cls)
    obj._stream = stream
    return obj


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if zdict is not None:
        _need_bytes(zdict)
    stream = _zlib.deflate_init(_int(level), _int(method), _int(wbits), _int(memLevel),
                                _int(strategy))
    if isinstance(stream, int):
        if stream == _Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for compression object")
        if stream == _Z_STREAM_ERROR:
            raise ValueError("Invalid initialization option")
        raise _error(stream, "while creating compression object")
    if zdict is not None and _zlib.set_dictionary(stream, zdict) != 0:
        raise ValueError("Invalid dictionary")
    return _wrap(Compress, stream)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if zdict is not None and not isinstance(zdict, _BYTES_LIKE):
        raise TypeError("zdict argument must support the buffer protocol")
    stream = _zlib.inflate_init(_int(wbits))
    if isinstance(stream, int):
        if stream == _Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for decompression object")
        if stream == _Z_STREAM_ERROR:
            raise ValueError("Invalid initialization option")
        raise _error(stream, "while creating decompression object")
    obj = _wrap(Decompress, stream)
    obj._zdict = bytes(zdict) if zdict else None
    obj.unused_data = b''
    obj.unconsumed_tail = b''
    obj.eof = False
    if obj._zdict is not None and _int(wbits) < 0:
        # A raw stream never asks for its dictionary: it is set up front.
        code = _zlib.set_dictionary(stream, obj._zdict)
        if code != 0:
            raise _error(code, "while setting zdict")
    return obj
