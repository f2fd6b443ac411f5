# mmap over a temporary file and over anonymous memory: slicing, find, readline, resize,
# flush, move, the context manager and CPython's errors.
import mmap
import os
import tempfile


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


fd, path = tempfile.mkstemp()
os.write(fd, b"Hello world!\nsecond line\nthird\n")
with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    print(len(m), m.size(), m[:5], m[-6:], m[::4], m[0], m[-1])
    print(m.readline(), m.tell(), m.readline(), m.read(3), m.read())
    m.seek(0)
    print(m.find(b"line"), m.find(b"o", 5), m.rfind(b"o"), m.find(b"zz"), m.find(b"d", 0, 10))
    m[0:5] = b"HELLO"
    m[6] = ord("W")
    m.flush()
    print(m.read_byte(), m.tell())
    m.seek(-6, 2)
    m.write(b"THIRD")
    m.move(0, 6, 5)
    print(m[:])
    m.resize(40)
    print(len(m), m.size(), m[-8:])
    m.close()
    print(m.closed, repr(m))
    attempt(lambda: m[0])
with open(path, "rb") as f:
    print(f.read())

with mmap.mmap(-1, 16) as a:
    print(a.closed, repr(a))
    a.write(b"abc")
    attempt(lambda: a.write(b"x" * 20))
    attempt(lambda: a.seek(17))
    attempt(lambda: a.seek(0, 3))
    attempt(lambda: a[16])
    attempt(lambda: a.__setitem__(0, 256))
    attempt(lambda: a.__setitem__(slice(0, 2), b"xyz"))
    attempt(lambda: a["x"])
    attempt(lambda: a.__delitem__(0))
    attempt(lambda: a.move(10, 0, 10))
    a.seek(16)
    attempt(lambda: a.write_byte(1))
    attempt(lambda: a.read_byte())
    attempt(a.size)
    print(a[:4], list(a)[:2], a.read())
print(a.closed)
attempt(lambda: mmap.mmap(-1, -1))
ro = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
attempt(lambda: ro.write(b"a"))
attempt(lambda: ro.__setitem__(0, 1))
print(repr(ro))
with open(path, "rb") as f:
    attempt(lambda: mmap.mmap(f.fileno(), 100, access=mmap.ACCESS_READ))
with open(os.devnull, "w") as f, open(path, "w") as g:
    pass
with open(path, "rb") as f:
    attempt(lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
os.close(fd)
os.unlink(path)
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.ACCESS_COPY)
