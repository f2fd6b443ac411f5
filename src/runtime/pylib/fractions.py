"""Rational numbers (coro's embedded fractions): Fraction with CPython 3.11's
constructors (ints, floats, strings, other rationals), arithmetic mixing int, float and
Fraction, comparisons, hashing equal to the int and float hashes of equal values, rounding,
limit_denominator, as_integer_ratio, reprs and errors; Fractions from Decimals.

Not covered: arithmetic with Decimal operands (a TypeError, as in CPython, but naming the
class Decimal rather than decimal.Decimal)."""

import math
import sys

__all__ = ["Fraction"]

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction string, or None when it is not one."""
    s = text.strip()
    sign = 1
    if s and s[0] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not (_digits(num) and _digits(den)):
            return None
        return sign * int(num.replace("_", "")), int(den.replace("_", ""))
    mantissa, exp = s, 0
    for marker in "eE":
        if marker in s:
            mantissa, _, e = s.partition(marker)
            e_sign = 1
            if e and e[0] in "+-":
                e_sign = -1 if e[0] == "-" else 1
                e = e[1:]
            if not _digits(e):
                return None
            exp = e_sign * int(e.replace("_", ""))
            break
    whole, dot, frac = mantissa.partition(".")
    if dot:
        if not (whole or frac) or (whole and not _digits(whole)) or (frac and not _digits(frac)):
            return None
    elif not _digits(whole):
        return None
    numerator = int((whole + frac).replace("_", "") or "0")
    denominator = 10 ** len(frac.replace("_", ""))
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _digits(s):
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return False
    return all(c.isdigit() and c.isascii() or c == "_" for c in s)


def _is_decimal(value):
    """Whether value is a decimal.Decimal (a Decimal exists only once decimal is loaded,
    so fractions never imports it)."""
    module = sys.modules.get("decimal")
    return module is not None and isinstance(value, module.Decimal)


def _reduced(numerator, denominator):
    """A Fraction of two ints already in lowest terms with a positive denominator."""
    self = object.__new__(Fraction)
    self._numerator = numerator
    self._denominator = denominator
    return self


class Fraction:
    """A rational number numerator/denominator in lowest terms."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            elif hasattr(numerator, "numerator") and hasattr(numerator, "denominator"):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction))):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError(
                f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})"
            )
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _arith(self, other, op, float_op, reverse=False):
        o = self._operands(other)
        if o is not None:
            return op(o, self) if reverse else op(self, o)
        if isinstance(other, float):
            return float_op(other, float(self)) if reverse else float_op(float(self), other)
        return NotImplemented

    # Sums and products reduce by the gcds of the operands' parts (Knuth, TAOCP vol. 2,
    # 4.5.1) instead of one gcd of the full cross products: the numbers the gcds see
    # stay about the operands' size, and a sum of many fractions keeps linear-size work.

    @staticmethod
    def _add(a, b):
        return Fraction._sum(a._numerator, a._denominator, b._numerator, b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction._sum(a._numerator, a._denominator, -b._numerator, b._denominator)

    @staticmethod
    def _sum(na, da, nb, db):
        g = math.gcd(da, db)
        if g == 1:
            return _reduced(na * db + nb * da, da * db)
        da_g = da // g
        top = na * (db // g) + nb * da_g
        g2 = math.gcd(top, g)
        if g2 == 1:
            return _reduced(top, da_g * db)
        return _reduced(top // g2, da_g * (db // g2))

    @staticmethod
    def _mul(a, b):
        return Fraction._product(a._numerator, a._denominator, b._numerator, b._denominator)

    @staticmethod
    def _product(na, da, nb, db):
        # Each numerator is cancelled against the other operand's denominator (both
        # denominators are positive, so neither gcd is zero).
        across = math.gcd(na, db)
        back = math.gcd(nb, da)
        return _reduced((na // across) * (nb // back), (da // back) * (db // across))

    @staticmethod
    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            na = a._numerator
            raise ZeroDivisionError(f"Fraction({(na > 0) - (na < 0)}, 0)")
        if nb < 0:
            nb, db = -nb, -db
        return Fraction._product(a._numerator, a._denominator, db, nb)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(a, b):
        return a._arith(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._arith(a, Fraction._add, lambda x, y: x + y, True)

    def __sub__(a, b):
        return a._arith(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._arith(a, Fraction._sub, lambda x, y: x - y, True)

    def __mul__(a, b):
        return a._arith(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._arith(a, Fraction._mul, lambda x, y: x * y, True)

    def __truediv__(a, b):
        return a._arith(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._arith(a, Fraction._div, lambda x, y: x / y, True)

    def __floordiv__(a, b):
        return a._arith(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._arith(a, Fraction._floordiv, lambda x, y: x // y, True)

    def __divmod__(a, b):
        return a._arith(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._arith(a, Fraction._divmod, divmod, True)

    def __mod__(a, b):
        return a._arith(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._arith(a, Fraction._mod, lambda x, y: x % y, True)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and (isinstance(b, int) or b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator > 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError(f"Fraction({a._denominator ** -power}, 0)")
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                            _normalize=False)
        if isinstance(b, (int, float, Fraction)):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# A Rational when numbers came first (else numbers registers Fraction when imported).
if "numbers" in sys.modules:
    sys.modules["numbers"].Rational.register(Fraction)
