"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

# As CPython's `array`, in Python: the items are checked and converted on the way in as
# the C type would (with CPython's OverflowError and TypeError messages) and kept as
# machine values (native sizes) in a bytearray, which memoryview(a) exports (through
# __coro_buffer__), so writes through a view change the array and resizing an exported
# array raises BufferError. Not covered: memoryview of a 'u' array (format 'w').

import struct as _struct
# One item's packing: the module's functions by the item's format (a Struct's methods
# are Python wrappers around them).
from _struct import pack as _pack, pack_into as _pack_into, unpack_from as _unpack_from

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# For the small integer types, the ranges a value is checked against in turn (as the C
# conversions CPython chains): (smallest, largest, the C type's name in messages).
_SHORT = (-2**15, 2**15 - 1, 'signed short integer')
_INT = (-2**31, 2**31 - 1, 'signed integer')
_BOUNDED = {
    'b': (_SHORT, (-128, 127, 'signed char')),
    'B': ((0, 255, 'unsigned byte integer'),),
    'h': (_SHORT,),
    'H': (_INT, (0, 2**16 - 1, 'unsigned short')),
    'i': (_INT,),
}
_LONG_MIN, _LONG_MAX = -2**63, 2**63 - 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index(value)


def _check_int(code, value):
    value = _index(value)
    if code in _BOUNDED:
        if not _LONG_MIN <= value <= _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        for low, high, name in _BOUNDED[code]:
            if value > high:
                raise OverflowError("%s is greater than maximum" % name)
            if value < low:
                raise OverflowError("%s is less than minimum" % name)
    elif code == 'l':
        if not _LONG_MIN <= value <= _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
    elif code in 'IL':
        if value < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if value >= 2**64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if code == 'I' and value >= 2**32:
            raise OverflowError("unsigned int is greater than maximum")
    elif code == 'q':
        if not _LONG_MIN <= value <= _LONG_MAX:
            raise OverflowError("int too big to convert")
    elif code == 'Q':
        if value < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if value >= 2**64:
            raise OverflowError("int too big to convert")
    return value


def _check_float(code, value):
    if not isinstance(value, (int, float)):
        try:
            value = type(value).__float__(value)
        except AttributeError:
            raise TypeError("must be real number, not %s" % type(value).__name__) from None
    value = float(value)
    if code == 'f':
        # Stored as a C float: the value is what survives the rounding to 32 bits.
        value = _struct.unpack('f', _struct.pack('f', value))[0]
    return value


def _check_char(value):
    if not isinstance(value, str) or len(value) != 1:
        raise TypeError("array item must be unicode character")
    return value


def _checker(code):
    if code == 'u':
        return _check_char
    if code == 'd':
        return _check_double
    if code == 'f':
        return lambda value: _check_float(code, value)
    low, high = _RANGE[code]

    def check(value):
        # The common case first: an int in range needs no more.
        if type(value) is int and low <= value <= high:
            return value
        return _check_int(code, value)
    return check


def _check_double(value):
    if type(value) is float:
        return value
    return _check_float('d', value)


