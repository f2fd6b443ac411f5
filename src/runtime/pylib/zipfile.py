"""Read and write ZIP files: ZipFile, ZipInfo, is_zipfile, zipfile.Path and the
errors (BadZipFile, LargeZipFile)."""

# coro's zipfile, written from PKWARE's APPNOTE and CPython 3.11's documented and observed
# behaviour (the bytes it writes are python3's, so archives agree both ways). ZipInfo,
# the constants and the record layouts are in _zipinfo, zipfile.Path in _zipfile_path;
# here: the reading side (end record, central directory, member streams), the writing
# side (member writer, central directory) and ZipFile.
# It is not: writing encrypted members (as in CPython; traditional PKWARE decryption is
# done), ZIP_LZMA (no lzma module here), multi-disk archives, PyZipFile.

import io
import os
import shutil
import threading
import time

from _zipfile_streams import ZipExtFile, _MemberWriter, _read_exactly
from _zipinfo import *  # noqa: F401,F403  (its constants, errors and ZipInfo are zipfile's)
from _zipinfo import (_CENTRAL_ENTRY, _CENTRAL_SIG, _END64_SIG, _END_LOCATOR64,
                      _END_RECORD, _END_RECORD64, _END_SIG, _FLAG_DESCRIPTOR,
                      _FLAG_ENCRYPTED, _FLAG_LZMA_EOS, _FLAG_PATCHED,
                      _FLAG_STRONG_CRYPTO, _LOCAL_HEADER, _LOCAL_SIG, _LOCATOR64_SIG,
                      _UINT16_FULL, _UINT32_FULL, _decode_name, _from_dos_stamp,
                      _require_method)

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile",
           "Path"]


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
