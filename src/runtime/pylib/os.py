"""Operating-system interfaces (coro's embedded os module, for Linux).

The system calls are the native `posix` module's; this file adds what CPython's os.py
adds in Python: `environ` (a mapping whose changes reach the real environment, so child
processes see them), `getenv`, `scandir` with DirEntry objects, `walk`, `makedirs`,
`removedirs`, `fspath`, `fsencode`/`fsdecode`, `PathLike`, and the path constants.
`os.path` is the posixpath module. There is no Windows half and no process spawning.
"""

import sys
from posix import *
from posix import _environ, _scandir, _exit, _home_of_uid, _home_of_name
from _structseq import stat_result, statvfs_result, terminal_size

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError

import posixpath as path

# `import os.path` and `from os.path import join` find the submodule here, as in CPython.
sys.modules["os.path"] = path


class PathLike:
    """The base of objects that represent a file-system path (`__fspath__`)."""

    def __fspath__(self):
        raise NotImplementedError


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8")
    return filename


# --- the environment -----------------------------------------------------------------


def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ:
    """os.environ: str keys to str values; setting or deleting a key also calls
    putenv/unsetenv so that programs started later inherit the change."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_env_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        shown = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{shown}}})"

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(self._data)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(other)
        merged.update(self._data)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        if key in self:
            return self._data[key]
        return default

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(list(self._data)))
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(_environ())
del _environ


def getenv(key, default=None):
    """The environment variable `key`, or `default` when it is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# --- directory listings --------------------------------------------------------------


class DirEntry(PathLike):
    """One entry of a scandir() listing; file-type questions use what the directory
    recorded and stat only when they must (symlinks followed, or unknown types)."""

    def __init__(self, dir_path, name, kind, inode):
        self.name = name
        self.path = path.join(dir_path, name)
        self._kind = kind
        self._inode = inode
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._kind == "other":
            return path.islink(self.path)
        return self._kind == "link"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _is_type(self, kind, test, follow_symlinks):
        if self._kind == kind:
            return True
        if self._kind == "link" and follow_symlinks or self._kind == "other":
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return test(st.st_mode)
        return False

    def is_dir(self, *, follow_symlinks=True):
        return self._is_type("dir", lambda mode: mode & 0o170000 == 0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is_type("file", lambda mode: mode & 0o170000 == 0o100000, follow_symlinks)


class _ScandirIterator:
    def __init__(self, dir_path, entries):
        self._dir_path = dir_path
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        name, kind, inode = next(self._entries)
        return DirEntry(self._dir_path, name, kind, inode)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """An iterator of DirEntry objects for the directory `path` (default '.')."""
    dir_path, entries = _scandir(path)
    return _ScandirIterator(dir_path, entries)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory under `top`."""
    top = fspath(top)
    dirs = []
    nondirs = []
    descend = []
    try:
        # The raw listing: what the directory records about each entry saves a stat
        # call (and a DirEntry) per file.
        _, entries = _scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    for name, kind, _ in entries:
        if kind == "dir":
            is_dir = True
            is_link = False
        elif kind == "file":
            is_dir = False
            is_link = False
        else:
            full = path.join(top, name)
            is_dir = path.isdir(full)
            is_link = kind == "link" or path.islink(full)
        if is_dir:
            dirs.append(name)
        else:
            nondirs.append(name)
        if not topdown and is_dir and (followlinks or not is_link):
            descend.append(path.join(top, name))
    if topdown:
        yield top, dirs, nondirs
        # The caller may have pruned or reordered `dirs` in place.
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in descend:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory `name` and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Another process made it meanwhile.
            pass
        here = bytes(curdir, "ascii") if isinstance(tail, bytes) else curdir
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove the directory `name`, then each parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass
