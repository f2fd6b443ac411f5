# Imaginary literals, repr/str of complex values, attributes, bool and hash.
values = [1j, 2.5J, 1e3j, 1_0j, 0j, 0.0j, 1e16j, 1e-5j, 123456789012345678j, .5j, 1.j]
for v in values:
    print(repr(v), str(v), type(v).__name__, v.real, v.imag)

print(repr(1 + 2j), repr(1 - 2j), repr(-1 - 2j), repr(-(0j)), repr(-0.0 - 0j))
print(repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), repr(complex(-0.0, -0.0)))
inf = float("inf")
nan = float("nan")
print(complex(nan, inf), complex(-inf, -nan), complex(inf, 0), complex(0, -inf), complex(1e300 * 1e10, 1))
print(complex(1.5, 2.25), complex(0.1, 0.2), complex(1e16, 1e-16), complex(100, -100))
print([1j, (1+1j)], {"k": 2j}, (3j,))
print(f"{1j}", f"{1+2j!r}", "%s|%r" % (1j, 2+3j))

print((3 + 4j).conjugate(), (3 - 4j).conjugate(), 1j.conjugate(), (0j).conjugate())
print(bool(0j), bool(1j), bool(complex(0, 0)), bool(complex(1e-300, 0)), bool(-0j))
print(not 0j, 1j or 2, 0j or 3)

for z in [0j, 1j, 1 + 0j, 1.5 + 0j, -1 + 0j, -1j, 2 + 3j, complex(1e300, -1e300), complex(inf, -inf), complex(2**61, 5)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j))
d = {1: "one", 2.5: "x"}
print(d[1 + 0j], d[2.5 + 0j], 1 + 0j in {1}, {1j: 1, 1j: 2})
print(type(1j) is complex, isinstance(1j, complex), complex.__name__, type(1j))
print((1j).__class__, (2 + 3j).__getnewargs__(), (1j).__complex__())
print(1j.real.__class__, (1 + 2j).imag)
