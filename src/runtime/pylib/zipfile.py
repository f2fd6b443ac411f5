"""Read and write ZIP files: ZipFile, ZipInfo, is_zipfile, zipfile.Path and the
errors (BadZipFile, LargeZipFile)."""

# coro's zipfile, written from PKWARE's APPNOTE and CPython 3.11's documented and observed
# behaviour (the bytes it writes are python3's, so archives agree both ways). Layout:
# the record formats, ZipInfo, the reading side (end record, central directory, member
# streams), the writing side (member writer, central directory) and ZipFile, then Path.
# It is not: writing encrypted members (as in CPython; traditional PKWARE decryption is
# done), ZIP_LZMA (no lzma module here), multi-disk archives, PyZipFile.

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import threading
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


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


# ---- reading -------------------------------------------------------------------------

def _locate_end_record(fp):
    """(fields of the end record, its offset from the start, comment) or None.

    The record is the last thing in the file, followed only by its comment (at most
    64 KiB), so it is searched for backwards from the end. A ZIP64 end record, when the
    locator before the record points at one, replaces the 32-bit counts and offsets."""
    fp.seek(0, 2)
    file_size = fp.tell()
    window = min(file_size, _END_RECORD.size + ZIP_MAX_COMMENT)
    fp.seek(file_size - window)
    tail = fp.read(window)
    where = tail.rfind(_END_SIG)
    while where >= 0:
        fields = tail[where:where + _END_RECORD.size]
        if len(fields) == _END_RECORD.size:
            record = list(_END_RECORD.unpack(fields))
            comment = tail[where + _END_RECORD.size:where + _END_RECORD.size + record[7]]
            if where + _END_RECORD.size + record[7] <= len(tail):
                return _with_zip64_end(fp, record, file_size - window + where, comment)
        where = tail.rfind(_END_SIG, 0, where)
    return None


def _with_zip64_end(fp, record, offset, comment):
    if offset < _END_LOCATOR64.size:
        return record, offset, comment, False
    fp.seek(offset - _END_LOCATOR64.size)
    raw = fp.read(_END_LOCATOR64.size)
    if len(raw) != _END_LOCATOR64.size or raw[:4] != _LOCATOR64_SIG:
        return record, offset, comment, False
    _, disk, _, disks = _END_LOCATOR64.unpack(raw)
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    start = offset - _END_LOCATOR64.size - _END_RECORD64.size
    fp.seek(start)
    raw = fp.read(_END_RECORD64.size)
    if len(raw) != _END_RECORD64.size:
        return record, offset, comment, False
    (sig, _, _, _, disk_no, cd_disk, _, entries, cd_size, cd_offset) = \
        _END_RECORD64.unpack(raw)
    if sig != _END64_SIG:
        return record, offset, comment, False
    if disk_no != 0 or cd_disk != 0:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    record[3] = record[4] = entries
    record[5], record[6] = cd_size, cd_offset
    return record, start, comment, True


def _read_exactly(fp, n, what):
    data = fp.read(n)
    if len(data) != n:
        raise BadZipFile("Truncated %s" % what)
    return data


class _PkwareKey:
    """The traditional PKWARE stream cipher's three keys (APPNOTE 6.1), for reading."""

    def __init__(self, password):
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    @staticmethod
    def _crc_byte(crc, byte):
        return binascii.crc32(bytes([byte]), crc ^ _UINT32_FULL) ^ _UINT32_FULL

    def _update(self, byte):
        k0, k1, k2 = self.keys
        k0 = self._crc_byte(k0, byte)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & _UINT32_FULL
        k2 = self._crc_byte(k2, k1 >> 24)
        self.keys = [k0, k1, k2]

    def decrypt(self, data):
        out = bytearray(len(data))
        for i, byte in enumerate(data):
            temp = (self.keys[2] | 2) & 0xFFFF
            plain = byte ^ ((temp * (temp ^ 1)) >> 8) & 0xFF
            self._update(plain)
            out[i] = plain
        return bytes(out)


def _new_decompressor(method):
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if method == ZIP_BZIP2:
        return _bz2_module().BZ2Decompressor()
    return None


def _new_compressor(method, level):
    if method == ZIP_DEFLATED:
        return zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
    if method == ZIP_BZIP2:
        bz2 = _bz2_module()
        return bz2.BZ2Compressor() if level is None else bz2.BZ2Compressor(level)
    return None


