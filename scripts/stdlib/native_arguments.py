# How natives bind their arguments: CPython's messages for each kind of mistake.
import atexit
import binascii
import io
import os


def attempt(text):
    try:
        eval(text)
    except TypeError as e:
        print(f'{text} -> {e}')
    else:
        print(f'{text} -> ok')


for text in [
    # os: argument clinic, keyword-only dir_fd and friends
    'os.listdir(1, 2)', 'os.listdir(x=1)', 'os.stat()', 'os.stat("/", x=1)',
    'os.remove()', 'os.remove("a", "b")', 'os.remove("a", "b", "c")', 'os.rename("a")',
    'os.mkdir()', 'os.mkdir("a", 1, 2, 3)', 'os.mkdir("a", path="b")', 'os.chdir()',
    'os.listdir(path=".", x=1)', 'os.access()', 'os.access(".", mode=os.F_OK)',
    # io: open and the constructors
    'open()', 'open("f", x=1)', 'open("x", "r", 1, 2, 3, 4, 5, 6, 7)', 'open("x", file="y")',
    'io.open()', 'io.TextIOWrapper()', 'io.TextIOWrapper(1, 2, 3, 4, 5, 6, 7)',
    'io.StringIO(1, 2, 3)', 'io.StringIO(x=1)', 'io.StringIO("a", initial_value="b")',
    'io.BytesIO(1, 2)', 'io.BytesIO(initial_bytes=1, x=2)',
    # io: positional-only methods
    'io.StringIO().read(1, 2)', 'io.StringIO().read(x=1)', 'io.StringIO().readline(size=1)',
    'io.StringIO().truncate(size=1)', 'io.BytesIO().read(x=1)', 'io.BytesIO().read(1, 2)',
    'io.BytesIO().truncate(1, 2)', 'io.StringIO().readlines(hint=1)',
    'io.StringIO().readlines(1, 2)',
    # bytes methods
    'b"a".decode(1, 2, 3)', 'b"a".decode(x=1)', 'b"a".decode("ascii", encoding="x")',
    'b"a".hex(1, 2, 3)', 'b"a".split(1, 2, 3)', 'b"a".split(x=1)',
    'bytearray(b"a").decode(1, 2, 3)',
    # binascii
    'binascii.hexlify()', 'binascii.hexlify(b"", x=1)', 'binascii.hexlify(b"", 1, 2, 3)',
    'binascii.hexlify(b"", data=b"")', 'binascii.unhexlify()', 'binascii.unhexlify(hexstr=b"")',
    # atexit
    'atexit.unregister()', 'atexit.unregister(print, print)',
]:
    attempt(text)

with open(__file__) as f:
    for text in ['f.read(x=1)', 'f.read(1, 2)', 'f.readline(x=1)', 'f.readlines(hint=1)',
                 'f.truncate(x=1)']:
        try:
            eval(text)
        except TypeError as e:
            print(f'{text} -> {e}')
with open(__file__, 'rb') as f:
    try:
        f.read(x=1)
    except TypeError as e:
        print(e)
