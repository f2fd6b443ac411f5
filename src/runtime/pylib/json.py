"""JSON encoding and decoding as CPython's json module: dumps/dump/loads/load with the
same options, the same output byte for byte (separators, indent, ensure_ascii, NaN and
Infinity, float reprs) and JSONDecodeError with CPython's messages and positions.
One module (no json.decoder / json.encoder submodules); the decoder's scanner and the
encoder's common path are native (`_json`)."""

from _json import encode as _native_encode, scan_once as _scan_once

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---------------------------------------------------------------- encoding

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
            '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _needs_escape(s, ascii_only):
    for c in s:
        if c < ' ' or c == '"' or c == '\\' or (ascii_only and c > '\x7f'):
            return True
    return False


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    if not _needs_escape(s, False):
        return '"' + s + '"'
    return '"' + ''.join([_ESCAPES.get(c, c) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    if not _needs_escape(s, True):
        return '"' + s + '"'
    out = []
    for c in s:
        esc = _ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # The native encoder writes what _Encoding writes, for the builtin types; it
        # leaves documents holding their subclasses to _Encoding.
        text = _native_encode(o, self.ensure_ascii, indent, self.item_separator,
                              self.key_separator, self.sort_keys, self.skipkeys,
                              self.allow_nan, self.check_circular, self.default)
        if text is not NotImplemented:
            return [text]
        out = []
        _Encoding(self, out).value(o, 0)
        return out

    def _float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return repr(o if type(o) is float else float(o))
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text


def _int_text(o):
    # An int subclass is written as its int value, whatever its own __repr__ says.
    return repr(o if type(o) is int else int(o))


class _Encoding:
    """One encode() run: the chunks written so far and the containers being written."""

    def __init__(self, encoder, out):
        self.enc = encoder
        self.out = out
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def _enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.quote(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(_int_text(o))
        elif isinstance(o, float):
            out.append(self.enc._float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.obj(o, level)
        else:
            self._enter(o)
            self.value(self.enc.default(o), level)
            self._leave(o)

    def _open(self, bracket, level):
        # The opening bracket and the separator that goes between items.
        if self.indent is None:
            self.out.append(bracket)
            return self.enc.item_separator, None
        level += 1
        newline = '\n' + self.indent * level
        self.out.append(bracket + newline)
        return self.enc.item_separator + newline, level

    def _close(self, bracket, level):
        if self.indent is not None:
            self.out.append('\n' + self.indent * level)
        self.out.append(bracket)

    def array(self, lst, level):
        if not lst:
            self.out.append('[]')
            return
        self._enter(lst)
        sep, inner = self._open('[', level)
        first = True
        for item in lst:
            if not first:
                self.out.append(sep)
            first = False
            self.value(item, inner if inner is not None else level)
        self._close(']', level)
        self._leave(lst)

    def obj(self, dct, level):
        if not dct:
            self.out.append('{}')
            return
        self._enter(dct)
        sep, inner = self._open('{', level)
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.enc._float_text(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _int_text(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                self.out.append(sep)
            first = False
            self.out.append(self.quote(key))
            self.out.append(self.enc.key_separator)
            self.value(value, inner if inner is not None else level)
        self._close('}', level)
        self._leave(dct)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting object)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# ---------------------------------------------------------------- decoding

_WS = ' \t\n\r'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, pos):
    # The four hex digits after the 'u' at pos.
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4:
        for c in esc:
            if c not in _HEX:
                break
        else:
            return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at end (after the opening quote);
    return the text and the index after the closing quote."""
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        quote = s.find('"', end)
        if quote < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        slash = s.find('\\', end, quote)
        stop = quote if slash < 0 else slash
        piece = s[end:stop]
        if strict:
            for k, c in enumerate(piece):
                if c < ' ':
                    raise JSONDecodeError("Invalid control character at", s, end + k)
        chunks.append(piece)
        if slash < 0:
            return ''.join(chunks), quote + 1
        end = slash + 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            char = _SIMPLE_ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, slash)
            chunks.append(char)
            end += 1
            continue
        uni = _hex4(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(uni))


class JSONDecoder(object):
    """Simple JSON decoder (RFC 7159 plus NaN, Infinity and -Infinity)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str holding a JSON document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx:]; return (value, end index)."""
        # The scanner is native (_json); the default number parsers are its own.
        parse_float = self.parse_float
        parse_int = self.parse_int
        return _scan_once(s, idx, JSONDecodeError, self.strict, self.object_hook,
                          self.object_pairs_hook,
                          None if parse_float is float else parse_float,
                          None if parse_int is int else parse_int,
                          self.parse_constant)


_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}
_default_decoder = JSONDecoder()


def _text_of(b):
    # RFC 4627's detection: UTF-32/16 by the zero bytes of the first characters.
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return b.decode('utf-32')
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return b.decode('utf-16')
    if b.startswith(b'\xef\xbb\xbf'):
        return b.decode('utf-8-sig')
    if len(b) >= 4:
        if not b[0]:
            return b.decode('utf-16-be' if b[1] else 'utf-32-be')
        if not b[1]:
            return b.decode('utf-16-le' if b[2] or b[3] else 'utf-32-le')
    elif len(b) == 2:
        if not b[0]:
            return b.decode('utf-16-be')
        if not b[1]:
            return b.decode('utf-16-le')
    return b.decode('utf-8', 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _text_of(bytes(s))
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting object holding a JSON document)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# The submodules, as CPython's json package has them (`json.decoder.JSONDecodeError`),
# and the classes named after them as CPython's are (tracebacks print
# `json.decoder.JSONDecodeError`).
JSONDecodeError.__module__ = JSONDecoder.__module__ = 'json.decoder'
JSONEncoder.__module__ = 'json.encoder'
from json import decoder, encoder  # noqa: E402
