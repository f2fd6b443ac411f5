"""Filename globbing (coro's embedded glob): `glob`, `iglob` (with `recursive=` for `**`,
`root_dir=`, `include_hidden=`), `escape` and `has_magic`, as CPython 3.11's.
Results come in directory order, as the OS lists them. `dir_fd=` is not supported.
"""

import os
import fnmatch

__all__ = ["escape", "glob", "iglob"]

_MAGIC = "*?["


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b"*?[" for c in s)
    return any(c in _MAGIC for c in s)


def _is_hidden(path):
    return path[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern in ("**", b"**")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname` (a pattern with shell wildcards)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by coro")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # A pattern starting with '**' yields '' for the top directory first: drop it.
        return _skip_empty_first(found)
    return found


def _skip_empty_first(found):
    first = True
    for path in found:
        if first:
            first = False
            if not path:
                continue
        yield path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending in '/' matches directories only.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        glob_in_dir = _glob_literal
    elif recursive and _is_recursive(basename):
        glob_in_dir = _glob_recursive
    else:
        glob_in_dir = _glob_pattern
    for parent in dirs:
        for name in glob_in_dir(_join(root_dir, parent), basename, dironly, include_hidden):
            yield os.path.join(parent, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if include_hidden or not _is_hidden(pattern):
        names = [x for x in names if include_hidden or not _is_hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    if not dirname:
        dirname = b"." if isinstance(dirname, bytes) else "."
    names = []
    try:
        with os.scandir(dirname) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _walk_names(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for below in _walk_names(path, dironly, include_hidden):
                yield _join(name, below)


def _lexists(pathname):
    try:
        os.lstat(pathname)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname):
    try:
        st = os.stat(pathname)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def escape(pathname):
    """Escape the wildcards of `pathname` so that it matches only itself."""
    if isinstance(pathname, bytes):
        out = []
        for byte in pathname:
            c = bytes([byte])
            out.append(b"[" + c + b"]" if c in (b"*", b"?", b"[") else c)
        return b"".join(out)
    return "".join("[" + c + "]" if c in _MAGIC else c for c in pathname)
