"""Read from and write to tar format archives.
"""

# coro's tarfile, written from the POSIX ustar/pax specifications and CPython 3.11's
# documented and observed behaviour (archives it writes are python3's byte for byte).
# The member header lives in _tarinfo (TarInfo, constants, errors); here: TarFile and
# its open() modes (plain, gzip, bzip2, stream '|' modes), member streams, adding and
# extracting with the 3.11 extraction filters, is_tarfile.
# It is not: xz compression (coro has no lzma module: those modes raise
# CompressionError as CPython does without it), sparse files, the command line.

import copy
import io
import os
import shutil
import stat
import struct
import sys
import time
import zlib

from _tarinfo import *  # noqa: F401,F403  (the constants and errors are tarfile's)
from _tarfile_extract import (_Extraction, FilterError, AbsolutePathError,
                              OutsideDestinationError, SpecialFileError, AbsoluteLinkError,
                              LinkOutsideDestinationError, fully_trusted_filter,
                              tar_filter, data_filter)
from _tarinfo import (TarInfo, NUL, BLOCKSIZE, RECORDSIZE, DEFAULT_FORMAT, PAX_FORMAT,
                      ENCODING, REGTYPE, SYMTYPE, LNKTYPE, DIRTYPE, FIFOTYPE, CHRTYPE,
                      BLKTYPE, SUPPORTED_TYPES, TarError, ExtractError, ReadError,
                      CompressionError, StreamError, HeaderError, EmptyHeaderError,
                      TruncatedHeaderError, EOFHeaderError, InvalidHeaderError,
                      SubsequentHeaderError)



def _account_module(name):
    try:
        return __import__(name)
    except ImportError:
        return None


def _id_of(module_name, lookup, name, fallback):
    """The number of user/group `name` (pwd/grp's getpwnam/getgrnam), or fallback."""
    module = _account_module(module_name)
    if module is None or not name:
        return fallback
    try:
        return getattr(module, lookup)(name)[2]
    except KeyError:
        return fallback


def _name_of(module_name, lookup, number):
    """The name of user/group `number`, or '' when unknown."""
    module = _account_module(module_name)
    if module is None:
        return ""
    try:
        return getattr(module, lookup)(number)[0]
    except KeyError:
        return ""

