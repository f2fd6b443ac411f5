# memoryview over bytes and bytearray: attributes, indexing, slicing into new views,
# casts, writing through a view, exports blocking a bytearray's resizing, release and
# the context manager, equality and hashing, and memoryviews where bytes-like
# arguments are accepted.
import hashlib
import io
import struct
import zlib

b = b'hello'
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), m.hex())
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.obj is b, m[1:].obj is b, m.c_contiguous, m.contiguous, type(m).__name__)
print(repr(m).startswith('<memory at 0x'), isinstance(m, memoryview))

ba = bytearray(b'abcdef')
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b'XY'
mv[-1:] = memoryview(b'!')
print(ba, mv.readonly, mv.tobytes())
sub = mv[2:5]
sub[0] = ord('z')
print(ba, sub.tolist(), len(sub))
try:
    ba.append(1)
except BufferError as e:
    print('BufferError', e)
mv.release()
try:
    ba.append(1)
except BufferError as e:
    print('BufferError while a slice lives:', e)
sub.release()
ba.append(33)
print(ba)
try:
    mv[0]
except ValueError as e:
    print('ValueError', e)

with memoryview(b'xyz') as m2:
    print(m2.tobytes(), m2[::-1].tobytes(), m2[::2].tolist())
print(repr(m2).startswith('<released memory at 0x'))

raw = struct.pack('<3i', 1, -2, 300)
ints = memoryview(raw).cast('i')
print(ints.tolist(), ints.format, ints.itemsize, ints.shape, ints.nbytes, ints[1], len(ints))
print(ints.cast('B').tolist()[:5], ints.cast('b')[4])
words = memoryview(bytearray(8)).cast('H')
words[0] = 0xFFFF
words[3] = 258
print(words.tolist(), words.obj)
doubles = memoryview(bytearray(16)).cast('d')
doubles[0] = 1.5
doubles[1] = 2
print(doubles.tolist())
flags = memoryview(bytearray(3)).cast('?')
flags[1] = 'yes'
print(flags.tolist())
chars = memoryview(b'ab').cast('c')
print(chars.tolist(), chars[0])

print(memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') != b'ac')
print(memoryview(b'\x01\x00\x02\x00').cast('h') == memoryview(b'\x01\x02'), memoryview(b'a') == 'a')
print(hash(memoryview(b'ab')) == hash(b'ab'), hash(memoryview(b'abc')[::2]) == hash(b'ac'))
print(bytes(memoryview(b'q')), bytearray(memoryview(b'q')), b''.join([memoryview(b'a'), b'b']))
print(b'x' + memoryview(b'y'), bytearray(b'x') + memoryview(b'yz'), b'abc'.startswith(memoryview(b'a')))
print(list(memoryview(b'ab')), list(reversed(memoryview(b'ab'))), 98 in memoryview(b'ab'))
print(memoryview(b'ab').hex(':'), memoryview(b'abcdef').hex('-', 2), bool(memoryview(b'')))

print(hashlib.md5(memoryview(b'a')).hexdigest(), hashlib.sha256(memoryview(b'abc')[1:]).hexdigest()[:16])
print(zlib.crc32(memoryview(b'a')), zlib.decompress(memoryview(zlib.compress(b'zz'))))
print(struct.unpack('<i', memoryview(b'\x01\0\0\0')), struct.unpack_from('<h', memoryview(b'\0\x05\0'), 1))
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), str(memoryview(b'hi'), 'ascii'))
buf = io.BytesIO()
buf.write(memoryview(b'written'))
print(buf.getvalue())
ro = memoryview(bytearray(b'ab')).toreadonly()
print(ro.readonly, ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError', e)
ba2 = bytearray(b'0123')
with memoryview(ba2) as view:
    view[1:3] = b'ab'
ba2.extend(b'45')
print(ba2)
packed = bytearray(8)
struct.pack_into('<i', memoryview(packed)[2:], 1, 7)
print(packed, struct.unpack_from('<i', memoryview(packed), 3))
try:
    struct.pack_into('<i', memoryview(b'abcdefgh'), 0, 1)
except TypeError as e:
    print('TypeError', e)
