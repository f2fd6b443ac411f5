"""The codec registry and the codec base classes (coro's `codecs`): lookup and CodecInfo,
encode/decode and the get* helpers, incremental encoders and decoders, stream readers
and writers, open, iterencode/iterdecode, the error handler registry and the BOM
constants. Written from the codecs documentation and python3's observable behaviour.
"""

# As CPython's `codecs` for the encodings coro has (utf-8, utf-8-sig, utf-16 and utf-32
# with their -le/-be forms, ascii, latin-1, single-byte code pages such as cp1252) and
# the bytes/str transforms (hex, base64, zlib, rot13):
# lookup and CodecInfo, encode/decode, the get* helpers, incremental encoders and
# decoders (a UTF-8 or UTF-16 sequence split between calls is kept for the next),
# stream readers/writers, open, iterencode/iterdecode, register/register_error/
# lookup_error, the BOM constants. Other codecs raise LookupError as an unknown
# encoding does.

import builtins
import sys

__all__ = [
    "register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
    "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
    "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
    "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
    "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
    "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode",
    "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
    "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
    "namereplace_errors", "register_error", "lookup_error",
]

# Byte order marks: UTF-8's, UTF-16's and UTF-32's in each byte order, the unsuffixed
# ones in this machine's order, and their old names.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE, BOM_UTF16_BE = b'\xff\xfe', b'\xfe\xff'
BOM_UTF32_LE, BOM_UTF32_BE = b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'
_LITTLE = sys.byteorder == 'little'
BOM_UTF16 = BOM_UTF16_LE if _LITTLE else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _LITTLE else BOM_UTF32_BE
BOM = BOM_UTF16
BOM_LE, BOM_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup() returns: the codec's functions and classes by name, and as a
    4-tuple (encode, decode, streamreader, streamwriter) for old code."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode, info.decode = encode, decode
        info.streamreader, info.streamwriter = streamreader, streamwriter
        info.incrementalencoder, info.incrementaldecoder = incrementalencoder, incrementaldecoder
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} object for encoding "
                f"{self.name} at {id(self):#x}>")


class Codec:
    """The stateless interface: encode(input, errors) and decode(input, errors), each
    returning (output, length of input consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input given piece by piece, keeping what it needs between calls."""

    def __init__(self, errors='strict'):
        self.buffer = ""
        self.errors = errors

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Back to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restore a state getstate() returned."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder for codecs that must see more input before encoding
    the end of what they have: the unencoded rest waits in `buffer`."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        super().reset()
        self.buffer = ""

    def getstate(self):
        return self.buffer if self.buffer else 0

    def setstate(self, state):
        self.buffer = state if state else ""


class IncrementalDecoder(object):
    """Decodes input given piece by piece, keeping what it needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Back to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Restore a state getstate() returned."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder for codecs whose sequences may be split between calls:
    the undecoded tail waits in `buffer`."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        super().reset()
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _stream_proxy(cls):
    """Class decorator for the stream wrappers: unknown attributes come from the
    wrapped stream, and leaving a `with` block closes it."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    for function in (__getattr__, __enter__, __exit__):
        function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
        setattr(cls, function.__name__, function)
    return cls


@_stream_proxy
class StreamWriter(Codec):
    """Writes text to a byte stream through the codec's encode()."""

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()


@_stream_proxy
class StreamReader(Codec):
    """Reads text from a byte stream through the codec's decode(): what the stream
    has is decoded, and served from a character buffer."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors
        self._empty_charbuffer = self.charbuffertype()
        self.bytebuffer = b""   # undecoded bytes (an incomplete sequence)
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size, chars, firstline):
        # Read and decode until `chars` characters are buffered (all, if negative).
        while chars < 0 or len(self.charbuffer) < chars:
            fresh = self.stream.read() if size < 0 else self.stream.read(size)
            pending = self.bytebuffer + fresh
            if not pending:
                return
            try:
                text, used = self.decode(pending, self.errors)
            except UnicodeDecodeError as problem:
                # For readline(), what decodes before the bad bytes will do if it
                # already holds a whole line.
                if not firstline:
                    raise
                text, used = self.decode(pending[:problem.start], self.errors)
                if len(text.splitlines(keepends=True)) <= 1:
                    raise
            self.bytebuffer = pending[used:]
            self.charbuffer += text
            if not fresh:
                return

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        self._fill(size, chars, firstline)
        if chars < 0:
            taken, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            taken, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return taken

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer, self.linebuffer = self.linebuffer[0], None
        else:
            lines = self.read(firstline=True).splitlines(keepends=True)
            if not lines:
                return self._empty_charbuffer
            line = lines[0]
            # The rest goes back in front of whatever is still buffered.
            self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
        if not keepends and line:
            line = line.splitlines(keepends=False)[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


@_stream_proxy
class StreamReaderWriter:
    """A stream both read and written through one codec's reader and writer."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


