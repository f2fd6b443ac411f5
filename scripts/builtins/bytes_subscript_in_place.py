# bytes and bytearray subscripts read the buffer in place (no copy of the whole buffer
# per subscript): indexes, slices with every step sign, bounds given by __index__
# (which may resize the bytearray being read), subclasses, and methods on big buffers
# called in loops (find from a start, startswith, `in`).
data = bytes(range(256)) * 2000
ba = bytearray(data)
print(data[0], data[-1], data[300], ba[511], ba[-256])
print(data[10:20], data[-5:], data[::-1][:5], data[100:50:-7], data[5:100:13])
print(ba[10:20], ba[-3:], ba[::-3][:4], ba[3:3], type(ba[1:2]).__name__)
print(len(data[::2]), data[:0], data[len(data):], data[-10**9:3], data[3:10**9][-2:])
for bad in (len(data), -len(data) - 1):
    try:
        data[bad]
    except IndexError as e:
        print("IndexError", e)
    try:
        ba[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    data["x"]
except TypeError as e:
    print("TypeError", e)
try:
    ba[1.5]
except TypeError as e:
    print("TypeError", e)


class Shrink:
    """An index whose __index__ empties the bytearray being subscripted."""

    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        del self.target[:]
        return self.value


b2 = bytearray(b"abcdefgh")
try:
    print(b2[Shrink(b2, 3)])
except IndexError as e:
    print("IndexError", e)
b3 = bytearray(b"abcdefgh")
print(b3[Shrink(b3, 1):5], b3)
b4 = bytearray(b"abcdefgh")
print(b4[1:Shrink(b4, 6)], b4)


class B(bytes):
    pass


class BA(bytearray):
    pass


sb = B(b"hello world")
sba = BA(b"hello world")
print(sb[1], sb[1:4], type(sb[1:4]).__name__, sba[-1], sba[::2], type(sba[::2]).__name__)

t = 0
for i in range(0, len(data) - 16, 4096):
    t += data[i] + len(data[i:i + 16]) + data.find(b"\x05", i) + data.startswith(b"\x00")
    t += (b"\x07\x08" in data) + ba[i] + len(ba[i:i + 8])
print(t, data.find(b"\xff\x00", 300), data.rfind(b"\x01"), data.count(b"\x10\x11"))
print(data.split(b"\x80")[1][:3], data.partition(b"\xfe")[2][:3], data.rpartition(b"\x03")[0][-2:])
print(data.upper()[:4], data.strip(b"\x00\xff")[:2], data.hex()[:8], ba.lower()[97:100])
