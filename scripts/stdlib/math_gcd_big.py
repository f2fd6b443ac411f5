# math.gcd and lcm on big ints (Lehmer's algorithm) and on words, and Fraction sums
# that lean on them.
import math
from fractions import Fraction
a = math.factorial(300)
b = math.factorial(299) * 7 + 1
print(math.gcd(a, b), math.gcd(a, a // 3), math.gcd(-a, 10 ** 50), math.gcd(a, 0) == a)
print(math.gcd(2 ** 200, 2 ** 150 * 3), math.gcd(3 ** 100, 2 ** 100), math.gcd(0, -(10 ** 40)))
f1, f2 = 1, 1
for _ in range(300):
    f1, f2 = f2, f1 + f2
print(math.gcd(f1, f2), math.gcd(f1 * 12345, f2 * 12345))
print(math.gcd(), math.gcd(7), math.gcd(-7), math.gcd(12, 18, 30), math.gcd(-(2 ** 63), 0), math.gcd(-(2 ** 63), -(2 ** 63)))
print(math.gcd(True, 4), math.gcd(10 ** 30 + 1, 10 ** 15 + 1), math.gcd(2 ** 64, 2 ** 63 + 2 ** 62))
print(math.lcm(4, 6, 10), math.lcm(2 ** 70, 3 ** 5), math.lcm(-4, 6), math.lcm(0, 5), math.lcm())
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
s = Fraction(0)
for i in range(1, 120):
    s += Fraction(1, i)
print(s.numerator % 10 ** 12, s.denominator % 10 ** 12, len(str(s.denominator)))
print(sum(Fraction(i, i + 1) for i in range(1, 30)))
