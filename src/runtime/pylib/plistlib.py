"""Apple property lists: load/loads/dump/dumps in the XML format and the binary
bplist00 format (dicts, lists and tuples, str, bytes and bytearray, int, float, bool,
datetime, UID; None in binary plists only), with sort_keys and skipkeys, dict_type on
reading, InvalidFileException for what is not a plist. Output is byte-identical to
CPython's (the same object numbering and integer widths in binary plists)."""

import binascii
import datetime
import enum
import io
import re
import struct
from xml.parsers.expat import ParserCreate

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads",
           "dumps", "UID"]

PlistFormat = enum.Enum("PlistFormat", "FMT_XML FMT_BINARY", module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    """A keyed-archiver object reference (binary plists)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, repr(self.data))

    def __reduce__(self):
        return self.__class__, (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# --- XML -------------------------------------------------------------------------------

_XML_HEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", re.ASCII)
_DATE = re.compile(r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
                   r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z",
                   re.ASCII)


def _escape(text):
    if _CONTROL.search(text):
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date_text(d):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (d.year, d.month, d.day, d.hour, d.minute,
                                               d.second)


def _date_from_text(text):
    found = _DATE.match(text)
    if found is None:
        raise ValueError("invalid date: %r" % text)
    parts = []
    for name in ("year", "month", "day", "hour", "minute", "second"):
        value = found.group(name)
        if value is None:
            break
        parts.append(int(value))
    return datetime.datetime(*parts)


class _XMLWriter:
    def __init__(self, out, sort_keys, skipkeys):
        self.out = out
        self.depth = 0
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def line(self, text):
        self.out.write(b"\t" * self.depth + text.encode("utf-8") + b"\n")

    def element(self, tag, text):
        self.line("<%s>%s</%s>" % (tag, _escape(text), tag))

    def write_document(self, value):
        self.out.write(_XML_HEADER)
        self.line('<plist version="1.0">')
        self.write(value)
        self.line("</plist>")

    def write(self, value):
        if isinstance(value, str):
            self.element("string", value)
        elif value is True:
            self.line("<true/>")
        elif value is False:
            self.line("<false/>")
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self.element("integer", "%d" % value)
        elif isinstance(value, float):
            self.element("real", repr(value))
        elif isinstance(value, dict):
            self.write_dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self.write_data(value)
        elif isinstance(value, datetime.datetime):
            self.element("date", _date_text(value))
        elif isinstance(value, (tuple, list)):
            if not value:
                self.line("<array/>")
                return
            self.line("<array>")
            self.depth += 1
            for item in value:
                self.write(item)
            self.depth -= 1
            self.line("</array>")
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def write_dict(self, d):
        if not d:
            self.line("<dict/>")
            return
        self.line("<dict>")
        self.depth += 1
        items = sorted(d.items()) if self.sort_keys else d.items()
        for key, value in items:
            if not isinstance(key, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.element("key", key)
            self.write(value)
        self.depth -= 1
        self.line("</dict>")

    def write_data(self, data):
        self.line("<data>")
        width = max(16, 76 - 8 * self.depth)
        chunk = width // 4 * 3
        for start in range(0, len(data), chunk):
            encoded = binascii.b2a_base64(bytes(data[start:start + chunk]), newline=False)
            self.out.write(b"\t" * self.depth + encoded + b"\n")
        self.line("</data>")


class _XMLReader:
    def __init__(self, dict_type):
        self.dict_type = dict_type
        self.stack = []
        self.keys = []
        self.result = None
        self.text = []

    def parse(self, fp):
        parser = ParserCreate()
        self.parser = parser
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text.append
        parser.EntityDeclHandler = self.entity
        parser.ParseFile(fp)
        return self.result

    def entity(self, *args):
        raise InvalidFileException("XML entity declarations are not supported in plist "
                                   "files")

    def take_text(self):
        text = "".join(self.text)
        self.text.clear()
        return text

    def add(self, value):
        if not self.stack:
            self.result = value
            return
        top = self.stack[-1]
        if isinstance(top, list):
            top.append(value)
            return
        if not self.keys or self.keys[-1] is None:
            raise ValueError("unexpected element at line %d" % self.parser.CurrentLineNumber)
        top[self.keys[-1]] = value
        self.keys[-1] = None

    def start(self, tag, attrs):
        self.text.clear()
        if tag == "dict":
            d = self.dict_type()
            self.add(d)
            self.stack.append(d)
            self.keys.append(None)
        elif tag == "array":
            a = []
            self.add(a)
            self.stack.append(a)

    def end(self, tag):
        line = self.parser.CurrentLineNumber
        if tag == "dict":
            if self.keys.pop() is not None:
                raise ValueError("missing value for key '%s' at line %d"
                                 % (self.last_key, line))
            self.stack.pop()
        elif tag == "array":
            self.stack.pop()
        elif tag == "key":
            if not self.stack or not isinstance(self.stack[-1], dict) or \
                    self.keys[-1] is not None:
                raise ValueError("unexpected key at line %d" % line)
            self.keys[-1] = self.last_key = self.take_text()
        elif tag == "string":
            self.add(self.take_text())
        elif tag == "integer":
            raw = self.take_text()
            self.add(int(raw, 16) if raw.startswith(("0x", "0X")) else int(raw))
        elif tag == "real":
            self.add(float(self.take_text()))
        elif tag == "true":
            self.add(True)
        elif tag == "false":
            self.add(False)
        elif tag == "data":
            self.add(binascii.a2b_base64(self.take_text().encode("utf-8")))
        elif tag == "date":
            self.add(_date_from_text(self.take_text()))
        # Other elements (plist itself, unknown ones) carry no value.


# --- binary ----------------------------------------------------------------------------

_EPOCH = datetime.datetime(2001, 1, 1)
_WIDTH_FORMATS = {1: "B", 2: "H", 4: "L", 8: "Q"}


def _width_for(count):
    for width in (1, 2, 4):
        if count < 1 << (8 * width):
            return width
    return 8


class _BinaryWriter:
    def __init__(self, out, sort_keys, skipkeys):
        self.out = out
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def write_document(self, value):
        self.objects = []
        self.ids_by_value = {}     # scalars: (type, value) -> number
        self.ids_by_identity = {}  # containers: id() -> number
        self.number(value)
        count = len(self.objects)
        self.offsets = [0] * count
        self.ref_width = _width_for(count)
        self.ref_format = _WIDTH_FORMATS[self.ref_width]
        self.out.write(b"bplist00")
        for obj in self.objects:
            self.write_object(obj)
        top = self.ref_of(value)
        table_offset = self.out.tell()
        offset_width = _width_for(table_offset)
        self.out.write(struct.pack(">" + _WIDTH_FORMATS[offset_width] * count, *self.offsets))
        self.out.write(struct.pack(">5xBBBQQQ", 0, offset_width, self.ref_width, count,
                                   top, table_offset))

    def key_of(self, value):
        return (type(value), value)

    def number(self, value):
        """Give `value` (and everything in it) its object number, children after it."""
        if isinstance(value, (str, int, float, datetime.datetime, bytes, bytearray, UID)) \
                or value is None:
            key = self.key_of(value) if not isinstance(value, bytearray) else None
            if key is not None and key in self.ids_by_value:
                return
        elif id(value) in self.ids_by_identity:
            return
        else:
            key = None
        number = len(self.objects)
        self.objects.append(value)
        if key is not None:
            self.ids_by_value[key] = number
        else:
            self.ids_by_identity[id(value)] = number
        if isinstance(value, dict):
            keys, values = [], []
            items = sorted(value.items()) if self.sort_keys else value.items()
            for k, v in items:
                if not isinstance(k, str):
                    if self.skipkeys:
                        continue
                    raise TypeError("keys must be strings")
                keys.append(k)
                values.append(v)
            for k in keys:
                self.number(k)
            for v in values:
                self.number(v)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self.number(item)

    def ref_of(self, value):
        if isinstance(value, (str, int, float, datetime.datetime, bytes, UID)) or value is None:
            return self.ids_by_value[self.key_of(value)]
        return self.ids_by_identity[id(value)]

    def size_header(self, token, size):
        if size < 15:
            self.out.write(struct.pack(">B", token | size))
        elif size < 1 << 8:
            self.out.write(struct.pack(">BBB", token | 0xF, 0x10, size))
        elif size < 1 << 16:
            self.out.write(struct.pack(">BBH", token | 0xF, 0x11, size))
        elif size < 1 << 32:
            self.out.write(struct.pack(">BBL", token | 0xF, 0x12, size))
        else:
            self.out.write(struct.pack(">BBQ", token | 0xF, 0x13, size))

    def refs(self, values):
        return struct.pack(">" + self.ref_format * len(values),
                           *[self.ref_of(v) for v in values])

    def write_object(self, value):
        number = self.ref_of(value)
        self.offsets[number] = self.out.tell()
        out = self.out
        if value is None:
            out.write(b"\x00")
        elif value is False:
            out.write(b"\x08")
        elif value is True:
            out.write(b"\x09")
        elif isinstance(value, int):
            if value < 0:
                try:
                    out.write(struct.pack(">Bq", 0x13, value))
                except struct.error:
                    raise OverflowError(value) from None
            elif value < 1 << 8:
                out.write(struct.pack(">BB", 0x10, value))
            elif value < 1 << 16:
                out.write(struct.pack(">BH", 0x11, value))
            elif value < 1 << 32:
                out.write(struct.pack(">BL", 0x12, value))
            elif value < 1 << 63:
                out.write(struct.pack(">BQ", 0x13, value))
            elif value < 1 << 64:
                out.write(b"\x14" + value.to_bytes(16, "big", signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            out.write(struct.pack(">Bd", 0x23, value))
        elif isinstance(value, datetime.datetime):
            out.write(struct.pack(">Bd", 0x33, (value - _EPOCH).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self.size_header(0x40, len(value))
            out.write(value)
        elif isinstance(value, str):
            try:
                encoded = value.encode("ascii")
                self.size_header(0x50, len(value))
            except UnicodeEncodeError:
                encoded = value.encode("utf-16be")
                self.size_header(0x60, len(encoded) // 2)
            out.write(encoded)
        elif isinstance(value, UID):
            n = value.data
            for token, fmt, limit in ((0x80, "B", 1 << 8), (0x81, "H", 1 << 16),
                                      (0x83, "L", 1 << 32), (0x87, "Q", 1 << 64)):
                if n < limit:
                    out.write(struct.pack(">B" + fmt, token, n))
                    break
            else:
                raise OverflowError(value)
        elif isinstance(value, (list, tuple)):
            self.size_header(0xA0, len(value))
            out.write(self.refs(list(value)))
        elif isinstance(value, dict):
            items = sorted(value.items()) if self.sort_keys else list(value.items())
            items = [(k, v) for k, v in items if isinstance(k, str)]
            self.size_header(0xD0, len(items))
            out.write(self.refs([k for k, _ in items]))
            out.write(self.refs([v for _, v in items]))
        else:
            raise TypeError(value)


class _BinaryReader:
    def __init__(self, dict_type):
        self.dict_type = dict_type

    def parse(self, fp):
        try:
            self.data = data = fp.read()
            (offset_width, self.ref_width, count, top,
             table) = struct.unpack(">6xBBQQQ", data[-32:])
            if offset_width not in _WIDTH_FORMATS or self.ref_width not in _WIDTH_FORMATS:
                raise InvalidFileException()
            fmt = ">" + _WIDTH_FORMATS[offset_width] * count
            self.offsets = struct.unpack(fmt, data[table:table + offset_width * count])
            self.cache = [None] * count
            self.done = [False] * count
            self.active = set()
            return self.read(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError,
                UnicodeDecodeError, RecursionError) as err:
            if isinstance(err, InvalidFileException):
                raise
            raise InvalidFileException() from None

    def size(self, low, at):
        if low != 0xF:
            return low, at
        marker = self.data[at]
        width = 1 << (marker & 0x3)
        return int.from_bytes(self.data[at + 1:at + 1 + width], "big"), at + 1 + width

    def ref_list(self, at, n):
        w = self.ref_width
        return [int.from_bytes(self.data[at + i * w:at + (i + 1) * w], "big")
                for i in range(n)]

    def read(self, ref):
        if self.done[ref]:
            return self.cache[ref]
        if ref in self.active:
            raise InvalidFileException()
        self.active.add(ref)
        at = self.offsets[ref]
        data = self.data
        marker = data[at]
        high, low = marker & 0xF0, marker & 0x0F
        at += 1
        if marker == 0x00:
            result = None
        elif marker == 0x08:
            result = False
        elif marker == 0x09:
            result = True
        elif marker == 0x0F:
            result = b""
        elif high == 0x10:
            width = 1 << low
            result = int.from_bytes(data[at:at + width], "big", signed=low >= 3)
        elif marker == 0x22:
            result = struct.unpack(">f", data[at:at + 4])[0]
        elif marker == 0x23:
            result = struct.unpack(">d", data[at:at + 8])[0]
        elif marker == 0x33:
            seconds = struct.unpack(">d", data[at:at + 8])[0]
            result = _EPOCH + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            n, at = self.size(low, at)
            result = data[at:at + n]
            if len(result) != n:
                raise InvalidFileException()
        elif high == 0x50:
            n, at = self.size(low, at)
            result = data[at:at + n].decode("ascii")
        elif high == 0x60:
            n, at = self.size(low, at)
            result = data[at:at + 2 * n].decode("utf-16be")
        elif high == 0x80:
            result = UID(int.from_bytes(data[at:at + low + 1], "big"))
        elif high == 0xA0:
            n, at = self.size(low, at)
            result = [self.read(r) for r in self.ref_list(at, n)]
        elif high == 0xD0:
            n, at = self.size(low, at)
            keys = self.ref_list(at, n)
            values = self.ref_list(at + n * self.ref_width, n)
            result = self.dict_type()
            for k, v in zip(keys, values):
                result[self.read(k)] = self.read(v)
        else:
            raise InvalidFileException()
        self.active.discard(ref)
        self.cache[ref] = result
        self.done[ref] = True
        return result


# --- the interface ---------------------------------------------------------------------

def _looks_like_xml(header):
    for prefix in (b"<?xml", b"<plist"):
        for bom, encoding in ((b"", "utf-8"), (b"\xef\xbb\xbf", "utf-8"),
                              (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
            if header.startswith(bom + prefix.decode().encode(encoding)):
                return True
    return False


def load(fp, *, fmt=None, dict_type=dict):
    """Read a plist from the binary file object fp (its format detected unless given)."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        if _looks_like_xml(header):
            fmt = FMT_XML
        elif header[:8] == b"bplist00":
            fmt = FMT_BINARY
        else:
            raise InvalidFileException()
    if fmt == FMT_XML:
        return _XMLReader(dict_type).parse(fp)
    if fmt == FMT_BINARY:
        return _BinaryReader(dict_type).parse(fp)
    raise ValueError("Unsupported format: %r" % (fmt,))


def loads(value, *, fmt=None, dict_type=dict):
    """Read a plist from bytes."""
    return load(io.BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write value as a plist to the binary file object fp."""
    if fmt == FMT_XML:
        _XMLWriter(fp, sort_keys, skipkeys).write_document(value)
    elif fmt == FMT_BINARY:
        _BinaryWriter(fp, sort_keys, skipkeys).write_document(value)
    else:
        raise ValueError("Unsupported format: %r" % (fmt,))


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """value as plist bytes."""
    out = io.BytesIO()
    dump(value, out, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return out.getvalue()
