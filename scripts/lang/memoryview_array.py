# memoryview over array.array: the view shares the array's memory (writes go both ways),
# has the array's format and item size, and an exported array cannot be resized.
import array

a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.tolist(), m.nbytes, len(m), m.shape, m.obj is a, m.readonly)
m[0] = 9
a[1] = 20
print(a, m.tolist(), m[1])
for change in (lambda: a.append(4), lambda: a.pop(), lambda: a.extend([1]),
               lambda: a.insert(0, 1), lambda: a.remove(9)):
    try:
        change()
    except BufferError as e:
        print('BufferError', e)
a += array.array('i')
a[0:1] = array.array('i', [7])
a.reverse()
print(a, m.tolist())
m.release()
a.append(4)
print(a, len(a), a.tobytes() == bytes(memoryview(a)))
d = array.array('d', [1.5, -2.25])
md = memoryview(d)
print(md.format, md.tolist(), md.cast('B').nbytes)
md[1] = 8
print(d)
del md
b = array.array('B', b'abc')
print(bytes(memoryview(b)[::-1]), memoryview(b) == b'abc', memoryview(b).hex())
h = array.array('h', [1, -1])
print(memoryview(h).cast('B').tolist())
q = array.array('Q', [2**64 - 1])
print(memoryview(q).tolist(), memoryview(q).format)
f = array.array('f', [0.1])
print(memoryview(f).tolist() == f.tolist(), f[0])
arr = array.array('l', range(5))
print(arr[1:4], arr[::-1], arr * 2, arr + arr, 3 in arr, arr.index(2), arr.count(4))
del arr[0]
arr.insert(1, 10)
print(arr, arr.pop(), arr, arr.buffer_info()[1], list(reversed(arr)))
arr.byteswap()
arr.byteswap()
print(arr, arr == array.array('l', [1, 10, 2, 3]), arr < array.array('l', [2]))
u = array.array('u', 'hé')
u.append('x')
u.fromunicode('yz')
print(u, u.tounicode(), u[1], u.tobytes()[:8] == b'h\0\0\0\xe9\0\0\0')
