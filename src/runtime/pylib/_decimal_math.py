"""The heavier operations of coro's decimal module: square root, exp, ln, log10, power
(integer and real exponents, and the three-argument modular form), remainder_near and
next_plus/next_minus.

The transcendental functions work on big-int fixed point and are correctly rounded by
recomputing with more guard digits until the rounding of the approximation cannot change
(Ziv's strategy); exact cases (ln 1, exp 0, log10 of a power of ten, exact integer powers)
are found first. It is not a general arbitrary-precision library."""

import math

from decimal import (
    Decimal, _NAN, _finish, _fix, _infinity, _invalid, _nan_result, _ndigits, _new,
    _round_off,
)
from _decimal_context import (
    DivisionByZero, Inexact, InvalidOperation, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR,
    ROUND_HALF_EVEN, Rounded,
)


def square_root(x, ctx):
    nan = _nan_result(x, None, ctx)
    if nan is not None:
        return nan
    if x._special:
        return _invalid(ctx) if x._sign else x
    ideal = x._exp // 2
    if not x._int:
        return _finish(x._sign, 0, ideal, ctx)
    if x._sign:
        return _invalid(ctx)
    coeff, exp = x._int, x._exp
    if exp % 2:
        coeff, exp = coeff * 10, exp - 1
    half_shift = max(0, (2 * ctx.prec + 2 - _ndigits(coeff)) // 2)
    scaled = coeff * 10 ** (2 * half_shift)
    root = math.isqrt(scaled)
    exp = exp // 2 - half_shift
    if root * root == scaled:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    else:
        root, exp = root * 10 + 1, exp - 1
    return _finish(0, root, exp, ctx, ROUND_HALF_EVEN)


# -- fixed point: an int m stands for m / 10**p -----------------------------------------


def _ln_fixed(m, p):
    """ln(m / 10**p) for m / 10**p in (0.1, 100), to within a few units of 10**-p."""
    guard = p + 10
    one = 10 ** guard
    y = m * 10 ** (guard - p)
    halvings = 0
    # Take square roots until y is near 1, so the atanh series converges fast.
    while abs(y - one) * 1000 > one:
        y = math.isqrt(y * one)
        halvings += 1
    z = (y - one) * one // (y + one)
    z2 = z * z // one
    term, total, k = z, 0, 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    return (2 * total << halvings) // 10 ** 10


_LN10_CACHE = {}


def _ln10_fixed(p):
    for q, value in _LN10_CACHE.items():
        if q >= p:
            return value // 10 ** (q - p)
    value = _ln_fixed(10 * 10 ** (p + 5), p + 5) // 10 ** 5
    _LN10_CACHE[p] = value
    return value


def _exp_fixed(m, p):
    """exp(m / 10**p) for |m / 10**p| <= about 3, to within a few units of 10**-p."""
    guard = p + 10
    one = 10 ** guard
    x = m * 10 ** 10
    halvings = 0
    while abs(x) * 1000 > one:
        x //= 2
        halvings += 1
    term, total, k = one, 0, 1
    while term:
        total += term
        term = term * x // (one * k)
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** 10


def _fixed_value(d, p):
    """d (finite) as a fixed-point int with p digits after the point (truncated)."""
    if d._exp + p >= 0:
        v = d._int * 10 ** (d._exp + p)
    else:
        v = d._int // 10 ** -(d._exp + p)
    return -v if d._sign else v


def _correctly_rounded(approximate, ctx, rounding):
    """The context-rounded value of a transcendental result. approximate(w) gives
    (sign, m, e) with the true magnitude within 10 units of m * 10**e and m having at
    least w digits; w grows until rounding m - 10 and m + 10 agree."""
    w = ctx.prec + 10
    while True:
        sign, m, e = approximate(w)
        low = _fix(sign, m - 10, e, ctx, [], rounding)
        high = _fix(sign, m + 10, e, ctx, [], rounding)
        if (low._int, low._exp, low._special) == (high._int, high._exp, high._special) or (
            w > 4 * ctx.prec + 200
        ):
            return _finish(sign, m * 10 + 1, e - 1, ctx, rounding)
        w *= 2


def _ln_parts(x, w):
    """ln(x) for finite positive x as (m, p): about w significant digits in fixed point."""
    digits = _ndigits(x._int)
    adjusted = x._exp + digits - 1
    # x = f * 10**adjusted with f in [1, 10)
    magnitude = len(str(abs(adjusted))) + 2
    p = w + magnitude
    f = x._int * 10 ** p // 10 ** (digits - 1) if digits - 1 <= p else x._int // 10 ** (
        digits - 1 - p)
    total = _ln_fixed(f, p) + adjusted * _ln10_fixed(p)
    # The adjusted * ln(10) term carries its error times |adjusted|: drop those digits.
    return total // 10 ** magnitude, p - magnitude


def _logarithm_special(x, ctx):
    """The result of ln or log10 for a NaN, negative, infinite or zero x, else None."""
    nan = _nan_result(x, None, ctx)
    if nan is not None:
        return nan
    if x._sign and (x._special or x._int):
        return _invalid(ctx)
    if x._special:
        return x
    if not x._int:
        return _infinity(1)
    return None


