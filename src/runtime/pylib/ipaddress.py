"""IPv4 and IPv6 addresses, networks and interfaces (the ipaddress module)."""

# Written for coro from the ipaddress documentation and from probing python3 3.11: the
# same classes, properties, orderings, error types and messages. An address is an int
# plus its version's facts (_Family); a network is a first address plus a prefix length.
# It is not a socket helper: nothing here resolves names or talks to the OS.

import functools

from _ipaddress_text import (  # noqa: F401 (AddressValueError is public here)
    IPV4LENGTH, IPV6LENGTH, AddressValueError, NetmaskValueError, _V4, _V6, _compress_v6,
    _mask_of, _parse_v4, _parse_v6, _prefix_of, _v4_reverse_name, _v6_reverse_name,
)


def _first_of(classes, value, kind):
    for cls in classes:
        try:
            return cls(value)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{value!r} does not appear to be an IPv4 or IPv6 {kind}')


def ip_address(address):
    """Take an IP string/int and return an object of the correct type."""
    return _first_of((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """Take an IP string/int and return an object of the correct type."""
    return _first_of((lambda value: IPv4Network(value, strict),
                      lambda value: IPv6Network(value, strict)), address, 'network')


def ip_interface(address):
    """Take an IP string/int and return an object of the correct type."""
    return _first_of((IPv4Interface, IPv6Interface), address, 'interface')


def v4_int_to_packed(address):
    """Represent an address as 4 packed bytes in network (big-endian) order."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """Represent an address as 16 packed bytes in network (big-endian) order."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


# -- addresses


@functools.total_ordering
class _Address:
    __slots__ = ('_ip', '__weakref__')
    _family = None

    def _set_from(self, address):
        family = self._family
        name = 'IPv%d' % family.version
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(f'{address} (< 0) is not permitted as an {name} address')
            if address > family.all_ones:
                raise AddressValueError(
                    f'{address} (>= 2**{family.bits}) is not permitted as an {name} address')
            self._ip = address
            return None
        if isinstance(address, bytes):
            if len(address) != family.byte_count:
                raise AddressValueError(
                    f'{address!r} (len {len(address)} != {family.byte_count}) '
                    f'is not permitted as an {name} address')
            self._ip = int.from_bytes(address, 'big')
            return None
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        return text

    @property
    def version(self):
        return self._family.version

    @property
    def max_prefixlen(self):
        return self._family.bits

    @property
    def packed(self):
        return self._ip.to_bytes(self._family.byte_count, 'big')

    @property
    def compressed(self):
        return str(self)

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self.version == other.version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Address):
            return NotImplemented
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._ip - other)

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, spec):
        if not spec or spec[-1] == 's':
            return format(str(self), spec)
        prefix = '#' if spec.startswith('#') else ''
        rest = spec[len(prefix):]
        grouping = '_' if rest.startswith('_') else ''
        rest = rest[len(grouping):]
        if rest not in ('b', 'n', 'x', 'X'):
            raise TypeError(f'unsupported format string passed to {self.__class__.__name__}.__format__')
        if rest == 'n':
            rest = 'b' if self.version == 4 else 'x'
        width = self._family.bits if rest == 'b' else self._family.bits // 4
        if grouping:
            width += width // 4 - 1
        if prefix:
            width += 2
        return format(self._ip, f'{prefix}0{width}{grouping}{rest}')

    @property
    def is_multicast(self):
        return self in self._tables()['multicast']

    @property
    def is_private(self):
        return any(self in net for net in self._tables()['private'])

    @property
    def is_reserved(self):
        return any(self in net for net in self._tables()['reserved'])

    @property
    def is_link_local(self):
        return self in self._tables()['link_local']

    @property
    def is_loopback(self):
        tables = self._tables()
        return self in tables['loopback']

    @property
    def is_unspecified(self):
        return self._ip == 0


