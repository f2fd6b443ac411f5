"""Operating-system interfaces (coro's embedded os module, for Linux).

The system calls are the native `posix` module's; this file adds what CPython's os.py
adds in Python: `environ` (a mapping whose changes reach the real environment, so child
processes see them), `getenv`, `scandir` with DirEntry objects, `walk`, `makedirs`,
`removedirs`, `fspath`, `fsencode`/`fsdecode`, `PathLike`, and the path constants.
`os.path` is the posixpath module; exec*, spawn*, popen, fdopen, environb and the
configuration-name tables of sysconf/confstr/pathconf. There is no Windows half.
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


class _EnvironBytes:
    """os.environb: the same environment as os.environ, seen with bytes keys and
    values (decoded and encoded with the file-system encoding)."""

    def __getitem__(self, key):
        try:
            return fsencode(environ[fsdecode(_check_env_bytes(key))])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_bytes(value)
        environ[fsdecode(_check_env_bytes(key))] = fsdecode(value)

    def __delitem__(self, key):
        try:
            del environ[fsdecode(_check_env_bytes(key))]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(k) for k in environ])

    def __len__(self):
        return len(environ)

    def __contains__(self, key):
        return fsdecode(_check_env_bytes(key)) in environ

    def keys(self):
        return list(self)

    def items(self):
        return [(fsencode(k), fsencode(v)) for k, v in environ.items()]

    def values(self):
        return [fsencode(v) for v in environ.values()]

    def get(self, key, default=None):
        return self[key] if key in self else default

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        shown = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"environ({{{shown}}})"


def _check_env_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError(f"bytes expected, not {type(value).__name__}")
    return value


environb = _EnvironBytes()
supports_bytes_environ = True


def getenvb(key, default=None):
    """The environment variable `key` (bytes), or `default` when it is not set."""
    return environb.get(key, default)


# --- running programs ----------------------------------------------------------------
# exec* check and encode their arguments here; posix._execve makes the call.

from posix import _execve, _sysconf, _confstr, _pathconf, _setgroups
from _structseq import times_result, uname_result, waitid_result


def _exec_args(who, argv):
    if not isinstance(argv, (tuple, list)):
        raise TypeError(f"{who} must be a tuple or list")
    if not argv:
        raise ValueError(f"{who} must not be empty")
    encoded = [fsencode(a) for a in argv]
    if not encoded[0]:
        raise ValueError(f"{who} first element cannot be empty")
    return encoded


def _exec_env(env):
    if not hasattr(type(env), "__getitem__"):
        raise TypeError("execve: environment must be a mapping object")
    pairs = []
    for key in env.keys():
        k, v = fsencode(key), fsencode(env[key])
        if not k or b"=" in k:
            raise ValueError("illegal environment variable name")
        pairs.append(k + b"=" + v)
    return pairs


def execv(path, argv, /):
    """Replace this process with the program at `path`, run with `argv`."""
    _execve(fsencode(path), _exec_args("execv() arg 2", argv), None)


def execve(path, argv, env):
    """Replace this process with the program at `path`, with `argv` and environment `env`."""
    _execve(fsencode(path), _exec_args("execve: argv", argv), _exec_env(env))


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execv, looking `file` up in $PATH when it names no directory."""
    _exec_search(file, args, None)


def execvpe(file, args, env):
    """execve, looking `file` up in the PATH of `env` when it names no directory."""
    _exec_search(file, args, env)


def _exec_search(file, args, env):
    def run(program):
        if env is None:
            execv(program, args)
        else:
            execve(program, args, env)

    if path.dirname(file):
        run(file)
        return
    first_error = None
    for directory in get_exec_path(env):
        try:
            run(path.join(directory, file))
        except (FileNotFoundError, NotADirectoryError) as e:
            last_error = e
        except OSError as e:
            last_error = e
            if first_error is None:
                first_error = e
    raise first_error if first_error is not None else last_error