def natural_log(x, ctx):
    special = _logarithm_special(x, ctx)
    if special is not None:
        return special
    if x._int == 1 and x._exp == 0 or x == 1:
        return _new(0, 0, 0)

    def approximate(w):
        m, p = _ln_parts(x, w)
        return (int(m < 0), abs(m), -p)

    return _correctly_rounded(approximate, ctx, ROUND_HALF_EVEN)


def log_ten(x, ctx):
    special = _logarithm_special(x, ctx)
    if special is not None:
        return special
    coeff = x._int
    stripped = 0
    while coeff % 10 == 0:
        coeff //= 10
        stripped += 1
    if coeff == 1:
        power = x._exp + stripped
        return _finish(int(power < 0), abs(power), 0, ctx)

    def approximate(w):
        m, p = _ln_parts(x, w)
        scaled = m * 10 ** (p + 5) // _ln10_fixed(p + 5)
        return (int(scaled < 0), abs(scaled), -p)

    return _correctly_rounded(approximate, ctx, ROUND_HALF_EVEN)


def _exp_of_fixed(y_of_w, ctx, rounding):
    """exp(y) correctly rounded, y given as y_of_w(p) -> fixed-point int at p digits."""

    def approximate(w):
        p = w
        y = y_of_w(p)
        ln10 = _ln10_fixed(p + 5) // 10 ** 5
        power = y // ln10  # exp(y) = 10**power * exp(y - power*ln10)
        extra = len(str(abs(power))) + 2
        p += extra
        y = y_of_w(p)
        ln10 = _ln10_fixed(p)
        r = y - power * ln10
        # The error of r grows with |power|: drop the extra digits again.
        return (0, _exp_fixed(r, p) // 10 ** extra, power - p + extra)

    return _correctly_rounded(approximate, ctx, rounding)


def exponential(x, ctx):
    nan = _nan_result(x, None, ctx)
    if nan is not None:
        return nan
    if x._special:
        return _new(0, 0, 0) if x._sign else x
    if not x._int:
        return _new(0, 1, 0)
    adjusted = x.adjusted()
    # Beyond these bounds the result overflows or underflows whatever the digits.
    if x._sign == 0 and adjusted > len(str(ctx.Emax)) + 1:
        return _finish(0, 1, ctx.Emax + 1, ctx)
    if x._sign and adjusted > len(str(-ctx.Etiny())) + 1:
        return _finish(0, 1, ctx.Etiny() - 2, ctx)
    if adjusted < -(ctx.prec + 2):
        # exp(x) = 1 + x + ...: 1 plus a sticky digit on the side of x.
        if x._sign:
            return _finish(0, 10 ** (ctx.prec + 2) - 1, -(ctx.prec + 2), ctx, ROUND_HALF_EVEN)
        return _finish(0, 10 ** (ctx.prec + 2) + 1, -(ctx.prec + 2), ctx, ROUND_HALF_EVEN)
    return _exp_of_fixed(lambda p: _fixed_value(x, p), ctx, ROUND_HALF_EVEN)


def _integer_power(base, n, ctx):
    """base ** n for an int n: exact when the digits allow, else rounded once from a
    result carried with guard digits."""
    sign = base._sign & (n & 1)
    if n == 0:
        return _new(0, 1, 0)
    k = abs(n)
    if base._special:
        return _infinity(sign) if n > 0 else _new(sign, 0, 0)
    if not base._int:
        if n > 0:
            return _finish(sign, 0, 0, ctx)
        return _infinity(sign)
    if n < 0 and _reciprocal_power_vanishes(base, k, ctx):
        # libmpdec forms 1/base**k in a wider context rounding half-even; where that is
        # already zero, so is the result, whatever the context's rounding.
        return _finish(sign, 1, ctx.Etiny() - 2, ctx, ROUND_DOWN)
    if _ndigits(base._int) * k <= 4 * ctx.prec + 1000:
        coeff, exp = base._int ** k, base._exp * k
        if n > 0:
            return _finish(sign, coeff, exp, ctx)
        return Decimal._truediv(_new(sign, 1, 0), _new(0, coeff, exp), ctx)

    def approximate(w):
        work = w + len(str(k)) + 5
        coeff, exp = 1, 0
        b_coeff, b_exp = base._int, base._exp
        e = k
        while True:
            if e & 1:
                coeff, exp = _truncate(coeff * b_coeff, exp + b_exp, work)
            e >>= 1
            if not e:
                break
            b_coeff, b_exp = _truncate(b_coeff * b_coeff, b_exp * 2, work)
        if n < 0:
            scale = 2 * work + 2 - _ndigits(coeff)
            coeff, exp = 10 ** (scale + _ndigits(coeff)) // coeff, -exp - scale - _ndigits(coeff)
            coeff, exp = _truncate(coeff, exp, work)
        # The relative error grows with k: keep only the digits it leaves exact.
        coeff, exp = _truncate(coeff, exp, w)
        return (sign, coeff, exp)

    return _correctly_rounded(approximate, ctx, ctx.rounding)


def _reciprocal_power_vanishes(base, k, ctx):
    """Whether 1 / |base|**k is below half the smallest subnormal of libmpdec's working
    context for it. The working precision, prec + digits of k + 3, was fitted to
    python3's results (it agrees on all but a few in a thousand edge cases, where
    libmpdec's intermediate roundings decide)."""
    etiny = ctx.Emin - (ctx.prec + len(str(k)) + 3) + 1
    adjusted = base.adjusted()
    if -adjusted * k < etiny - 1:
        return True
    if -(adjusted + 1) * k >= etiny:
        return False
    # Near the edge: 1/(c * 10**e)**k < 10**etiny / 2  <=>  2 * 10**-etiny < (c*10**e)**k.
    power = base._int ** k
    shift = base._exp * k - etiny
    if shift >= 0:
        return 2 < power * 10 ** shift
    return 2 * 10 ** -shift < power


def _truncate(coeff, exp, digits):
    excess = _ndigits(coeff) - digits
    if excess > 0:
        return coeff // 10 ** excess, exp + excess
    return coeff, exp


def power(x, y, ctx):
    nan = _nan_result(x, y, ctx)
    if nan is not None:
        return nan
    integral = not y._special and (y._exp >= 0 or y._int % 10 ** -y._exp == 0)
    if not y._special and not y._int:
        if not x._special and not x._int:
            return _invalid(ctx)
        return _new(0, 1, 0)
    if integral:
        n = int(y)
        return _integer_power(x, n, ctx)
    if x._sign and (x._special or x._int):
        return _invalid(ctx)
    if x._special:
        return _infinity(0) if not y._sign else _new(0, 0, 0)
    if not x._int:
        return _new(0, 0, 0) if not y._sign else _infinity(0)
    if y._special:
        above_one = x > 1
        if x == 1:
            return _finish(0, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx)
        grows = above_one != bool(y._sign)
        return _infinity(0) if grows else _new(0, 0, 0)
    if x == 1:
        return _finish(0, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx)

    def y_ln_x(p):
        m, q = _ln_parts(x, p + 5 + max(0, y.adjusted()))
        value = m * _fixed_value(y, q)
        return value // 10 ** (2 * q - p)

    adjusted = y.adjusted() + len(str(abs(x.adjusted()) + 1))
    if adjusted > len(str(ctx.Emax)) + 3:
        grows = (x > 1) != bool(y._sign)
        return _finish(0, 1, ctx.Emax + 1, ctx) if grows else _finish(0, 1, ctx.Etiny() - 2, ctx)
    return _exp_of_fixed(y_ln_x, ctx, ctx.rounding)


def modular_power(x, y, modulus, ctx):
    nan = _nan_result(x, y, ctx) or _nan_result(modulus, None, ctx)
    if nan is not None:
        return nan
    if x._special or y._special or modulus._special:
        return _invalid(ctx)
    for d in (x, y, modulus):
        if d._exp < 0 and d._int % 10 ** -d._exp:
            return _invalid(ctx)
    m, e = int(modulus), int(y)
    if m == 0 or e < 0 or (not x and not e) or _ndigits(abs(m)) > ctx.prec:
        return _invalid(ctx)
    return _new(x._sign & e & 1, pow(abs(int(x)), e, abs(m)), 0)


def remainder_near(x, y, ctx):
    special = x._remainder_special(y, ctx)
    if special is not None:
        return special
    exp = min(x._exp, y._exp)
    a = x._int * 10 ** (x._exp - exp)
    b = y._int * 10 ** (y._exp - exp)
    q, r = divmod(a, b)
    if 2 * r > b or 2 * r == b and q & 1:
        r -= b
        q += 1
    if _ndigits(q) > ctx.prec:
        from _decimal_context import DivisionImpossible

        return _invalid(ctx, DivisionImpossible)
    sign = x._sign if r >= 0 else 1 - x._sign
    return _finish(sign, abs(r), exp, ctx)


def next_toward_infinity(x, ctx, downward):
    """next_plus (downward=0) or next_minus (1): the closest representable value above
    or below x, without signals."""
    nan = _nan_result(x, None, ctx)
    if nan is not None:
        return nan
    if x._special:
        if x._sign == downward:
            return x
        return _new(x._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    # A step just below the last digit the result can keep (not at Etiny, which would
    # make a million-digit coefficient at the default context).
    if x._int == 0:
        tiny_exp = ctx.Etiny() - 1
    else:
        tiny_exp = min(x._exp, max(x.adjusted() - ctx.prec, ctx.Etiny())) - 1
    value = (-1) ** x._sign * x._int * 10 ** (x._exp - tiny_exp) + (-1 if downward else 1)
    rounding = ROUND_FLOOR if downward else ROUND_CEILING
    result = _fix(int(value < 0), abs(value), tiny_exp, ctx, [], rounding)
    return result


del DivisionByZero, Inexact, InvalidOperation, Rounded, _NAN
