"""Decimal fixed- and floating-point arithmetic (coro's embedded decimal), written in Python
on big ints: Decimal built from ints, strings, floats, tuples; str/repr; + - * / // % **
divmod, sqrt, exp, ln, log10, quantize, the to_integral forms, rounding to the context's
precision with all eight rounding modes; comparisons and hashes agreeing with int, float and
Fraction; the is_* predicates, copy_sign, normalize, adjusted, as_tuple, next_plus/minus,
format() specs; the signals with CPython's messages and NaN/Infinity semantics.

A value is a sign (0 or 1), an int coefficient, an int exponent and a kind ('' finite,
'F' infinity, 'n' quiet NaN, 'N' signalling NaN, the coefficient then the payload). Every
operation computes its exact result (or enough digits plus a sticky digit) and `_fix`
rounds it to the context, recording the conditions it met.

Not covered: the logical_* operations, shift/rotate, pickling, the C module's speed.
The context (`_decimal_context`) is one per interpreter, not per thread or task."""

import math
from collections import namedtuple

import _decimal_context
from _decimal_format import format_decimal as _format_decimal
from _decimal_context import *  # noqa: F401,F403 (decimal's public names)
from _decimal_context import (
    Clamped, ConversionSyntax, Context, DivisionByZero, DivisionImpossible,
    DivisionUndefined, FloatOperation, Inexact, InvalidOperation, Overflow, Rounded,
    Subnormal, Underflow, getcontext,
    ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
    ROUND_HALF_UP, ROUND_UP,
)

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")

_HASH_MODULUS = 2305843009213693951  # sys.hash_info.modulus on 64-bit builds
_HASH_INF = 314159
_HASH_10_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _ndigits(n):
    return len(str(n))


def _round_off(coeff, drop, sign, rounding):
    """coeff with its last `drop` (> 0) digits removed under `rounding`:
    (new coefficient, whether a nonzero digit was dropped)."""
    if drop > _ndigits(coeff) + 1:
        q, r, half = 0, coeff, None
    else:
        scale = 10 ** drop
        q, r = divmod(coeff, scale)
        half = scale // 2
    if r == 0:
        return q, False
    if rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN):
        if half is not None and (
            r > half
            or r == half
            and (rounding == ROUND_HALF_UP or rounding == ROUND_HALF_EVEN and q & 1)
        ):
            q += 1
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_CEILING:
        q += not sign
    elif rounding == ROUND_FLOOR:
        q += sign
    elif rounding == ROUND_05UP:
        q += q % 10 in (0, 5)
    return q, True


def _new(sign, coeff, exp, special=""):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _infinity(sign):
    return _new(sign, 0, 0, "F")


_NAN = None  # the quiet NaN without payload, set below


