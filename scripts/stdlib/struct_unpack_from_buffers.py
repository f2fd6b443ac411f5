# unpack_from reads the buffer where it lies: bytearray, memoryview slices, a bytes
# subclass, offsets from both ends, and the errors in CPython's order.
import struct

S = struct.Struct("<iH")
buf = bytearray()
for i in range(2000):
    buf += S.pack(i, i % 65536)
total = 0
for off in range(0, len(buf), S.size):
    a, b = S.unpack_from(buf, off)
    total += a + b
print(total, S.unpack_from(buf, -S.size), struct.unpack_from("<H", buf, 4))

mv = memoryview(bytes(range(16)))[3:11]
print(struct.unpack_from("<HH", mv, 2), struct.unpack_from("<I", mv, -4))


class B(bytes):
    pass


print(struct.unpack_from(">I", B(b"\x00\x00\x01\x02\xff"), 1))


class Idx:
    def __index__(self):
        return 2


print(struct.unpack_from("<h", b"\x00\x01\x02\x03", Idx()))


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("str buffer", struct.unpack_from, "<h", "abcd", 0)
attempt("str buffer, bad offset", struct.unpack_from, "<h", "abcd", "x")
attempt("bad offset", struct.unpack_from, "<h", b"abcd", "x")
attempt("float offset", struct.unpack_from, "<h", b"abcd", 1.0)
attempt("past the end", struct.unpack_from, "<h", bytearray(4), 3)
attempt("too far back", struct.unpack_from, "<h", bytearray(4), -5)
attempt("list", struct.unpack_from, "<h", [1, 2], 0)
released = memoryview(b"abcd")
released.release()
attempt("released", struct.unpack_from, "<h", released, 0)