class ZipExtFile(io.BufferedIOBase):
    """A member being read (what ZipFile.open returns): its bytes decompressed on
    demand, checked against the CRC-32 once the last one is read."""

    MIN_READ_SIZE = 1 << 12      # the smallest read from the archive
    MAX_SEEK_READ = 1 << 24      # a seek decompresses in steps of at most this

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._source = fileobj
        self._close_source = close_fileobj
        self._info = zipinfo
        self.mode = mode
        self.name = zipinfo.filename
        self._method = zipinfo.compress_type
        _require_method(self._method)
        self._key = None
        self._data_start = fileobj.tell()
        self._encrypted_header = 0
        if zipinfo.flag_bits & _FLAG_ENCRYPTED:
            self._key = _PkwareKey(pwd)
            header = self._key.decrypt(_read_exactly(fileobj, 12, "file header"))
            if zipinfo.flag_bits & _FLAG_DESCRIPTOR:
                check = (zipinfo._raw_time >> 8) & 0xFF
            else:
                check = (zipinfo.CRC >> 24) & 0xFF
            if header[11] != check:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)
            self._encrypted_header = 12
            self._keys_at_data = list(self._key.keys)
        self._restart()

    def _restart(self):
        """Back to the member's first byte (seeking backwards replays the stream)."""
        self._source_pos = self._data_start + self._encrypted_header
        self._left = self._info.compress_size - self._encrypted_header
        self._inflater = _new_decompressor(self._method)
        self._pending = b""
        self._offset = 0
        self._crc = 0
        self._ended = False
        if self._key is not None:
            self._key.keys = list(self._keys_at_data)

    def __repr__(self):
        parts = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.closed:
            parts.append(' [closed]')
        else:
            parts.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._method != ZIP_STORED:
                parts.append(' compress_type=%s' % compressor_names.get(self._method,
                                                                        self._method))
        return ''.join(parts) + '>'

    def _produce(self, wanted):
        """Decompress until `wanted` bytes are pending or the member ends."""
        while len(self._pending) < wanted and not self._ended:
            chunk = b""
            if self._left > 0:
                self._source.seek(self._source_pos)
                chunk = self._source.read(min(self._left, max(wanted, self.MIN_READ_SIZE)))
                if not chunk:
                    raise EOFError
                self._source_pos += len(chunk)
                self._left -= len(chunk)
                if self._key is not None:
                    chunk = self._key.decrypt(chunk)
            if self._inflater is None:
                produced = chunk
                if self._left <= 0:
                    self._ended = True
            else:
                produced = self._inflater.decompress(chunk)
                if self._inflater.eof or self._left <= 0:
                    if not self._inflater.eof and hasattr(self._inflater, "flush"):
                        produced += self._inflater.flush()
                    self._ended = True
                    if self._offset + len(self._pending) + len(produced) \
                            < self._info.file_size and not self._inflater.eof:
                        raise EOFError
            self._crc = binascii.crc32(produced, self._crc)
            self._pending += produced
            if self._ended and self._crc != self._info.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _take(self, n):
        data, self._pending = self._pending[:n], self._pending[n:]
        self._offset += len(data)
        return data

    def _live(self):
        if self.closed:
            _closed_file()

    def readable(self):
        self._live()
        return True

    def seekable(self):
        self._live()
        return getattr(self._source, 'seekable', lambda: False)()

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            self._produce(float('inf'))
            return self._take(len(self._pending))
        self._produce(n)
        return self._take(n)

    def read1(self, n=-1):
        if n is None or n < 0:
            return self.read()
        if not self._pending:
            self._produce(1)
        return self._take(min(n, len(self._pending)) if n else 0)

    def peek(self, n=1):
        self._produce(max(n, 1) if n > len(self._pending) else 0)
        return self._pending[:512] if len(self._pending) > 512 else self._pending

    def readline(self, limit=-1):
        self._live()
        if limit is None:
            limit = -1
        searched = 0
        while True:
            cut = self._pending.find(b"\n", searched)
            if cut >= 0:
                end = cut + 1
                break
            if self._ended or 0 <= limit <= len(self._pending):
                end = len(self._pending)
                break
            searched = len(self._pending)
            self._produce(len(self._pending) + self.MIN_READ_SIZE)
        if limit >= 0:
            end = min(end, limit)
        return self._take(end)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._offset

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self.seekable():
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._offset + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        if target < self._offset:
            self._restart()
        while self._offset < target:
            step = min(target - self._offset, self.MAX_SEEK_READ)
            self._produce(step)
            self._take(step)
        return self._offset

    def close(self):
        try:
            if self._close_source:
                self._source.close()
        finally:
            super().close()


