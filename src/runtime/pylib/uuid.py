"""uuid: RFC 4122 universally unique identifiers. The immutable UUID class (a 128-bit
number with its views: hex, bytes, bytes_le, fields, urn, variant, version, ...), and
the generators uuid1 (time and node), uuid3 and uuid5 (MD5 / SHA-1 of a namespace and a
name) and uuid4 (random).

Not here: the host's MAC address. getnode() gives a random node with the multicast bit
set, which is what CPython falls back to when it finds no hardware address."""

import hashlib as _hashlib
import _random

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'getnode', 'SafeUUID',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

# The variants, as UUID.variant names them.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# The class body names its properties int and bytes: keep the builtins reachable.
_int = int
_bytes = bytes


class SafeUUID:
    """Whether a UUID was generated in a multiprocessing-safe way: SafeUUID.safe,
    .unsafe or .unknown (an enum in CPython, with the same names, values and reprs)."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<SafeUUID.{self.name}: {self.value!r}>'

    def __str__(self):
        return f'SafeUUID.{self.name}'


SafeUUID.safe = SafeUUID('safe', 0)
SafeUUID.unsafe = SafeUUID('unsafe', -1)
SafeUUID.unknown = SafeUUID('unknown', None)
_SAFETY_BY_VALUE = {s.value: s for s in (SafeUUID.safe, SafeUUID.unsafe, SafeUUID.unknown)}

# The six fields of RFC 4122's layout: (name, lowest bit, width in bits).
_LAYOUT = (('time_low', 96, 32), ('time_mid', 80, 16), ('time_hi_version', 64, 16),
           ('clock_seq_hi_variant', 56, 8), ('clock_seq_low', 48, 8), ('node', 0, 48))
_VARIANT_BITS = 0xc000 << 48  # the top bits of clock_seq_hi_variant (RFC 4122: 10)
_VERSION_BITS = 0xf000 << 64  # the top nibble of time_hi_version


def _little_endian_swapped(data):
    """Bytes with the first three fields' byte order reversed (its own inverse)."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _from_hex(text):
    for noise in ('urn:', 'uuid:'):
        text = text.replace(noise, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, (field, (_, low_bit, width)) in enumerate(zip(fields, _LAYOUT), 1):
        if not 0 <= field < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError(f'field {number} out of range (need {article} {width}-bit value)')
        value |= field << low_bit
    return value


class UUID:
    """An immutable universally unique identifier, made from exactly one of hex (a
    string of 32 hex digits, braces, hyphens and a 'urn:uuid:' prefix allowed), bytes
    (16, big-endian), bytes_le (the first three fields little-endian), fields (the six
    RFC 4122 fields) or int (128 bits). version, when given, overrides the variant
    (to RFC 4122's) and the version number."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            int = _from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            int = _int.from_bytes(_little_endian_swapped(bytes_le), 'big')
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, 'big')
        elif fields is not None:
            int = _from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version < 1 or version > 5:
                raise ValueError('illegal version number')
            int = (int & ~(_VARIANT_BITS | _VERSION_BITS)) | (0x8000 << 48) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe is not SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value  # the plain value pickles anywhere
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safety = _SAFETY_BY_VALUE[state['is_safe']] if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safety)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _little_endian_swapped(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _LAYOUT)

    @property
    def time(self):
        """The 60-bit timestamp (a version 1 UUID's count of 100 ns since 1582)."""
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence."""
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        # The leading bits of clock_seq_hi_variant: 0 NCS, 10 RFC 4122, 110 Microsoft.
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 0b110 else RESERVED_FUTURE

    @property
    def version(self):
        """The version number, for RFC 4122 UUIDs only (else None)."""
        return (self.int >> 76) & 0xf if self.variant == RFC_4122 else None


def _field_reader(low_bit, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> low_bit) & mask)


for _name, _low_bit, _width in _LAYOUT:
    setattr(UUID, _name, _field_reader(_low_bit, _width))


def _int_order(compare):
    def method(self, other):
        if isinstance(other, UUID):
            return compare(self.int, other.int)
        return NotImplemented
    return method


import operator as _operator
for _name in ('eq', 'lt', 'le', 'gt', 'ge'):
    _method = _int_order(getattr(_operator, _name))
    _method.__name__ = _method.__qualname__ = f'__{_name}__'
    setattr(UUID, f'__{_name}__', _method)
del _name, _low_bit, _width, _method


_node = None


def getnode():
    """The 48-bit node number uuid1 uses: here random, with the multicast bit set (RFC
    4122, 4.5), the same for the whole run."""
    global _node
    if _node is None:
        _node = _int.from_bytes(_random.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None
# 100-ns intervals from the Gregorian calendar's start (1582-10-15) to the Unix epoch.
_GREGORIAN_TO_UNIX = 0x01b21dd213814000


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID: the current time (never the same twice in a run), the clock
    sequence (random 14 bits unless given) and the node (getnode() unless given)."""
    global _last_timestamp
    import time
    stamp = time.time_ns() // 100 + _GREGORIAN_TO_UNIX
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(_random.urandom(2), 'big') >> 2
    fields = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _name_based(hasher, namespace, name, version):
    digest = hasher(namespace.bytes + _bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """The version 3 UUID of name in namespace (MD5)."""
    return _name_based(_hashlib.md5, namespace, name, 3)


def uuid4():
    """A random (version 4) UUID."""
    return UUID(bytes=_random.urandom(16), version=4)


def uuid5(namespace, name):
    """The version 5 UUID of name in namespace (SHA-1)."""
    return _name_based(_hashlib.sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
