"""ipaddress's half that reads and writes text: the two errors, parsing of IPv4 and IPv6
strings, prefixes and netmasks, compression and reverse-DNS names."""

# Split out of ipaddress.py (see there for what the module is). Everything here works on
# ints and strings only; the classes live in ipaddress.

IPV4LENGTH, IPV6LENGTH = 32, 128


class AddressValueError(ValueError):
    """An address that cannot be read (bad text, int out of range, wrong byte count)."""

    __module__ = 'ipaddress'


class NetmaskValueError(ValueError):
    """A prefix length or netmask that cannot be read."""

    __module__ = 'ipaddress'


# -- parsing text


def _parse_v4(text):
    """The int of a dotted-quad string; AddressValueError with CPython's messages."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    pieces = text.split('.')
    if len(pieces) != 4:
        raise AddressValueError(f'Expected 4 octets in {text!r}')
    return _combine(pieces, 8, _octet, text)


def _combine(pieces, width, read, text):
    """The int made of the pieces, each read by read() into width bits."""
    value = 0
    for piece in pieces:
        try:
            value = (value << width) | read(piece)
        except ValueError as problem:
            raise AddressValueError(f'{problem} in {text!r}') from None
    return value


def _octet(piece):
    if not piece:
        raise ValueError('Empty octet not permitted')
    if not (piece.isascii() and piece.isdigit()):
        raise ValueError(f'Only decimal digits permitted in {piece!r}')
    if len(piece) > 3:
        raise ValueError(f'At most 3 characters permitted in {piece!r}')
    if piece != '0' and piece[0] == '0':
        raise ValueError(f'Leading zeros are not permitted in {piece!r}')
    number = int(piece)
    if number > 255:
        raise ValueError(f'Octet {number} (> 255) not permitted')
    return number


_HEX = frozenset('0123456789abcdefABCDEF')


def _hextet(piece):
    if not _HEX.issuperset(piece):
        raise ValueError(f'Only hex digits permitted in {piece!r}')
    if len(piece) > 4:
        raise ValueError(f'At most 4 characters permitted in {piece!r}')
    return int(piece, 16)


def _parse_v6(text):
    """The int of an IPv6 string (without its scope); AddressValueError as CPython."""
    if not text:
        raise AddressValueError('Address cannot be empty')
    pieces = text.split(':')
    if len(pieces) < 3:
        raise AddressValueError(f'At least 3 parts expected in {text!r}')
    if '.' in pieces[-1]:
        try:
            embedded = _parse_v4(pieces[-1])
        except AddressValueError as problem:
            raise AddressValueError(f'{problem} in {text!r}') from None
        pieces[-1] = '%x' % (embedded >> 16)
        pieces.append('%x' % (embedded & 0xFFFF))
    if len(pieces) > 9:
        raise AddressValueError(f'At most 8 colons permitted in {text!r}')
    gaps = [k for k in range(1, len(pieces) - 1) if not pieces[k]]
    if len(gaps) > 1:
        raise AddressValueError(f"At most one '::' permitted in {text!r}")
    if gaps:
        gap = gaps[0]
        before = pieces[:gap]
        after = pieces[gap + 1:]
        if before == ['']:
            before = []
        elif before and not before[0]:
            raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
        if after == ['']:
            after = []
        elif after and not after[-1]:
            raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
        if len(before) + len(after) > 7:
            raise AddressValueError(f"Expected at most 7 other parts with '::' in {text!r}")
        filled = before + ['0'] * (8 - len(before) - len(after)) + after
    else:
        if len(pieces) != 8:
            raise AddressValueError(f"Exactly 8 parts expected without '::' in {text!r}")
        if not pieces[0]:
            raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
        if not pieces[-1]:
            raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
        filled = pieces
    return _combine(filled, 16, _hextet, text)


def _compress_v6(value):
    groups = ['%x' % ((value >> shift) & 0xFFFF) for shift in range(112, -16, -16)]
    best_start, best_len = -1, 0
    k = 0
    while k < 8:
        if groups[k] == '0':
            run_end = k
            while run_end < 8 and groups[run_end] == '0':
                run_end += 1
            if run_end - k > best_len:
                best_start, best_len = k, run_end - k
            k = run_end
        else:
            k += 1
    if best_len > 1:
        head = ':'.join(groups[:best_start])
        tail = ':'.join(groups[best_start + best_len:])
        return head + '::' + tail
    return ':'.join(groups)


def _v4_reverse_name(text):
    return '.'.join(reversed(text.split('.'))) + '.in-addr.arpa'


def _v6_reverse_name(exploded):
    # Every character but the colons, last first (a network's '/len' included, as CPython).
    return '.'.join(reversed(exploded.replace(':', ''))) + '.ip6.arpa'


class _Family:
    """What differs between IPv4 and IPv6: widths, parsing, formatting."""

    def __init__(self, version, bits):
        self.version = version
        self.bits = bits
        self.all_ones = (1 << bits) - 1
        self.byte_count = bits // 8


_V4 = _Family(4, IPV4LENGTH)
_V6 = _Family(6, IPV6LENGTH)


def _prefix_from_mask(family, mask):
    """The prefix length of a netmask int, or None when it is not contiguous."""
    inverted = family.all_ones ^ mask
    if inverted & (inverted + 1):
        return None
    return family.bits - inverted.bit_length()


def _mask_of(family, prefixlen):
    return family.all_ones ^ (family.all_ones >> prefixlen)


def _parse_prefix(family, text, parse_address):
    """The prefix length given after the '/' of a network string (digits or a mask)."""
    if text.isascii() and text.isdigit():
        length = int(text)
        if 0 <= length <= family.bits:
            return length
        raise NetmaskValueError(f'{text!r} is not a valid netmask')
    if family is _V4:
        try:
            mask = parse_address(text)
        except AddressValueError:
            raise NetmaskValueError(f'{text!r} is not a valid netmask') from None
        length = _prefix_from_mask(family, mask)
        if length is not None:
            return length
        # A host mask (0.0.0.255) is accepted too.
        length = _prefix_from_mask(family, family.all_ones ^ mask)
        if length is not None:
            return length
    raise NetmaskValueError(f'{text!r} is not a valid netmask')


def _prefix_of(family, value):
    if isinstance(value, int):
        if 0 <= value <= family.bits:
            return value
        raise NetmaskValueError(f'{value!r} is not a valid netmask')
    return _parse_prefix(family, value, _parse_v4 if family is _V4 else _parse_v6)
