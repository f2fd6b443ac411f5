# numbers: the numeric tower, the builtins registered in it, Fraction and Decimal
# (numbers imported first), the mixin methods and abstract-method errors. (No complex:
# coro has no complex type yet.)
import numbers
from numbers import Number, Complex, Real, Rational, Integral
import fractions
import decimal

values = [1, True, 2.5, fractions.Fraction(1, 3), decimal.Decimal("1.5"), "1", None, [1]]
for v in values:
    print(repr(v).ljust(22), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])

print(issubclass(bool, Integral), issubclass(float, Rational), issubclass(str, Number))
print(Number.__hash__, numbers.__all__)
print(sorted(Integral.__abstractmethods__))
print(sorted(Rational.__abstractmethods__) == sorted(Real.__abstractmethods__ | {"numerator", "denominator"}))


class Meters(Real):
    """The smallest complete Real: everything abstract, over a float."""

    def __init__(self, v):
        self.v = float(v)

    def __repr__(self):
        return f"Meters({self.v})"

    def __float__(self):
        return self.v

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return int(self.v // 1)

    def __ceil__(self):
        return -int(-self.v // 1)

    def __round__(self, ndigits=None):
        return round(self.v, ndigits)

    def __floordiv__(self, o):
        return Meters(self.v // float(o))

    def __rfloordiv__(self, o):
        return Meters(float(o) // self.v)

    def __mod__(self, o):
        return Meters(self.v % float(o))

    def __rmod__(self, o):
        return Meters(float(o) % self.v)

    def __lt__(self, o):
        return self.v < float(o)

    def __le__(self, o):
        return self.v <= float(o)

    def __add__(self, o):
        return Meters(self.v + float(o))

    __radd__ = __add__

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return Meters(self.v)

    def __mul__(self, o):
        return Meters(self.v * float(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return Meters(self.v / float(o))

    def __rtruediv__(self, o):
        return Meters(float(o) / self.v)

    def __pow__(self, o):
        return Meters(self.v ** float(o))

    def __rpow__(self, o):
        return Meters(float(o) ** self.v)

    def __abs__(self):
        return Meters(abs(self.v))

    def __eq__(self, o):
        return self.v == float(o)


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m))
print(m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, Complex), isinstance(m, Rational))


class Count(Integral):
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n


try:
    Count(3)
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])


from types import SimpleNamespace

print(Rational.__float__(SimpleNamespace(numerator=3, denominator=4)))
print(Integral.__float__(True), Integral.numerator.fget(5), Integral.denominator.fget(5), Integral.__index__(7))
