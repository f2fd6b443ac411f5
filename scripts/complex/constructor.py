# complex(): from numbers, strings, __complex__/__float__/__index__, and its errors.
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(1, imag=5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 3j), complex(2j, 3))
print(complex(-0.0), complex(0, -0.0), complex(10**20, 10**20))

for s in ["1+2j", " ( 1+2j ) ", "j", "-J", "+j", "inf+nanj", "1_0j", "1e3j", "1+j", "1-j",
          "(1)", "nanj", "infinityj", "-INF", "1.5e3-2.5E-3J", "\u0661+2j", "+1.j", "1.e5j",
          "\t1j\n", "1e5", "-0", "-0j", "1E-2+3e+2J", "  7  "]:
    print(repr(s), repr(complex(s)))

for bad in ["1__0j", "_1j", "1e", "1e+j", "(1", "1)", "", "  ", "1 +2j", "1+ 2j", "1\x000j",
            "0x1j", ".j", "1+2j+3j", "--1j", "j1", "(", "()", "1jj", "1_j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()))
print(complex(WithFloat(), WithIndex()), complex(1, WithFloat()), complex(WithComplex(), 1))

cases = [
    lambda: complex("1", 2),
    lambda: complex(1, "2"),
    lambda: complex([]),
    lambda: complex(None),
    lambda: complex(1, None),
    lambda: complex(1, []),
    lambda: complex(1, 2, 3),
    lambda: complex(BadComplex()),
    lambda: complex(x=1),
    lambda: complex(b"1"),
    lambda: complex(10**400),
    lambda: complex(1, 10**400),
    lambda: complex("1", imag=2),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
