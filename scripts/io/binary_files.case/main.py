# open() in binary mode: BufferedReader/Writer/Random and unbuffered FileIO, reading by
# size and by line, seeking from each end, truncate, and the errors binary files give.
# Runs in a temporary copy of this folder, so it may write files.
import io

with open('data.bin', 'wb') as f:
    print(repr(f), f.mode, isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
    print(f.write(b'line one\nline two\n'), f.write(bytearray(b'\x00\xff tail')), f.tell())
    try:
        f.write('text')
    except TypeError as e:
        print(e)

with open('data.bin', 'rb') as f:
    print(repr(f), f.readable(), f.writable(), f.seekable())
    print(f.read(4), f.readline(), f.readline(3), f.tell())
    print(list(f))
    print(f.read(), f.read(10))
    print(f.seek(-4, 2), f.read())
    print(f.seek(2), f.seek(3, 1), f.read(3))
    try:
        f.seek(-1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print(e)

with open('data.bin', 'r+b') as f:
    print(repr(f), f.mode)
    f.seek(5)
    f.write(b'ONE')
    f.seek(0)
    print(f.read(12))
    print(f.truncate(8), f.tell())
    f.seek(0, 2)
    print(f.tell())

with open('data.bin', 'ab') as f:
    print(f.mode, f.tell())
    f.write(b'+more')
with open('data.bin', 'rb') as f:
    print(f.read())

raw = open('data.bin', 'rb', buffering=0)
print(repr(raw), raw.mode, isinstance(raw, io.RawIOBase), raw.read(4))
raw.close()
print(repr(raw), raw.closed)

with open('data.bin', 'rb') as f:
    print(f.readlines())
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
