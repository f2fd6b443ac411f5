"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.
See module pickletools source for extensive comments.
"""

# As CPython's `pickle`, in Python: Pickler (protocols 0-5, framing, the memo, the
# reduce protocol with __reduce_ex__/__reduce__/__getstate__/__setstate__/
# __getnewargs(_ex)__, copyreg's dispatch table, persistent ids, reducer_override)
# writing the same bytes as CPython's pickler, and an Unpickler for every opcode of
# every protocol (find_class, persistent_load). Out-of-band buffers (PickleBuffer,
# buffer_callback) are not supported.

import sys
import io
import codecs
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from itertools import islice
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET",
           "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING",
           "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT",
           "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2",
           "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL",
           "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1", "LONG4",
           "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ",
           "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP",
           "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.

    """
    pass


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.

    Note that other exceptions may also be raised during unpickling, including
    (but not necessarily limited to) AttributeError, EOFError, ImportError,
    and IndexError.

    """
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Pickle opcodes.  See pickletools.py for extensive docs.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# Protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# Protocol 3 (Python 3.x)
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# Protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# Protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Protocols 0-2 name Python 3's modules by their Python 2 names.
_NAME_MAPPING_3TO2 = {('builtins', 'range'): ('__builtin__', 'xrange'),
                      ('builtins', 'reduce'): ('__builtin__', 'reduce'),
                      ('builtins', 'str'): ('__builtin__', 'unicode')}
_MODULE_MAPPING_3TO2 = {'builtins': '__builtin__', 'copyreg': 'copy_reg',
                        'queue': 'Queue', 'reprlib': 'repr', '_markupbase': 'markupbase',
                        'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
                        'tkinter': 'Tkinter', 'pickle': 'cPickle'}
_MODULE_MAPPING_2TO3 = {v: k for k, v in _MODULE_MAPPING_3TO2.items()}
_MODULE_MAPPING_2TO3.update({'exceptions': 'builtins', 'UserDict': 'collections',
                             'UserList': 'collections', 'UserString': 'collections',
                             'copy_reg': 'copyreg', 'cPickle': 'pickle'})
_NAME_MAPPING_2TO3 = {v: k for k, v in _NAME_MAPPING_3TO2.items()}


class _Framer:
    """Protocol 4's frames: output is collected and written as FRAME blocks of about
    64 KiB; a frame shorter than 4 bytes goes out without its header."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            f = self.current_frame
            if f.tell() >= _FRAME_SIZE_TARGET or force:
                data = f.getvalue()
                write = self.file_write
                if len(data) >= _FRAME_SIZE_MIN:
                    write(FRAME + pack("<Q", len(data)))
                write(data)
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        write = self.file_write
        if self.current_frame:
            self.commit_frame(force=True)
        write(header)
        write(payload)


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _interned_in_cpython(text):
    return all(c in _NAME_CHARS for c in text)


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a
    byte in the LONG1 pickling context.
    """
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(text):
    out = []
    for c in text:
        n = ord(c)
        if n < 0x100:
            out.append(bytes((n,)))
        elif n < 0x10000:
            out.append(('\\u%04x' % n).encode('ascii'))
        else:
            out.append(('\\U%08x' % n).encode('ascii'))
    return b''.join(out)


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            # An odd run of backslashes before u/U makes an escape.
            run = 0
            j = i
            while j >= 0 and data[j] == 0x5c:
                run += 1
                j -= 1
            if run % 2 == 1:
                width = 4 if data[i + 1] == 0x75 else 8
                out.append(chr(int(data[i + 2:i + 2 + width], 16)))
                i += 2 + width
                continue
        out.append(chr(b))
        i += 1
    return ''.join(out)


class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        # CPython interns identifier-like strings (names, attribute keys, such
        # literals), so equal ones are one object there and pickle as one.
        self._interned = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()
        self._interned.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        assert id(obj) not in self.memo
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj
        if type(obj) is str and _interned_in_cpython(obj):
            self._interned.setdefault(obj, obj)

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is None and type(obj) is str and obj in self._interned:
            x = self.memo.get(id(self._interned[obj]))
        if x is not None:
            self.write(self.get(x[0]))
            return
        rv = NotImplemented
        reduce = getattr(self, "reducer_override", None)
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            t = type(obj)
            f = self.dispatch.get(t)
            if f is not None:
                f(self, obj)
                return
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                if isinstance(obj, type):
                    self.save_global(obj)
                    return
                rv = self._reduce(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not (2 <= len(rv) <= 6):
            raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def _reduce(self, obj):
        """__reduce_ex__, __reduce__, or what CPython's object would answer."""
        cls = type(obj)
        reduce_ex = getattr(cls, '__reduce_ex__', None)
        if reduce_ex is not None and reduce_ex is not getattr(object, '__reduce_ex__', None):
            return obj.__reduce_ex__(self.proto)
        reduce = getattr(cls, '__reduce__', None)
        if reduce is not None and reduce is not getattr(object, '__reduce__', None):
            return obj.__reduce__()
        return copyreg._reduce_object(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from {} args has no __new__".format(func_name))
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from {} args has the wrong class".format(func_name))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                func = _partial_new(cls, args, kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            # Characters the line-based UNICODE opcode cannot carry as themselves.
            escaped = obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace(
                "\n", "\\u000a").replace("\r", "\\u000d").replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(escaped) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # A tuple met again while saving its own items (a cycle) is in the memo now.
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = list(islice(it, _BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = list(islice(it, _BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            n = len(batch)
            if n > 0:
                write(MARK)
                for item in batch:
                    save(item)
                write(ADDITEMS)
            if n < _BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" %
                                (obj, name, module_name)) from None
        else:
            if obj2 is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" %
                                    (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                assert code > 0
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _NAME_MAPPING_3TO2:
                    module_name, name = _NAME_MAPPING_3TO2[(module_name, name)]
                elif module_name in _MODULE_MAPPING_3TO2:
                    module_name = _MODULE_MAPPING_3TO2[module_name]
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' +
                      bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %i" % (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)
    dispatch[type] = save_type

    def save_function(self, obj):
        return self.save_global(obj)

    def save_singleton(self, obj):
        # What Ellipsis.__reduce__ and NotImplemented.__reduce__ answer: their names.
        return self.save_global(obj, 'Ellipsis' if obj is ... else 'NotImplemented')
    dispatch[type(...)] = save_singleton
    dispatch[type(NotImplemented)] = save_singleton


def _partial_new(cls, args, kwargs):
    import functools
    return functools.partial(cls.__new__, cls, *args, **kwargs)


def _unpicklable_types():
    types = set()
    for make in (lambda: (x for x in ()), lambda: sys):
        try:
            types.add(type(make()))
        except Exception:
            pass
    return types


def _function_types():
    def f():
        pass
    kinds = {type(f), type(len)}
    return kinds


for _t in _function_types():
    _Pickler.dispatch[_t] = _Pickler.save_function


def _cannot_pickle(self, obj):
    raise TypeError("cannot pickle %r object" % type(obj).__name__)


for _t in _unpicklable_types():
    _Pickler.dispatch[_t] = _cannot_pickle
del _t


class _Unpickler:
    """Reads a pickle: each opcode byte selects a handler from `dispatch` (built below
    the class from the opcode tables), which reads its argument and works on the stack.
    MARK saves the stack on `metastack` and starts a fresh one."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._file_read, self._file_readline = file.read, file.readline
        self._buffers = None if buffers is None else iter(buffers)
        self.encoding, self.errors = encoding, errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readinto = self._unframer.readinto
        self.readline = self._unframer.readline
        self.metastack = []
        self._reset_stack([])
        self.proto = 0
        handlers = self.dispatch
        opcode = self.read(1)
        if not opcode:
            raise EOFError("Ran out of input")
        try:
            while True:
                handler = handlers.get(opcode[0])
                if handler is None:
                    raise UnpicklingError(_invalid_key_message(opcode[0]))
                handler(self)
                opcode = self.read(1)
                if not opcode:
                    # Ending where an opcode should be is running out, as at the start.
                    raise EOFError("Ran out of input")
        except _Stop as stop:
            return stop.value

    def _reset_stack(self, stack):
        self.stack = stack
        self.append = stack.append

    def pop_mark(self):
        """The items above the last MARK (and the stack below it becomes current)."""
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        above = self.stack
        self._reset_stack(self.metastack.pop())
        return above

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def _read_exact(self, n):
        chunk = self.read(n)
        if len(chunk) < n:
            raise UnpicklingError("pickle data was truncated")
        return chunk

    def _readline(self):
        line = self.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _decode_string(self, value):
        # Python 2's str: bytes, unless an encoding says how to decode it.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def find_class(self, module, name):
        if self.fix_imports and self.proto < 3:
            # Python 2 names of moved modules and objects.
            if (module, name) in _NAME_MAPPING_2TO3:
                module, name = _NAME_MAPPING_2TO3[(module, name)]
            elif module in _MODULE_MAPPING_2TO3:
                module = _MODULE_MAPPING_2TO3[module]
        __import__(module, level=0)
        return _getattribute(sys.modules[module], name)[0]

    def get_extension(self, code):
        cached = _extension_cache.get(code, _NOT_CACHED)
        if cached is _NOT_CACHED:
            where = _inverted_registry.get(code)
            if not where:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError(f"unregistered extension code {code}")
            cached = _extension_cache[code] = self.find_class(*where)
        self.append(cached)

    dispatch = {}


_NOT_CACHED = object()


def _invalid_key_message(code):
    # Printable characters (but the quote and backslash) are shown as themselves.
    if 0x20 <= code <= 0x7e and code not in (0x27, 0x5c):
        return f"invalid load key, '{chr(code)}'."
    return f"invalid load key, '\\x{code:02x}'."


# -- argument readers: each takes the unpickler and returns the opcode's argument

def _arg_u1(u):
    return u._read_exact(1)[0]


def _fixed(fmt, size):
    def read(u):
        return unpack(fmt, u._read_exact(size))[0]
    return read


_arg_u2, _arg_i4 = _fixed('<H', 2), _fixed('<i', 4)
_arg_u4, _arg_u8 = _fixed('<I', 4), _fixed('<Q', 8)


def _arg_line(u):
    return u._readline()[:-1]


def _counted(read_count, what=None):
    """Bytes preceded by their count; a signed count may not be negative."""
    def read(u):
        count = read_count(u)
        if count < 0:
            raise UnpicklingError(f"{what} pickle has negative byte count")
        return u._read_exact(count)
    return read


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


def _int_line(u):
    # Protocol 0's INT: 00 and 01 are the booleans.
    line = u._readline()
    if line == b'00\n':
        return False
    if line == b'01\n':
        return True
    return int(line, 0)


def _long_line(u):
    digits = _arg_line(u)
    if digits.endswith(b'L'):
        digits = digits[:-1]
    return int(digits, 0)


def _quoted_string(u):
    text = _arg_line(u)
    if not (len(text) >= 2 and text[0] == text[-1] and text[0] in b'"\''):
        raise UnpicklingError("the STRING opcode argument must be quoted")
    return u._decode_string(codecs.escape_decode(text[1:-1])[0])


# Opcodes that push one value read from the stream: opcode -> reader.
_VALUE_OPCODES = {
    INT: _int_line,
    BININT: _arg_i4,
    BININT1: _arg_u1,
    BININT2: _arg_u2,
    LONG: _long_line,
    LONG1: lambda u: decode_long(_counted(_arg_u1)(u)),
    LONG4: lambda u: decode_long(_counted(_arg_i4, "LONG")(u)),
    FLOAT: lambda u: float(_arg_line(u)),
    BINFLOAT: _fixed('>d', 8),
    STRING: _quoted_string,
    BINSTRING: lambda u: u._decode_string(_counted(_arg_i4, "BINSTRING")(u)),
    SHORT_BINSTRING: lambda u: u._decode_string(_counted(_arg_u1)(u)),
    BINBYTES: _counted(_arg_u4),
    SHORT_BINBYTES: _counted(_arg_u1),
    BINBYTES8: _counted(_arg_u8),
    BYTEARRAY8: lambda u: bytearray(_counted(_arg_u8)(u)),
    UNICODE: lambda u: _raw_unicode_unescape(_arg_line(u)),
    BINUNICODE: lambda u: _utf8(_counted(_arg_u4)(u)),
    SHORT_BINUNICODE: lambda u: _utf8(_counted(_arg_u1)(u)),
    BINUNICODE8: lambda u: _utf8(_counted(_arg_u8)(u)),
    # Fresh objects, and constants.
    NONE: lambda u: None,
    NEWTRUE: lambda u: True,
    NEWFALSE: lambda u: False,
    EMPTY_TUPLE: lambda u: (),
    EMPTY_LIST: lambda u: [],
    EMPTY_DICT: lambda u: {},
    EMPTY_SET: lambda u: set(),
}


def _pushing(read_value):
    def handler(u):
        u.append(read_value(u))
    return handler


# -- handlers that work on the stack

def _op_proto(u):
    version = _arg_u1(u)
    if version > HIGHEST_PROTOCOL:
        raise ValueError(f"unsupported pickle protocol: {version}")
    u.proto = version


def _op_frame(u):
    size = _arg_u8(u)
    if size > sys.maxsize:
        raise ValueError(f"frame size > sys.maxsize: {size}")
    u._unframer.load_frame(size)


def _op_persid(u):
    try:
        pid = _arg_line(u).decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
    u.append(u.persistent_load(pid))


def _op_binpersid(u):
    u.append(u.persistent_load(u._pop()))


def _op_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")
    buffer = next(u._buffers, _NOT_CACHED)
    if buffer is _NOT_CACHED:
        raise UnpicklingError("not enough out-of-band buffers")
    u.append(buffer)


def _small_tuple(n):
    def handler(u):
        stack = u.stack
        if len(stack) < n:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(stack[-n:])
        del stack[-n:]
        u.append(items)
    return handler


def _from_marked(build):
    def handler(u):
        # pop_mark() first: it makes the stack below the MARK current again.
        items = u.pop_mark()
        u.append(build(items))
    return handler


def _pairs(items):
    # One pair at a time, so a bad key fails before a missing last value does (an odd
    # count ends with IndexError, as the pure-Python unpickler's).
    for i in range(0, len(items), 2):
        yield items[i], items[i + 1]


def _instantiate(u, klass, args):
    # Old-style instances: called with the arguments, or made bare when there are none.
    if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
        try:
            made = klass(*args)
        except TypeError as err:
            raise TypeError(f"in constructor for {klass.__name__}: {err}",
                            err.__traceback__)
    else:
        made = klass.__new__(klass)
    u.append(made)


def _op_inst(u):
    module = _arg_line(u).decode("ascii")
    name = _arg_line(u).decode("ascii")
    klass = u.find_class(module, name)
    _instantiate(u, klass, u.pop_mark())


def _op_obj(u):
    marked = u.pop_mark()
    _instantiate(u, marked.pop(0), marked)


def _op_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u.append(cls.__new__(cls, *args))


def _op_newobj_ex(u):
    kwargs, args, cls = u._pop(), u._pop(), u._pop()
    u.append(cls.__new__(cls, *args, **kwargs))


def _op_global(u):
    module = _arg_line(u).decode("utf-8")
    name = _arg_line(u).decode("utf-8")
    u.append(u.find_class(module, name))


def _op_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.append(u.find_class(module, name))


def _op_reduce(u):
    args = u._pop()
    u.stack[-1] = u._top()(*args)


def _op_pop(u):
    # POP takes the top item, or (on an empty stack) discards a MARK's items.
    if u.stack:
        u.stack.pop()
    else:
        u.pop_mark()


def _memo_getter(read_index):
    def handler(u):
        index = read_index(u)
        if index not in u.memo:
            raise UnpicklingError(f"Memo value not found at index {index}")
        u.append(u.memo[index])
    return handler


def _memo_putter(read_index):
    def handler(u):
        index = read_index(u)
        if index < 0:
            raise ValueError("negative PUT argument")
        u.memo[index] = u._top()
    return handler


def _op_memoize(u):
    u.memo[len(u.memo)] = u._top()


def _op_append(u):
    value = u._pop()
    u._top().append(value)


def _op_appends(u):
    items = u.pop_mark()
    target = u._top()
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
        return
    for item in items:
        target.append(item)


def _op_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def _op_setitems(u):
    items = u.pop_mark()
    target = u._top()
    for key, value in _pairs(items):
        target[key] = value


def _op_additems(u):
    items = u.pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
        return
    for item in items:
        target.add(item)


def _op_build(u):
    state = u._pop()
    inst = u._top()
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        namespace = inst.__dict__
        for key, value in state.items():
            namespace[sys.intern(key) if type(key) is str else key] = value
    if slots:
        for key, value in slots.items():
            setattr(inst, key, value)


def _op_mark(u):
    u.metastack.append(u.stack)
    u._reset_stack([])


def _op_stop(u):
    if not u.stack:
        if u.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")
    raise _Stop(u.stack.pop())


def _build_dispatch():
    table = {code[0]: _pushing(read) for code, read in _VALUE_OPCODES.items()}
    table.update({code[0]: handler for code, handler in {
        PROTO: _op_proto, FRAME: _op_frame, PERSID: _op_persid, BINPERSID: _op_binpersid,
        NEXT_BUFFER: _op_next_buffer, READONLY_BUFFER: lambda u: None,
        TUPLE: _from_marked(tuple), TUPLE1: _small_tuple(1), TUPLE2: _small_tuple(2),
        TUPLE3: _small_tuple(3), LIST: _from_marked(lambda items: items),
        DICT: _from_marked(lambda items: dict(_pairs(items))),
        FROZENSET: _from_marked(frozenset),
        INST: _op_inst, OBJ: _op_obj, NEWOBJ: _op_newobj, NEWOBJ_EX: _op_newobj_ex,
        GLOBAL: _op_global, STACK_GLOBAL: _op_stack_global,
        EXT1: lambda u: u.get_extension(_arg_u1(u)),
        EXT2: lambda u: u.get_extension(_arg_u2(u)),
        EXT4: lambda u: u.get_extension(_arg_i4(u)),
        REDUCE: _op_reduce, POP: _op_pop, POP_MARK: lambda u: u.pop_mark(),
        DUP: lambda u: u.append(u._top()),
        GET: _memo_getter(lambda u: int(_arg_line(u))), BINGET: _memo_getter(_arg_u1),
        LONG_BINGET: _memo_getter(_arg_u4),
        PUT: _memo_putter(lambda u: int(_arg_line(u))), BINPUT: _memo_putter(_arg_u1),
        LONG_BINPUT: _memo_putter(_arg_u4), MEMOIZE: _op_memoize,
        APPEND: _op_append, APPENDS: _op_appends, SETITEM: _op_setitem,
        SETITEMS: _op_setitems, ADDITEMS: _op_additems, BUILD: _op_build,
        MARK: _op_mark, STOP: _op_stop,
    }.items()})
    return table


_Unpickler.dispatch = _build_dispatch()


class _Unframer:

    def __init__(self, file_read, file_readline, file_tell=None):
        self.file_read = file_read
        self.file_readline = file_readline
        self.current_frame = None

    def readinto(self, buf):
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def read(self, n):
        if self.current_frame:
            data = self.current_frame.read(n)
            if not data and n != 0:
                self.current_frame = None
                return self.file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_read(n)

    def readline(self):
        if self.current_frame:
            data = self.current_frame.readline()
            if not data:
                self.current_frame = None
                return self.file_readline()
            if data[-1] != b'\n'[0]:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, frame_size):
        if self.current_frame and self.current_frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.file_read(frame_size)
        if len(data) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self.current_frame = io.BytesIO(data)


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    _Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def _loads(s, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(s)
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


Pickler, Unpickler = _Pickler, _Unpickler
dump, dumps, load, loads = _dump, _dumps, _load, _loads