def _spawn(mode, file, args, env, search):
    if not isinstance(args, (tuple, list)):
        raise TypeError("argv must be a tuple or a list")
    if not args or not args[0]:
        raise ValueError("argv first element cannot be empty")
    pid = fork()
    if pid == 0:
        try:
            if search:
                _exec_search(file, args, env)
            elif env is None:
                execv(file, args)
            else:
                execve(file, args, env)
        except BaseException:
            pass
        _exit(127)
    if mode == P_NOWAIT:
        return pid
    while True:
        _, status = waitpid(pid, 0)
        if not WIFSTOPPED(status):
            return waitstatus_to_exitcode(status)


def spawnv(mode, file, args):
    """Run `file` with `args` in a new process: its exit code (P_WAIT) or pid (P_NOWAIT)."""
    return _spawn(mode, file, args, None, False)


def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, env, False)


def spawnvp(mode, file, args):
    return _spawn(mode, file, args, None, True)


def spawnvpe(mode, file, args, env):
    return _spawn(mode, file, args, env, True)


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])


def popen(cmd, mode="r", buffering=-1):
    """Run the shell command `cmd`, returning a text stream on its stdout ("r") or
    stdin ("w"); closing it waits for the command and returns its wait status or None."""
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ("r", "w"):
        raise ValueError(f"invalid mode {mode!r}")
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess

    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """The stream os.popen returns: the pipe's file object, whose close() also waits
    for the command."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object on the open descriptor `fd` (io.open with a number)."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io

    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def setgroups(groups, /):
    if not hasattr(groups, "__len__") or not hasattr(groups, "__getitem__"):
        raise TypeError("setgroups argument must be a sequence")
    _setgroups(groups)


# --- configuration values ------------------------------------------------------------
# The names are glibc's numbering on Linux, as CPython lists them.

sysconf_names = {
    'SC_ARG_MAX': 0, 'SC_CHILD_MAX': 1, 'SC_CLK_TCK': 2, 'SC_NGROUPS_MAX': 3,
    'SC_OPEN_MAX': 4, 'SC_STREAM_MAX': 5, 'SC_TZNAME_MAX': 6, 'SC_JOB_CONTROL': 7,
    'SC_SAVED_IDS': 8, 'SC_REALTIME_SIGNALS': 9, 'SC_PRIORITY_SCHEDULING': 10,
    'SC_TIMERS': 11, 'SC_ASYNCHRONOUS_IO': 12, 'SC_PRIORITIZED_IO': 13,
    'SC_SYNCHRONIZED_IO': 14, 'SC_FSYNC': 15, 'SC_MAPPED_FILES': 16, 'SC_MEMLOCK': 17,
    'SC_MEMLOCK_RANGE': 18, 'SC_MEMORY_PROTECTION': 19, 'SC_MESSAGE_PASSING': 20,
    'SC_SEMAPHORES': 21, 'SC_SHARED_MEMORY_OBJECTS': 22, 'SC_AIO_LISTIO_MAX': 23,
    'SC_AIO_MAX': 24, 'SC_AIO_PRIO_DELTA_MAX': 25, 'SC_DELAYTIMER_MAX': 26,
    'SC_MQ_OPEN_MAX': 27, 'SC_MQ_PRIO_MAX': 28, 'SC_VERSION': 29, 'SC_PAGESIZE': 30,
    'SC_PAGE_SIZE': 30, 'SC_RTSIG_MAX': 31, 'SC_SEM_NSEMS_MAX': 32, 'SC_SEM_VALUE_MAX':
    33, 'SC_SIGQUEUE_MAX': 34, 'SC_TIMER_MAX': 35, 'SC_BC_BASE_MAX': 36,
    'SC_BC_DIM_MAX': 37, 'SC_BC_SCALE_MAX': 38, 'SC_BC_STRING_MAX': 39,
    'SC_COLL_WEIGHTS_MAX': 40, 'SC_EQUIV_CLASS_MAX': 41, 'SC_EXPR_NEST_MAX': 42,
    'SC_LINE_MAX': 43, 'SC_RE_DUP_MAX': 44, 'SC_CHARCLASS_NAME_MAX': 45, 'SC_2_VERSION':
    46, 'SC_2_C_BIND': 47, 'SC_2_C_DEV': 48, 'SC_2_FORT_DEV': 49, 'SC_2_FORT_RUN': 50,
    'SC_2_SW_DEV': 51, 'SC_2_LOCALEDEF': 52, 'SC_PII': 53, 'SC_PII_XTI': 54,
    'SC_PII_SOCKET': 55, 'SC_PII_INTERNET': 56, 'SC_PII_OSI': 57, 'SC_POLL': 58,
    'SC_SELECT': 59, 'SC_IOV_MAX': 60, 'SC_UIO_MAXIOV': 60, 'SC_PII_INTERNET_STREAM':
    61, 'SC_PII_INTERNET_DGRAM': 62, 'SC_PII_OSI_COTS': 63, 'SC_PII_OSI_CLTS': 64,
    'SC_PII_OSI_M': 65, 'SC_T_IOV_MAX': 66, 'SC_THREADS': 67,
    'SC_THREAD_SAFE_FUNCTIONS': 68, 'SC_GETGR_R_SIZE_MAX': 69, 'SC_GETPW_R_SIZE_MAX':
    70, 'SC_LOGIN_NAME_MAX': 71, 'SC_TTY_NAME_MAX': 72,
    'SC_THREAD_DESTRUCTOR_ITERATIONS': 73, 'SC_THREAD_KEYS_MAX': 74,
    'SC_THREAD_STACK_MIN': 75, 'SC_THREAD_THREADS_MAX': 76, 'SC_THREAD_ATTR_STACKADDR':
    77, 'SC_THREAD_ATTR_STACKSIZE': 78, 'SC_THREAD_PRIORITY_SCHEDULING': 79,
    'SC_THREAD_PRIO_INHERIT': 80, 'SC_THREAD_PRIO_PROTECT': 81,
    'SC_THREAD_PROCESS_SHARED': 82, 'SC_NPROCESSORS_CONF': 83, 'SC_NPROCESSORS_ONLN':
    84, 'SC_PHYS_PAGES': 85, 'SC_AVPHYS_PAGES': 86, 'SC_ATEXIT_MAX': 87, 'SC_PASS_MAX':
    88, 'SC_XOPEN_VERSION': 89, 'SC_XOPEN_XCU_VERSION': 90, 'SC_XOPEN_UNIX': 91,
    'SC_XOPEN_CRYPT': 92, 'SC_XOPEN_ENH_I18N': 93, 'SC_XOPEN_SHM': 94, 'SC_2_CHAR_TERM':
    95, 'SC_2_C_VERSION': 96, 'SC_2_UPE': 97, 'SC_XOPEN_XPG2': 98, 'SC_XOPEN_XPG3': 99,
    'SC_XOPEN_XPG4': 100, 'SC_CHAR_BIT': 101, 'SC_CHAR_MAX': 102, 'SC_CHAR_MIN': 103,
    'SC_INT_MAX': 104, 'SC_INT_MIN': 105, 'SC_LONG_BIT': 106, 'SC_WORD_BIT': 107,
    'SC_MB_LEN_MAX': 108, 'SC_NZERO': 109, 'SC_SSIZE_MAX': 110, 'SC_SCHAR_MAX': 111,
    'SC_SCHAR_MIN': 112, 'SC_SHRT_MAX': 113, 'SC_SHRT_MIN': 114, 'SC_UCHAR_MAX': 115,
    'SC_UINT_MAX': 116, 'SC_ULONG_MAX': 117, 'SC_USHRT_MAX': 118, 'SC_NL_ARGMAX': 119,
    'SC_NL_LANGMAX': 120, 'SC_NL_MSGMAX': 121, 'SC_NL_NMAX': 122, 'SC_NL_SETMAX': 123,
    'SC_NL_TEXTMAX': 124, 'SC_XBS5_ILP32_OFF32': 125, 'SC_XBS5_ILP32_OFFBIG': 126,
    'SC_XBS5_LP64_OFF64': 127, 'SC_XBS5_LPBIG_OFFBIG': 128, 'SC_XOPEN_LEGACY': 129,
    'SC_XOPEN_REALTIME': 130, 'SC_XOPEN_REALTIME_THREADS': 131, 'SC_MINSIGSTKSZ': 249,
}
confstr_names = {
    'CS_PATH': 0, 'CS_GNU_LIBC_VERSION': 2, 'CS_GNU_LIBPTHREAD_VERSION': 3,
    'CS_LFS_CFLAGS': 1000, 'CS_LFS_LDFLAGS': 1001, 'CS_LFS_LIBS': 1002,
    'CS_LFS_LINTFLAGS': 1003, 'CS_LFS64_CFLAGS': 1004, 'CS_LFS64_LDFLAGS': 1005,
    'CS_LFS64_LIBS': 1006, 'CS_LFS64_LINTFLAGS': 1007, 'CS_XBS5_ILP32_OFF32_CFLAGS':
    1100, 'CS_XBS5_ILP32_OFF32_LDFLAGS': 1101, 'CS_XBS5_ILP32_OFF32_LIBS': 1102,
    'CS_XBS5_ILP32_OFF32_LINTFLAGS': 1103, 'CS_XBS5_ILP32_OFFBIG_CFLAGS': 1104,
    'CS_XBS5_ILP32_OFFBIG_LDFLAGS': 1105, 'CS_XBS5_ILP32_OFFBIG_LIBS': 1106,
    'CS_XBS5_ILP32_OFFBIG_LINTFLAGS': 1107, 'CS_XBS5_LP64_OFF64_CFLAGS': 1108,
    'CS_XBS5_LP64_OFF64_LDFLAGS': 1109, 'CS_XBS5_LP64_OFF64_LIBS': 1110,
    'CS_XBS5_LP64_OFF64_LINTFLAGS': 1111, 'CS_XBS5_LPBIG_OFFBIG_CFLAGS': 1112,
    'CS_XBS5_LPBIG_OFFBIG_LDFLAGS': 1113, 'CS_XBS5_LPBIG_OFFBIG_LIBS': 1114,
    'CS_XBS5_LPBIG_OFFBIG_LINTFLAGS': 1115,
}
pathconf_names = {
    'PC_LINK_MAX': 0, 'PC_MAX_CANON': 1, 'PC_MAX_INPUT': 2, 'PC_NAME_MAX': 3,
    'PC_PATH_MAX': 4, 'PC_PIPE_BUF': 5, 'PC_CHOWN_RESTRICTED': 6, 'PC_NO_TRUNC': 7,
    'PC_VDISABLE': 8, 'PC_SYNC_IO': 9, 'PC_ASYNC_IO': 10, 'PC_PRIO_IO': 11,
    'PC_SOCK_MAXBUF': 12, 'PC_FILESIZEBITS': 13, 'PC_REC_INCR_XFER_SIZE': 14,
    'PC_REC_MAX_XFER_SIZE': 15, 'PC_REC_MIN_XFER_SIZE': 16, 'PC_REC_XFER_ALIGN': 17,
    'PC_ALLOC_SIZE_MIN': 18, 'PC_SYMLINK_MAX': 19,
}


def _conf_name(name, table):
    if isinstance(name, str):
        try:
            return table[name]
        except KeyError:
            raise ValueError("unrecognized configuration name") from None
    if isinstance(name, int):
        return name
    raise TypeError("configuration names must be strings or integers")


def sysconf(name, /):
    """The integer value of the system configuration setting `name`."""
    return _sysconf(_conf_name(name, sysconf_names))


def confstr(name, /):
    """The string value of the system configuration setting `name`, or None."""
    return _confstr(_conf_name(name, confstr_names))


def pathconf(path, name):
    """The configuration limit `name` for the file `path` (or an open descriptor)."""
    return _pathconf(path, _conf_name(name, pathconf_names))


def fpathconf(fd, name, /):
    """The configuration limit `name` for the open descriptor `fd` (or a path)."""
    return _pathconf(fd, _conf_name(name, pathconf_names))


supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, listdir, scandir, pathconf}
supports_follow_symlinks = {stat}