def _overflowed(sign, ctx, conditions, rounding):
    conditions += [Overflow, Inexact, Rounded]
    r = rounding
    to_infinity = (
        r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
        or r == ROUND_CEILING and not sign
        or r == ROUND_FLOOR and sign
    )
    if to_infinity:
        return _infinity(sign)
    return _new(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _fix(sign, coeff, exp, ctx, conditions, rounding=None):
    """The exact value (-1)**sign * coeff * 10**exp rounded to ctx, the conditions met
    appended to `conditions`."""
    prec = ctx._prec
    rounding = rounding or ctx._rounding
    etiny = ctx._Emin - prec + 1
    etop = ctx._Emax - prec + 1
    if coeff == 0:
        top = etop if ctx._clamp else ctx._Emax
        if exp > top:
            exp = top
            conditions.append(Clamped)
        elif exp < etiny:
            exp = etiny
            conditions.append(Clamped)
        return _new(sign, 0, exp)
    digits = _ndigits(coeff)
    adjusted = exp + digits - 1
    if adjusted > ctx._Emax:
        return _overflowed(sign, ctx, conditions, rounding)
    subnormal = adjusted < ctx._Emin
    target = max(exp + digits - prec, etiny)
    if target > exp:
        coeff, inexact = _round_off(coeff, target - exp, sign, rounding)
        exp = target
        conditions.append(Rounded)
        if inexact:
            conditions.append(Inexact)
            if subnormal:
                conditions.append(Underflow)
                if coeff == 0:
                    conditions.append(Clamped)
        if coeff and _ndigits(coeff) > prec:
            coeff //= 10
            exp += 1
            if exp + prec - 1 > ctx._Emax:
                return _overflowed(sign, ctx, conditions, rounding)
    if subnormal:
        conditions.append(Subnormal)
    if ctx._clamp and exp > etop:
        coeff *= 10 ** (exp - etop)
        exp = etop
        conditions.append(Clamped)
    return _new(sign, coeff, exp)


# 10**n for the precisions in common use: `coeff < _POW10[prec]` says coeff fits.
_POW10 = tuple(10 ** n for n in range(100))


def _close_sum(a, b, b_sign, ctx):
    """a + (-1)**b_sign * |b| for finite a and b whose exponents are under 64 apart (their
    exact sum stays small), rounded to ctx; None otherwise or when the sum is zero (the
    general path decides a zero's sign and exponent)."""
    x, y, exp = a._int, b._int, a._exp
    shift = b._exp - exp
    if 0 <= shift < 64:
        y *= _POW10[shift]
    elif -64 < shift < 0:
        x *= _POW10[-shift]
        exp = b._exp
    else:
        return None
    total = (-x if a._sign else x) + (-y if b_sign else y)
    if total > 0:
        return _finish(0, total, exp, ctx)
    if total < 0:
        return _finish(1, -total, exp, ctx)
    return None


def _finish(sign, coeff, exp, ctx, rounding=None):
    """_fix, then signal what happened."""
    prec = ctx._prec
    if coeff > 0 and ctx._Emin <= exp <= ctx._Emax - prec + 1 and (
        coeff < _POW10[prec] if prec < 100 else _ndigits(coeff) <= prec
    ):
        # Fits the precision and the normal exponent range (whatever its digit count):
        # nothing to round, clamp or signal.
        return _new(sign, coeff, exp)
    conditions = []
    result = _fix(sign, coeff, exp, ctx, conditions, rounding)
    ctx._raise(conditions)
    return result


def _invalid(ctx, condition=InvalidOperation):
    ctx._raise([condition])
    return _NAN


def _parse(text):
    """(sign, coeff, exp, special) of a decimal string, or None."""
    # The plain form `[-]digits[.digits]` needs no cleaning. (Any Unicode decimal digit
    # counts, as in CPython; int() reads them all.)
    body = text[1:] if text[:1] == "-" else text
    whole, _, frac = body.partition(".")
    if whole.isdecimal() and (not frac or frac.isdecimal()):
        return (int(body is not text), int(whole + frac), -len(frac), "")
    # CPython's decimal drops every underscore, wherever it is.
    s = text.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = int(s[0] == "-")
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return (sign, 0, 0, "F")
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdecimal():
                return None
            return (sign, int(payload or "0"), 0, kind)
    mantissa, exp = s, 0
    for marker in "eE":
        if marker in s:
            mantissa, _, e = s.partition(marker)
            body = e[1:] if e[:1] in "+-" else e
            if not body or not body.isdecimal():
                return None
            exp = int(e)
            break
    whole, _, frac = mantissa.partition(".")
    if not (whole or frac):
        return None
    for part in (whole, frac):
        if part and not part.isdecimal():
            return None
    return (sign, int(whole + frac), exp - len(frac), "")


def _from_float(f):
    if math.isnan(f):
        return _new(0, 0, 0, "n")
    sign = int(math.copysign(1.0, f) < 0)
    if math.isinf(f):
        return _infinity(sign)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coeff = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + digit
    if exp == "F":
        return _infinity(sign)
    if isinstance(exp, str):
        return _new(sign, coeff, 0, exp)
    return _new(sign, coeff, exp)


def _operand(other, ctx=None, floats=False):
    """other as a Decimal for an arithmetic operation, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(int(other < 0), abs(other), 0)
    if floats and isinstance(other, float):
        (ctx or getcontext())._raise([FloatOperation])
        return _from_float(other)
    return NotImplemented


def _nan_result(a, b, ctx):
    """The NaN an operation on a (and b) gives when either is a NaN, else None."""
    for x in (a, b):
        if x is not None and x._special == "N":
            ctx._raise([InvalidOperation])
            return _new(x._sign, x._int, 0, "n")
    for x in (a, b):
        if x is not None and x._special == "n":
            return x
    return None


def _context(context):
    return getcontext() if context is None else context


def _binary(method):
    """Adapt an operation on two Decimals to Python's operator protocol: ints convert,
    anything else returns NotImplemented."""

    def forward(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return method(self, other, _context(context))

    def reflected(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return method(other, self, _context(context))

    return forward, reflected


class Decimal:
    """Decimal floating point number, exact until an operation rounds it."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                _context(context)._raise([ConversionSyntax])
                d = _new(0, 0, 0, "n")
            else:
                d = _new(*parsed)
        elif isinstance(value, int):
            d = _new(int(value < 0), abs(value), 0)
        elif isinstance(value, Decimal):
            d = _new(value._sign, value._int, value._exp, value._special)
        elif isinstance(value, float):
            _context(context)._raise([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")
        if cls is not Decimal:
            sub = object.__new__(cls)
            sub._sign, sub._int, sub._exp, sub._special = d._sign, d._int, d._exp, d._special
            return sub
        return d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _new(int(f < 0), abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    def _fixed(self, ctx):
        if self._special in ("n", "N"):
            digits = ctx._prec - ctx._clamp
            if _ndigits(self._int) > digits and self._int:
                return _invalid(ctx, ConversionSyntax)
            return self
        if self._special:
            return self
        return _finish(self._sign, self._int, self._exp, ctx)

    # -- text --------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if not self._special and self._exp <= 0:
            # Plain notation with the point inside the digits (or none): no exponent,
            # so neither eng nor the context matters.
            digits = str(self._int)
            point = len(digits) + self._exp
            if point == len(digits):
                return sign + digits
            if point > 0:
                return sign + digits[:point] + "." + digits[point:]
            if point > -6:
                return sign + "0." + "0" * -point + digits
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            nan = "sNaN" if self._special == "N" else "NaN"
            return sign + nan + (str(self._int) if self._int else "")
        digits = str(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = "0", "." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
        else:
            intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
        if leftdigits == dotplace:
            suffix = ""
        else:
            e = "eE"[_context(context).capitals]
            suffix = e + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + suffix

    def to_sci_string(self, context=None):
        return self.__str__(context=context)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('" + self.__str__() + "')"

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec, getcontext())

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in str(self._int)) if self._int or not self._special else ()
        return DecimalTuple(self._sign, digits, self._special or self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n, d)

    # -- predicates and parts ---------------------------------------------------------

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() >= _context(context).Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() < _context(context).Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def number_class(self, context=None):
        ctx = _context(context)
        sign = "-" if self._sign else "+"
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        if self._special == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        return sign + ("Subnormal" if self.adjusted() < ctx._Emin else "Normal")

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def copy_abs(self, context=None):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self, context=None):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _require(other)
        return _new(other._sign, self._int, self._exp, self._special)

    def same_quantum(self, other, context=None):
        other = _require(other)
        if self._special or other._special:
            return self.is_nan() and other.is_nan() or self._special == other._special == "F"
        return self._exp == other._exp

    # -- conversions ------------------------------------------------------------------

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def _integral_value(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    def __int__(self):
        return self._integral_value()

    __trunc__ = __int__

    def __float__(self):
        if self._special == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == "n":
            return -math.nan if self._sign else math.nan
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._integer_by(ROUND_FLOOR)

    def __ceil__(self):
        return self._integer_by(ROUND_CEILING)

    def _integer_by(self, rounding):
        if self._special:
            self._integral_value()
        if self._exp >= 0:
            return self._integral_value()
        coeff, _ = _round_off(self._int, -self._exp, self._sign, rounding)
        return -coeff if self._sign else coeff

    def __round__(self, n=None):
        if n is None:
            if self._special:
                self._integral_value()
            return self._integer_by(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_new(0, 1, -n))

    # -- comparison and hashing -------------------------------------------------------

    def _compare_key(self, other, ctx, ordering):
        """-1, 0 or 1 comparing self with a number; None when a NaN is involved (after
        signalling InvalidOperation for an ordering or a signalling NaN)."""
        if self._special in ("n", "N") or getattr(other, "_special", "") in ("n", "N"):
            if ordering or self._special == "N" or getattr(other, "_special", "") == "N":
                ctx._raise([InvalidOperation])
            return None
        return _compare_values(self, other)

    def _comparable(self, other, ordering):
        ctx = getcontext()
        if isinstance(other, (Decimal, int)):
            return _operand(other), ctx
        if isinstance(other, float):
            if ordering:
                ctx._raise([FloatOperation])
            else:
                dict.__setitem__(ctx.flags, FloatOperation, True)
            return _from_float(other), ctx
        from fractions import Fraction

        if isinstance(other, Fraction):
            return other, ctx
        return NotImplemented, ctx

    def _rich(self, other, ordering, test):
        if type(other) is Decimal and not self._special and not other._special:
            key = _compare_finite(self, other)
            if key is not None:
                return test(key)
        other, ctx = self._comparable(other, ordering)
        if other is NotImplemented:
            return other
        key = self._compare_key(other, ctx, ordering)
        if key is None:
            return False
        return test(key)

    def __eq__(self, other, context=None):
        return self._rich(other, False, lambda k: k == 0)

    def __lt__(self, other, context=None):
        return self._rich(other, True, lambda k: k < 0)

    def __le__(self, other, context=None):
        return self._rich(other, True, lambda k: k <= 0)

    def __gt__(self, other, context=None):
        return self._rich(other, True, lambda k: k > 0)

    def __ge__(self, other, context=None):
        return self._rich(other, True, lambda k: k >= 0)

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10_INVERSE, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def compare(self, other, context=None):
        ctx = _context(context)
        other = _require(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(_compare_values(self, other))

    def compare_signal(self, other, context=None):
        ctx = _context(context)
        other = _require(other)
        if self.is_nan() or other.is_nan():
            ctx._raise([InvalidOperation])
            return _nan_result(self, other, ctx) or _NAN
        return Decimal(_compare_values(self, other))

    def compare_total(self, other, context=None):
        other = _require(other)
        return Decimal(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _require(other)
        return Decimal(_total_order(self.copy_abs(), other.copy_abs()))

    def _extreme(self, other, context, pick_larger, magnitude):
        ctx = _context(context)
        other = _require(other)
        if self.is_nan() or other.is_nan():
            if self._special == "n" and not other.is_nan():
                return other._fixed(ctx)
            if other._special == "n" and not self.is_nan():
                return self._fixed(ctx)
            return _nan_result(self, other, ctx)
        a, b = (self.copy_abs(), other.copy_abs()) if magnitude else (self, other)
        c = _compare_values(a, b)
        if c == 0:
            c = _total_order(self, other)
        winner = self if (c > 0) == pick_larger else other
        return winner._fixed(ctx)

    def max(self, other, context=None):
        return self._extreme(other, context, True, False)

    def min(self, other, context=None):
        return self._extreme(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._extreme(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._extreme(other, context, False, True)

    # -- arithmetic -------------------------------------------------------------------

    def _add(self, other, ctx):
        if not self._special and not other._special:
            total = _close_sum(self, other, other._sign, ctx)
            if total is not None:
                return total
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if self._special or other._special:
            if self._special and other._special and self._sign != other._sign:
                return _invalid(ctx)
            return _infinity(self._sign if self._special else other._sign)
        a, b = _aligned(self, other, ctx)
        exp = min(a[2], b[2])
        total = (-1) ** a[0] * a[1] * 10 ** (a[2] - exp) + (-1) ** b[0] * b[1] * 10 ** (b[2] - exp)
        if total == 0:
            sign = int(self._sign and other._sign or
                       self._sign != other._sign and ctx._rounding == ROUND_FLOOR)
            return _finish(sign, 0, min(self._exp, other._exp), ctx)
        return _finish(int(total < 0), abs(total), exp, ctx)

    def _sub(self, other, ctx):
        if not self._special and not other._special:
            total = _close_sum(self, other, 1 - other._sign, ctx)
            if total is not None:
                return total
        return self._add(other.copy_negate() if not other.is_nan() else other, ctx)

    def _mul(self, other, ctx):
        sign = self._sign ^ other._sign
        if not self._special and not other._special:
            return _finish(sign, self._int * other._int, self._exp + other._exp, ctx)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if self._special or other._special:
            if self.is_zero() or other.is_zero():
                return _invalid(ctx)
            return _infinity(sign)
        return _finish(sign, self._int * other._int, self._exp + other._exp, ctx)

    def _truediv(self, other, ctx):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
            if self._special and other._special:
                return _invalid(ctx)
            if self._special:
                return _infinity(sign)
            ctx._raise([Clamped])
            return _new(sign, 0, ctx.Etiny())
        if not other._int:
            if not self._int:
                return _invalid(ctx, DivisionUndefined)
            ctx._raise([DivisionByZero])
            return _infinity(sign)
        ideal = self._exp - other._exp
        if not self._int:
            return _finish(sign, 0, ideal, ctx)
        shift = max(0, ctx._prec + 1 + _ndigits(other._int) - _ndigits(self._int))
        q, r = divmod(self._int * 10 ** shift, other._int)
        exp = ideal - shift
        if r:
            q, exp = q * 10 + 1, exp - 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _finish(sign, q, exp, ctx)

    def _integer_division(self, other, ctx, want):
        """The finite, nonzero-divisor case of //, % and divmod: the quotient, the
        remainder or both (want 0, 1 or 2), or None after signalling DivisionImpossible
        when the quotient needs more than prec digits."""
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx._prec:
            ctx._raise([DivisionImpossible])
            return None
        if want == 0:
            return _finish(self._sign ^ other._sign, q, 0, ctx)
        remainder = _finish(self._sign, r, exp, ctx)
        if want == 1:
            return remainder
        return _finish(self._sign ^ other._sign, q, 0, ctx), remainder

    def _divmod(self, other, ctx):
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special:
            if other._special:
                nan = _invalid(ctx)
                return nan, nan
            ctx._raise([InvalidOperation])
            return _infinity(sign), _NAN
        if other._special:
            return _new(sign, 0, 0), self._fixed(ctx)
        if not other:
            if not self:
                nan = _invalid(ctx, DivisionUndefined)
                return nan, nan
            ctx._raise([InvalidOperation, DivisionByZero])
            return _infinity(sign), _NAN
        parts = self._integer_division(other, ctx, 2)
        return parts if parts is not None else (_NAN, _NAN)

    def _floordiv(self, other, ctx):
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special:
            return _invalid(ctx) if other._special else _infinity(sign)
        if other._special:
            return _new(sign, 0, 0)
        if not other:
            if not self:
                return _invalid(ctx, DivisionUndefined)
            ctx._raise([DivisionByZero])
            return _infinity(sign)
        quotient = self._integer_division(other, ctx, 0)
        return quotient if quotient is not None else _NAN

    def _remainder_special(self, other, ctx):
        """The result of % or remainder_near when an operand is a NaN or infinite or
        the divisor is zero, else None."""
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if self._special:
            return _invalid(ctx)
        if other._special:
            return self._fixed(ctx)
        if not other:
            return _invalid(ctx, InvalidOperation if self else DivisionUndefined)
        return None

    def _mod(self, other, ctx):
        special = self._remainder_special(other, ctx)
        if special is not None:
            return special
        remainder = self._integer_division(other, ctx, 1)
        return remainder if remainder is not None else _NAN

    def _pow(self, other, ctx):
        from _decimal_math import power

        return power(self, other, ctx)

    __add__, __radd__ = _binary(_add)
    __sub__, __rsub__ = _binary(_sub)
    __mul__, __rmul__ = _binary(_mul)
    __truediv__, __rtruediv__ = _binary(_truediv)
    __floordiv__, __rfloordiv__ = _binary(_floordiv)
    __mod__, __rmod__ = _binary(_mod)
    __divmod__, __rdivmod__ = _binary(_divmod)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if modulo is not None:
            from _decimal_math import modular_power

            return modular_power(self, other, _require(modulo), ctx)
        return self._pow(other, ctx)

    def __rpow__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other._pow(self, _context(context))

    def remainder_near(self, other, context=None):
        from _decimal_math import remainder_near

        return remainder_near(self, _require(other), _context(context))

    def fma(self, other, third, context=None):
        ctx = _context(context)
        other, third = _require(other), _require(third)
        if self._special or other._special:
            product = self._mul(other, ctx)
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        if product.is_nan():
            return _nan_result(product, third, ctx) or product
        return product._add(third, ctx)

    def __neg__(self, context=None):
        ctx = _context(context)
        if self._special in ("n", "N"):
            return _nan_result(self, None, ctx)
        if not self and not self._special:
            sign = int(ctx._rounding == ROUND_FLOOR)
        else:
            sign = 1 - self._sign
        if self._special:
            return _infinity(sign)
        return _finish(sign, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = _context(context)
        if self._special in ("n", "N"):
            return _nan_result(self, None, ctx)
        sign = self._sign
        if not self and not self._special:
            sign = int(sign and ctx._rounding == ROUND_FLOOR)
        if self._special:
            return self
        return _finish(sign, self._int, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return (self.__neg__ if self._sign else self.__pos__)(context=context)

    def minus(self, context=None):
        return self.__neg__(context)

    def plus(self, context=None):
        return self.__pos__(context)

    def normalize(self, context=None):
        ctx = _context(context)
        if self._special in ("n", "N"):
            return _nan_result(self, None, ctx)
        if self._special:
            return self
        d = _finish(self._sign, self._int, self._exp, ctx)
        if d._special:
            return d
        if d._int == 0:
            return _new(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        top = ctx.Etop() if ctx._clamp else ctx._Emax
        while coeff % 10 == 0 and exp < top:
            coeff //= 10
            exp += 1
        return _new(d._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context(context)
        exp = _require(exp)
        if self._special or exp._special:
            nan = _nan_result(self, exp, ctx)
            if nan is not None:
                return nan
            if self._special and exp._special:
                return self
            return _invalid(ctx)
        target = exp._exp
        if not ctx._Emin - ctx._prec + 1 <= target <= ctx._Emax:
            return _invalid(ctx)
        return self._rescaled(target, rounding or ctx._rounding, ctx)

    def _rescaled(self, target, rounding, ctx):
        conditions = []
        if target >= self._exp:
            coeff, inexact = (
                _round_off(self._int, target - self._exp, self._sign, rounding)
                if target > self._exp else (self._int, False)
            )
            if target > self._exp:
                conditions.append(Rounded)
                if inexact:
                    conditions.append(Inexact)
        else:
            coeff = self._int * 10 ** (self._exp - target)
        if coeff and (_ndigits(coeff) > ctx._prec or target + _ndigits(coeff) - 1 > ctx._Emax):
            return _invalid(ctx)
        etop = ctx._Emax - ctx._prec + 1
        if ctx._clamp and target > etop:
            coeff *= 10 ** (target - etop)
            target = etop
            conditions.append(Clamped)
        if coeff and target + _ndigits(coeff) - 1 < ctx._Emin:
            # quantize reports a subnormal result, but never Underflow (as libmpdec).
            conditions.append(Subnormal)
        ctx._raise(conditions)
        return _new(self._sign, coeff, target)

    def _integral(self, rounding, context, exact):
        ctx = _context(context)
        if self._special in ("n", "N"):
            return _nan_result(self, None, ctx)
        if self._special or self._exp >= 0:
            return self
        coeff, inexact = _round_off(self._int, -self._exp, self._sign, rounding or ctx._rounding)
        if exact and self._int:
            ctx._raise([Rounded, Inexact] if inexact else [Rounded])
        return _new(self._sign, coeff, 0)

    def to_integral_value(self, rounding=None, context=None):
        return self._integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._integral(rounding, context, True)

    def sqrt(self, context=None):
        from _decimal_math import square_root

        return square_root(self, _context(context))

    def exp(self, context=None):
        from _decimal_math import exponential

        return exponential(self, _context(context))

    def ln(self, context=None):
        from _decimal_math import natural_log

        return natural_log(self, _context(context))

    def log10(self, context=None):
        from _decimal_math import log_ten

        return log_ten(self, _context(context))

    def logb(self, context=None):
        ctx = _context(context)
        nan = _nan_result(self, None, ctx)
        if nan is not None:
            return nan
        if self._special:
            return _infinity(0)
        if not self:
            ctx._raise([DivisionByZero])
            return _infinity(1)
        return _finish(0, 0, 0, ctx)._add(Decimal(self.adjusted()), ctx)

    def scaleb(self, other, context=None):
        ctx = _context(context)
        other = _require(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if other._exp != 0 or other._special:
            return _invalid(ctx)
        limit = 2 * (ctx._Emax + ctx._prec)
        shift = int(other)
        if not -limit <= shift <= limit:
            return _invalid(ctx)
        if self._special:
            return self
        return _finish(self._sign, self._int, self._exp + shift, ctx)

    def next_plus(self, context=None):
        from _decimal_math import next_toward_infinity

        return next_toward_infinity(self, _context(context), 0)

    def next_minus(self, context=None):
        from _decimal_math import next_toward_infinity

        return next_toward_infinity(self, _context(context), 1)

    def next_toward(self, other, context=None):
        ctx = _context(context)
        other = _require(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        c = _compare_values(self, other)
        if c == 0:
            return self.copy_sign(other)
        result = self.next_minus(ctx) if c > 0 else self.next_plus(ctx)
        # Unlike next_plus/next_minus, next_toward reports leaving the normal range.
        if result._special == "F":
            ctx._raise([Overflow, Inexact, Rounded])
        elif result.adjusted() < ctx._Emin:
            conditions = [Underflow, Subnormal, Inexact, Rounded]
            ctx._raise(conditions + [Clamped] if not result._int else conditions)
        return result

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Decimal.__module__ = "decimal"
_NAN = _new(0, 0, 0, "n")
_decimal_context._decimal_type = Decimal
# A Number when numbers came first (else numbers registers Decimal when imported).
_numbers = __import__("sys").modules.get("numbers")
if _numbers is not None:
    _numbers.Number.register(Decimal)
del _numbers


def _require(other):
    """An operand a Decimal method needs: a Decimal or an int."""
    d = _operand(other)
    if d is NotImplemented:
        raise TypeError(f"conversion from {type(other).__name__} to Decimal is not supported")
    return d


def _aligned(a, b, ctx):
    """(sign, coeff, exp) of a and b, the smaller one replaced by a sticky stand-in when it
    lies entirely below the digits the sum keeps, so that a sum of very different
    magnitudes stays small."""
    big, small = (a, b) if a.adjusted() >= b.adjusted() else (b, a)
    floor_exp = min(big._exp, big.adjusted() - ctx._prec - 1) - 1
    # (A zero `big` keeps the other operand exact: nothing of it is rounded away.)
    if big._int and small._int and small.adjusted() < floor_exp and floor_exp > ctx.Etiny() + 2:
        small = _new(small._sign, 1, floor_exp - 1)
    pair = ((big._sign, big._int, big._exp), (small._sign, small._int, small._exp))
    return pair if big is a else pair[::-1]


def _compare_finite(a, b):
    """-1, 0 or 1 comparing finite a and b whose exponents are under 64 apart, else None."""
    x, y = a._int, b._int
    shift = a._exp - b._exp
    if 0 < shift < 64:
        x *= _POW10[shift]
    elif -64 < shift < 0:
        y *= _POW10[-shift]
    elif shift:
        return None
    if a._sign:
        x = -x
    if b._sign:
        y = -y
    return 0 if x == y else (1 if x > y else -1)


def _compare_values(a, b):
    """-1, 0, 1 comparing two non-NaN numbers (Decimal, or b a Fraction)."""
    if isinstance(b, Decimal):
        if a._special == "F" or b._special == "F":
            va = (-1 if a._sign else 1) * (a._special == "F")
            vb = (-1 if b._sign else 1) * (b._special == "F")
            if va or vb:
                if va == vb:
                    return 0
                if va:
                    return va
                return -vb
        if not a._int and not b._int:
            return 0
        sa = -1 if a._sign else 1
        sb = -1 if b._sign else 1
        if not a._int:
            return -sb
        if not b._int:
            return sa
        if sa != sb:
            return sa
        adj_a, adj_b = a.adjusted(), b.adjusted()
        if adj_a != adj_b:
            return sa if adj_a > adj_b else -sa
        exp = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - exp)
        y = b._int * 10 ** (b._exp - exp)
        return 0 if x == y else (sa if x > y else -sa)
    if a._special == "F":
        return -1 if a._sign else 1
    num, den = a.as_integer_ratio()
    x, y = num * b.denominator, b.numerator * den
    return 0 if x == y else (1 if x > y else -1)


def _total_order(a, b):
    """compare_total: -1, 0, 1 in IEEE 754 total order (signs, then NaNs above infinities,
    then exponents for equal values)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    rank = {"": 0, "F": 1, "N": 2, "n": 3}
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb:
        return flip * (1 if ra > rb else -1)
    if a._special in ("n", "N"):
        return 0 if a._int == b._int else flip * (1 if a._int > b._int else -1)
    if a._special == "F":
        return 0
    c = _compare_values(a.copy_abs(), b.copy_abs())
    if c:
        return flip * c
    if a._exp == b._exp:
        return 0
    return flip * (1 if a._exp > b._exp else -1)
