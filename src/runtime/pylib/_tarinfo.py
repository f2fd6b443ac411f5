"""tarfile's TarInfo, its constants and errors: one archive member's fields, written to
and read from 512-byte header blocks."""

# Written for coro from POSIX.1-2001's ustar and pax interchange formats, GNU tar's
# documented extensions (././@LongLink records, base-256 numbers) and CPython 3.11's
# documented and observed tarfile behaviour: the headers it writes are python3's byte
# for byte. tarfile re-exports everything here. It is not: old GNU sparse members are
# read as plain files (their holes are not restored); sparse members are not written.

import copy
import re
import struct
import sys

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE = b"0", b"\0", b"1", b"2"
CHRTYPE, BLKTYPE, DIRTYPE, FIFOTYPE, CONTTYPE = b"3", b"4", b"5", b"6", b"7"
GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE = b"L", b"K", b"S"
XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE = b"x", b"g", b"X"

USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = 0, 1, 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int,
                     "gid": int, "size": int}

ENCODING = "utf-8" if sys.platform == "win32" else sys.getfilesystemencoding()


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


for _error in (TarError, ExtractError, ReadError, CompressionError, StreamError, HeaderError,
               EmptyHeaderError, TruncatedHeaderError, EOFHeaderError, InvalidHeaderError,
               SubsequentHeaderError):
    _error.__module__ = "tarfile"


# ---- fields -------------------------------------------------------------------------

def stn(text, length, encoding, errors):
    """A str as a NUL-padded field of `length` bytes (cut when longer)."""
    if text is None:
        raise ValueError("metadata cannot contain None")
    raw = text.encode(encoding, errors)
    return raw[:length] + NUL * (length - len(raw))


def nts(raw, encoding, errors):
    """A NUL-terminated field as str."""
    end = raw.find(NUL)
    return (raw if end < 0 else raw[:end]).decode(encoding, errors)


