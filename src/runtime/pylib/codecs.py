""" codecs -- Python Codec Registry, API and helpers.


Written by Marc-Andre Lemburg (mal@lemburg.com).

(c) Copyright CNRI, All Rights Reserved. NO WARRANTY.

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

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """ Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """
    An IncrementalEncoder encodes an input in multiple steps. The input can
    be passed piece by piece to the encode() method. The IncrementalEncoder
    remembers the state of the encoding process between calls to encode().
    """

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Set the current state of the encoder. state must have been
        returned by getstate()."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """
    An IncrementalDecoder decodes an input in multiple steps. The input can
    be passed piece by piece to the decode() method. The IncrementalDecoder
    remembers the state of the decoding process between calls to decode().
    """

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """
    This subclass of IncrementalDecoder can be used as the baseclass for an
    incremental decoder if the decoder must be able to handle incomplete
    byte sequences.
    """

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        # A simple reader: everything that is there, decoded, then served from a buffer.
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        data = self.read(firstline=True)
        lines = data.splitlines(keepends=True)
        if not lines:
            return self._empty_charbuffer
        line = lines[0]
        rest = self._empty_charbuffer.join(lines[1:])
        self.charbuffer = rest + self.charbuffer
        if not keepends:
            line = line.splitlines(keepends=False)[0] if line else line
        return line

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


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
