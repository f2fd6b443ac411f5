# complex among the other types: subclassing, numbers ABCs, conversions that refuse it.
import math
import numbers


class MyComplex(complex):
    def __repr__(self):
        return f"MyComplex({self.real}, {self.imag})"


class Plain(complex):
    pass


class Polar(complex):
    def __new__(cls, r, phi):
        return super().__new__(cls, r * math.cos(phi), r * math.sin(phi))

    def __add__(self, other):
        return "added"


m = MyComplex(1, 2)
print(m, repr(m), str(m), type(m).__name__, m.real, m.imag, isinstance(m, complex))
p = Plain("3+4j")
print(p, repr(p), type(p).__name__, abs(p), -p, type(-p).__name__, +p, type(+p).__name__)
print(p + 1, type(p + 1).__name__, 1 + p, p * 2j, p == 3 + 4j, hash(p) == hash(3 + 4j))
print(p.conjugate(), type(p.conjugate()).__name__, format(p, ".1f"), f"{p}", bool(Plain()))
print(complex(p), type(complex(p)).__name__, Plain(p), type(Plain(p)).__name__)
q = Polar(2, 0)
print(q, q + 1, 1 + q, type(q).__name__)
print(complex.__new__(Plain, 5), type(complex.__new__(Plain, 5)).__name__)

print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Number), isinstance(1j, numbers.Real))
print(issubclass(complex, numbers.Complex), isinstance(1, numbers.Complex), isinstance(1.5, numbers.Complex))

errors = [
    lambda: int(1j),
    lambda: float(1j),
    lambda: round(1j),
    lambda: round(1j, 2),
    lambda: math.sqrt(1j),
    lambda: math.floor(2j),
    lambda: math.isnan(1j),
    lambda: range(1j),
    lambda: [1, 2][1j],
    lambda: "abc"[0j],
    lambda: hex(1j),
    lambda: sorted([1j, 2j]),
    lambda: max(1j, 2j),
    lambda: (1j).real.__index__(),
    lambda: complex.conjugate(1),
]
for f in errors:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(str(1j), ascii(1j), bool(MyComplex(0, 0)), sum([MyComplex(1, 1), 1j]))
