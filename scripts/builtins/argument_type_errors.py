# CPython's argument parsers (clinic's _PyArg_BadArgument, getargs' converterr) name a
# rejected None as "None" and any other object by its type; errors written by hand in C
# (super(), struct.Struct, socket addresses) say "NoneType".
import sys, struct, unicodedata, hashlib, socket
tests = [
    'sys.stdout.write(None)', 'sys.stdout.write(1)', 'struct.pack_into("b", None, 0, 1)',
    'unicodedata.name(None)', 'unicodedata.normalize(None, "a")', 'unicodedata.normalize(1, "a")',
    'hashlib.new(None)', 'hashlib.new(1)', 'sys.intern(None)',
    'socket.inet_pton(socket.AF_INET, None)', '(1).__format__(None)', '(1.5).__format__(None)',
    '(1j).__format__(None)', '(1).__format__(2)', 'format(1, None)', 'format(1, 2)',
    'str(b"a", None)', 'str(b"a", 1)', 'memoryview(b"a").cast(None)',
    'compile("1", "x", None)', 'type(None, (), {})', 'type("A", None, {})',
    'type("A", (), None)', 'type("A", 1, {})', 'open("/dev/null", None)',
    'open("/dev/null", "r", -1, 5)', 'open("/dev/null", "r", -1, None, 5)',
    'super(None, 1)', 'BaseExceptionGroup(None, [])',
    'UnicodeDecodeError(None, b"", 0, 0, "")', 'UnicodeEncodeError("a", None, 0, 0, "")',
    'int.to_bytes(1, 1, None)', 'bytes("a", None)', 'bytearray("a", None)',
    'b"a".decode(None)', '"a".encode(None)', 'struct.Struct(None)',
    'b"ab".center(3, None)', 'bytearray(b"ab").ljust(3, None)',
    'bytes.fromhex(None)', 'bytearray.fromhex(1)',
]


def check(tests):
    for t in tests:
        try:
            print(t, eval(t))
        except Exception as e:
            print(t, type(e).__name__, e)


check(tests)
check(['"a".find(None)', '"a".partition(None)', '"a".replace(None, "b")',
          '"a".maketrans("a", None)', '"a".removeprefix(None)', '"a".startswith(None)',
          '"a".count(None)', '"a".split(None, None)', '"a".splitlines(None)',
          '"a".join([None])', '"a".encode("utf-8", None)'])
# Flags the clinic reads as ints refuse None and floats; flags read for their truth
# take anything.
import binascii, threading
check(['sorted([1], reverse=None)', '[1].sort(reverse=None)', 'sorted([1], reverse=1.5)',
          'sorted([2, 1], reverse=2**70)', 'print(end="", flush=None)',
          'list(zip(strict=None))', '(1).to_bytes(1, "big", signed=None)',
          'binascii.b2a_base64(b"a", newline=None)', 'binascii.a2b_base64(b"a", strict_mode=None)',
          'threading.Lock().acquire(None)', '"a\\nb".splitlines(1.5)', '"a\\nb".splitlines(2)',
          'b"a\\nb".splitlines(None)', 'b"a\\nb".splitlines(keepends=2**70)'])
