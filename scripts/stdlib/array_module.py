# array: typecodes, construction, conversions, sequence operations, errors.
import array
from array import array as A


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(array.typecodes, array.ArrayType is A)
for code in array.typecodes:
    a = A(code)
    print(code, a.itemsize, a.typecode, repr(a))
a = A('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
a.reverse()
print(a, a.count(3), a.index(3), a.index(5, 1), 3 in a, 42 in a)
a[0] = 70
a[1:3] = A('i', [8, 8, 8])
del a[-1]
del a[::2]
print(a, a.tolist(), list(a), list(reversed(a)))
print(A('h', [1, -2]).tobytes(), A('B', b'\x01\x02\x03'), A('H', b'\x01\x00\x02\x00'))
b = A('h', [1, 256])
b.byteswap()
print(b, b.buffer_info()[1], bytes(b))
f = A('f', [0.1, 1.5, -2.25])
print(f, f.tobytes().hex(), A('d', [1e300, -0.0, float('inf')]))
u = A('u', 'héllo')
u.fromunicode(' w')
print(u, u.tounicode(), u.tolist(), len(u.tobytes()))
c = A('b')
c.frombytes(b'\x01\xff')
c.fromlist([5, -6])
print(c, c + A('b', [9]), c * 2, 2 * c, A('b', [1]) * 0)
c += A('b', [3])
c *= 2
print(c)
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('h', [1, 2]), A('i', [1]) == [1],
      A('b', [1, 2]) < A('b', [1, 3]), A('d', [1.0]) == A('b', [1]), A('i', [2]) >= A('i', [2]))
print(A('i', range(5)), A('l', iter([1, 2])), A('q', A('b', [4])), A('d', [1, 2]), A('i', [True]))
for code, value in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2**15), ('h', -2**15 - 1),
                    ('H', 2**16), ('H', -1), ('i', 2**31), ('i', -2**31 - 1), ('I', 2**32), ('I', -1),
                    ('l', 2**63), ('L', -1), ('L', 2**64), ('q', 2**63), ('Q', -1), ('Q', 2**64),
                    ('b', 2**70), ('I', 2**70), ('b', 'x'), ('b', 1.5), ('f', 'x'), ('u', 1),
                    ('u', 'ab'), ('d', None)]:
    show(A, code, [value])
show(A, 'x')
show(A, 1)
show(A, 'bb')
show(A, 'b', 'abc')
show(A, 'b', 5)
show(A, 'u', A('b', [1]))
show(A, 'h', b'\x01')
show(A('b').pop)
show(A('b', [1]).pop, 5)
show(A('b', [1]).__getitem__, 5)
show(A('b', [1]).__getitem__, 'x')
show(A('b', [1]).__setitem__, 3, 1)
show(A('b', [1]).__delitem__, 3)
show(A('b', [1]).index, 3)
show(A('b', [1]).remove, 3)
show(A('b').extend, A('h'))
show(A('b').extend, 5)
show(lambda: A('b') + A('h'))
show(lambda: A('b') + [1])
show(A('b').tounicode)
show(A('b').fromunicode, 'a')
show(A('u').fromunicode, 5)
show(A('b').frombytes, 'ab')
show(A('b').fromlist, (1,))
show(A('b').fromlist, [1, 'x'])


def setslice(a, s, v):
    a[s] = v


show(setslice, A('b', [1, 2, 3]), slice(0, 1), [5])
show(setslice, A('b', [1, 2, 3]), slice(None, None, 2), A('b', [5]))
show(setslice, A('b', [1, 2, 3]), slice(0, 1), A('h', [5]))
try:
    hash(A('b'))
except TypeError:
    print('unhashable')
import copy
x = A('i', [1, 2])
y = copy.copy(x)
z = copy.deepcopy(x)
y.append(3)
print(x, y, z)
