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
)((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, _hash_randomization, 0, False, 0, 0, False, -1))

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


del _Implementation