@_stream_proxy
class StreamRecoder:
    """Translates between two encodings: what is read from the stream (decoded by
    Reader) is re-encoded with `encode`; what is written is decoded with `decode`
    and written by Writer."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])


# -- the codecs coro has --

def _utf8_complete(data):
    """How many leading bytes of data form complete UTF-8 sequences: a sequence cut
    off at the end waits for more input."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        if need > back:
            return n - back
        return n
    return n


def _text_codec(name, encoding):
    def encode(input, errors='strict'):
        return input.encode(encoding, errors), len(input)

    def decode(input, errors='strict', final=True):
        data = bytes(input)
        end = len(data)
        if not final:
            end = _partial_end(name, data)
        return data[:end].decode(encoding, errors), end

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(encoding, self.errors)

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class _StreamWriter(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class _StreamReader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode(input, errors, False)

    for cls, role in ((_IncrementalEncoder, 'IncrementalEncoder'),
                      (_IncrementalDecoder, 'IncrementalDecoder'),
                      (_StreamWriter, 'StreamWriter'), (_StreamReader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = role
        cls.__module__ = 'encodings.' + name.replace('-', '_')
    return CodecInfo(name=name, encode=encode, decode=lambda input, errors='strict':
                     decode(input, errors, True),
                     incrementalencoder=_IncrementalEncoder,
                     incrementaldecoder=_IncrementalDecoder,
                     streamwriter=_StreamWriter, streamreader=_StreamReader)


def _partial_end(name, data):
    if name.startswith('utf-8'):
        return _utf8_complete(data)
    if name.startswith('utf-16'):
        end = len(data) - len(data) % 2
        if end >= 2:
            # A high surrogate at the end waits for its partner.
            unit = data[end - 2:end]
            hi = unit[1] if name != 'utf-16-be' else unit[0]
            if 0xD8 <= hi <= 0xDB:
                end -= 2
        return end
    if name.startswith('utf-32'):
        return len(data) - len(data) % 4
    return len(data)


def _bytes_transform(name, encode_fn, decode_fn):
    def encode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError("%s encoding doesn't support '%s' error handling"
                             % (name, errors))
        return encode_fn(input), len(input)

    def decode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError("%s decoding doesn't support '%s' error handling"
                             % (name, errors))
        return decode_fn(input), len(input)

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_fn(input)

    class _IncrementalDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode_fn(input)

    return CodecInfo(name=name, encode=encode, decode=decode,
                     incrementalencoder=_IncrementalEncoder,
                     incrementaldecoder=_IncrementalDecoder, _is_text_encoding=False)


def _hex_encode(data):
    import binascii
    return binascii.b2a_hex(data)


def _hex_decode(data):
    import binascii
    return binascii.a2b_hex(data)


def _base64_encode(data):
    import base64
    return base64.encodebytes(data)


def _base64_decode(data):
    import base64
    return base64.decodebytes(data)


def _zlib_encode(data):
    import zlib
    return zlib.compress(data)


def _zlib_decode(data):
    import zlib
    return zlib.decompress(data)


def _rot13(text):
    return text.translate(_ROT13)


_ROT13 = {c: (c - base + 13) % 26 + base
          for base in (ord('a'), ord('A')) for c in range(base, base + 26)}


# Normalized name (lower case, '-' and ' ' as '_') -> canonical codec name.
_ALIASES = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf8_ucs2': 'utf-8', 'utf8_ucs4': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be', 'utf16be': 'utf-16-be',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1', 'iso_ir_100': 'iso8859-1', 'csisolatin1': 'iso8859-1',
    'iso8859': 'iso8859-1', 'iso_8859_1:1987': 'iso8859-1',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le', 'utf32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be', 'utf32be': 'utf-32-be',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252',
    'cp437': 'cp437', '437': 'cp437', 'ibm437': 'cp437',
    'mac_roman': 'mac-roman', 'macroman': 'mac-roman', 'macintosh': 'mac-roman',
    'iso8859_15': 'iso8859-15', 'iso_8859_15': 'iso8859-15', 'latin9': 'iso8859-15',
    'latin_9': 'iso8859-15', 'l9': 'iso8859-15',
    'cp850': 'cp850', '850': 'cp850', 'ibm850': 'cp850',
    'iso8859_2': 'iso8859-2', 'iso_8859_2': 'iso8859-2', 'latin2': 'iso8859-2',
    'latin_2': 'iso8859-2', 'l2': 'iso8859-2',
    'cp1250': 'cp1250', 'windows_1250': 'cp1250', 'cp1251': 'cp1251', 'windows_1251': 'cp1251',
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64',
    'base64_codec': 'base64', 'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
}

_search_functions = []
_cache = {}


def _builtin_codec(name):
    if name in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'ascii',
                'utf-32', 'utf-32-le', 'utf-32-be', 'cp1252', 'cp437', 'mac-roman',
                'iso8859-15', 'cp850', 'iso8859-2', 'cp1250', 'cp1251'):
        return _text_codec(name, name)
    if name == 'iso8859-1':
        return _text_codec(name, 'latin-1')
    if name == 'hex':
        return _bytes_transform(name, _hex_encode, _hex_decode)
    if name == 'base64':
        return _bytes_transform(name, _base64_encode, _base64_decode)
    if name == 'zlib':
        return _bytes_transform(name, _zlib_encode, _zlib_decode)
    if name == 'rot-13':
        info = _bytes_transform(name, _rot13, _rot13)
        return info
    return None


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    else:
        name = _ALIASES.get(key)
        info = _builtin_codec(name) if name else None
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def _text_info(encoding, what):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("'%s' is not a text encoding; use codecs.%s() to handle "
                          "arbitrary codecs" % (encoding, what))
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    result = info.encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    result = info.decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """ Open an encoded file using the given mode and return
        a wrapped version providing transparent encoding/decoding.
    """
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# -- error handlers --

def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if n < 0x100:
                out.append('\\x%02x' % n)
            elif n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                out.append('\\U%08x' % n)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except ValueError:
                out.extend(backslashreplace_errors(
                    UnicodeEncodeError('ascii', c, 0, 1, ''))[0])
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
}


def register_error(name, handler):
    """Register the specified error handler under the name errors."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# -- the escape codecs pickle and others use --

def escape_decode(data, errors=None):
    """Decode Python bytes-literal escapes: (bytes, number of bytes consumed)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        if c in simple:
            out.append(simple[c])
            i += 1
        elif c == 0x0a:
            i += 1
        elif 0x30 <= c <= 0x37:
            j = i
            while j < n and j < i + 3 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i:j], 8) & 0xff)
            i = j
        elif c == ord('x'):
            digits = data[i + 1:i + 3]
            try:
                if len(digits) < 2:
                    raise ValueError
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 1)) from None
            i += 3
        else:
            out.append(0x5c)
            out.append(c)
            i += 1
    return bytes(out), n


def escape_encode(data, errors=None):
    """Escape bytes as a Python bytes literal's body: (bytes, length)."""
    text = repr(bytes(data))[2:-1]
    return text.encode('latin-1'), len(data)


# CPython's encode/decode are _codecs'; pickle names them so (protocols 0-2 pickle
# bytes as a call of _codecs.encode).
for _f in (encode, decode, lookup, register, lookup_error, register_error,
           escape_decode, escape_encode):
    _f.__module__ = '_codecs'
del _f
