# readinto(b) of the binary streams, and the mode a TextIOWrapper over a buffer lacks.
import io
import os

b = io.BytesIO(b"hello world")
buf = bytearray(5)
print(b.readinto(buf), buf, b.tell())
view = memoryview(bytearray(4))
print(b.readinto(view), bytes(view))
big = bytearray(10)
print(b.readinto(big), big)
print(b.readinto(bytearray(3)), b.readinto(bytearray()))
words = memoryview(bytearray(4)).cast("H")
print(io.BytesIO(b"\x01\x00\x02\x00").readinto(words), words.tolist())
part = memoryview(bytearray(b"....")).cast("H")
print(io.BytesIO(b"\xff").readinto(part), bytes(part))
for bad in (b"bytes", "str", memoryview(b"ro"), 5):
    try:
        io.BytesIO(b"x").readinto(bad)
    except TypeError as e:
        print("TypeError", e)
closed = io.BytesIO(b"x")
closed.close()
try:
    closed.readinto(bytearray(1))
except ValueError as e:
    print("ValueError", e)

path = f"/tmp/coro_readinto_{os.getpid()}"
with open(path, "wb") as f:
    f.write(bytes(range(20)))
for buffering in (-1, 0):
    with open(path, "rb", buffering=buffering) as f:
        chunk = bytearray(8)
        sizes = []
        while n := f.readinto(chunk):
            sizes.append((n, bytes(chunk[:n])))
        print(type(f).__name__, sizes)
with open(path, "r+b") as f:
    chunk = bytearray(3)
    print(type(f).__name__, f.readinto(chunk), chunk)
os.remove(path)
print(hasattr(io.StringIO(), "readinto"), hasattr(io.TextIOWrapper(io.BytesIO()), "readinto"))

w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
try:
    w.mode
except AttributeError as e:
    print("AttributeError", e)
with open(__file__) as f:
    print(f.mode, f.buffer.mode)
with open(__file__, "rb") as f:
    print(f.mode)
