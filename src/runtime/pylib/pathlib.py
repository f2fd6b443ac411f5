"""Object-oriented file-system paths (coro's embedded pathlib), POSIX flavour only:
PurePath/PurePosixPath (string work) and Path/PosixPath (file-system calls through
os), as CPython 3.11's. There is no Windows flavour (PureWindowsPath, WindowsPath).
"""

import os
import posixpath
import fnmatch
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# Errors that mean "no such file" to exists()/is_dir()...: ENOENT, ENOTDIR, EBADF, ELOOP.
_IGNORED_ERRNOS = (2, 20, 9, 40)


def _ignore_error(exception):
    return getattr(exception, "errno", None) in _IGNORED_ERRNOS


def _parse_parts(args):
    # (root, parts) of the joined arguments: an absolute argument restarts the path;
    # '' and '.' components vanish; exactly two leading slashes stay a '//' root.
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, a._parts
            if a_root:
                root, parts = a_root, list(a_parts)
            else:
                parts.extend(a_parts)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike object returning "
                "str, not %r" % (type(a),)
            )
        if a.startswith("/"):
            if a.startswith("//") and not a.startswith("///"):
                root = "//"
            else:
                root = "/"
            parts = []
        for piece in a.split("/"):
            if piece and piece != ".":
                parts.append(piece)
    return root, parts


class _PathParents:
    """The immutable sequence of a path's logical ancestors (`path.parents`)."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_root_parts(p._root, p._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(os.PathLike):
    """A file-system path without I/O: PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        root, parts = _parse_parts(args)
        return cls._from_root_parts(root, parts)

    @classmethod
    def _from_root_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        return self

    def _new_like(self, root, parts):
        return type(self)._from_root_parts(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/"
        out = []
        for byte in os.fsencode(str(self)):
            c = chr(byte)
            out.append(c if c in safe else "%{:02X}".format(byte))
        return "file://" + "".join(out)

    def _key(self):
        return (self._root, tuple(self._parts))

    def _same_flavour(self, other):
        return isinstance(other, PurePath)

    def __eq__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _sort_key(self):
        return ([self._root] if self._root else []) + self._parts

    def __lt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _parse_parts((name,))
        if not name or name[-1] == "/" or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._new_like(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._new_like(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse_parts(other)
        base = ([root] if root else []) + parts
        mine = ([self._root] if self._root else []) + self._parts
        n = len(base)
        if bool(self._root) if n == 0 else mine[:n] != base:
            formatted = root + "/".join(parts)
            raise ValueError(
                "{!r} is not in the subpath of {!r} OR one path is relative and the "
                "other is absolute.".format(str(self), formatted)
            )
        return self._new_like("", mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self._new_like(*_parse_parts((self,) + args))

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._new_like(*_parse_parts((key, self)))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._new_like(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        if not path_pattern:
            raise ValueError("empty pattern")
        root, pat_parts = _parse_parts((path_pattern,))
        parts = self.parts
        if root:
            pat_parts = [root] + pat_parts
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath for POSIX systems."""


# --- glob selectors ------------------------------------------------------------------
# A pattern is one selector per component; each selector yields the paths it matches
# under a parent, passing each to the next selector.


def _is_wildcard(pat):
    return "*" in pat or "?" in pat or "[" in pat


def _make_selector(pattern_parts):
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if not pat:
        return _Terminating()
    if pat == "**":
        cls = _Recursive
    elif pat == "..":
        cls = _Parent
    elif "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard(pat):
        cls = _Wildcard
    else:
        cls = _Precise
    return cls(pat, child_parts)


class _Selector:
    def __init__(self, pat, child_parts):
        self.dironly = bool(child_parts)
        self.successor = _make_selector(child_parts) if child_parts else _Terminating()

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _Terminating:
    def _select_from(self, parent_path):
        yield parent_path


class _Parent(_Selector):
    def _select_from(self, parent_path):
        path = parent_path._make_child_relpath("..")
        yield from self.successor._select_from(path)


class _Precise(_Selector):
    def __init__(self, name, child_parts):
        self.name = name
        _Selector.__init__(self, name, child_parts)

    def _select_from(self, parent_path):
        path = parent_path._make_child_relpath(self.name)
        if path.is_dir() if self.dironly else path.exists():
            yield from self.successor._select_from(path)


def _entries(path):
    with os.scandir(path) as it:
        return list(it)


class _Wildcard(_Selector):
    def __init__(self, pat, child_parts):
        self.pat = pat
        _Selector.__init__(self, pat, child_parts)

    def _select_from(self, parent_path):
        try:
            entries = _entries(parent_path)
        except PermissionError:
            return
        for entry in entries:
            if self.dironly:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            name = entry.name
            if fnmatch.fnmatchcase(name, self.pat):
                path = parent_path._make_child_relpath(name)
                yield from self.successor._select_from(path)


class _Recursive(_Selector):
    def _directories(self, parent_path):
        yield parent_path
        try:
            entries = _entries(parent_path)
        except PermissionError:
            return
        for entry in entries:
            is_dir = False
            try:
                is_dir = entry.is_dir()
            except OSError as e:
                if not _ignore_error(e):
                    raise
            if is_dir and not entry.is_symlink():
                path = parent_path._make_child_relpath(entry.name)
                yield from self._directories(path)

    def _select_from(self, parent_path):
        yielded = set()
        for start in self._directories(parent_path):
            for p in self.successor._select_from(start):
                if p not in yielded:
                    yield p
                    yielded.add(p)


# --- concrete paths ------------------------------------------------------------------


class Path(PurePath):
    """A PurePath whose methods reach the file system: Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def _make_child_relpath(self, part):
        return self._new_like(self._root, self._parts + [part])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return posixpath.samestat(st, other_st)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """Iterate over the paths under this one that match `pattern`."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse_parts((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == "/":
            parts.append("")
        yield from _make_selector(tuple(parts)).select_from(self)

    def rglob(self, pattern):
        """glob() with '**/' in front of `pattern`: matches at any depth."""
        root, parts = _parse_parts((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == "/":
            parts.append("")
        yield from _make_selector(("**",) + tuple(parts)).select_from(self)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        def check_eloop(e):
            if getattr(e, "errno", None) == 40:
                raise RuntimeError("Symlink loop from %r" % e.filename)

        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._new_like(*_parse_parts((s,)))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(
                "memoryview: a bytes-like object is required, not '%s'"
                % type(data).__name__
            )
        with self.open(mode="wb") as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._new_like(*_parse_parts((os.readlink(self),)))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)

    def _mode_test(self, test, follow_symlinks=True):
        try:
            st = self.stat() if follow_symlinks else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        return self._mode_test(lambda mode: True)

    def is_dir(self):
        return self._mode_test(_stat.S_ISDIR)

    def is_file(self):
        return self._mode_test(_stat.S_ISREG)

    def is_symlink(self):
        return self._mode_test(_stat.S_ISLNK, follow_symlinks=False)

    def is_fifo(self):
        return self._mode_test(_stat.S_ISFIFO)

    def is_socket(self):
        return self._mode_test(_stat.S_ISSOCK)

    def is_block_device(self):
        return self._mode_test(_stat.S_ISBLK)

    def is_char_device(self):
        return self._mode_test(_stat.S_ISCHR)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def expanduser(self):
        if not self._root and self._parts and self._parts[0][:1] == "~":
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._new_like(*_parse_parts([homedir] + self._parts[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """A Path for POSIX systems."""
