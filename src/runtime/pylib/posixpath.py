"""Path manipulation for POSIX paths (coro's embedded posixpath, which is `os.path`).

Pure string work on str or bytes paths (and os.PathLike objects), with the file-system
queries (exists, isdir, getsize, realpath, ...) built on `os.stat`/`os.lstat`. It is not
ntpath: there are no drives and the separator is always '/'.
"""

import os
import sys
import stat as _stat

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
    "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink",
    "exists", "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars",
    "normpath", "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir",
    "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
    "supports_unicode_filenames", "relpath", "commonpath",
]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _sep_of(path):
    return b"/" if isinstance(path, bytes) else "/"


def _check_arg_types(funcname, *args):
    # Every argument must be str or bytes (after fspath), and all of one kind.
    has_str = has_bytes = False
    for arg in args:
        if isinstance(arg, str):
            has_str = True
        elif isinstance(arg, bytes):
            has_bytes = True
        else:
            raise TypeError(
                f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                f"not {type(arg).__name__!r}"
            ) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep_of(a)
    path = a
    try:
        if not p:
            path[:0] + sep  # a str/bytes check, as CPython does it
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _sep_of(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def _splitext(p, sep, altsep, extsep):
    # The extension starts at the last dot of the last component, unless that dot only
    # begins the name (leading dots are part of the name: '.bashrc', '..x').
    sep_index = p.rfind(sep)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        first = sep_index + 1
        while first < dot_index:
            if p[first:first + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            first += 1
    return p, p[:0]


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return _splitext(p, b"/", None, b".")
    return _splitext(p, "/", None, ".")


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep_of(p)) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep_of(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, test, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return test(st.st_mode)


def isfile(path):
    return _mode_is(path, _stat.S_ISREG)


def isdir(s):
    return _mode_is(s, _stat.S_ISDIR)


def islink(path):
    return _mode_is(path, _stat.S_ISLNK, follow=False)


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def expanduser(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b"~" if is_bytes else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep_of(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" in os.environ:
            userhome = os.environ["HOME"]
        else:
            try:
                userhome = os._home_of_uid(os.getuid())
            except KeyError:
                return path
    else:
        name = path[1:i]
        if is_bytes:
            name = os.fsdecode(name)
        try:
            userhome = os._home_of_name(name)
        except KeyError:
            return path
    if is_bytes:
        userhome = os.fsencode(userhome)
    root = b"/" if is_bytes else "/"
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def _var_name_end(path, start):
    # A bare $name runs over word characters (letters, digits, '_').
    end = start
    while end < len(path):
        c = path[end:end + 1]
        if isinstance(c, bytes):
            c = c.decode("latin-1")
            if not c.isascii():
                break
        if not (c == "_" or c.isalnum()):
            break
        end += 1
    return end


def expandvars(path):
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b"$" if is_bytes else "$"
    if dollar not in path:
        return path
    lbrace, rbrace = (b"{", b"}") if is_bytes else ("{", "}")
    if is_bytes:
        environ = getattr(os, "environb", None)
    else:
        environ = os.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        j = path.find(dollar, i)
        if j < 0:
            out.append(path[i:])
            break
        out.append(path[i:j])
        if path[j + 1:j + 2] == lbrace:
            close = path.find(rbrace, j + 2)
            name_start, name_end = j + 2, close
            valid = close >= 0
            after = close + 1
        else:
            name_start = j + 1
            name_end = _var_name_end(path, j + 1)
            valid = name_end > name_start
            after = name_end
        if not valid:
            out.append(dollar)
            i = j + 1
            continue
        name = path[name_start:name_end]
        if environ is None:
            key = os.fsdecode(name)
            value = os.environ.get(key)
            if value is not None:
                value = os.fsencode(value)
        else:
            value = environ.get(name)
        if value is None:
            out.append(path[j:after])
        else:
            out.append(value)
        i = after
    return path[:0].join(out)


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; one or three-plus become one.
    if path.startswith(sep):
        if path.startswith(sep * 2) and not path.startswith(sep * 3):
            initial = 2
        else:
            initial = 1
    else:
        initial = 0
    parts = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * initial + sep.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    path, _ = _resolve_links(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve_links(path, rest, strict, seen):
    # Walk `rest` one component at a time onto `path`, replacing each symlink by its
    # target; `seen` maps a link to its resolution (None while it is being resolved,
    # which marks a loop).
    if isinstance(path, bytes):
        sep, curdir_, pardir_ = b"/", b".", b".."
    else:
        sep, curdir_, pardir_ = "/", ".", ".."
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir_:
            continue
        if name == pardir_:
            if path:
                path, name = split(path)
                if name == pardir_:
                    path = join(path, pardir_, pardir_)
            else:
                path = pardir_
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = _stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)  # raises the loop error
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve_links(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b".", b"/", b".."
    else:
        curdir_, sep, pardir_ = ".", "/", ".."
    if start is None:
        start = curdir_
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        common = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - common) + path_list[common:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b"/", b"."
    else:
        sep, curdir_ = "/", "."
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            (isabs_,) = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise
