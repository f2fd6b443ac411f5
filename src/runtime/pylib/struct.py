"""Packing Python values into C structs held in bytes, as CPython's struct module. The
format parsing and byte work are native (`_struct`); this module adds the Struct class
and makes iter_unpack an iterator."""

import _struct
from _struct import calcsize, pack, pack_into, unpack, unpack_from, error

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


def iter_unpack(format, buffer):
    """Iterate over the tuples unpacked from buffer, one struct-sized piece at a time."""
    return iter(_struct.iter_unpack(format, buffer))


class Struct:
    """A compiled struct format: pack and unpack by it without parsing it again."""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.size = calcsize(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
