# The Python half of the native `binascii` module (run in its namespace, after the
# natives: `Error` is the module's): the uuencode and quoted-printable codecs, written
# from CPython 3.11's documented behaviour. Base64, hex and the CRCs are native.


def _data(data, ascii_str_ok):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if ascii_str_ok and isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if ascii_str_ok:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _data(data, True)
    n = len(data)
    # The first character holds the length; a short line is completed with zero bits.
    size = ((data[0] if n else 0) - 32) & 0o77
    out = bytearray()
    acc = bits = 0
    i = 1
    while len(out) < size:
        ch = data[i] if i < n else 10
        if ch == 10 or ch == 13:
            value = 0
        else:
            if ch < 32 or ch > 96:
                raise Error("Illegal char")
            value = (ch - 32) & 0o77
        acc = (acc << 6) | value
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
        i += 1
    for ch in data[i:]:
        # Only padding (spaces, backticks) and the line end may follow.
        if ch not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out)


def b2a_uu(data, /, *, backtick=False):
    """Uuencode a line of at most 45 bytes."""
    data = _data(data, False)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")
    zero = 96 if backtick else 32
    out = bytearray([zero if not data else 32 + len(data)])
    padded = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        word = int.from_bytes(padded[i:i + 3], "big")
        for shift in (18, 12, 6, 0):
            value = (word >> shift) & 0o77
            out.append(zero if not value else 32 + value)
    out.append(10)
    return bytes(out)


_HEXDIGITS = b"0123456789ABCDEFabcdef"


def a2b_qp(data, header=False):
    """Decode quoted-printable data (with header, '_' is a space)."""
    data = _data(data, True)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        ch = data[i]
        if ch == 61:
            i += 1
            if i >= n:
                break
            nxt = data[i]
            if nxt == 10 or nxt == 13:
                # A soft line break: '=' then the line end is dropped.
                if nxt != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif nxt == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and nxt in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and ch == 95:
            out.append(32)
            i += 1
        else:
            out.append(ch)
            i += 1
    return bytes(out)


_MAXLINESIZE = 76


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode data as quoted-printable: lines of at most 76 characters with soft breaks,
    and the line ends of the input's first line (CRLF or LF) throughout."""
    data = _data(data, False)
    n = len(data)
    first_lf = data.find(b"\n")
    eol = b"\r\n" if first_lf > 0 and data[first_lf - 1] == 13 else b"\n"
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        ch = data[i]
        at_last = i + 1 == n
        nxt = data[i + 1] if not at_last else None
        if (ch > 126 or ch == 61 or (header and ch == 95)
                or (ch == 46 and linelen == 0 and (at_last or nxt in (10, 13, 0)))
                or (not istext and ch in (10, 13))
                or (ch in (9, 32) and at_last)
                or (ch < 33 and ch not in (10, 13) and (quotetabs or ch not in (9, 32)))):
            if linelen + 3 >= _MAXLINESIZE:
                out += b"=" + eol
                linelen = 0
            out += b"=%02X" % ch
            i += 1
            linelen += 3
        elif istext and (ch == 10 or (ch == 13 and nxt == 10)):
            linelen = 0
            # Whitespace before a line end is quoted so that it survives transport.
            if out and out[-1] in (9, 32):
                last = out.pop()
                out += b"=%02X" % last
            out += eol
            i += 2 if ch == 13 else 1
        else:
            if not at_last and nxt != 10 and linelen + 1 >= _MAXLINESIZE:
                out += b"=" + eol
                linelen = 0
            linelen += 1
            out.append(95 if header and ch == 32 else ch)
            i += 1
    return bytes(out)
