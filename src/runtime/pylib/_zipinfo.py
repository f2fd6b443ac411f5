"""zipfile's ZipInfo, its constants and errors: one archive member's fields, and the
record layouts of PKWARE's APPNOTE that hold them (local header, central directory
entry, end records)."""

# Written for coro from the APPNOTE and CPython 3.11's documented and observed zipfile
# behaviour; zipfile re-exports everything public here (and the old public names of
# the layouts). It is not the reading or writing of archives (zipfile.py).

import os
import stat
import struct
import sys
import time

class BadZipFile(Exception):
    """The data is not a ZIP archive, or a damaged one."""


class LargeZipFile(Exception):
    """The archive needs ZIP64 records, but allowZip64 is False."""


BadZipfile = BadZipFile
error = BadZipFile

# Past these, the 32-bit (and 16-bit) fields overflow into ZIP64 records.
ZIP64_LIMIT, ZIP_FILECOUNT_LIMIT, ZIP_MAX_COMMENT = 0x7FFFFFFF, 0xFFFF, 0xFFFF

# Compression methods (APPNOTE 4.4.5) and the format versions they need (4.4.3).
ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14
DEFAULT_VERSION, ZIP64_VERSION, BZIP2_VERSION, LZMA_VERSION = 20, 45, 46, 63
MAX_EXTRACT_VERSION = LZMA_VERSION

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2',
    14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# The records of APPNOTE section 4.3, as struct layouts (little-endian, no padding).
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")        # 4.3.7
_CENTRAL_ENTRY = struct.Struct("<4s4B4HL2L5H2L")     # 4.3.12
_END_RECORD = struct.Struct("<4s4H2LH")              # 4.3.16
_END_RECORD64 = struct.Struct("<4sQ2H2L4Q")          # 4.3.14
_END_LOCATOR64 = struct.Struct("<4sLQL")             # 4.3.15
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"
_END64_SIG = b"PK\006\006"
_LOCATOR64_SIG = b"PK\006\007"
_DESCRIPTOR_SIG = 0x08074b50

# General purpose flag bits (APPNOTE 4.4.4).
_FLAG_ENCRYPTED = 0x0001
_FLAG_LZMA_EOS = 0x0002
_FLAG_DESCRIPTOR = 0x0008
_FLAG_PATCHED = 0x0020
_FLAG_STRONG_CRYPTO = 0x0040
_FLAG_UTF8 = 0x0800

_ZIP64_EXTRA_ID = 0x0001
_EXTRA_HEAD = struct.Struct("<HH")
_UINT32_FULL = 0xFFFFFFFF
_UINT16_FULL = 0xFFFF

# Old public names for the record layouts, which some programs use.
sizeFileHeader = _LOCAL_HEADER.size
sizeCentralDir = _CENTRAL_ENTRY.size
sizeEndCentDir = _END_RECORD.size
sizeEndCentDir64 = _END_RECORD64.size
sizeEndCentDir64Locator = _END_LOCATOR64.size
structFileHeader = _LOCAL_HEADER.format
structCentralDir = _CENTRAL_ENTRY.format
structEndArchive = _END_RECORD.format
structEndArchive64 = _END_RECORD64.format
structEndArchive64Locator = _END_LOCATOR64.format
stringFileHeader = _LOCAL_SIG
stringCentralDir = _CENTRAL_SIG
stringEndArchive = _END_SIG
stringEndArchive64 = _END64_SIG
stringEndArchive64Locator = _LOCATOR64_SIG


