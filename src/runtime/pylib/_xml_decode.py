"""Bytes to text for coro's pyexpat, a piece at a time: UTF-8 (with or without its BOM),
UTF-16 in either byte order (its BOM picks the order), single-byte encodings, and any
other codec Python's `codecs` has. A character cut between two pieces waits for the next.

It only decodes; which encoding applies (BOM, XML declaration, ParserCreate's argument)
is decided by _pyexpat_state. A byte sequence that is not a character becomes a NUL,
which the scanner then reports where expat reports the bad byte: an invalid token."""

_SINGLE_BYTE = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "ascii", "us-ascii",
                "iso_8859_1", "cp819"}
_INVALID = "\x00"


def _utf8_cut(data):
    """The length of data's longest prefix that does not end inside a character."""
    n = len(data)
    k = n - 1
    back = 0
    while k >= 0 and back < 4 and 0x80 <= data[k] < 0xC0:
        k -= 1
        back += 1
    if k < 0:
        return n
    lead = data[k]
    need = 2 if 0xC0 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else \
        4 if 0xF0 <= lead < 0xF8 else 1
    return k if n - k < need else n


class InputDecoder:
    def __init__(self, name):
        self.name = name
        key = name.lower().replace("_", "-")
        self.pending = b""
        self.failed = False
        self.little = None
        if key in ("utf-8", "utf8", "utf-8-sig", "u8"):
            self.kind = "utf-8"
            self.skip_bom = True
        elif key in ("utf-16", "utf16", "utf-16-le", "utf-16le", "utf-16-be", "utf-16be"):
            self.kind = "utf-16"
            if key.endswith("le"):
                self.little = True
            elif key.endswith("be"):
                self.little = False
        elif key in _SINGLE_BYTE:
            self.kind = "single"
        else:
            import codecs
            try:
                self.incremental = codecs.getincrementaldecoder(name)()
            except LookupError:
                # pyexpat asks Python's codecs for the encodings expat lacks; their
                # error is what reaches the caller.
                raise LookupError("unknown encoding: %s" % name) from None
            self.kind = "codec"

    def decode(self, data, final):
        if self.failed:
            return ""
        data = self.pending + data
        self.pending = b""
        if self.kind == "utf-8":
            return self._utf8(data, final)
        if self.kind == "utf-16":
            return self._utf16(data, final)
        if self.kind == "single":
            return self._whole(data.decode, self.name)
        return self._whole(self.incremental.decode, data, final)

    def _whole(self, decode, *args):
        try:
            return decode(*args)
        except UnicodeDecodeError as err:
            self.failed = True
            return err.object[:err.start].decode("latin-1") + _INVALID

    def _utf8(self, data, final):
        if self.skip_bom:
            if len(data) < 3 and b"\xef\xbb\xbf".startswith(data) and not final:
                self.pending = data
                return ""
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            self.skip_bom = False
        end = len(data) if final else _utf8_cut(data)
        self.pending = data[end:]
        try:
            return data[:end].decode("utf-8")
        except UnicodeDecodeError as err:
            self.failed = True
            return data[:err.start].decode("utf-8") + _INVALID

    def _utf16(self, data, final):
        if self.little is None:
            if len(data) < 2 and not final:
                self.pending = data
                return ""
            if data.startswith(b"\xff\xfe"):
                self.little = True
                data = data[2:]
            elif data.startswith(b"\xfe\xff"):
                self.little = False
                data = data[2:]
            else:
                self.little = False
        chars = []
        n = len(data) - len(data) % 2
        k = 0
        little = self.little
        while k < n:
            unit = data[k] | data[k + 1] << 8 if little else data[k] << 8 | data[k + 1]
            if 0xD800 <= unit < 0xDC00:
                if k + 4 > n:
                    break
                low = data[k + 2] | data[k + 3] << 8 if little else data[k + 2] << 8 | data[k + 3]
                if not 0xDC00 <= low < 0xE000:
                    self.failed = True
                    return "".join(chars) + _INVALID
                chars.append(chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)))
                k += 4
                continue
            if 0xDC00 <= unit < 0xE000:
                self.failed = True
                return "".join(chars) + _INVALID
            chars.append(chr(unit))
            k += 2
        self.pending = data[k:]
        if final and self.pending:
            self.failed = True
            return "".join(chars) + _INVALID
        return "".join(chars)