# ---- writing -------------------------------------------------------------------------

class _MemberWriter(io.BufferedIOBase):
    """What ZipFile.open(name, 'w') returns: the member's bytes go through the
    compressor into the archive; closing it completes the header (or writes a data
    descriptor when the archive cannot seek back)."""

    def __init__(self, archive, info, zip64):
        self._archive = archive
        self._info = info
        self._zip64 = zip64
        self._deflater = _new_compressor(info.compress_type, info._compresslevel)
        self._size = 0
        self._stored = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._archive.fp

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            _closed_file()
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        count = len(data)
        self._size += count
        self._crc = binascii.crc32(data, self._crc)
        if self._deflater is not None:
            data = self._deflater.compress(data)
        self._stored += len(data)
        self._fileobj.write(data)
        return count

    def close(self):
        if self.closed:
            return
        try:
            io.BufferedIOBase.close(self)
            self._finish()
        finally:
            self._archive._writing = False

    def _finish(self):
        if self._deflater is not None:
            tail = self._deflater.flush()
            self._stored += len(tail)
            self._fileobj.write(tail)
        info = self._info
        info.compress_size = self._stored
        info.CRC = self._crc
        info.file_size = self._size
        if not self._zip64:
            if self._size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if self._stored > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        archive = self._archive
        if info.flag_bits & _FLAG_DESCRIPTOR:
            layout = "<LLQQ" if self._zip64 else "<LLLL"
            self._fileobj.write(struct.pack(layout, _DESCRIPTOR_SIG, info.CRC,
                                            info.compress_size, info.file_size))
            archive.start_dir = self._fileobj.tell()
        else:
            end = self._fileobj.tell()
            self._fileobj.seek(info.header_offset)
            self._fileobj.write(info.FileHeader(self._zip64))
            self._fileobj.seek(end)
            archive.start_dir = end
        archive.filelist.append(info)
        archive.NameToInfo[info.filename] = info


class _CountingWriter:
    """Wraps a stream that cannot tell() (a pipe, a socket) and counts what goes
    through it, so member offsets are still known."""

    def __init__(self, stream):
        self._stream = stream
        self._written = 0

    def write(self, data):
        self._written += len(data)
        return self._stream.write(data)

    def tell(self):
        return self._written

    def __getattr__(self, name):     # flush, close
        return getattr(self._stream, name)


def _destination(path):
    return os.getcwd() if path is None else os.fspath(path)


def _check_password(pwd):
    if pwd and not isinstance(pwd, bytes):
        raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)


def _closed_file():
    raise ValueError("I/O operation on closed file.")


_OPEN_MODES = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
# When the first open fails (the file is missing or not seekable), the next is tried.
_FALLBACK_MODES = {'r+b': 'w+b', 'w+b': 'wb', 'x+b': 'xb'}


def _open_archive_stream(file, mode):
    """(whether the caller passed a stream, the file name, the stream)."""
    if isinstance(file, os.PathLike):
        file = os.fspath(file)
    if not isinstance(file, str):
        return 1, getattr(file, 'name', None), file
    wanted = _OPEN_MODES[mode]
    while True:
        try:
            return 0, file, io.open(file, wanted)
        except OSError:
            if wanted not in _FALLBACK_MODES:
                raise
            wanted = _FALLBACK_MODES[wanted]


