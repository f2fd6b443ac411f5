"""Base16, Base32 and Base64 encodings of bytes as CPython's base64 module (RFC 4648),
with the URL-safe and extended-hex alphabets, and Ascii85 / Base85. Standard base64
runs natively through binascii; the other alphabets are here."""

import binascii

__all__ = [
    'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__) from None


def _need_bytes(s, complaint="memoryview: a bytes-like object is required, not '%s'"):
    if isinstance(s, memoryview):
        return s.tobytes()
    if not isinstance(s, bytes_types):
        raise TypeError(complaint % type(s).__name__)
    return bytes(s)


_EXPECTED = "expected bytes-like object, not %s"


def _swap_bytes(data, frm, to):
    # bytes.translate with a table that maps frm[i] to to[i] and leaves the rest.
    table = list(range(256))
    for a, b in zip(frm, to):
        table[a] = b
    return bytes([table[c] for c in data])


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap_bytes(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap_bytes(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode with the URL- and filesystem-safe alphabet ('-' for '+', '_' for '/')."""
    return _swap_bytes(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode bytes encoded with the URL- and filesystem-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    return b64decode(_swap_bytes(s, b'-_', b'+/'))


_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Padding left after the last 5-byte group, by how many bytes it held.
_B32_PADDING = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _need_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        group = s[i:i + 5]
        n = len(group)
        acc = int.from_bytes(group + b'\0' * (5 - n), 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(acc >> shift) & 31])
        if n < 5:
            pad = _B32_PADDING[n]
            out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap_bytes(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, 'big')
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        # The last group was short: shift its bits into place and keep its real bytes.
        acc <<= 5 * padchars
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(decoded)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 with the extended hex alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


_A85START = b"<~"
_A85END = b"~>"
_A85ALPHABET = bytes(range(33, 118))
_B85ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85values = None


def _85encode(data, alphabet, pad, foldnuls=False, foldspaces=False):
    """Each big-endian 4-byte word as 5 base-85 digits; a short last word is padded
    with zero bytes and its extra digits dropped unless `pad`."""
    data = _need_bytes(data)
    padding = -len(data) % 4
    if padding:
        data += b"\0" * padding
    out = bytearray()
    last = len(data) - 4
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], "big")
        if foldnuls and word == 0 and not (i == last and padding and not pad):
            out += b"z"
        elif foldspaces and word == 0x20202020:
            out += b"y"
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            out += bytes(alphabet[d] for d in digits)
    if padding and not pad:
        del out[len(out) - padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 (btoa / Adobe) encoding: 'z' for four zero bytes, 'y' for four spaces
    with foldspaces, lines of at most wrapcol characters, <~ ~> framing with adobe."""
    result = _85encode(b, _A85ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85; whitespace (ignorechars) may appear anywhere."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    # Four trailing 'u' (digit 84) complete a short last group; its extra bytes go.
    for x in b + b"uuuu":
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = 85 * acc + (d - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += acc.to_bytes(4, "big")
                group.clear()
        elif x == 122:
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and x == 121:
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif x in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % x)
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85 (RFC 1924 alphabet, as git and Mercurial use it)."""
    return _85encode(b, _B85ALPHABET, pad)


def b85decode(b):
    """Decode Base85; a short last group is completed with the highest digit."""
    global _b85values
    if _b85values is None:
        _b85values = [None] * 256
        for i, c in enumerate(_B85ALPHABET):
            _b85values[c] = i
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            value = _b85values[b[j]]
            if value is None:
                raise ValueError("bad base85 character at position %d" % j)
            acc = acc * 85 + value
        if acc > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += acc.to_bytes(4, "big")
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def encodebytes(s):
    """Encode a bytestring into Base64 lines of at most 76 characters, each ending
    with a newline."""
    s = _need_bytes(s, _EXPECTED)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return binascii.a2b_base64(_need_bytes(s, _EXPECTED))
