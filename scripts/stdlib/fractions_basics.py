# fractions: constructors (ints, floats, strings), arithmetic with int and float, comparisons, hashes equal to equal numbers', rounding, limit_denominator, errors.
from fractions import Fraction as F
import math
print(F(3, 6), F(-4, -8), F(5), F("3/4"), F(" -1.25e1 "), F("7"), F(0.1), F(1.5), F(F(1, 3)), repr(F(2, 4)))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(1, 3)), -a, abs(-a), +a)
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(2), 4 ** F(1, 2), F(4, 9) ** 0.5)
print(a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(2) == 2, a < b, a > b, a <= 0.34, a >= 1, F(1, 2) < 1)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), float(F(1, 8)))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F(6, 4).as_integer_ratio(), F(6, 4).numerator, F(6, 4).denominator)
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]), bool(F(0)), str(F(-3, 1)))
for bad in ["1/0", "abc", "1.2.3", "3/-4", ""]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError", e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(F.from_float(0.25), F(1, 2) + F(1, 2) == 1)