class ZipFile:
    """A ZIP archive opened to read ('r'), write a new one ('w', or 'x' when the file
    must not exist yet) or add members to ('a'). `file` is a path or a binary file
    object; members are compressed with `compression` at `compresslevel` unless a
    ZipInfo says otherwise."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in _OPEN_MODES:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _require_method(compression)
        self.mode, self.compression, self.compresslevel = mode, compression, compresslevel
        self._allowZip64, self._strict_timestamps = allowZip64, strict_timestamps
        self.filelist, self.NameToInfo = [], {}
        self.pwd, self.debug, self._comment = None, 0, b''
        self._didModify = self._writing = False
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._filePassed, self.filename, self.fp = _open_archive_stream(file, mode)
        try:
            {'r': self._read_directory, 'w': self._begin_new, 'x': self._begin_new,
             'a': self._begin_append}[mode]()
        except BaseException:
            stream, self.fp = self.fp, None
            self._close_stream(stream)
            raise

    def _begin_new(self):
        self._didModify = True
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            # Not even tell(): count the bytes ourselves, and write data descriptors.
            self.fp, self.start_dir, self._seekable = _CountingWriter(self.fp), 0, False
            return
        try:
            self.fp.seek(self.start_dir)
        except (AttributeError, OSError):
            self._seekable = False

    def _begin_append(self):
        try:
            self._read_directory()
        except BadZipFile:
            # Not an archive: the new one goes after what is there.
            self.fp.seek(0, 2)
            self.start_dir = self.fp.tell()
            self._didModify = True
        else:
            self.fp.seek(self.start_dir)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __repr__(self):
        name = '%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return '<%s [closed]>' % name
        if self._filePassed:
            where = ' file=%r' % (self.fp,)
        elif self.filename is not None:
            where = ' filename=%r' % (self.filename,)
        else:
            where = ''
        return '<%s%s mode=%r>' % (name, where, self.mode)

    def _read_directory(self):
        fp = self.fp
        try:
            found = _locate_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not found:
            raise BadZipFile("File is not a zip file")
        record, end_offset, comment, _ = found
        cd_size, cd_offset = record[5], record[6]
        self._comment = comment
        # Bytes before the archive proper (a self-extracting stub) shift every offset.
        shift = end_offset - cd_size - cd_offset
        self.start_dir = cd_offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        directory = io.BytesIO(fp.read(cd_size))
        consumed = 0
        while consumed < cd_size:
            raw = directory.read(_CENTRAL_ENTRY.size)
            if len(raw) != _CENTRAL_ENTRY.size:
                raise BadZipFile("Truncated central directory")
            fields = _CENTRAL_ENTRY.unpack(raw)
            if fields[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            (_, create_version, create_system, extract_version, reserved, flags, method,
             tm, date, crc, compressed, size, name_len, extra_len, comment_len, _,
             internal, external, offset) = fields
            name = _decode_name(directory.read(name_len), flags, self.metadata_encoding)
            info = ZipInfo(name)
            info.extra = directory.read(extra_len)
            info.comment = directory.read(comment_len)
            info.header_offset = offset
            info.create_version, info.create_system = create_version, create_system
            info.extract_version, info.reserved = extract_version, reserved
            info.flag_bits, info.compress_type = flags, method
            info.CRC, info.compress_size, info.file_size = crc, compressed, size
            info.volume, info.internal_attr, info.external_attr = 0, internal, external
            if extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (extract_version / 10))
            info._raw_time = tm
            info.date_time = _from_dos_stamp(date, tm)
            info._decodeExtra()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            consumed += _CENTRAL_ENTRY.size + name_len + extra_len + comment_len

    def namelist(self):
        """The members' names, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print each member's name, modification time and size (to stdout or file)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Read every member through; the name of the first whose CRC or data is
        bad, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called `name` (KeyError if there is none)."""
        try:
            return self.NameToInfo[name]
        except KeyError:
            raise KeyError('There is no item named %r in the archive' % name) from None

    def setpassword(self, pwd):
        """The password (bytes) for encrypted members when open/read get none."""
        _check_password(pwd)
        self.pwd = pwd if pwd else None

    def _get_comment(self):
        return self._comment

    def _set_comment(self, text):
        if not isinstance(text, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(text).__name__)
        if len(text) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
        self._comment = text[:ZIP_MAX_COMMENT]
        self._didModify = True

    comment = property(_get_comment, _set_comment,
                       doc="The archive's comment (bytes), written at its end.")

    def read(self, name, pwd=None):
        """The whole (decompressed) content of member `name`."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A stream over member `name` (a name or ZipInfo): reading its content with
        mode 'r', or writing a new member with mode 'w'."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        _check_password(pwd)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._start_member(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to "
                             "read.")
        self.fp.seek(info.header_offset)
        raw = _read_exactly(self.fp, _LOCAL_HEADER.size, "file header")
        fields = _LOCAL_HEADER.unpack(raw)
        if fields[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        flags, name_len, extra_len = fields[3], fields[10], fields[11]
        raw_name = self.fp.read(name_len)
        if extra_len:
            self.fp.read(extra_len)
        if info.flag_bits & _FLAG_PATCHED:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if info.flag_bits & _FLAG_STRONG_CRYPTO:
            raise NotImplementedError("strong encryption (flag bit 6)")
        local_name = _decode_name(raw_name, flags, self.metadata_encoding)
        if local_name != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw_name))
        if info.flag_bits & _FLAG_ENCRYPTED:
            pwd = pwd or self.pwd
            if not pwd:
                raise RuntimeError("File %r is encrypted, password required for extraction"
                                   % name)
        else:
            pwd = None
        return ZipExtFile(self.fp, mode, info, pwd, False)

    def _start_member(self, info, force_zip64):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= _FLAG_LZMA_EOS
        if not self._seekable:
            info.flag_bits |= _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        # The size is not known yet: guess from what the caller said it would be.
        zip64 = self._allowZip64 and (force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._check_writable(info)
        self._didModify = True
        self.fp.write(info.FileHeader(zip64))
        self._writing = True
        return _MemberWriter(self, info, zip64)

    def _check_writable(self, info):
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _require_method(info.compress_type)
        if not self._allowZip64:
            limit = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                limit = "Files count"
            elif info.file_size > ZIP64_LIMIT:
                limit = "Filesize"
            elif info.header_offset > ZIP64_LIMIT:
                limit = "Zipfile size"
            if limit:
                raise LargeZipFile(limit + " would require ZIP64 extensions")

    def _check_open_for_writing(self):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists.")

    def extract(self, member, path=None, pwd=None):
        """Write member `member` (a name or ZipInfo) under `path` (the current
        directory by default), keeping its folders; returns the file's path."""
        return self._extract_one(member, _destination(path), pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """extract() for each of `members` (all of them by default)."""
        root = _destination(path)
        for member in self.namelist() if members is None else members:
            self._extract_one(member, root, pwd)

    def _extract_one(self, member, root, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        # Only the name's proper parts are kept: no drive, no root, no '.' or '..'.
        name = info.filename.replace('/', os.path.sep)
        if os.path.altsep:
            name = name.replace(os.path.altsep, os.path.sep)
        name = os.path.splitdrive(name)[1]
        parts = [part for part in name.split(os.path.sep)
                 if part not in ('', os.path.curdir, os.path.pardir)]
        target = os.path.normpath(os.path.join(root, os.path.sep.join(parts)))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(info, pwd=pwd) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
        return target

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file (or directory) at `filename` as member `arcname` (its own
        path, made relative, by default)."""
        self._check_open_for_writing()
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(info, 'w') as sink:
            shutil.copyfileobj(source, sink, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member whose content is `data` (bytes, or str stored as UTF-8),
        named by a ZipInfo or a name (dated now)."""
        data = data.encode("utf-8") if isinstance(data, str) else data
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.filename.endswith('/'):
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        self._check_open_for_writing()
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode='w') as sink:
                sink.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry (a name, '/' appended, or a directory's ZipInfo)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            info = ZipInfo(name)
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
            info.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= _FLAG_LZMA_EOS
            self._check_writable(info)
            self._didModify = True
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        # An archive being written still gets its central directory when dropped.
        self.close()

    def close(self):
        """Finish the archive (its central directory, when it was changed) and close
        the file if it was opened here."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the "
                             "zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            self._close_stream(fp)

    def _write_directory(self):
        fp = self.fp
        cd_start = fp.tell()
        for info in self.filelist:
            fp.write(info._central_entry())
        cd_end = fp.tell()
        count = len(self.filelist)
        cd_size = cd_end - cd_start
        reason = None
        if count > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif cd_start > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif cd_size > ZIP64_LIMIT:
            reason = "Central directory size"
        if reason:
            if not self._allowZip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            fp.write(_END_RECORD64.pack(_END64_SIG, 44, ZIP64_VERSION, ZIP64_VERSION, 0, 0,
                                        count, count, cd_size, cd_start))
            fp.write(_END_LOCATOR64.pack(_LOCATOR64_SIG, 0, cd_end, 1))
            count = min(count, _UINT16_FULL)
            cd_size = min(cd_size, _UINT32_FULL)
            cd_start = min(cd_start, _UINT32_FULL)
        fp.write(_END_RECORD.pack(_END_SIG, 0, 0, count, count, cd_size, cd_start,
                                  len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _close_stream(self, fp):
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


def is_zipfile(filename):
    """Whether `filename` (a path or a binary file object) ends with a ZIP end
    record."""
    try:
        if hasattr(filename, "read"):
            return bool(_locate_end_record(filename))
        with open(filename, "rb") as fp:
            return bool(_locate_end_record(fp))
    except OSError:
        return False


from _zipfile_path import Path  # noqa: E402  (needs ZipFile, defined above)