bltn_open = open

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy `length` bytes (all, when None) from src to dst; a short source raises
    `exception`."""
    bufsize = bufsize or 16 * 1024
    if length is None:
        return shutil.copyfileobj(src, dst, bufsize)
    while length > 0:
        chunk = src.read(min(bufsize, length))
        if len(chunk) < min(bufsize, length):
            raise exception("unexpected end of data")
        dst.write(chunk)
        length -= len(chunk)


# ---- streams ------------------------------------------------------------------------

class _LowLevelFile:
    """An OS-level file for _Stream when it is given a name."""

    def __init__(self, name, mode):
        self.fd = os.open(name, {"r": os.O_RDONLY,
                                 "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}[mode], 0o666)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, data):
        os.write(self.fd, data)

    def close(self):
        os.close(self.fd)


_MAGIC = [(b"\x1f\x8b\x08", "gz"), (b"BZh91", "bz2"), (b"\x5d\x00\x00\x80", "xz"),
          (b"\xfd7zXZ", "xz")]


class _Stream:
    """A tar archive as a one-way stream (the '|' modes): read forwards only, or
    written in order, through gzip when asked. No seeking back."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel=9):
        self._own = fileobj is None
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
        self.name = name or ""
        self.mode = mode
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.pos = 0
        self.closed = False
        self._raw_buffer = b""
        self._plain = b""
        self._inflater = None
        self._deflater = None
        self._crc = 0
        try:
            if comptype == "*":
                self._raw_buffer = self._raw_read(bufsize)
                comptype = "tar"
                for magic, kind in _MAGIC:
                    if self._raw_buffer.startswith(magic):
                        comptype = kind
            self.comptype = comptype
            if comptype == "xz":
                raise CompressionError("lzma module is not available")
            if comptype not in ("gz", "bz2", "tar"):
                raise CompressionError("unknown compression type %r" % comptype)
            if comptype == "bz2":
                self._start_bz2(mode, compresslevel)
            elif comptype == "gz" and mode == "r":
                self._start_gunzip()
            elif comptype == "gz":
                self._start_gzip(compresslevel)
        except BaseException:
            if self._own:
                self.fileobj.close()
            self.closed = True
            raise

    def _raw_read(self, size):
        return self.fileobj.read(size)

    def _raw_take(self, size):
        """Exactly `size` compressed bytes from the source, or fewer at its end."""
        while len(self._raw_buffer) < size:
            more = self._raw_read(self.bufsize)
            if not more:
                break
            self._raw_buffer += more
        data, self._raw_buffer = self._raw_buffer[:size], self._raw_buffer[size:]
        return data

    def _start_gzip(self, level):
        self._deflater = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS,
                                          zlib.DEF_MEM_LEVEL, 0)
        stamp = struct.pack("<L", int(time.time()))
        self.fileobj.write(b"\037\213\010\010" + stamp + b"\002\377")
        base = self.name[:-3] if self.name.endswith(".gz") else self.name
        self.fileobj.write(os.path.basename(base).encode("iso-8859-1", "replace") + NUL)

    def _start_bz2(self, mode, level):
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        if mode == "r":
            self._inflater = bz2.BZ2Decompressor()
        else:
            self._deflater = bz2.BZ2Compressor(level)

    def _start_gunzip(self):
        head = self._raw_take(10)
        if head[:2] != b"\037\213":
            raise ReadError("not a gzip file")
        if head[2:3] != b"\010":
            raise CompressionError("unsupported compression method")
        flags = head[3]
        if flags & 4:
            extra_len = int.from_bytes(self._raw_take(2), "little")
            self._raw_take(extra_len)
        for bit in (8, 16):          # the name, then the comment: NUL-terminated
            if flags & bit:
                while self._raw_take(1) not in (NUL, b""):
                    pass
        if flags & 2:
            self._raw_take(2)
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)

    def write(self, data):
        if self.mode != "w":
            raise StreamError("stream is not writable")
        self.pos += len(data)
        if self._deflater is not None:
            if self.comptype == "gz":
                self._crc = zlib.crc32(data, self._crc)
            data = self._deflater.compress(data)
        if data:
            self.fileobj.write(data)

    def _more_plain(self, wanted):
        while len(self._plain) < wanted:
            raw = self._raw_take(self.bufsize)
            if self._inflater is None:
                if not raw:
                    break
                self._plain += raw
                continue
            if self._inflater.eof:
                break
            if not raw:
                break
            try:
                self._plain += self._inflater.decompress(raw)
            except (zlib.error, OSError) as e:
                raise ReadError("invalid compressed data") from e
            if self._inflater.eof:
                break

    def read(self, size):
        self._more_plain(size)
        data, self._plain = self._plain[:size], self._plain[size:]
        self.pos += len(data)
        return data

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        while self.pos < pos:
            if not self.read(min(self.bufsize, pos - self.pos)):
                break
        return self.pos

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w" and self._deflater is not None:
                self.fileobj.write(self._deflater.flush())
                if self.comptype == "gz":
                    self.fileobj.write(struct.pack("<L", self._crc & 0xFFFFFFFF))
                    self.fileobj.write(struct.pack("<L", self.pos & 0xFFFFFFFF))
        finally:
            if self._own:
                self.fileobj.close()


class ExFileObject(io.BufferedIOBase):
    """A member's data, read from the archive in place (what extractfile returns)."""

    def __init__(self, tarfile, tarinfo):
        self._source = tarfile.fileobj
        self._start = tarinfo.offset_data
        self._size = tarinfo.size
        self.name = tarfile.name      # as CPython's buffered reader names its raw file
        self._pos = 0

    def __repr__(self):
        return "<%s name=%r>" % (type(self).__name__, self.name)

    def _live(self, operation):
        if self.closed:
            raise ValueError("%s of closed file" % operation)

    def readable(self):
        return True

    def seekable(self):
        return not isinstance(self._source, _Stream)

    def read(self, size=-1):
        self._live("read")
        return self._take(size)

    def read1(self, size=-1):
        self._live("read")
        return self._take(size)

    def _take(self, size):
        left = self._size - self._pos
        count = left if size is None or size < 0 else min(size, left)
        if count <= 0:
            return b""
        self._source.seek(self._start + self._pos)
        data = self._source.read(count)
        if len(data) != count:
            raise ReadError("unexpected end of data")
        self._pos += count
        return data

    def readinto(self, buffer):
        self._live("readinto")
        data = self._take(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def peek(self, size=1):
        self._live("peek")
        here = self._pos
        data = self._take(max(size, 1))
        self._pos = here
        return data

    def readline(self, size=-1):
        self._live("readline")
        limit = self._size - self._pos
        if size is not None and size >= 0:
            limit = min(limit, size)
        pieces = []
        while limit > 0:
            chunk = self._take(min(256, limit))
            cut = chunk.find(b"\n")
            if cut >= 0:
                self._pos -= len(chunk) - cut - 1
                pieces.append(chunk[:cut + 1])
                break
            pieces.append(chunk)
            limit -= len(chunk)
        return b"".join(pieces)

    def readlines(self, hint=-1):
        return list(iter(self.readline, b""))

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        return self._pos

    def seek(self, position, whence=io.SEEK_SET):
        self._live("seek")
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}.get(whence)
        if base is None:
            raise ValueError("Invalid argument")
        self._pos = max(0, min(base + position, self._size))
        return self._pos


