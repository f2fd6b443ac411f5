# zlib: CPython's bytes at every level and window, streams, checksums and errors.
import zlib


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r)[:120])
    except Exception as e:
        print(type(e).__name__ + ':', e)


data = b'The quick brown fox jumps over the lazy dog. ' * 20 + bytes(range(256))
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, 6, wbits)
    d = 47 if wbits > 16 else (wbits if wbits < 0 else 0)
    print(wbits, c[:4].hex(), len(c), zlib.crc32(c), zlib.decompress(c, wbits) == data,
          zlib.decompress(c, d) == data)
print(zlib.compress(b''), zlib.compress(b'a'), zlib.compress(b'hello', wbits=-15))
print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')),
      zlib.crc32(b'x', -1), zlib.crc32(b'x', 2**40))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', 12345),
      zlib.adler32(bytearray(b'abc')))
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
out = co.compress(data[:300]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(data[300:])
copy = co.copy()
out += co.flush()
print(len(out), zlib.crc32(out), zlib.decompress(out, -12) == data,
      zlib.decompress(out[:-1] + copy.flush()[-1:], -12) == data)
for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
    c = co.compress(data) + co.flush()
    print(strategy, len(c), zlib.crc32(c))
co = zlib.compressobj()
print(co.compress(b'abc'), co.flush(zlib.Z_NO_FLUSH), co.flush(zlib.Z_FULL_FLUSH), co.flush())
show(co.compress, b'more')
show(co.flush)
zd = b'quick brown fox lazy dog'
co = zlib.compressobj(zdict=zd)
c = co.compress(data[:100]) + co.flush()
print(c.hex())
do = zlib.decompressobj(zdict=zd)
print(do.decompress(c) == data[:100], do.eof)
show(zlib.decompress, c)
do = zlib.decompressobj()
c = zlib.compress(data) + b'trailing'
parts = []
for i in range(0, 200, 100):
    parts.append(do.decompress(do.unconsumed_tail + c[i:i + 100], 64))
    print(len(parts[-1]), len(do.unconsumed_tail), do.eof, do.unused_data)
rest = do.decompress(do.unconsumed_tail + c[200:])
print(len(rest), do.eof, do.unused_data, repr(do.unconsumed_tail), do.flush())
do2 = zlib.decompressobj(-15)
raw = zlib.compress(b'x' * 1000, 9, -15)
print(len(do2.decompress(raw[:5])), do2.eof, len(do2.flush()), do2.eof)
dc = zlib.decompressobj()
first = dc.decompress(zlib.compress(b'abcdef')[:5])
cp = dc.copy()
print(first, dc.decompress(zlib.compress(b'abcdef')[5:]), cp.decompress(zlib.compress(b'abcdef')[5:]))
show(zlib.decompress, b'abc')
show(zlib.decompress, zlib.compress(b'hello')[:-3])
show(zlib.decompress, zlib.compress(b'hello') + b'junk')
show(zlib.decompress, b'abc', 100)
show(zlib.decompress, zlib.compress(b'x'), 8)
show(zlib.decompress, b'', bufsize=-1)
show(zlib.compress, b'abc', 10)
show(zlib.compress, b'abc', wbits=100)
show(zlib.compress, 'abc')
show(zlib.crc32, 'abc')
show(zlib.compressobj, wbits=100)
show(zlib.compressobj, memLevel=10)
show(zlib.decompressobj, wbits=100)
show(zlib.decompressobj().decompress, b'x', -1)
show(zlib.decompressobj().flush, 0)
show(zlib.decompressobj, zdict=5)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH,
      zlib.Z_BLOCK, zlib.Z_PARTIAL_FLUSH, zlib.Z_TREES, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE,
      zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED)
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION, zlib.error.__mro__[1:],
      type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
