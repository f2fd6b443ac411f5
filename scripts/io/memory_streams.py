# io.StringIO and io.BytesIO: reading, writing over and past the end, seek/tell,
# truncate, iteration, subclasses, the io module's constants and class family.
import io

s = io.StringIO('first\nsecond\nthird')
print(s.read(3), repr(s.readline()), s.tell(), repr(s.readline(3)))
print(s.readlines())
print(repr(s.read()), s.getvalue())
s.seek(0)
print(list(s))
s.seek(0, 2)
s.write('\nfourth')
print(s.getvalue().splitlines(), s.tell())
s.seek(2)
print(s.write('XY'), s.getvalue()[:8])
s.seek(40)
s.write('!')
print(repr(s.getvalue()[-4:]), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
for call in [s.getvalue, s.read, lambda: s.write('x'), s.tell]:
    try:
        call()
    except ValueError as e:
        print(e)

t = io.StringIO()
print(t.write('naïve €'), t.tell(), t.getvalue())
for bad in [lambda: t.write(b'x'), lambda: t.seek(-1), lambda: t.seek(1, 1),
            lambda: t.seek(0, 5), lambda: t.truncate(-1), lambda: io.StringIO(3)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)

b = io.BytesIO(b'ab\ncd\nef')
print(b.read(2), b.readline(), b.read1(1), list(b), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(1), b.seek(1, 1), b.read())
b.seek(10)
b.write(b'Z')
print(b.getvalue())
print(b.truncate(3), b.getvalue())
for bad in [lambda: b.write('text'), lambda: b.seek(-1), lambda: io.BytesIO('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

buf = io.StringIO()
print('to', 'the', 'buffer', sep='-', file=buf)
print(42, file=buf, end='!\n')
print(repr(buf.getvalue()))

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print('shout', file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))

class Counting(io.StringIO):
    def __init__(self, start):
        super().__init__(start * 2)
        self.start = start

c = Counting('ab')
print(c.getvalue(), c.start)

for cls in [io.StringIO, io.BytesIO]:
    print(cls.__name__, issubclass(cls, io.IOBase))
print(io.TextIOWrapper.__name__, issubclass(io.TextIOWrapper, io.TextIOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

# size arguments as CPython's optional-ssize converter reads them
class Two:
    def __index__(self):
        return 2
for size in [None, -1, 0, Two(), True, 2**70, object(), 1.5, "3"]:
    for stream in (io.BytesIO(b"abcdef"), io.StringIO("abcdef")):
        try:
            print(repr(stream.read(size)), repr(stream.readline(size)))
        except (TypeError, OverflowError) as e:
            print(type(stream).__name__, type(e).__name__, e)