def _dos_stamp(date_time):
    """(date, time) words of the MS-DOS format for a (Y, M, D, h, m, s) tuple."""
    year, month, day, hour, minute, second = date_time[:6]
    return ((year - 1980) << 9 | month << 5 | day), (hour << 11 | minute << 5 | second // 2)


def _from_dos_stamp(date, tm):
    return ((date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F,
            tm >> 11, (tm >> 5) & 0x3F, (tm & 0x1F) * 2)


def _without_extra_ids(extra, ids):
    """The extra-field block with the records whose ids are in `ids` left out."""
    kept = []
    pos = 0
    while pos + 4 <= len(extra):
        field_id, length = _EXTRA_HEAD.unpack_from(extra, pos)
        end = pos + 4 + length
        if field_id not in ids:
            kept.append(extra[pos:end])
        pos = end
    kept.append(extra[pos:])
    return b"".join(kept)


# IBM PC code page 437, the names' encoding when the UTF-8 flag is clear: its upper
# half (the lower is ASCII). Decoded here because not every codec registry has it.
_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞'
               '╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(raw, flags, encoding):
    """A member name from its bytes: UTF-8 when flagged, else `encoding` (the
    archive's metadata_encoding) or code page 437."""
    if flags & _FLAG_UTF8:
        return raw.decode('utf-8')
    if encoding:
        return raw.decode(encoding)
    return ''.join(chr(byte) if byte < 128 else _CP437_HIGH[byte - 128] for byte in raw)


def _version_for_method(method):
    return {ZIP_BZIP2: BZIP2_VERSION, ZIP_LZMA: LZMA_VERSION}.get(method, 0)


def _bz2_module():
    try:
        import bz2
    except ImportError:
        return None
    return bz2


def _require_method(method):
    if method in (ZIP_STORED, ZIP_DEFLATED):
        return
    if method == ZIP_BZIP2:
        if _bz2_module() is None:
            raise RuntimeError("Compression requires the (missing) bz2 module")
        return
    if method == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo(object):
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system', 'create_version',
                 'extract_version', 'reserved', 'flag_bits', 'volume', 'internal_attr',
                 'external_attr', 'header_offset', 'CRC', 'compress_size', 'file_size',
                 '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name (some archivers pad with them).
        cut = filename.find(chr(0))
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append('compress_type=%s' % compressor_names.get(self.compress_type,
                                                                   self.compress_type))
        unix_mode = self.external_attr >> 16
        dos_attr = self.external_attr & 0xFFFF
        if unix_mode:
            parts.append('filemode=%r' % stat.filemode(unix_mode))
        if dos_attr:
            parts.append('external_attr=%#x' % dos_attr)
        directory = self.is_dir()
        if not directory or self.file_size:
            parts.append('file_size=%r' % self.file_size)
        sizes_differ = (self.compress_type != ZIP_STORED
                        or self.file_size != self.compress_size)
        if (not directory or self.compress_size) and sizes_differ:
            parts.append('compress_size=%r' % self.compress_size)
        return ' '.join(parts) + '>'

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def FileHeader(self, zip64=None):
        """Return the per-file header as a bytes object."""
        date, tm = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = compressed = size = 0   # they follow the data, in the descriptor
        else:
            crc, compressed, size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        needed = 0
        if zip64 is None:
            zip64 = size > ZIP64_LIMIT or compressed > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", _ZIP64_EXTRA_ID, 16, size, compressed)
            size = compressed = _UINT32_FULL
            needed = ZIP64_VERSION
        needed = max(needed, _version_for_method(self.compress_type))
        self.extract_version = max(needed, self.extract_version)
        self.create_version = max(needed, self.create_version)
        name, flags = self._encodeFilenameFlags()
        head = _LOCAL_HEADER.pack(_LOCAL_SIG, self.extract_version, self.reserved, flags,
                                  self.compress_type, tm, date, crc, compressed, size,
                                  len(name), len(extra))
        return head + name + extra

    def _central_entry(self):
        """This member's record in the central directory."""
        date, tm = _dos_stamp(self.date_time)
        wide = []
        size, compressed, offset = self.file_size, self.compress_size, self.header_offset
        if size > ZIP64_LIMIT or compressed > ZIP64_LIMIT:
            wide += [size, compressed]
            size = compressed = _UINT32_FULL
        if offset > ZIP64_LIMIT:
            wide.append(offset)
            offset = _UINT32_FULL
        extra = self.extra
        needed = 0
        if wide:
            extra = (struct.pack("<HH" + "Q" * len(wide), _ZIP64_EXTRA_ID, 8 * len(wide),
                                 *wide) + _without_extra_ids(extra, (_ZIP64_EXTRA_ID,)))
            needed = ZIP64_VERSION
        needed = max(needed, _version_for_method(self.compress_type))
        extract_version = max(needed, self.extract_version)
        create_version = max(needed, self.create_version)
        name, flags = self._encodeFilenameFlags()
        record = _CENTRAL_ENTRY.pack(
            _CENTRAL_SIG, create_version, self.create_system, extract_version,
            self.reserved, flags, self.compress_type, tm, date, self.CRC, compressed, size,
            len(name), len(extra), len(self.comment), 0, self.internal_attr,
            self.external_attr, offset)
        return record + name + extra + self.comment

    def _decodeExtra(self):
        """Take the 64-bit sizes and offset from a ZIP64 extra record, if there is one."""
        extra = self.extra
        pos = 0
        while pos + 4 <= len(extra):
            field_id, length = _EXTRA_HEAD.unpack_from(extra, pos)
            if pos + 4 + length > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (field_id, length))
            if field_id == _ZIP64_EXTRA_ID:
                body = extra[pos + 4:pos + 4 + length]
                for attr, label in (('file_size', "File size"),
                                    ('compress_size', "Compress size"),
                                    ('header_offset', "Header offset")):
                    if getattr(self, attr) != _UINT32_FULL:
                        continue
                    if len(body) < 8:
                        raise BadZipFile("Corrupt zip64 extra field. %s not found." % label)
                    setattr(self, attr, struct.unpack("<Q", body[:8])[0])
                    body = body[8:]
            pos += 4 + length

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct an appropriate ZipInfo for a file on the filesystem."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        is_directory = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if date_time[0] < 1980:
                date_time = (1980, 1, 1, 0, 0, 0)
            elif date_time[0] > 2107:
                date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        arcname = arcname.lstrip(os.sep + (os.altsep or ""))
        if is_directory:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if is_directory:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename[-1] == '/'


for _public in (BadZipFile, LargeZipFile, ZipInfo):
    _public.__module__ = "zipfile"
