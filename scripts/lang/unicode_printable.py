# str.isprintable() and repr() follow Unicode 14.0 (CPython 3.11): unassigned, format,
# separator and private-use characters are escaped.
samples = [0x7f, 0xa0, 0xad, 0x378, 0x600, 0x61c, 0x85, 0x1680, 0x2028, 0x200d, 0x2066, 0xe000,
           0xfeff, 0xfffe, 0x10ffff, 0x1f600, 0x3000, 0x20, 0xe9, 0x0378, 0x1d173, 0xe0001, 0x110bd]
for cp in samples:
    c = chr(cp)
    print(hex(cp), c.isprintable(), repr(c), ascii(c))
print(repr("tab\there\u200bzero-width\u00a0nbsp"))
print(all(chr(c).isprintable() == (repr(chr(c))[1:-1] == chr(c) or chr(c) in "'\\") for c in range(0x20, 0x3000)))
