"""The named-tuple facts of the sys module: version_info, implementation, flags,
float_info, int_info, hash_info (run once when sys is made; src/runtime/builtins/sys_info.rs
copies these names into sys)."""


class _StructSeq(tuple):
    """A tuple whose items are also attributes, printed as `sys.name(field=value, ...)`."""

    _fields = ()
    _name = ""

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != len(cls._fields):
            raise TypeError(
                f"{cls._name}() takes a {len(cls._fields)}-sequence ({len(values)}-sequence given)"
            )
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"{self._name}({inner})"

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _struct_seq(name, fields):
    namespace = {"_fields": tuple(fields), "_name": name, "__slots__": ()}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self[index])
    cls = type(name.rpartition(".")[2], (_StructSeq,), namespace)
    cls.__module__ = "sys"
    return cls


version_info = _struct_seq(
    "sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]
)((3, 11, 7, "final", 0))
hexversion = 0x030B07F0
version = "3.11.7 (coro) [Rust]"
api_version = 1013


class _Implementation:
    """sys.implementation: printed as a namespace, as CPython's is."""

    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({inner})"


implementation = _Implementation(
    name="coro",
    cache_tag=None,
    version=version_info,
    hexversion=hexversion,
)

flags = _struct_seq(
    "sys.flags",
    [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
        "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
        "warn_default_encoding", "safe_path", "int_max_str_digits",
    ],
)((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, _hash_randomization, 0, False, 0, 0, False, _int_max_str_digits))

float_info = _struct_seq(
    "sys.float_info",
    [
        "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
        "mant_dig", "epsilon", "radix", "rounds",
    ],
)((
    1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
    2.220446049250313e-16, 2, 1,
))

int_info = _struct_seq(
    "sys.int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
)((30, 4, 4300, 640))

hash_info = _struct_seq(
    "sys.hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
)((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))

# CPython 3.11's `sys.stdlib_module_names` (the names of its standard library's modules,
# whether or not coro has each: what tools that sort imports by origin expect).
stdlib_module_names = frozenset({
    '__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2',
    '_bootsubprocess', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022',
    '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc',
    '_compat_pickle', '_compression', '_contextvars', '_crypt', '_csv', '_ctypes',
    '_curses', '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree',
    '_frozen_importlib', '_frozen_importlib_external', '_functools', '_gdbm',
    '_hashlib', '_heapq', '_imp', '_io', '_json', '_locale', '_lsprof', '_lzma',
    '_markupbase', '_md5', '_msi', '_multibytecodec', '_multiprocessing', '_opcode',
    '_operator', '_osx_support', '_overlapped', '_pickle', '_posixshmem',
    '_posixsubprocess', '_py_abc', '_pydecimal', '_pyio', '_queue', '_random',
    '_scproxy', '_sha1', '_sha256', '_sha3', '_sha512', '_signal', '_sitebuiltins',
    '_socket', '_sqlite3', '_sre', '_ssl', '_stat', '_statistics', '_string',
    '_strptime', '_struct', '_symtable', '_thread', '_threading_local', '_tkinter',
    '_tokenize', '_tracemalloc', '_typing', '_uuid', '_warnings', '_weakref',
    '_weakrefset', '_winapi', '_zoneinfo', 'abc', 'aifc', 'antigravity', 'argparse',
    'array', 'ast', 'asynchat', 'asyncio', 'asyncore', 'atexit', 'audioop', 'base64',
    'bdb', 'binascii', 'bisect', 'builtins', 'bz2', 'cProfile', 'calendar', 'cgi',
    'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs', 'codeop', 'collections',
    'colorsys', 'compileall', 'concurrent', 'configparser', 'contextlib', 'contextvars',
    'copy', 'copyreg', 'crypt', 'csv', 'ctypes', 'curses', 'dataclasses', 'datetime',
    'dbm', 'decimal', 'difflib', 'dis', 'distutils', 'doctest', 'email', 'encodings',
    'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp', 'fileinput',
    'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath', 'getopt',
    'getpass', 'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac',
    'html', 'http', 'idlelib', 'imaplib', 'imghdr', 'imp', 'importlib', 'inspect', 'io',
    'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale',
    'logging', 'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap',
    'modulefinder', 'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib',
    'nt', 'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os',
    'ossaudiodev', 'pathlib', 'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil',
    'platform', 'plistlib', 'poplib', 'posix', 'posixpath', 'pprint', 'profile',
    'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat',
    'queue', 'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rlcompleter',
    'runpy', 'sched', 'secrets', 'select', 'selectors', 'shelve', 'shlex', 'shutil',
    'signal', 'site', 'smtpd', 'smtplib', 'sndhdr', 'socket', 'socketserver', 'spwd',
    'sqlite3', 'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics',
    'string', 'stringprep', 'struct', 'subprocess', 'sunau', 'symtable', 'sys',
    'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios',
    'textwrap', 'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize',
    'tomllib', 'trace', 'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo',
    'types', 'typing', 'unicodedata', 'unittest', 'urllib', 'uu', 'uuid', 'venv',
    'warnings', 'wave', 'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref',
    'xdrlib', 'xml', 'xmlrpc', 'zipapp', 'zipfile', 'zipimport', 'zlib', 'zoneinfo'
})

# The type of sys.unraisablehook's argument: not named in sys (src/vm/unraisable.rs
# keeps it as the module `_unraisable`), and reporting `builtins` as its module, as
# CPython's does.
_UnraisableHookArgs = _struct_seq(
    "UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"]
)
_UnraisableHookArgs.__module__ = "builtins"

del _Implementation
