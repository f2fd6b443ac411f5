# repr/str/format of floats: the shortest digits that read back, and for a value exactly
# halfway between two such digit strings, the even one (as CPython); doubles from a fixed
# generator over every exponent, halves and thousandths, large integers near 2**53.
import struct

state = 0x2545F4914F6CDD1D


def next_bits():
    global state
    state ^= (state << 13) & 0xFFFFFFFFFFFFFFFF
    state ^= state >> 7
    state ^= (state << 17) & 0xFFFFFFFFFFFFFFFF
    return state


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


values = []
for _ in range(600):
    b = next_bits()
    values.append(from_bits(b))
    values.append(from_bits(b >> 12))
    values.append((b % 100_000_000) / 1000)
    values.append((b % 10_000) / 7)
    values.append(((b % 2000) - 1000) * 1e20)
# Halfway cases: 17 significant digits needed, the last one a tie between two neighbours.
values += [1658206780088562.2, -1052730259603333.2, 662936471232937.2, -26829767983277.312,
           9007199254740993.0, 2.0 ** 53 + 2, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
           0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345680.0, 1e-5, 0.0001, 1e22, 1e23]
finite = [v for v in values if v == v and v not in (float("inf"), float("-inf"))]
for v in finite:
    print(repr(v), str(v), f"{v}", f"{v:>30}", format(v, ","), "%r" % v, f"{v:g}", f"{v:.17g}")
print(sum(len(repr(v)) for v in finite))
