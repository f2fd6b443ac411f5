"""Temporary files and directories (coro's embedded tempfile): `gettempdir`, `mkstemp`,
`mkdtemp`, `TemporaryDirectory`, `NamedTemporaryFile`, `TemporaryFile`,
`SpooledTemporaryFile`.

Names are 'tmp' + 8 random characters, created with O_EXCL (retrying on a clash), in
$TMPDIR/$TEMP/$TMP or the first writable of /tmp, /var/tmp, /usr/tmp and the current
directory. The file objects come from the builtin `open()` on the new descriptor.
"""

import io as _io
import os
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_FILE_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


def _random_name():
    # 8 characters drawn uniformly from the 37 allowed (rejecting bytes past 37*6).
    out = []
    while len(out) < 8:
        for byte in os.urandom(16):
            if byte < 222 and len(out) < 8:
                out.append(_NAME_CHARS[byte % 37])
    return "".join(out)


def _candidate_dirs():
    dirs = []
    for envname in ("TMPDIR", "TEMP", "TMP"):
        dirname = os.getenv(envname)
        if dirname:
            dirs.append(dirname)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(os.getcwd())
    except OSError:
        dirs.append(os.curdir)
    return dirs


def _usable(dirname):
    # A directory is usable when a file can really be created in it.
    for _ in range(100):
        name = os.path.join(dirname, template + _random_name())
        try:
            fd = os.open(name, _FILE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            os.write(fd, b"blat")
        finally:
            os.close(fd)
            os.unlink(name)
        return True
    return False


def _get_default_tempdir():
    for dirname in _candidate_dirs():
        if dirname != os.curdir:
            dirname = os.path.abspath(dirname)
        if _usable(dirname):
            return dirname
    raise FileNotFoundError(
        2, "No usable temporary directory found in %s" % _candidate_dirs()
    )


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def gettempdir():
    """The directory temporary files go to (found once, then remembered)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    # A path-like (a pathlib.Path dir) counts as the str or bytes it stands for.
    types = {bytes if isinstance(os.fspath(x) if isinstance(x, os.PathLike) else x, bytes)
             else str for x in (prefix, suffix, dir) if x is not None}
    if len(types) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    is_bytes = bytes in types
    if suffix is None:
        suffix = b"" if is_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if is_bytes else template
    if dir is None:
        dir = gettempdirb() if is_bytes else gettempdir()
    return prefix, suffix, dir, is_bytes


def _names(dir, prefix, suffix, is_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if is_bytes:
            name = name.encode("ascii")
        yield os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def _mkstemp_inner(dir, prefix, suffix, is_bytes):
    for file in _names(dir, prefix, suffix, is_bytes):
        try:
            fd = os.open(file, _FILE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; return (fd, path)."""
    prefix, suffix, dir, is_bytes = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, is_bytes)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by its owner; return its absolute path."""
    prefix, suffix, dir, is_bytes = _sanitize_params(prefix, suffix, dir)
    for file in _names(dir, prefix, suffix, is_bytes):
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)


def mktemp(suffix="", prefix=template, dir=None):
    """A name for a file that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for file in _names(dir, prefix, suffix, False):
        if not os.path.lexists(file):
            return file


class _TemporaryFileWrapper:
    """A file object whose file is removed when it is closed (NamedTemporaryFile)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._remove()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def _remove(self):
        if self.delete and not self._closed:
            self._closed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), removed on close when `delete`."""
    prefix, suffix, dir, is_bytes = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, is_bytes)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file: its name is removed at once."""
    prefix, suffix, dir, is_bytes = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, is_bytes)
    try:
        os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (a BytesIO, or a TextIOWrapper over one) until it
    grows past max_size or its fileno() is asked for; then it rolls over to a real
    TemporaryFile with the same contents and position."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering, "suffix": suffix,
                                   "prefix": prefix, "encoding": encoding,
                                   "newline": newline, "dir": dir, "errors": errors}

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(newfile, "buffer"):
            # The text written so far, as the BytesIO under the wrapper holds it.
            file.flush()
            newfile.buffer.write(file.buffer.getvalue())
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A directory removed (with its contents) by cleanup() or at the end of a `with`
    block, which gets its name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
