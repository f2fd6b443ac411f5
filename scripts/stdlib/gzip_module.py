# gzip: one-shot compress/decompress (CPython's bytes with a fixed mtime), files in
# binary and text mode, multi-member data, and the errors.
import gzip
import io
import os
import zlib


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw))[:150])
    except Exception as e:
        print(type(e).__name__ + ':', e)


data = b'gzip me, ' * 50
for level in (0, 1, 6, 9):
    c = gzip.compress(data, level, mtime=0)
    print(level, len(c), c[:10].hex(), zlib.crc32(c), gzip.decompress(c) == data)
print(gzip.compress(b'', mtime=12345).hex())
two = gzip.compress(b'one ', mtime=0) + b'\x00\x00' + gzip.compress(b'two', mtime=0)
print(gzip.decompress(two), gzip.decompress(b''))
show(gzip.decompress, b'not gzip data')
show(gzip.decompress, gzip.compress(b'abc', mtime=0)[:-4])
show(gzip.decompress, gzip.compress(b'abc', mtime=0)[:5])
bad = bytearray(gzip.compress(b'abc', mtime=0))
bad[-8] ^= 1
show(gzip.decompress, bytes(bad))
bad = bytearray(gzip.compress(b'abc', mtime=0))
bad[-1] ^= 1
show(gzip.decompress, bytes(bad))
bad = bytearray(gzip.compress(b'abc', mtime=0))
bad[2] = 7
show(gzip.decompress, bytes(bad))
folder = '/tmp/coro_gzip_%d' % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, 'data.txt.gz')
with gzip.open(path, 'wb') as f:
    print(f.write(b'line one\n'), f.write(bytearray(b'line two\n')), f.tell())
with open(path, 'rb') as f:
    raw = f.read()
print(raw[:4].hex(), raw[8:10].hex(), raw[10:19], len(raw))
with gzip.open(path) as f:
    print(f.read(4), f.readline(), f.readline(), f.readline(), f.tell())
    f.seek(0)
    print(list(f))
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(repr(f.read()))
with gzip.open(path, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(f.readlines())
with gzip.GzipFile(path, 'wb', mtime=7) as f:
    f.write(b'fixed')
with open(path, 'rb') as f:
    raw = f.read()
print(raw.hex())
g = gzip.GzipFile(path)
print(g.read(), g.mtime, g.readable(), g.writable(), g.seekable())
g.close()
print(g.closed)
show(g.read)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(b'in memory')
print(buf.getvalue().hex())
print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
show(gzip.open, path, 'rbt')
show(gzip.open, path, 'rb', encoding='utf-8')
show(gzip.open, 123.5)
w = gzip.open(path, 'wb')
show(w.read)
w.close()
r = gzip.open(path, 'rb')
show(r.write, b'x')
r.close()
os.remove(path)
os.rmdir(folder)
print(issubclass(gzip.BadGzipFile, OSError), gzip.__all__)
