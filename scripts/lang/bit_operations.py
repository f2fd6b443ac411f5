# Bitwise operators, shifts, and the two's-complement view of negative ints.
values = [0, 1, 5, 12, 255, -1, -6]
for v in values:
    print(v, v & 0xF, v | 0x10, v ^ 0b101, ~v, v << 3, v >> 1)

print(1 << 70, (1 << 70) >> 68, -1 >> 100, -(1 << 70) >> 3)
print(0xFF & -256, -8 & 0xF, -8 | 3, -8 ^ 3)
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255))
print(bin(0), hex(0), hex(2 ** 64))
print((255).bit_length(), (0).bit_length(), (-256).bit_length())
print(format(10, "b"), format(10, "08b"), format(255, "x"), format(255, "X"), format(255, "#x"))
print(format(-42, "#b"), format(8, "o"), format(2 ** 40, ","), format(2 ** 40, "_"))
mask = 0
for bit in [0, 3, 5, 9]:
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(10) if mask >> b & 1])
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0001
print(x)
x ^= 0b1111
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print(True & False, True | False, True ^ True, ~True)
