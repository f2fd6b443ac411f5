"""zipfile.Path: a pathlib-like view of the members of a ZipFile."""

# Written for coro from the documentation of zipfile.Path (3.11) and python3's observed
# behaviour. Directories an archive only implies (a member 'a/b.txt' with no 'a/' entry)
# are listed as if they were there. It is not a full pathlib.Path: no glob, no
# relative_to, no writing through text mode with a newline argument.

import io
import pathlib
import posixpath


def _ancestors(name):
    """'a/b/c.txt' -> 'a/b/', 'a/' (nearest first)."""
    trimmed = name.rstrip('/')
    while True:
        trimmed = posixpath.dirname(trimmed)
        if not trimmed:
            return
        yield trimmed + '/'


def _all_names(archive):
    """The archive's member names, then the directories they imply, each once."""
    names = archive.namelist()
    present = set(names)
    implied = []
    for name in names:
        for folder in _ancestors(name):
            if folder not in present:
                present.add(folder)
                implied.append(folder)
    return names + implied


class Path:
    """
    A pathlib-compatible interface for zip files.
    """

    def __init__(self, root, at=""):
        import zipfile
        if not isinstance(root, zipfile.ZipFile):
            root = zipfile.ZipFile(root)
        self.root = root
        self.at = at

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def _sibling(self, at):
        return type(self)(self.root, at)

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def _pure(self):
        return pathlib.PurePosixPath(self.at) if self.at else pathlib.Path(
            self.root.filename)

    @property
    def name(self):
        return self._pure().name

    @property
    def suffix(self):
        return self._pure().suffix

    @property
    def suffixes(self):
        return self._pure().suffixes

    @property
    def stem(self):
        return self._pure().stem

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip('/'))
        return self._sibling(up + '/' if up else up)

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in _all_names(self.root)

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip('/')
        return iter([self._sibling(name) for name in _all_names(self.root)
                     if posixpath.dirname(name.rstrip('/')) == here])

    def joinpath(self, *other):
        joined = posixpath.join(self.at, *other)
        names = _all_names(self.root)
        if joined not in names and joined + '/' in names:
            joined += '/'
        return self._sibling(joined)

    __truediv__ = joinpath

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        member_mode = mode[0]
        if member_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, member_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if not args and 'encoding' not in kwargs:
            kwargs['encoding'] = 'locale'
        return io.TextIOWrapper(stream, *args, **kwargs)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()