# The values each integer typecode holds.
_RANGE = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (_LONG_MIN, _LONG_MAX),
          'L': (0, 2**64 - 1), 'q': (_LONG_MIN, _LONG_MAX), 'Q': (0, 2**64 - 1)}


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.
"""
    __slots__ = ('_code', '_data', '_check', '_fmt', '_size')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._data = bytearray()
        # The memoryview format of the storage ('u' items are stored as code points).
        self._fmt = 'I' if typecode == 'u' else typecode
        self._check = _checker(typecode)
        self._size = _ITEMSIZE[typecode]
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._append_bytes(self._pack(list(initializer)))
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._code != 'u':
                raise TypeError("array item must be unicode character")
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._code

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._code]

    # -- the storage: machine values in a bytearray, which memoryview(a) exports --

    def _view(self):
        return memoryview(self._data).cast(self._fmt)

    @property
    def _items(self):
        """The items, as a new list."""
        items = self._view().tolist()
        if self._code == 'u':
            return [chr(c) for c in items]
        return items

    def _pack(self, items):
        """The machine values of items already checked for this typecode."""
        if self._code == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._format(len(items)), *items)

    def _store(self, items):
        """Replace every item (checked already)."""
        try:
            self._data[:] = self._pack(items)
        except BufferError:
            raise BufferError("cannot resize an array that is exporting buffers") from None

    def _append_bytes(self, data):
        try:
            self._data += data
        except BufferError:
            raise BufferError("cannot resize an array that is exporting buffers") from None

    def __coro_buffer__(self):
        """The buffer memoryview(a) views: the storage itself."""
        if self._code == 'u':
            raise NotImplementedError("coro: memoryview of a 'u' array is not supported")
        return self._view()

    def _like(self, items):
        new = array(self._code)
        new._append_bytes(new._pack(items))
        return new

    # -- the sequence protocol --

    def __len__(self):
        return len(self._data) // self._size

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._like(self._items[index])
        i = self._position(index, "array index out of range")
        value = _unpack_from(self._fmt, self._data, i * self._size)[0]
        return chr(value) if self._code == 'u' else value

    def _position(self, index, message):
        if not isinstance(index, int):
            try:
                index = type(index).__index__(index)
            except AttributeError:
                raise TypeError("array indices must be integers") from None
        n = len(self._data) // self._size
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError(message)
        return index

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            items = self._items
            start, stop, step = index.indices(len(items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(value) != size:
                    raise ValueError("attempt to assign array of size %d to extended "
                                     "slice of size %d" % (len(value), size))
            items[index] = value._items
            self._store(items)
            return
        i = self._position(index, "array assignment index out of range")
        value = self._check(value)
        _pack_into(self._fmt, self._data, i * self._size,
                   ord(value) if self._code == 'u' else value)

    def __delitem__(self, index):
        items = self._items
        if isinstance(index, slice):
            del items[index]
        else:
            del items[self._position(index, "array assignment index out of range")]
        self._store(items)

    # -- operators --

    def _same_kind(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        self._same_kind(other)
        return self._like(self._items + other._items)

    def __iadd__(self, other):
        self._same_kind(other)
        self._append_bytes(bytes(other._data))
        return self

    def __mul__(self, n):
        return self._like(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._store(self._items * n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        items = self._items
        if not items:
            return "array('%s')" % self._code
        if self._code == 'u':
            return "array('u', %r)" % ''.join(items)
        return "array('%s', %r)" % (self._code, items)

    def __copy__(self):
        return self._like(self._items)

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._code, self.tolist()), None)

    def __bytes__(self):
        return self.tobytes()

    # -- methods --

    def append(self, v):
        """Append new value v to the end of the array."""
        v = self._check(v)
        self._append_bytes(_pack(self._fmt, ord(v) if self._code == 'u' else v))

    def extend(self, bb):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._append_bytes(bytes(bb._data))
            return
        check = self._check
        self._append_bytes(self._pack([check(v) for v in bb]))

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        i = _clip(_index(i), len(self))
        v = self._check(v)
        at = i * self._size
        self._splice(at, at, _pack(self._fmt, ord(v) if self._code == 'u' else v))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array."""
        i = _index(i)
        if not self._data:
            raise IndexError("pop from empty array")
        i = self._position(i, "pop index out of range")
        value = self[i]
        at = i * self._size
        self._splice(at, at + self._size, b'')
        return value

    def _splice(self, start, stop, data):
        """Replace the bytes start:stop of the storage (moving only what follows)."""
        try:
            self._data[start:stop] = data
        except BufferError:
            raise BufferError("cannot resize an array that is exporting buffers") from None

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        items = self._items
        try:
            items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        self._store(items)

    def index(self, v, start=0, stop=None):
        """Return index of first occurrence of v in the array."""
        items = self._items
        n = len(items)
        start = _clip(start, n)
        stop = n if stop is None else _clip(stop, n)
        for i in range(start, stop):
            if items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        items = self._items
        items.reverse()
        self._store(items)

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the
        length in items of the buffer used to hold array's contents."""
        return (id(self._data), len(self))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = self.itemsize
        data = self.tobytes()
        self._data[:] = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))

    def _format(self, n):
        return '%d%s' % (n, 'I' if self._code == 'u' else self._code)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes
        representation."""
        return bytes(self._data)

    def frombytes(self, buffer):
        """Appends items from the string, interpreting it as an array of machine
        values, as if it had been read from a file using the fromfile() method."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(buffer)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        self._append_bytes(data)

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end of the
        array."""
        if n < 0:
            raise ValueError("negative count")
        wanted = n * self.itemsize
        data = f.read(wanted)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        usable = len(data) - len(data) % self.itemsize
        self.frombytes(data[:usable])
        if len(data) != wanted:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromlist(self, list_):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        check = self._check
        self._append_bytes(self._pack([check(v) for v in list_]))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return self._items

    def fromunicode(self, ustr):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(ustr).__name__)
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._append_bytes(self._pack(list(ustr)))

    def tounicode(self):
        """Convert the array to a unicode string."""
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)


def _clip(i, n):
    if i < 0:
        i += n
        if i < 0:
            i = 0
    return min(i, n)


array.__module__ = 'array'
ArrayType = array
