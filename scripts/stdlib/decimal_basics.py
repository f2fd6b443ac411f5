# decimal: construction, str/repr, arithmetic with context rounding, comparisons and hashes.
from decimal import Decimal as D, getcontext, InvalidOperation, DivisionByZero
from fractions import Fraction

for text in ["1.23E+5", "-0", "0E-10", "-Inf", "nan123", "-sNaN", "1_000.5", "  12  ", ".5",
             "5.", "+.5e-3", "0.000001", "0.0000001", "123E-2", "1E2", "0e5", "1__0",
             "-1.20e-7", "Infinity", "1E+999999999"]:
    d = D(text)
    print(repr(text), repr(d), str(d), d.to_eng_string(), d.as_tuple())
print(D(0.1), D(-0.0), D(float("nan")), D(float("-inf")), D(2 ** 70), D(-5), D(True))
print(D((0, (1, 2), -1)), D((1, (), "F")), D([0, (3,), 2]), D((0, (), "n")), D(D("7.50")))
print(D.from_float(0.25), D.from_float(-3), D(1.5).as_integer_ratio(), D("-0.125").as_integer_ratio())
for bad in ["1e", "abc", "1.2.3", "", " ", "1 0", "--1", "e5", "nanx", "_"]:
    try:
        D(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for bad in [(2, (1,), 0), (0, (1,), "x"), (0, (10,), 0), (0, 1, 0), (0, (1,)), (0, (1,), 1.5),
            [1], None]:
    try:
        D(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)

a, b = D("1.30"), D("-2.5")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(D(1) / D(3), D(2) / D(3), D(10) / D(4), D("1.00") / D("0.5"), D("100") / D("1E+2"))
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, divmod(D(7), D("-2")), divmod(D("7.5"), 2))
print(D(2) ** 10, D(2) ** -2, D("1.5") ** 2, D(10) ** 30, D("0.5") ** -2, D(-2) ** 3, D(3) ** -1)
print(D(4) ** D("0.5"), D(2) ** D("0.5"), D("1.1") ** 1000, pow(D(3), 4, 5), pow(D(-3), 3, 5))
print(1 + D("0.1"), 3 - D(1), 2 * D("1.5"), 1 / D(8), 7 // D(2), 7 % D(2), 2 ** D(3))
print(D("0.1") + D("0.2") == D("0.3"), D("1.0") == D(1), D(1) == 1, D("0.5") == 0.5, D("0.1") == 0.1)
print(D(1) < 2, D("2.5") > Fraction(5, 2), D("2.5") >= Fraction(5, 2), D(3) <= 2.5, D("-0") == 0)
print(sorted([D("3"), D("-1.5"), D("2.25"), D("1E+1"), D("-Infinity")]), max(D(1), D("1.0")))
print(hash(D("1.5")) == hash(1.5), hash(D(2)) == hash(2), hash(D("0.1")), hash(D("-1")), hash(D("inf")))
print(hash(D("1E+3")) == hash(1000), hash(D("-0")), hash(D("12.50")) == hash(Fraction(25, 2)))
print(D("nan") == D("nan"), D("nan") != 1, {D("1.0"): "a"}[D(1)])
for f in [lambda: D("nan") < 1, lambda: D("snan") == 1, lambda: hash(D("snan")),
          lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) % 0, lambda: divmod(D(1), 0),
          lambda: D("inf") - D("inf"), lambda: D(0) * D("inf"), lambda: D(-1).sqrt(),
          lambda: D("1e50") // D(3),
          lambda: int(D("nan")), lambda: int(D("-inf")), lambda: float(D("snan")),
          lambda: D(2) ** D("0.5") ** D(-1) ** D("1.5"), lambda: D(0) ** 0]:
    try:
        print(f())
    except (ArithmeticError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

x = D("-123.4567")
print(int(x), float(x), round(x), round(x, 2), round(x, -1), round(D("2.5")), round(D("3.5")))
import math
print(math.floor(x), math.ceil(x), math.trunc(x), bool(D(0)), bool(D("0.0001")))
print(x.adjusted(), D("0.001").adjusted(), x.is_signed(), x.is_finite(), D("inf").is_infinite())
print(D("nan").is_nan(), D("snan").is_snan(), D("nan").is_qnan(), D("0E+5").is_zero(), x.is_normal())
print(D("1E-999999").is_normal(), D("1E-1000000").is_subnormal(), x.number_class(), D("-0").number_class())
print(x.copy_abs(), x.copy_negate(), D(5).copy_sign(x), D("1.2300").normalize(), D("-0.00").normalize())
print(D("120E+2").normalize(), D("1.10").same_quantum(D("2.20")), D(1).same_quantum(D("1.0")))
print(x.quantize(D("0.01")), x.quantize(D("1E+1")), D("2.5").quantize(D(1)), D("7.325").quantize(D(".01")))
print(D("2.5").to_integral_value(), D("-2.5").to_integral_exact(), D("1E+3").to_integral())
print(D(2).sqrt(), D("0.0400").sqrt(), D(100).sqrt(), D("1E+3").sqrt(), D("-0").sqrt())
print(D(1).exp(), D(2).ln(), D(2).log10(), D(1000).log10(), D(10).ln(), D("0.5").exp())
print(D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D(3).compare(D(4)), D(3).compare(D(3)))
print(D(1).max(D("1.0")), D(1).min(D("nan")), D(-3).max_mag(2), D("12.3").logb(), D(5).scaleb(3))
print(D(18).remainder_near(6), D(10).remainder_near(6), D(10).remainder_near(4), D(2).fma(3, 4))
print(D("1.0").compare_total(D("1")), D("-nan").compare_total(D(1)), D(1).canonical(), D(5).real, D(5).imag)
print(x.conjugate(), D.__module__, type(x).__name__, D(3).__reduce__())