def nti(raw):
    """A number field: octal digits, or GNU's base-256 (first byte 0x80, 0xff if
    negative)."""
    if raw[0] in (0x80, 0xFF):
        value = int.from_bytes(raw[1:], "big")
        if raw[0] == 0xFF:
            value -= 256 ** (len(raw) - 1)
        return value
    try:
        digits = nts(raw, "ascii", "strict").strip()
        return int(digits or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(value, digits=8, format=DEFAULT_FORMAT):
    """A number as a field of `digits` bytes: octal with a NUL when it fits, else
    base-256 in the GNU format."""
    value = int(value)
    if 0 <= value < 8 ** (digits - 1):
        return b"%0*o" % (digits - 1, value) + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= value < 256 ** (digits - 1):
        if value >= 0:
            return b"\x80" + value.to_bytes(digits - 1, "big")
        return b"\xff" + (256 ** (digits - 1) + value).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header's checksum both ways tar programs compute it: its bytes summed as
    unsigned and as signed chars, the checksum field counted as eight spaces."""
    unsigned = 256 + sum(buf[:148]) + sum(buf[156:512])
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


def _padded(payload):
    """Payload bytes filled with NULs up to a whole number of blocks."""
    return payload + NUL * (-len(payload) % BLOCKSIZE)


def _is_utf8(text):
    try:
        text.encode("utf-8", "strict")
    except UnicodeEncodeError:       # lone surrogates, from undecodable names
        return False
    return True


def _pax_records(fields, encoding):
    """The body of a pax extended header: "LEN keyword=value\\n" records, LEN counting
    itself. Values that are not UTF-8 make it a hdrcharset=BINARY header."""
    binary = not all(_is_utf8(value) for value in fields.values())
    out = [b"21 hdrcharset=BINARY\n"] if binary else []
    for keyword, value in fields.items():
        key = keyword.encode("utf-8")
        text = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
        body = len(key) + len(text) + 3          # ' ', '=' and '\n'
        size = body + len(str(body))
        if len(str(size)) != len(str(body)):
            size = body + len(str(size))
        out.append(b"%d %s=%s\n" % (size, key, text))
    return b"".join(out)


_RECORD = re.compile(br"(\d+) ([^=]+)=")

# The ustar header block up to its padding: (field, width in bytes, default); a str
# default marks a text field, an int one a number field.
_HEADER_LAYOUT = (
    ("name", 100, ""), ("mode", 8, 0), ("uid", 8, 0), ("gid", 8, 0), ("size", 12, 0),
    ("mtime", 12, 0), ("chksum", 8, None), ("type", 1, None), ("linkname", 100, ""),
    ("magic", 8, None), ("uname", 32, ""), ("gname", 32, ""), ("devices", 16, None),
    ("prefix", 155, ""),
)


# ---- TarInfo ------------------------------------------------------------------------

class TarInfo(object):
    """One archive member: its name, kind, permissions, owner, size and time, as a
    header block holds them (plus any pax extended fields)."""

    __slots__ = ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type",
                 "linkname", "uname", "gname", "devmajor", "devminor", "offset",
                 "offset_data", "pax_headers", "sparse", "tarfile", "_sparse_structs",
                 "_link_target")

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    # The pax standard's names for two fields.
    path = property(lambda self: self.name,
                    lambda self, value: setattr(self, "name", value),
                    doc="The member's name (pax calls it path).")
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc="The link's target (pax calls it linkpath).")

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    _REPLACEABLE = ("name", "mtime", "mode", "linkname", "uid", "gid", "uname", "gname")

    def replace(self, *, deep=True, **changes):
        """A copy of this TarInfo (a deep one unless deep=False) with the given
        attributes (name, mtime, mode, linkname, uid, gid, uname, gname) changed."""
        for attr in changes:
            if attr not in self._REPLACEABLE:
                raise TypeError("TarInfo.replace() got an unexpected keyword argument %r"
                                % attr)
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for attr, value in changes.items():
            setattr(result, attr, value)
        return result

    def get_info(self):
        """The member's header fields as a dict (a directory's name gets its '/')."""
        fields = {key: getattr(self, key) for key in (
            "name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname",
            "uname", "gname", "devmajor", "devminor")}
        if fields["mode"] is not None:
            fields["mode"] &= 0o7777
        if fields["type"] == DIRTYPE and not fields["name"].endswith("/"):
            fields["name"] += "/"
        return fields

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) of this member in `format`."""
        fields = self.get_info()
        for key, value in fields.items():
            if value is None:
                raise ValueError("%s may not be None" % key)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(fields, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(fields, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(fields, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """A POSIX.1-1988 header; a long name is split at a '/' into prefix and name."""
        def fits(key, limit):
            return len(info[key].encode(encoding, errors)) <= limit
        if not fits("linkname", LENGTH_LINK):
            raise ValueError("linkname is too long")
        if not fits("name", LENGTH_NAME):
            info["prefix"], info["name"] = self._split_name(info["name"], encoding, errors)
        info["magic"] = POSIX_MAGIC
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU header, after ././@LongLink records for a long link target or name."""
        info["magic"] = GNU_MAGIC
        out = b""
        for key, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                 ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[key].encode(encoding, errors)) > limit:
                out += self._create_gnu_long_header(info[key], kind, encoding, errors)
        return out + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar header, preceded by a pax extended header for the fields ustar
        cannot hold: names that are long or not ASCII, numbers too big or
        fractional."""
        info["magic"] = POSIX_MAGIC
        extended = self.pax_headers.copy()
        for key, keyword, limit in (("name", "path", LENGTH_NAME),
                                    ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in extended:
                continue
            value = info[key]
            if not value.isascii() or len(value) > limit:
                extended[keyword] = value
        for key, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[key]
            whole = round(value) if isinstance(value, float) else value
            if 0 <= whole < 8 ** (digits - 1):
                if not isinstance(value, float):
                    continue
                info[key] = whole        # the ustar field holds it rounded
            else:
                info[key] = 0
            extended.setdefault(key, str(value))
        head = b""
        if extended:
            head = self._create_pax_generic_header(extended, XHDTYPE, encoding)
        return head + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """A pax global header ('g') carrying `pax_headers`."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    @staticmethod
    def _split_name(name, encoding, errors):
        parts = name.split("/")
        for cut in range(1, len(parts)):
            prefix, rest = "/".join(parts[:cut]), "/".join(parts[cut:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One 512-byte header block; the checksum is computed last, over the block
        with its own field as spaces."""
        kind = info.get("type", REGTYPE)
        if kind in (CHRTYPE, BLKTYPE):
            devices = (itn(info.get("devmajor", 0), 8, format)
                       + itn(info.get("devminor", 0), 8, format))
        else:
            devices = NUL * 16
        mode = info.get("mode", 0)
        if mode is not None:
            mode &= 0o7777
        parts = []
        for key, width, default in _HEADER_LAYOUT:
            if key == "chksum":
                parts.append(b" " * width)
            elif key == "type":
                parts.append(kind)
            elif key == "magic":
                parts.append(info.get("magic", POSIX_MAGIC))
            elif key == "devices":
                parts.append(devices)
            elif key == "mode":
                parts.append(itn(mode or 0, width, format))
            elif isinstance(default, str):
                parts.append(stn(info.get(key, default), width, encoding, errors))
            else:
                parts.append(itn(info.get(key, default), width, format))
        block = b"".join(parts)
        block += NUL * (BLOCKSIZE - len(block))
        checksum = calc_chksums(block)[0]
        return block[:148] + b"%06o\0" % checksum + block[155:]

    @staticmethod
    def _create_payload(payload):
        return _padded(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        """A ././@LongLink record whose data is a name too long for its field."""
        data = name.encode(encoding, errors) + NUL
        head = cls._create_header({"name": "././@LongLink", "type": type,
                                   "size": len(data), "magic": GNU_MAGIC},
                                  USTAR_FORMAT, encoding, errors)
        return head + _padded(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        records = _pax_records(pax_headers, encoding)
        head = cls._create_header({"name": "././@PaxHeader", "type": type,
                                   "size": len(records), "magic": POSIX_MAGIC},
                                  USTAR_FORMAT, "ascii", "replace")
        return head + _padded(records)

    # ---- reading ----

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """The TarInfo of one header block."""
        if len(buf) != BLOCKSIZE:
            if buf:
                raise TruncatedHeaderError("truncated header")
            raise EmptyHeaderError("empty header")
        if not buf.strip(NUL):
            raise EOFHeaderError("end of file header")
        stored_sum = nti(buf[148:156])
        if stored_sum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        info = cls()
        info.name = nts(buf[0:100], encoding, errors)
        info.mode = nti(buf[100:108])
        info.uid = nti(buf[108:116])
        info.gid = nti(buf[116:124])
        info.size = nti(buf[124:136])
        info.mtime = nti(buf[136:148])
        info.chksum = stored_sum
        info.type = buf[156:157]
        info.linkname = nts(buf[157:257], encoding, errors)
        info.uname = nts(buf[265:297], encoding, errors)
        info.gname = nts(buf[297:329], encoding, errors)
        info.devmajor = nti(buf[329:337])
        info.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if info.type == AREGTYPE and info.name.endswith("/"):
            info.type = DIRTYPE
        if info.isdir():
            info.name = info.name.rstrip("/")
        if prefix and info.type not in GNU_TYPES:
            info.name = prefix + "/" + info.name
        return info

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of `tarfile` (whose stream is at a header block), with any
        extended headers before it applied."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        info = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        info.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return info._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _has_data(self):
        """Whether data blocks follow the header (unknown kinds are read as files)."""
        return self.isreg() or self.type not in SUPPORTED_TYPES

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + (self._block(self.size)
                                             if self._has_data() else 0)
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _following(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        member = self._following(tarfile)
        member.offset = self.offset
        text = nts(data, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = text
        else:
            member.linkname = text
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        fields = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()
        charset = re.search(br"\d+ hdrcharset=([^\n]+)\n", data)
        if charset is not None:
            fields["hdrcharset"] = charset.group(1).decode("utf-8")
        names_encoding = (tarfile.encoding if fields.get("hdrcharset") == "BINARY"
                          else "utf-8")
        pos = 0
        while True:
            match = _RECORD.match(data, pos)
            if not match:
                break
            length = int(match.group(1))
            if length < 1:
                raise InvalidHeaderError("invalid header")
            start, end = match.end(), pos + length - 1
            keyword = match.group(2).decode("utf-8")
            raw = data[start:end]
            first = names_encoding if keyword in PAX_NAME_FIELDS else "utf-8"
            fallback = tarfile.encoding if keyword in PAX_NAME_FIELDS else "utf-8"
            try:
                value = raw.decode(first, "strict")
            except UnicodeDecodeError:
                value = raw.decode(fallback, tarfile.errors)
            fields[keyword] = value
            pos += length
        member = self._following(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax_info(fields, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in fields:     # the data's real length may differ from ustar's
                tarfile.offset = member.offset_data + (member._block(member.size)
                                                       if member._has_data() else 0)
        return member

    def _apply_pax_info(self, pax_headers, encoding, errors):
        """Let the extended header's fields override the ustar ones."""
        for keyword, text in pax_headers.items():
            if keyword not in PAX_FIELDS and not keyword.startswith("GNU.sparse."):
                continue
            attr = {"GNU.sparse.name": "path", "GNU.sparse.size": "size",
                    "GNU.sparse.realsize": "size"}.get(keyword, keyword)
            if attr not in PAX_FIELDS:
                continue
            convert = PAX_NUMBER_FIELDS.get(attr)
            if convert is None:
                value = text.rstrip("/") if attr == "path" else text
            else:
                try:
                    value = convert(text)
                except ValueError:
                    value = 0
            setattr(self, attr, value)
        self.pax_headers = dict(pax_headers)

    def _block(self, count):
        """`count` rounded up to whole blocks."""
        return -(-count // BLOCKSIZE) * BLOCKSIZE

    # ---- kinds ----
    # Each asks the type flag one question; regular files include the old
    # NUL type, contiguous files and GNU sparse files.

    def isreg(self):
        """A regular file?"""
        return self.type in REGULAR_TYPES

    isfile = isreg

    def isdir(self):
        """A directory?"""
        return self.type == DIRTYPE

    def issym(self):
        """A symbolic link?"""
        return self.type == SYMTYPE

    def islnk(self):
        """A hard link (to an earlier member)?"""
        return self.type == LNKTYPE

    def ischr(self):
        """A character device?"""
        return self.type == CHRTYPE

    def isblk(self):
        """A block device?"""
        return self.type == BLKTYPE

    def isfifo(self):
        """A named pipe?"""
        return self.type == FIFOTYPE

    def isdev(self):
        """A device of either kind, or a named pipe?"""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)

    def issparse(self):
        """A GNU sparse file?"""
        return self.sparse is not None


TarInfo.__module__ = "tarfile"
