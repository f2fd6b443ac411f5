# tempfile.SpooledTemporaryFile: in memory until max_size or fileno(), then a real file.
import io
import tempfile

with tempfile.SpooledTemporaryFile(max_size=10) as f:
    print(f._rolled, f.mode, f.name, f.closed)
    print(f.write(b"hello"), f.tell(), f._rolled)
    print(f.write(b" world!"), f.tell(), f._rolled)
    f.seek(0)
    print(f.read(), f.mode, type(f.name).__name__)
    f.seek(3)
    print(f.read(4))
    print(isinstance(f, io.IOBase), f.readable(), f.writable(), f.seekable())
print(f.closed)

f = tempfile.SpooledTemporaryFile()
f.write(b"line1\nline2\nline3\n")
f.seek(0)
print(f.readline(), f.readlines(), f._rolled)
f.seek(0)
print(list(f))
print(isinstance(f.fileno(), int), f._rolled)
f.seek(0)
print(f.read())
f.close()
try:
    with f:
        pass
except ValueError as e:
    print("ValueError", e)

t = tempfile.SpooledTemporaryFile(max_size=100, mode="w+", newline="")
print(t.write("abc\r\ndef\n"), t.mode, t._rolled, t.encoding)
t.seek(0)
print(repr(t.read()))
t.writelines(["x" * 50, "y" * 60])
print(t._rolled, t.tell())
t.seek(0)
print(len(t.read()), t.mode)
t.close()

b = tempfile.SpooledTemporaryFile(max_size=5)
b.write(b"abc")
b.truncate(2)
b.seek(0)
print(b.read(), b._rolled)
b.truncate(50)
print(b._rolled)
b.seek(0, 2)
print(b.tell())
b.close()
b = tempfile.SpooledTemporaryFile(max_size=5)
b.rollover()
print(b._rolled, b.read())
b.rollover()
b.close()
print(tempfile.SpooledTemporaryFile[bytes])
print("SpooledTemporaryFile" in tempfile.__all__)
