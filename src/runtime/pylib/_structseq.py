"""The result types of the posix natives (coro's "struct sequences"): os.stat_result,
os.terminal_size, posix.times_result, posix.uname_result, posix.waitid_result; and sys's asyncgen_hooks.

Each is a tuple of its visible fields that also answers to field names, with extra
named fields that are not part of the tuple (os.stat_result's float times, st_blocks...),
and CPython's repr and constructor checks. The natives build them from all fields at once.
"""


class _StructSeq(tuple):
    # Set by each subclass: its printed name, the names shown by repr (one per tuple
    # item), how many items a constructor needs at least, and every attribute's index
    # into the full field list.
    _type_name = ""
    _repr_names = ()
    _min_fields = 0
    _max_fields = 0

    def __new__(cls, sequence, dict=None):
        fields = tuple(sequence)
        n = len(fields)
        visible = len(cls._repr_names)
        if n < cls._min_fields:
            if cls._min_fields == cls._max_fields:
                raise TypeError(
                    f"{cls._type_name}() takes a {cls._min_fields}-sequence ({n}-sequence given)"
                )
            raise TypeError(
                f"{cls._type_name}() takes an at least {cls._min_fields}-sequence "
                f"({n}-sequence given)"
            )
        if n > cls._max_fields:
            if cls._min_fields == cls._max_fields:
                raise TypeError(
                    f"{cls._type_name}() takes a {cls._max_fields}-sequence ({n}-sequence given)"
                )
            raise TypeError(
                f"{cls._type_name}() takes an at most {cls._max_fields}-sequence "
                f"({n}-sequence given)"
            )
        self = tuple.__new__(cls, fields[:visible])
        self._all_fields = fields + (None,) * (cls._max_fields - n)
        return self

    def __repr__(self):
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._repr_names, self))
        return f"{self._type_name}({shown})"

    def __reduce__(self):
        return (type(self), (tuple(self),))



def _field(index):
    return property(lambda self: self._all_fields[index])


def _configure(cls, type_name, repr_names, min_fields, extra=()):
    # `extra` lists (attribute, index) pairs beyond the repr names.
    cls.__module__ = type_name.rpartition(".")[0]
    cls._type_name = type_name
    cls._repr_names = tuple(repr_names)
    cls._min_fields = min_fields
    cls._max_fields = len(repr_names) + len(extra)
    cls.n_sequence_fields = len(repr_names)
    cls.n_fields = cls._max_fields
    cls.n_unnamed_fields = 0
    for index, name in enumerate(repr_names):
        setattr(cls, name, _field(index))
    for name, index in extra:
        setattr(cls, name, _field(index))


def _stat_time(index, whole_index):
    # Built by hand with only the ten visible fields, the float times fall back to the
    # whole seconds, as CPython fills them.
    def get(self):
        value = self._all_fields[index]
        if value is None:
            value = self._all_fields[whole_index]
        return value
    return property(get)


class stat_result(_StructSeq):
    pass


class terminal_size(_StructSeq):
    pass


class times_result(_StructSeq):
    pass


class uname_result(_StructSeq):
    pass


class statvfs_result(_StructSeq):
    pass


class waitid_result(_StructSeq):
    pass


class asyncgen_hooks(_StructSeq):
    pass


_configure(
    waitid_result,
    "posix.waitid_result",
    ["si_pid", "si_uid", "si_signo", "si_status", "si_code"],
    5,
)
_configure(asyncgen_hooks, "asyncgen_hooks", ["firstiter", "finalizer"], 2)
asyncgen_hooks.__module__ = "builtins"


_configure(
    stat_result,
    "os.stat_result",
    ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
     "st_atime", "st_mtime", "st_ctime"],
    10,
    [("st_atime", 10), ("st_mtime", 11), ("st_ctime", 12), ("st_atime_ns", 13),
     ("st_mtime_ns", 14), ("st_ctime_ns", 15), ("st_blksize", 16), ("st_blocks", 17),
     ("st_rdev", 18)],
)
# The whole-second times at 7..9 are unnamed fields in CPython (st_atime names the float).
stat_result.n_unnamed_fields = 3
stat_result.st_atime = _stat_time(10, 7)
stat_result.st_mtime = _stat_time(11, 8)
stat_result.st_ctime = _stat_time(12, 9)
_configure(terminal_size, "os.terminal_size", ["columns", "lines"], 2)
_configure(
    times_result,
    "posix.times_result",
    ["user", "system", "children_user", "children_system", "elapsed"],
    5,
)
_configure(
    uname_result, "posix.uname_result", ["sysname", "nodename", "release", "version", "machine"], 5
)
_configure(
    statvfs_result,
    "os.statvfs_result",
    ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
     "f_favail", "f_flag", "f_namemax"],
    10,
    [("f_fsid", 10)],
)
