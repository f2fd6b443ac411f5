"""`email.header`: RFC 2047 encoded words. decode_header splits a header value into
(bytes, charset) chunks, make_header joins such chunks into a Header, and Header.encode
writes non-ASCII text as =?charset?b?...?= (UTF-8) or =?charset?q?...?= (the ISO-8859
family) words.

Written for coro from the documentation and RFC 2047. Not here: folding long encoded
headers into several lines (one encoded word per chunk is written), `Charset` objects
beyond their name.
"""

import base64
import binascii
import re

from email.errors import HeaderParseError

__all__ = ["Header", "decode_header", "make_header"]

_ENCODED_WORD = re.compile(r'=\?([^?\s]+)\?([qQbB])\?([^?]*)\?=')
# Charsets written as base64 in headers; the rest (latin ones) as quoted-printable.
_BASE64_CHARSETS = {'utf-8', 'utf8', 'big5', 'gb2312', 'shift_jis', 'euc-jp',
                    'iso-2022-jp', 'koi8-r'}


def _decode_q(text):
    out = bytearray()
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '_':
            out.append(0x20)
        elif ch == '=' and re.fullmatch(r'[0-9A-Fa-f]{2}', text[i + 1:i + 3]):
            out.append(int(text[i + 1:i + 3], 16))
            i += 3
            continue
        else:
            out += ch.encode('latin-1')
        i += 1
    return bytes(out)


def _decode_word(kind, text):
    if kind.lower() == 'q':
        return _decode_q(text)
    padded = text + '=' * (-len(text) % 4)
    try:
        return base64.b64decode(padded)
    except binascii.Error:
        raise HeaderParseError('Base64 decoding error')


def decode_header(header):
    """[(bytes, charset)] for a header with encoded words; [(str, None)] without any."""
    if hasattr(header, '_chunks'):
        return [(_as_bytes(text, charset), charset) for text, charset in header._chunks]
    if not _ENCODED_WORD.search(header):
        return [(header, None)]
    pieces = []
    position = 0
    for match in _ENCODED_WORD.finditer(header):
        between = header[position:match.start()]
        # Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
        if between and not (between.isspace() and pieces and pieces[-1][1] is not None):
            pieces.append((between.encode('latin-1', 'backslashreplace'), None))
        charset = match.group(1).lower().split('*')[0]
        pieces.append((_decode_word(match.group(2), match.group(3)), charset))
        position = match.end()
    if position < len(header):
        pieces.append((header[position:].encode('latin-1', 'backslashreplace'), None))
    # Neighbours in the same charset are one chunk.
    merged = []
    for data, charset in pieces:
        if merged and merged[-1][1] == charset:
            merged[-1] = (merged[-1][0] + data, charset)
        else:
            merged.append((data, charset))
    if merged and merged[0][1] is None:
        merged[0] = (merged[0][0].lstrip(), None) if len(merged) > 1 else merged[0]
    return merged


def _as_bytes(text, charset):
    return text.encode(charset or 'ascii', 'surrogateescape')


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header's (bytes or str, charset) pairs."""
    header = Header(maxlinelen=maxlinelen, header_name=header_name,
                    continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        header.append(text, charset)
    return header


def _charset_name(charset):
    if charset is None:
        return None
    name = getattr(charset, 'input_charset', charset)
    return str(name).lower()


class Header:
    """A header value made of chunks of text, each with its charset (None: ASCII)."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        self._default_charset = _charset_name(charset) or 'us-ascii'
        self._chunks = []
        self._maxlinelen = 76 if maxlinelen is None else maxlinelen
        self._continuation_ws = continuation_ws
        if s is not None:
            self.append(s, charset, errors)

    def append(self, s, charset=None, errors='strict'):
        """Add text (str, or bytes in `charset`) in `charset` (the Header's by default)."""
        name = _charset_name(charset) or self._default_charset
        if isinstance(s, (bytes, bytearray)):
            s = bytes(s).decode(name if name != 'unknown-8bit' else 'ascii',
                                'surrogateescape' if name == 'unknown-8bit' else errors)
        if name in ('us-ascii', 'ascii'):
            try:
                s.encode('ascii')
            except UnicodeEncodeError:
                name = 'utf-8'
        self._chunks.append((s, name))

    def __str__(self):
        out = []
        previous_ascii = None
        for text, charset in self._chunks:
            is_ascii = charset in (None, 'us-ascii', 'ascii')
            # An ASCII chunk next to an encoded one is separated by a space.
            if out and previous_ascii is not None and is_ascii != previous_ascii:
                if not out[-1].endswith(' ') and not text.startswith(' '):
                    out.append(' ')
            out.append(text)
            previous_ascii = is_ascii
        return ''.join(out)

    def __eq__(self, other):
        return str(self) == other

    __hash__ = None

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The header as RFC 2047 text: ASCII chunks as they are, others encoded."""
        words = []
        for text, charset in self._chunks:
            if charset in (None, 'us-ascii', 'ascii'):
                words.append(text)
                continue
            data = text.encode(charset, 'surrogateescape')
            if charset in _BASE64_CHARSETS:
                body = base64.b64encode(data).decode('ascii')
                words.append('=?%s?b?%s?=' % (charset, body))
            else:
                words.append('=?%s?q?%s?=' % (charset, _encode_q(data)))
        return ' '.join(w for w in words if w) if len(words) > 1 else ''.join(words)


def _encode_q(data):
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() and byte < 128 or ch in '!*+-/':
            out.append(ch)
        else:
            out.append('=%02X' % byte)
    return ''.join(out)
