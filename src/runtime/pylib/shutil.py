"""High-level file operations (coro's embedded shutil): copying files and trees with
their permission bits and times, removing trees, moving, `which`, `disk_usage`,
`get_terminal_size`; the archive functions (make_archive, unpack_archive and their
registries, from `_shutil_archives`). Data is copied through os-level descriptors.
There are no owner changes (chown).
"""

import os
import sys
import stat
import fnmatch
from _structseq import _StructSeq, _configure

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
    "move", "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns",
    "which", "disk_usage", "get_terminal_size", "SameFileError",
    "make_archive", "get_archive_formats", "register_archive_format",
    "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
    "unregister_unpack_format", "unpack_archive", "ReadError", "RegistryError",
]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not
    supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries
    fails"""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object `fsrc` into file object `fdst`."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def _is_dir_error(path):
    return OSError(21, os.strerror(21), path)


def _copy_data(src, dst):
    src_fd = os.open(src, os.O_RDONLY)
    try:
        if stat.S_ISDIR(os.fstat(src_fd).st_mode):
            raise _is_dir_error(src)
        try:
            dst_fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from e
            raise
        try:
            while True:
                chunk = os.read(src_fd, COPY_BUFSIZE)
                if not chunk:
                    break
                while chunk:
                    written = os.write(dst_fd, chunk)
                    chunk = chunk[written:]
        finally:
            os.close(dst_fd)
    finally:
        os.close(src_fd)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of `src` to `dst`; return `dst`."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            pass
        else:
            if stat.S_ISFIFO(st.st_mode):
                fn = fn.path if isinstance(fn, os.DirEntry) else fn
                raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        _copy_data(src, dst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of `src` to `dst`."""
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and access/modification times of `src` to `dst`."""
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if not follow:
        return
    st = _stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); `dst` may be a directory. Return the
    file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata ("cp -p src dst"). Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree that skips names matching any pattern."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree `src` to `dst`; return `dst`."""
    with os.scandir(src) as itr:
        entries = list(itr)
    if ignore is not None:
        ignored = ignore(os.fspath(src), [x.name for x in entries])
    else:
        ignored = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcname, dstname, follow_symlinks=not symlinks)
                else:
                    if not os.path.exists(linkto) and ignore_dangling_symlinks:
                        continue
                    if entry.is_dir():
                        copytree(srcname, dstname, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(srcname, dstname)
            elif entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if getattr(why, "winerror", None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove the directory tree `path`. Errors go to `onerror(function, path,
    exc_info)` when given, are ignored with `ignore_errors`, else raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    try:
        st = os.lstat(path)
    except OSError as err:
        _report(onerror, os.lstat, path, err)
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as err:
        _report(onerror, os.path.islink, path, err)
        return
    _rmtree_inside(path, onerror)


def _report(onerror, function, path, err):
    # Without a handler the error propagates; with one, the handler decides.
    if onerror is None:
        raise err
    onerror(function, path, (type(err), err, getattr(err, "__traceback__", None)))


def _rmtree_inside(path, onerror):
    try:
        with os.scandir(path) as scandir_it:
            entries = list(scandir_it)
    except OSError as err:
        _report(onerror, os.scandir, path, err)
        entries = []
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_inside(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                _report(onerror, os.unlink, fullname, err)
    try:
        os.rmdir(path)
    except OSError as err:
        _report(onerror, os.rmdir, path, err)


def _basename(path):
    # A trailing slash would make basename() empty: "move a/ into b" means b/a.
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to `dst` (into it, when it is a directory); return the
    destination. Renames when possible, else copies and removes."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _make_usage_type():
    # The class is named 'usage' (as CPython's namedtuple) without a module-level name.
    class usage(_StructSeq):
        pass

    _configure(usage, "usage", ["total", "used", "free"], 3)
    usage.__module__ = "shutil"
    return usage


_ntuple_diskusage = _make_usage_type()


def disk_usage(path):
    """Total, used and free space of the file system holding `path`, in bytes."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage((total, used, free))


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: $COLUMNS/$LINES first, then the terminal on stdout, then
    `fallback`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` found on `path` (default $PATH), or None."""
    use_bytes = isinstance(cmd, bytes)
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if use_bytes:
        path = os.fsencode(path)
        path = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        path = path.split(os.pathsep)
    seen = set()
    for dir in path:
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None


from _shutil_archives import (  # noqa: E402  (it uses ReadError and RegistryError above)
    make_archive, get_archive_formats, register_archive_format, unregister_archive_format,
    get_unpack_formats, register_unpack_format, unregister_unpack_format, unpack_archive)