# ---- TarFile -----------------------------------------------------------------------

_FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}


class TarFile(_Extraction):
    """A tar archive opened to read ('r'), write ('w', 'x') or append to ('a'); see
    TarFile.open (tarfile.open) for compressed and stream modes."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None
    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None,
                 errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None):
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = _FILE_MODES[mode]
        if fileobj:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            self._mode = getattr(fileobj, "mode", self._mode)
            self._extfileobj = True
        else:
            if mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        for attr, value in (("format", format), ("tarinfo", tarinfo),
                            ("dereference", dereference), ("ignore_zeros", ignore_zeros),
                            ("encoding", encoding), ("debug", debug),
                            ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        self.pax_headers = pax_headers if (pax_headers is not None
                                           and self.format == PAX_FORMAT) else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        self.firstmember = None
        try:
            self._begin()
        except BaseException:
            self.closed = True
            if not self._extfileobj:
                self.fileobj.close()
            raise

    def _begin(self):
        if self.mode == "r":
            # The first member is read now, so a file that is no archive fails here.
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._skip_to_end()
        self._loaded = True
        if self.pax_headers:
            block = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
            self.fileobj.write(block)
            self.offset += len(block)

    def _skip_to_end(self):
        """Appending: read the members there are, stop at the end-of-archive
        blocks (which the new members overwrite)."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None
            self.members.append(member)

    # ---- opening ----

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive for reading, writing or appending: mode 'r' or 'r:*'
        detects compression, 'r:', 'r:gz', 'w:gz', ... name it, 'r|*', 'w|gz', ...
        treat the archive as a stream."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_detecting(name, fileobj, kwargs)
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            if (comptype or "tar") not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            opener = getattr(cls, cls.OPEN_METH[comptype or "tar"])
            return opener(name, filemode or "r", fileobj, **kwargs)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            level = kwargs.pop("compresslevel", 9)
            stream = _Stream(name, filemode, comptype or "tar", fileobj, bufsize, level)
            try:
                archive = cls(name, filemode, stream, **kwargs)
            except BaseException:
                stream.close()
                raise
            archive._extfileobj = False
            return archive
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_detecting(cls, name, fileobj, kwargs):
        # Compressed formats are tried first: a plain tar never looks like them.
        order = sorted(cls.OPEN_METH, key=lambda kind: cls.OPEN_METH[kind] == "taropen")
        failures = []
        for kind in order:
            opener = getattr(cls, cls.OPEN_METH[kind])
            start = fileobj.tell() if fileobj is not None else None
            try:
                return opener(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                failures.append(f'- method {kind}: {e!r}')
                if fileobj is not None:
                    fileobj.seek(start)
        raise ReadError("file could not be opened successfully:\n" + "\n".join(failures))

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open uncompressed tar archive name for reading or writing."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A gzip-compressed archive (read, written or created; not appended to)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import gzip
        try:
            wrapped = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if mode != 'r' or fileobj is None:
                raise
            raise ReadError("not a gzip file") from e
        try:
            archive = cls.taropen(name, mode, wrapped, **kwargs)
        except BaseException as e:
            wrapped.close()
            if mode == 'r' and isinstance(e, OSError):
                raise ReadError("not a gzip file") from e
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """A bzip2-compressed archive (read, written or created; not appended to)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        wrapped = bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        try:
            archive = cls.taropen(name, mode, wrapped, **kwargs)
        except BaseException as e:
            wrapped.close()
            if mode == 'r' and isinstance(e, (OSError, EOFError)):
                raise ReadError("not a bzip2 file") from e
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open lzma compressed tar archive name for reading or writing."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        raise CompressionError("lzma module is not available")

    # ---- the archive as a whole ----

    def close(self):
        """Close the archive; one being written gets its two zero blocks and is
        padded to a whole record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode != "r":
                end = NUL * (BLOCKSIZE * 2)
                end += NUL * (-(self.offset + len(end)) % RECORDSIZE)
                self.fileobj.write(end)
                self.offset += BLOCKSIZE * 2
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
            return
        # On an error the archive is left as it is, without its end blocks.
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    def __iter__(self):
        # Members already read come from the list, the rest are read as needed.
        position = 0
        while True:
            if self.firstmember is not None:
                member = self.next()
            elif position < len(self.members):
                member = self.members[position]
            elif self._loaded:
                return
            else:
                member = self.next()
                if member is None:
                    return
            position += 1
            yield member

    def next(self):
        """The next member (read from the archive), or None at its end."""
        self._check("ra")
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            # Reading the byte before the next header checks the data is all there.
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        while True:
            try:
                member = self.tarinfo.fromtarfile(self)
                break
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except HeaderError as e:
                skippable = isinstance(e, (EOFHeaderError, InvalidHeaderError))
                if skippable and self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0 and not isinstance(e, EOFHeaderError):
                    message = "empty file" if isinstance(e, EmptyHeaderError) else str(e)
                    raise ReadError(message) from None
                member = None
                break
            except zlib.error as e:
                raise ReadError(f'zlib error: {e}') from None
        if member is not None:
            self.members.append(member)
        else:
            self._loaded = True
        return member

    def _load(self):
        if self.mode == "r":
            while self.next() is not None:
                pass
        self._loaded = True

    def getmembers(self):
        """The TarInfo of every member, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The name of every member, in archive order."""
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        """The TarInfo of member `name` (its last occurrence)."""
        member = self._getmember(name.rstrip('/'))
        if member is None:
            raise KeyError("filename %r not found" % name)
        return member

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        if tarinfo is not None:
            # Only the members before `tarinfo` (a hard link points backwards); it may
            # be a filtered copy, so it is found by its offset.
            for index, member in enumerate(members):
                if member is tarinfo or member.offset == tarinfo.offset:
                    members = members[:index]
                    break
            else:
                raise ValueError(tarinfo)
        wanted = os.path.normpath(name) if normalize else name
        for member in reversed(members):
            found = os.path.normpath(member.name) if normalize else member.name
            if found == wanted:
                return member
        return None

    def list(self, verbose=True, *, members=None):
        """Print a table of contents (like `tar -tv`, or names only)."""
        self._check()
        for member in self if members is None else members:
            if verbose:
                _print_field("??????????" if member.mode is None
                             else stat.filemode(member.mode))
                _print_field("%s/%s" % (member.uname or member.uid,
                                        member.gname or member.gid))
                if member.ischr() or member.isblk():
                    _print_field("%10s" % ("%d,%d" % (member.devmajor, member.devminor)))
                else:
                    _print_field("%10d" % member.size)
                if member.mtime is None:
                    _print_field("????-??-?? ??:??:??")
                else:
                    _print_field("%d-%02d-%02d %02d:%02d:%02d"
                                 % time.localtime(member.mtime)[:6])
            _print_field(member.name + ("/" if member.isdir() else ""))
            if verbose:
                if member.issym():
                    _print_field("-> " + member.linkname)
                if member.islnk():
                    _print_field("link to " + member.linkname)
            print()

    # ---- writing ----

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file `name` (or open `fileobj`), as member `arcname`."""
        self._check("awx")
        name = name if fileobj is None else fileobj.name
        arcname = os.path.splitdrive(name if arcname is None else arcname)[1].replace(os.sep, "/").lstrip("/")
        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        else:
            st = os.stat(name) if self.dereference else os.lstat(name)
        mode = st.st_mode
        linkname = ""
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            known = self.inodes.get(inode)
            if (not self.dereference and st.st_nlink > 1 and known is not None
                    and known != arcname):
                kind, linkname = LNKTYPE, known
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind, linkname = SYMTYPE, os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = mode
        info.uid, info.gid = st.st_uid, st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = linkname
        info.uname = _name_of("pwd", "getpwuid", info.uid)
        info.gname = _name_of("grp", "getgrgid", info.gid)
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major"):
            info.devmajor, info.devminor = os.major(st.st_rdev), os.minor(st.st_rdev)
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file `name` (a directory with its content when `recursive`) as
        `arcname`; `filter` may change each TarInfo or return None to leave it out."""
        self._check("awx")
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)    # the archive itself
            return
        self._dbg(1, name)
        arcname = name if arcname is None else arcname
        info = self.gettarinfo(name, arcname)
        if info is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if info.isreg():
            with bltn_open(name, "rb") as data:
                self.addfile(info, data)
            return
        self.addfile(info)
        if info.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write `tarinfo`'s header, then `tarinfo.size` bytes from `fileobj`."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            padding = -tarinfo.size % BLOCKSIZE
            self.fileobj.write(NUL * padding)
            self.offset += tarinfo.size + padding
        self.members.append(tarinfo)

    # ---- reading members ----

    def extractfile(self, member):
        """A binary stream over a regular member's data (a link's target for links),
        None for other kinds."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(info))
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(part for part in (os.path.dirname(tarinfo.name),
                                                  tarinfo.linkname) if part)
            limit = None
        else:
            linkname, limit = tarinfo.linkname, tarinfo
        target = self._getmember(linkname, tarinfo=limit, normalize=True)
        if target is not None:
            return target
        raise KeyError("linkname %r not found" % linkname)

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)


def _print_field(text):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        text = text.encode(encoding, 'backslashreplace').decode(encoding)
    print(text, end=' ')


open = TarFile.open


def is_tarfile(name):
    """Whether `name` (a path or a binary file object) is a tar archive this module
    can read."""
    try:
        if hasattr(name, "read"):
            start = name.tell()
            archive = open(fileobj=name)
            name.seek(start)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False
