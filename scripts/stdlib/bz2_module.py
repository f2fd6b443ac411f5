# bz2: one-shot and incremental (de)compression (bytes identical to CPython's),
# multi-stream data, max_length and needs_input, BZ2File reading/writing/appending,
# seeking and lines, open() in text mode, and the errors.
import bz2
import hashlib
import io
import os


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = b"".join(b"line %d: the quick brown fox\n" % k for k in range(3000))
for level in [1, 5, 9]:
    packed = bz2.compress(data, level)
    print(level, len(packed), hashlib.sha256(packed).hexdigest()[:16], packed[:4])
    print("   ", bz2.decompress(packed) == data)
print(bz2.compress(b""), bz2.decompress(b""), bz2.decompress(bz2.compress(b"")))

c = bz2.BZ2Compressor()
parts = [c.compress(data[:1000]), c.compress(bytearray(data[1000:])), c.flush()]
print([len(p) for p in parts], b"".join(parts) == bz2.compress(data))
show("compress after flush", lambda: c.compress(b"x"))
show("flush twice", lambda: c.flush())
show("level 0", lambda: bz2.BZ2Compressor(0))
show("level 10", lambda: bz2.compress(b"x", 10))
show("str data", lambda: bz2.compress("text"))

packed = bz2.compress(data)
d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
first = d.decompress(packed[:500])
print(len(first), d.eof, d.needs_input)
rest = d.decompress(packed[500:] + b"TRAILING")
print(len(first) + len(rest) == len(data), d.eof, d.unused_data, d.needs_input)
show("after eof", lambda: d.decompress(b"more"))

d = bz2.BZ2Decompressor()
chunk = d.decompress(packed, 100)
print(len(chunk), d.needs_input, d.eof)
total = len(chunk)
while not d.eof:
    piece = d.decompress(b"", 20000)
    total += len(piece)
print(total == len(data), d.needs_input)

two = bz2.compress(b"first ") + bz2.compress(b"second")
print(bz2.decompress(two), bz2.decompress(two + b"junk after"))
show("truncated", lambda: bz2.decompress(packed[:-10]))
show("garbage", lambda: bz2.decompress(b"not bzip2 data at all"))
show("bad header", lambda: bz2.BZ2Decompressor().decompress(b"BZh9" + b"\0" * 40))

folder = "/tmp/coro_bz2_%d" % os.getpid()
os.mkdir(folder)
try:
    path = os.path.join(folder, "f.bz2")
    with bz2.BZ2File(path, "w") as f:
        print(f.write(b"hello\n"), f.write(memoryview(b"world\n")), f.tell(), f.writable(),
              f.readable())
        f.writelines([b"more\n", b"lines\n"])
    with bz2.BZ2File(path, "a", compresslevel=1) as f:
        f.write(b"appended\n")
    with open(path, "rb") as raw:
        whole = raw.read()
    print(whole.count(b"BZh"), bz2.decompress(whole))
    with bz2.open(path) as f:
        print(f.readline(), f.read(3), f.tell(), f.peek()[:3], f.read1(2))
        print(f.seek(0), f.readlines(), f.seek(-3, 2), f.read(), f.seek(2), f.read(4))
        b = bytearray(5)
        f.seek(0)
        print(f.readinto(b), b, f.seekable(), list(f)[:2])
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(f.read().splitlines())
    with bz2.open(path, "wt", encoding="utf-8", newline="\r\n") as f:
        f.write("text\nmode\n")
    with bz2.open(path, "rb") as f:
        print(f.read())
    with bz2.BZ2File(io.BytesIO(bz2.compress(data))) as f:
        print(len(f.read()), f.read())
    f = bz2.BZ2File(path)
    f.close()
    print(f.closed)
    show("closed read", lambda: f.read())
    show("read on writer", lambda: bz2.BZ2File(io.BytesIO(), "w").read())
    show("write on reader", lambda: bz2.BZ2File(io.BytesIO(bz2.compress(b""))).write(b"x"))
    show("bad mode", lambda: bz2.BZ2File(path, "rw"))
    show("bad file", lambda: bz2.BZ2File(3.5))
    show("text and binary", lambda: bz2.open(path, "rtb"))
    show("encoding in binary", lambda: bz2.open(path, "rb", encoding="utf-8"))
    with open(path, "wb") as raw:
        raw.write(bz2.compress(data)[:-20])
    show("truncated file", lambda: bz2.open(path).read())
    try:
        bz2.open(os.path.join(folder, "missing.bz2"))
    except FileNotFoundError as e:
        print("missing", e.errno, e.filename.endswith("missing.bz2"))
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