class IPv4Address(_Address):
    """Represent and manipulate single IPv4 Addresses."""

    __slots__ = ()
    _family = _V4

    def __init__(self, address):
        text = self._set_from(address)
        if text is not None:
            self._ip = _parse_v4(text)

    def __str__(self):
        return '.'.join(str((self._ip >> shift) & 0xFF) for shift in (24, 16, 8, 0))

    @property
    def exploded(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return _v4_reverse_name(str(self))

    @staticmethod
    def _tables():
        return _v4_tables()

    @property
    def is_global(self):
        return self not in _v4_tables()['shared'] and not self.is_private

    @property
    def is_unspecified(self):
        # An equality test, so an interface (whose == also wants a network) is never
        # unspecified, as in CPython.
        return self == IPv4Address(0)


class IPv6Address(_Address):
    """Represent and manipulate single IPv6 Addresses."""

    __slots__ = ('_scope_id',)
    _family = _V6

    def __init__(self, address):
        self._scope_id = None
        text = self._set_from(address)
        if text is None:
            return
        body, mark, scope = text.partition('%')
        if mark:
            if not scope or '%' in scope:
                raise AddressValueError('Invalid IPv6 address: "%r"' % text)
            self._scope_id = scope
        self._ip = _parse_v6(body)

    def __str__(self):
        text = _compress_v6(self._ip)
        if self._scope_id:
            return text + '%' + self._scope_id
        return text

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def exploded(self):
        # CPython re-reads str(self) here, so a scoped address fails the hextet check.
        value = _parse_v6(str(self))
        return ':'.join('%04x' % ((value >> shift) & 0xFFFF) for shift in range(112, -16, -16))

    @property
    def reverse_pointer(self):
        return _v6_reverse_name(self.exploded)

    @property
    def scope_id(self):
        return self._scope_id

    @staticmethod
    def _tables():
        return _v6_tables()

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_site_local(self):
        return self in _v6_tables()['site_local']

    @property
    def is_loopback(self):
        return self._ip == 1

    def _v4_at(self, shift):
        return IPv4Address((self._ip >> shift) & 0xFFFFFFFF)

    @property
    def ipv4_mapped(self):
        """::ffff:a.b.c.d (RFC 4291) gives a.b.c.d."""
        return self._v4_at(0) if self._ip >> 32 == 0xFFFF else None

    @property
    def teredo(self):
        """2001::/32 (RFC 4380) gives (server, client); the client is stored inverted."""
        if self._ip >> 96 == 0x20010000:
            return self._v4_at(64), IPv4Address(0xFFFFFFFF ^ (self._ip & 0xFFFFFFFF))
        return None

    @property
    def sixtofour(self):
        """2002:wwxx:yyzz::/48 (RFC 3056) gives ww.xx.yy.zz."""
        return self._v4_at(80) if self._ip >> 112 == 0x2002 else None


# -- networks


def _address_and_prefix(value, family):
    """Split what a network or interface is made from into (address part, prefix part)."""
    if isinstance(value, (int, bytes)):
        return value, family.bits
    if isinstance(value, tuple):
        if len(value) == 2:
            return value
        if len(value) == 1:
            return value[0], family.bits
    pieces = str(value).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {value!r}")
    if len(pieces) == 2:
        return pieces[0], pieces[1]
    return pieces[0], family.bits


def _changed_prefix(prefixlen, prefixlen_diff, new_prefix, direction):
    """The prefix length subnets() (direction 1) or supernet() (-1) moves to."""
    if new_prefix is None:
        if direction > 0 and prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        return prefixlen + direction * prefixlen_diff
    if (new_prefix - prefixlen) * direction < 0:
        raise ValueError('new prefix must be ' + ('longer' if direction > 0 else 'shorter'))
    if prefixlen_diff != 1:
        raise ValueError('cannot set prefixlen_diff and new_prefix')
    return new_prefix


def _count(start, stop, step):
    """range() for 128-bit numbers (coro's range is limited to machine-size ints)."""
    while start < stop:
        yield start
        start += step


def _same_version(one, other):
    if one.version != other.version:
        raise TypeError(f'{one} and {other} are not of the same version')


@functools.total_ordering
class _Network:
    _address_class = None

    def __init__(self, address, strict=True):
        family = self._address_class._family
        host, prefix = _address_and_prefix(address, family)
        first = self._address_class(host)
        self._prefixlen = _prefix_of(family, prefix)
        self._mask = _mask_of(family, self._prefixlen)
        start = int(first) & self._mask
        if start != int(first):
            if strict:
                raise ValueError(f'{first}/{self._prefixlen} has host bits set')
            first = self._address_class(start)
        self.network_address = first
        self.netmask = self._address_class(self._mask)

    @classmethod
    def _make(cls, start, prefixlen):
        return cls((start, prefixlen))

    # the numbers

    @property
    def version(self):
        return self._address_class._family.version

    @property
    def max_prefixlen(self):
        return self._address_class._family.bits

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def _first(self):
        return int(self.network_address)

    @property
    def _last(self):
        return int(self.network_address) | (self._mask ^ self._address_class._family.all_ones)

    @property
    def broadcast_address(self):
        return self._address_class(self._last)

    @property
    def hostmask(self):
        return self._address_class(self._mask ^ self._address_class._family.all_ones)

    @property
    def num_addresses(self):
        return self._last - self._first + 1

    # text

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return f'{self.network_address.exploded}/{self._prefixlen}'

    # the addresses

    def __iter__(self):
        make = self._address_class
        for value in _count(self._first, self._last + 1, 1):
            yield make(value)

    def _inner_hosts(self, stop):
        make = self._address_class
        for value in _count(self._first + 1, stop, 1):
            yield make(value)

    def __getitem__(self, n):
        if n >= 0:
            value = self._first + n
            if value > self._last:
                raise IndexError('address out of range')
        else:
            value = self._last + n + 1
            if value < self._first:
                raise IndexError('address out of range')
        return self._address_class(value)

    def __contains__(self, other):
        if self.version != other.version:
            return False
        if isinstance(other, _Network):
            return False
        return int(other) & self._mask == self._first

    def overlaps(self, other):
        """Tell if self is partly contained in other."""
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    # comparisons

    def __eq__(self, other):
        try:
            return (self.version == other.version and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _Network):
            return NotImplemented
        _same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self.netmask < other.netmask

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def compare_networks(self, other):
        """Compare two IP objects: -1, 0 or 1, by network address then netmask."""
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same type')
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        if mine == theirs:
            return 0
        return -1 if mine < theirs else 1

    def _get_networks_key(self):
        return (self.version, self.network_address, self.netmask)

    def _within(self, outer):
        try:
            _same_version(self, outer)
            return (outer.network_address <= self.network_address
                    and outer.broadcast_address >= self.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {self} and {outer}') from None

    def subnet_of(self, other):
        """Return True if this network is a subnet of other."""
        return self._within(other)

    def supernet_of(self, other):
        """Return True if this network is a supernet of other."""
        try:
            _same_version(other, self)
            return (self.network_address <= other.network_address
                    and self.broadcast_address >= other.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {other} and {self}') from None

    # splitting and joining

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets which join to make the current subnet."""
        bits = self.max_prefixlen
        if self._prefixlen == bits:
            yield self
            return
        longer = _changed_prefix(self._prefixlen, prefixlen_diff, new_prefix, 1)
        if longer > bits:
            raise ValueError(f'prefix length diff {longer} is invalid for netblock {self}')
        step = 1 << (bits - longer)
        for start in _count(self._first, self._last + 1, step):
            yield self._make(start, longer)

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The supernet containing the current network."""
        if not self._prefixlen:
            return self
        shorter = _changed_prefix(self._prefixlen, prefixlen_diff, new_prefix, -1)
        if shorter < 0:
            raise ValueError(f'current prefixlen is {self._prefixlen}, cannot have a '
                             f'prefixlen_diff of {self._prefixlen - shorter}')
        family = self._address_class._family
        return self._make(self._first & _mask_of(family, shorter), shorter)

    def address_exclude(self, other):
        """Remove an address from a larger block, yielding the networks left."""
        _same_version(self, other)
        if not isinstance(other, _Network):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        target = self._make(other._first, other._prefixlen)
        current = self
        while current != target:
            low, high = current.subnets()
            if target.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    # the special ranges

    def _both_ends(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        # Private when one private range holds the whole network.
        tables = self._address_class._tables()
        return any(self._first >= net._first and self._last <= net._last
                   for net in tables['private'])

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


class IPv4Network(_Network):
    """This class represents and manipulates 32-bit IPv4 network + addresses."""

    _address_class = IPv4Address

    @property
    def reverse_pointer(self):
        return _v4_reverse_name(str(self))

    def hosts(self):
        """An iterator over the usable hosts in the network."""
        if self._prefixlen == 31:
            return iter(self)
        if self._prefixlen == 32:
            return [self.network_address]
        return self._inner_hosts(self._last)

    @property
    def is_global(self):
        shared = _v4_tables()['shared']
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


class IPv6Network(_Network):
    """This class represents and manipulates 128-bit IPv6 networks."""

    _address_class = IPv6Address

    @property
    def reverse_pointer(self):
        return _v6_reverse_name(self.exploded)

    def hosts(self):
        """Every address but the Subnet-Router anycast one (the first)."""
        if self._prefixlen == 127:
            return iter(self)
        if self._prefixlen == 128:
            return [self.network_address]
        return self._inner_hosts(self._last + 1)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


# -- interfaces


class _InterfaceMixin:
    def _set_network(self, address):
        host, prefix = _address_and_prefix(address, self._family)
        self._address_class.__init__(self, host)
        self.network = self._network_class((host, prefix), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def ip(self):
        return self._address_class(self._ip)

    def __str__(self):
        return f'{self._address_class.__str__(self)}/{self._prefixlen}'

    @property
    def with_prefixlen(self):
        return f'{self.ip}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.ip}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.ip}/{self.hostmask}'

    def __eq__(self, other):
        same = self._address_class.__eq__(self, other)
        if same is not True:
            return same
        other_network = getattr(other, 'network', None)
        return other_network is not None and self.network == other_network

    def __lt__(self, other):
        lower = self._address_class.__lt__(self, other)
        if lower is NotImplemented:
            return NotImplemented
        other_network = getattr(other, 'network', None)
        if other_network is None:
            return False
        return self.network < other_network or (self.network == other_network and lower)

    def __hash__(self):
        return hash((self._ip, self._prefixlen, self.network._first))

    __reduce__ = object.__reduce__


class IPv4Interface(_InterfaceMixin, IPv4Address):
    _address_class = IPv4Address
    _network_class = IPv4Network

    def __init__(self, address):
        self._set_network(address)

    @property
    def exploded(self):
        return str(self)


class IPv6Interface(_InterfaceMixin, IPv6Address):
    _address_class = IPv6Address
    _network_class = IPv6Network

    def __init__(self, address):
        self._set_network(address)

    @property
    def exploded(self):
        value = _parse_v6(str(self.ip))
        groups = ':'.join('%04x' % ((value >> shift) & 0xFFFF) for shift in range(112, -16, -16))
        return f'{groups}/{self._prefixlen}'

    # An interface is the loopback or the unspecified address only together with its
    # network (::1/128, ::/128).
    is_unspecified = property(lambda self: not self._ip and self.network.is_unspecified)
    is_loopback = property(lambda self: self._ip == 1 and self.network.is_loopback)


# -- module functions


def _trailing_zeros(value, bits):
    if value == 0:
        return bits
    return (value & -value).bit_length() - 1


def summarize_address_range(first, last):
    """Summarize a network range given the first and last IP addresses."""
    if not (isinstance(first, _Address) and isinstance(last, _Address)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    network = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    low, high = int(first), int(last)
    while low <= high:
        size_bits = min(_trailing_zeros(low, bits), (high - low + 1).bit_length() - 1)
        yield network((low, bits - size_bits))
        low += 1 << size_bits


def collapse_addresses(addresses):
    """Collapse a list of IP objects into the fewest networks covering them."""
    singles = []
    blocks = []
    for item in addresses:
        if isinstance(item, _Address):
            kept = item
            pool = singles
        elif item._prefixlen == item.max_prefixlen:
            kept = item.network_address
            pool = singles
        else:
            kept = item
            pool = blocks
        if pool and pool[-1].version != item.version:
            raise TypeError(f'{item} and {pool[-1]} are not of the same version')
        pool.append(kept)
    spans = [(int(one), int(one)) for one in singles]
    spans += [(block._first, block._last) for block in blocks]
    if singles and blocks and singles[0].version != blocks[0].version:
        # Both versions: CPython's sort of the pieces is what fails; let the same
        # comparison fail here (its message names the two networks it compared).
        pieces = [_network_class_of(one)((int(one), one.max_prefixlen)) for one in singles]
        sorted(list(reversed(pieces + blocks)))
    sample = singles[0] if singles else (blocks[0] if blocks else None)
    return _cover(spans, sample)


def _network_class_of(item):
    return IPv4Network if item.version == 4 else IPv6Network


def _cover(spans, sample):
    """The fewest networks that cover the union of the (first, last) spans, in order."""
    if not spans:
        return
    spans.sort()
    make = IPv4Address if sample.version == 4 else IPv6Address
    low, high = spans[0]
    for start, end in spans[1:]:
        if start <= high + 1:
            high = max(high, end)
            continue
        yield from summarize_address_range(make(low), make(high))
        low, high = start, end
    yield from summarize_address_range(make(low), make(high))


def get_mixed_type_key(obj):
    """A key to sort networks and addresses together (networks before their addresses)."""
    if isinstance(obj, _Network):
        return obj._get_networks_key()
    if isinstance(obj, _Address):
        return (obj.version, obj)
    return NotImplemented


# -- the special ranges, built on first use


_TABLES = {}


def _v4_tables():
    tables = _TABLES.get(4)
    if tables is None:
        net = IPv4Network
        tables = _TABLES[4] = {
            'private': [net(text) for text in (
                '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
                '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
                '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
                '255.255.255.255/32')],
            'shared': net('100.64.0.0/10'),
            'multicast': net('224.0.0.0/4'),
            'reserved': [net('240.0.0.0/4')],
            'link_local': net('169.254.0.0/16'),
            'loopback': net('127.0.0.0/8'),
        }
    return tables


def _v6_tables():
    tables = _TABLES.get(6)
    if tables is None:
        net = IPv6Network
        tables = _TABLES[6] = {
            'private': [net(text) for text in (
                '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
                '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')],
            'multicast': net('ff00::/8'),
            'reserved': [net(text) for text in (
                '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
                '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5',
                'f800::/6', 'fe00::/9')],
            'link_local': net('fe80::/10'),
            'site_local': net('fec0::/10'),
            'loopback': net('::1/128'),
        }
    return tables
