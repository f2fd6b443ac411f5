"""zipfile's member streams: ZipExtFile (a member being read: decompressed on demand,
CRC-checked, decrypted with the traditional PKWARE cipher) and the writer that
ZipFile.open(name, 'w') returns."""

# Written for coro from PKWARE's APPNOTE and CPython 3.11's documented and observed
# zipfile behaviour; zipfile re-exports ZipExtFile. It is not ZipFile itself
# (zipfile.py), nor the member records (_zipinfo).

import binascii
import io
import struct
import zlib

from _zipinfo import (BadZipFile, ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP64_LIMIT,
                      compressor_names, _DESCRIPTOR_SIG, _FLAG_DESCRIPTOR, _FLAG_ENCRYPTED,
                      _UINT32_FULL, _bz2_module, _require_method)


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


def _closed_file():
    raise ValueError("I/O operation on closed file.")


ZipExtFile.__module__ = "zipfile"
